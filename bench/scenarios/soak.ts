/**
 * The soak of the reliability suite (`test/reliability/soak.test.ts`: 32 concurrent clients of mixed
 * operations with injected failures) run for the documented length, its printed figures collected.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import type { ScenarioResult } from "../support/results.js";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");

function number(output: string, pattern: RegExp): number {
  const match = pattern.exec(output);
  if (!match) throw new Error(`the soak did not print ${String(pattern)}:\n${output.slice(-3000)}`);
  return Number(match[1]);
}

/** Runs the soak for `seconds` and reads its throughput, latency and heap figures. */
export async function benchSoak(seconds: number): Promise<ScenarioResult> {
  const { stdout } = await run("npx", ["vitest", "run", "test/reliability/soak.test.ts"], {
    cwd: ROOT,
    env: { ...process.env, SOAK_SECONDS: String(seconds) },
    maxBuffer: 1 << 24,
  });
  const scenario = `Soak, 32 clients for ${seconds} s`;
  return {
    figures: [
      {
        scenario,
        metric: "operations per second",
        unit: "ops/s",
        azbatch: number(stdout, /operations \((\d+)\/s\)/),
        lowerIsBetter: false,
      },
      {
        scenario,
        metric: "latency p50",
        unit: "ms",
        azbatch: number(stdout, /soak latency: p50 ([\d.]+) ms/),
        lowerIsBetter: true,
      },
      {
        scenario,
        metric: "latency p99",
        unit: "ms",
        azbatch: number(stdout, /soak latency: .*p99 ([\d.]+) ms/),
        lowerIsBetter: true,
      },
      {
        scenario,
        metric: "heap after GC, first quarter of the steady state",
        unit: "MiB",
        azbatch: number(stdout, /heap after GC: ([\d.]+) MiB early/),
        lowerIsBetter: true,
      },
      {
        scenario,
        metric: "heap after GC, last quarter",
        unit: "MiB",
        azbatch: number(stdout, /MiB early, ([\d.]+) MiB late/),
        lowerIsBetter: true,
      },
    ],
    notes: [
      "azbatch clients and the local Batch service share one process; 2% of requests fail with an injected 500/503 and are not retried, so each shows up as exactly one failed operation (the test fails on any other error). An operation is one object-model call (some, such as deleting a job's tasks, make several requests).",
    ],
  };
}
