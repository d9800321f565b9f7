/**
 * `npm run bench`: every benchmark of azbatch against the official `@azure/batch` client, one after
 * the other, printed as a table and written to `docs/benchmarks.md` with the chart `docs/benchmarks.svg`.
 * The clients and the service host measure the package built at the start (`support/built-package.ts`).
 *
 * Environment: `BENCH_SCALE` (default 1) multiplies task counts, request counts and durations, for quick
 * runs; `BENCH_ONLY` (comma-separated scenario keys) runs a subset and leaves the docs alone.
 */
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { benchAddTasks } from "./scenarios/add-tasks.js";
import { benchEmulator, benchExecution } from "./scenarios/emulator.js";
import { benchListTasks } from "./scenarios/list-tasks.js";
import { benchMonitor } from "./scenarios/monitor.js";
import { benchOverhead } from "./scenarios/overhead.js";
import { benchPackage } from "./scenarios/package.js";
import { benchPersistence } from "./scenarios/persistence.js";
import { benchSoak } from "./scenarios/soak.js";
import { markdown, svgChart, textTable, type Section } from "./support/report.js";
import { buildPackage, removePackage } from "./support/built-package.js";
import { startServiceProcess, type ServiceEndpoint } from "./support/processes.js";
import type { ScenarioResult } from "./support/results.js";

const scale = Number(process.env.BENCH_SCALE ?? 1);
if (!(scale > 0 && scale <= 1)) throw new RangeError("BENCH_SCALE must be a number in (0, 1]");
const scaled = (n: number, min = 1): number => Math.max(min, Math.round(n * scale));
const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());

/** Runs `work` against a fresh local Batch service process. */
async function withService(
  work: (service: ServiceEndpoint) => Promise<ScenarioResult>,
): Promise<ScenarioResult> {
  const service = await startServiceProcess();
  try {
    return await work(service);
  } finally {
    await service.stop();
  }
}

const addCount = scaled(20_000, 100);
const listCount = scaled(50_000, 100);
const scenarios: { key: string; title: string; run: () => Promise<ScenarioResult> }[] = [
  {
    key: "add",
    title: `Add ${addCount.toLocaleString("en-US")} tasks`,
    run: () => withService((s) => benchAddTasks(s, addCount, 0, { goal: { 1: "≥ 2×" } })),
  },
  {
    key: "add-latency",
    title: `Add ${addCount.toLocaleString("en-US")} tasks at 50 ms per request`,
    run: () =>
      withService((s) =>
        benchAddTasks(s, addCount, 50, { goal: { 8: "≥ 6.5×" }, limit: { 1: "1×", 8: "8×" } }),
      ),
  },
  {
    key: "list",
    title: `List ${listCount.toLocaleString("en-US")} tasks`,
    run: () => withService((s) => benchListTasks(s, listCount)),
  },
  { key: "monitor", title: "Monitor 10,000 tasks to completion", run: benchMonitor },
  { key: "overhead", title: "Client overhead per request", run: () => benchOverhead(scaled(5_000, 200)) },
  { key: "package", title: "Cold import and package size", run: benchPackage },
  {
    key: "emulator",
    title: "Local Batch service throughput",
    run: () => withService((s) => benchEmulator(s, scaled(5, 1))),
  },
  {
    key: "execution",
    title: "Local Batch service task execution",
    run: () => withService((s) => benchExecution(s, scaled(1_000, 40))),
  },
  {
    key: "persistence",
    title: "Persistent local Batch service",
    run: () => benchPersistence(scaled(50_000, 1_000), scaled(5, 1)),
  },
  { key: "soak", title: "Soak", run: () => benchSoak(scaled(60, 5)) },
];

const started = performance.now();
const loadBefore = loadavg()[0];
const sections: Section[] = [];
process.stdout.write("building the package…\n");
const packageDir = await buildPackage();
for (const scenario of scenarios) {
  if (only && !only.includes(scenario.key)) continue;
  process.stdout.write(`running: ${scenario.title}…\n`);
  const t = performance.now();
  try {
    const result = await scenario.run();
    sections.push({ title: scenario.title, ...result });
  } catch (error) {
    // A scenario that breaks (never a slow one: nothing here has a threshold) leaves the others running.
    process.exitCode = 1;
    process.stderr.write(
      `  ${scenario.title} failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    sections.push({
      title: scenario.title,
      figures: [],
      notes: [`Not measured: the scenario failed (${String(error)}).`],
    });
  }
  process.stdout.write(`  done in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
}
removePackage(packageDir);
const durationS = (performance.now() - started) / 1000;
process.stdout.write(`${textTable(sections)}\n\n`);

if (!only) {
  const docs = join(import.meta.dirname, "../docs");
  const info = {
    date: new Date().toISOString().slice(0, 10),
    node: process.versions.node,
    cpus: `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}`,
    scale,
    durationS,
    load: [loadBefore, loadavg()[0]] as const,
  };
  writeFileSync(join(docs, "benchmarks.md"), markdown(sections, info));
  writeFileSync(join(docs, "benchmarks.svg"), svgChart(sections.flatMap((s) => s.figures)));
  process.stdout.write(`wrote docs/benchmarks.md and docs/benchmarks.svg (${durationS.toFixed(0)} s)\n`);
}
