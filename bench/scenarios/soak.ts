/**
 * The soak workload of the reliability suite (`test/support/soak-workload.ts`: 32 concurrent clients of
 * mixed operations with injected failures) run for the documented length in this process, with its
 * throughput, latency and heap-after-GC figures measured here rather than asserted by the suite.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { startLocalBatchService } from "../../src/emulator/index.js";
import { runSoak } from "../../test/support/soak-workload.js";
import { median, type ScenarioResult } from "../support/results.js";

const CLIENTS = 32;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs the soak for `seconds` and reports its throughput, latency and heap figures. */
export async function benchSoak(seconds: number): Promise<ScenarioResult> {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const service = await startLocalBatchService({ timeScale: 0, runTasks: false });
  const heap: { at: number; used: number }[] = [];
  const start = performance.now();
  const sampler = setInterval(() => {
    gc();
    heap.push({ at: performance.now() - start, used: process.memoryUsage().heapUsed / 2 ** 20 });
  }, 500);
  let outcome;
  try {
    outcome = await runSoak(service, { clients: CLIENTS, seconds, failFraction: 0.02 });
  } finally {
    clearInterval(sampler);
    await service.close();
  }
  const all = Object.values(outcome.latencies)
    .flat()
    .sort((a, b) => a - b);
  // The steady state starts after the first quarter; compare its first and last thirds.
  const steady = heap.filter((s) => s.at > (seconds * 1000) / 4).map((s) => s.used);
  const third = Math.max(1, Math.floor(steady.length / 3));
  const scenario = `Soak, ${CLIENTS} clients for ${seconds} s`;
  return {
    figures: [
      {
        scenario,
        metric: "operations per second",
        unit: "ops/s",
        azbatch: Math.round(all.length / seconds),
        lowerIsBetter: false,
      },
      { scenario, metric: "latency p50", unit: "ms", azbatch: percentile(all, 50), lowerIsBetter: true },
      { scenario, metric: "latency p99", unit: "ms", azbatch: percentile(all, 99), lowerIsBetter: true },
      {
        scenario,
        metric: "heap after GC, first third of the steady state",
        unit: "MiB",
        azbatch: median(steady.slice(0, third)),
        lowerIsBetter: true,
      },
      {
        scenario,
        metric: "heap after GC, last third",
        unit: "MiB",
        azbatch: median(steady.slice(-third)),
        lowerIsBetter: true,
      },
    ],
    notes: [
      "azbatch clients and the local Batch service share one process; 2% of requests fail with an injected 500/503 and are not retried, so each shows up as exactly one failed operation. An operation is one object-model call (some, such as deleting a job's tasks, make several requests).",
      `${outcome.injectedSeen} operations failed with injected faults; ${outcome.unexpected.length} failed otherwise.`,
    ],
  };
}
