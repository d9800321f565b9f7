/**
 * Monitor 10,000 tasks to completion: runs `bench/task-state-monitor.bench.ts` (azbatch's
 * TaskStateMonitor against a Batch .NET-style `id eq … or …` chunk monitor) and reads its totals.
 */
import { runScript } from "../support/processes.js";
import type { ScenarioResult } from "../support/results.js";

interface Totals {
  polls: number;
  requests: number;
  kib: number;
}

function totals(output: string): [Totals, Totals] {
  const found = [...output.matchAll(/total (\d+) polls, (\d+) requests, (\d+) KiB/g)].map((m) => ({
    polls: Number(m[1]),
    requests: Number(m[2]),
    kib: Number(m[3]),
  }));
  if (found.length !== 2) throw new Error(`unexpected monitor benchmark output:\n${output}`);
  return [found[0], found[1]];
}

/** Requests and bytes per poll of both monitors. */
export async function benchMonitor(): Promise<ScenarioResult> {
  const output = await runScript("task-state-monitor.bench.ts");
  const [ours, dotnet] = totals(output);
  const scenario = "Monitor 10,000 tasks to completion";
  return {
    figures: [
      {
        scenario,
        metric: "polls",
        unit: "",
        azbatch: ours.polls,
        official: dotnet.polls,
        lowerIsBetter: true,
      },
      {
        scenario,
        metric: "requests per poll",
        unit: "",
        azbatch: ours.requests / ours.polls,
        official: dotnet.requests / dotnet.polls,
        lowerIsBetter: true,
        chart: true,
      },
      {
        scenario,
        metric: "KiB per poll",
        unit: "KiB",
        azbatch: ours.kib / ours.polls,
        official: dotnet.kib / dotnet.polls,
        lowerIsBetter: true,
        chart: true,
      },
    ],
    notes: [
      "From `bench/task-state-monitor.bench.ts`: the comparison column is a Batch .NET-style monitor (`id eq … or …` filters of at most 500 characters), which the official JS client has no equivalent of; a local fake job completes 2,000 tasks after every poll.",
    ],
  };
}
