/**
 * Soak: 32 concurrent clients run a steady mix of operations (gets, lists, task counts, single adds,
 * add-collections, metadata updates, deletes) against one local Batch service that fails 2% of
 * requests with an injected 500/503, for `SOAK_SECONDS` (60 by default; lower it for quick local runs).
 * Retries are off, so every injected failure surfaces: the only errors allowed are exactly those.
 * Heap use after GC must stay flat (the mix deletes what it adds), and latency percentiles are printed.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials } from "../../src/auth/index.js";
import { startLocalBatchService, type LocalBatchService } from "../../src/emulator/index.js";
import { BatchException } from "../../src/http/errors.js";
import {
  BatchClient,
  CloudTask,
  MetadataItem,
  ODATADetailLevel,
  RetryPolicyProvider,
} from "../../src/objectmodel/index.js";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CLIENTS = 32;
const FAIL_FRACTION = 0.02;
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

let service: LocalBatchService;

beforeAll(async () => {
  service = await startLocalBatchService({ timeScale: 0, runTasks: false });
});

afterAll(async () => {
  await service?.close();
});

type Operation = (client: BatchClient, c: number, i: number) => Promise<unknown>;

/** The mix, one entry per step of each client's loop; every client works on its own job. */
const OPERATIONS: Record<string, Operation> = {
  getJob: (client, c) => client.jobOperations.getJob(`soak-${c}`),
  addTask: (client, c, i) => client.jobOperations.addTask(`soak-${c}`, new CloudTask(`t${i}`, "/bin/true")),
  listTasks: (client, c) =>
    client.jobOperations.listTasks(`soak-${c}`, new ODATADetailLevel({ selectClause: "id,state" })).toList(),
  addCollection: (client, c, i) =>
    client.jobOperations.addTask(
      `soak-${c}`,
      Array.from({ length: 10 }, (_, k) => new CloudTask(`c${i}-${k}`, "/bin/true")),
    ),
  taskCounts: (client, c) => client.jobOperations.getJobTaskCounts(`soak-${c}`),
  updateMetadata: async (client, c, i) => {
    const job = await client.jobOperations.getJob(`soak-${c}`);
    job.metadata = [new MetadataItem("step", String(i))];
    await job.commitChanges();
  },
  deleteTasks: async (client, c) => {
    const tasks = await client.jobOperations
      .listTasks(`soak-${c}`, new ODATADetailLevel({ selectClause: "id" }))
      .toList();
    // Settle every delete before the step ends: a failed one must not leave others racing the next step.
    const outcomes = await Promise.allSettled(
      tasks.map((t) => client.jobOperations.deleteTask(`soak-${c}`, t.id as string)),
    );
    const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
    if (failure) throw failure.reason;
  },
  getPools: (client) => client.poolOperations.listPools().toList(),
};

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** True for the 500 / 503 answers the fault injection gives. */
function isInjected(error: unknown): boolean {
  if (!(error instanceof BatchException)) return false;
  const { httpStatusCode, batchError } = error.requestInformation;
  return (
    (httpStatusCode === 500 || httpStatusCode === 503) &&
    /injected fault/.test(batchError?.message?.value ?? "")
  );
}

describe(`soak: ${CLIENTS} concurrent clients for ${SECONDS} s`, () => {
  it(
    "sees only injected errors, keeps the heap flat and reports latency",
    async () => {
      const names = Object.keys(OPERATIONS);
      const clients = Array.from({ length: CLIENTS }, () =>
        BatchClient.open(
          new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
          {
            customBehaviors: [RetryPolicyProvider.noRetryProvider()],
          },
        ),
      );
      for (let c = 0; c < CLIENTS; c++)
        await clients[c].jobOperations.createJob(`soak-${c}`, { poolId: "none" }).commit();
      service.faults.configure({ seed: 60, failRequestFraction: FAIL_FRACTION, retryAfterSeconds: 0 });

      const latencies: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
      const unexpected: unknown[] = [];
      let injectedSeen = 0;
      const heap: { at: number; used: number }[] = [];
      const start = performance.now();
      const end = start + SECONDS * 1000;
      const sampler = setInterval(() => {
        gc();
        heap.push({ at: performance.now() - start, used: process.memoryUsage().heapUsed });
      }, 500);

      await Promise.all(
        clients.map(async (client, c) => {
          for (let i = 0; performance.now() < end; i++) {
            const name = names[(i + c) % names.length];
            const t = performance.now();
            try {
              await OPERATIONS[name](client, c, i);
              latencies[name].push(performance.now() - t);
            } catch (error) {
              // A workflow wraps the failures of its requests; look inside.
              const causes = (error as { innerExceptions?: unknown[] }).innerExceptions ?? [error];
              if (causes.length > 0 && causes.every(isInjected)) injectedSeen++;
              else unexpected.push(error);
            }
          }
        }),
      );
      clearInterval(sampler);

      const all = Object.values(latencies)
        .flat()
        .sort((a, b) => a - b);
      const lines = names.map((n) => {
        const sorted = [...latencies[n]].sort((a, b) => a - b);
        return `  ${n.padEnd(15)} ${String(sorted.length).padStart(6)} ok  p50 ${percentile(sorted, 50).toFixed(1)} ms  p99 ${percentile(sorted, 99).toFixed(1)} ms`;
      });
      const steady = heap.filter((s) => s.at > (SECONDS * 1000) / 4).map((s) => s.used / 2 ** 20);
      const third = Math.max(1, Math.floor(steady.length / 3));
      const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const early = median(steady.slice(0, third));
      const late = median(steady.slice(-third));
      console.log(
        [
          `soak: ${CLIENTS} clients, ${SECONDS} s, ${all.length} operations (${(all.length / SECONDS).toFixed(0)}/s), ` +
            `${injectedSeen} failed with injected faults (${service.faults.stats.failedRequests} injected)`,
          `soak latency: p50 ${percentile(all, 50).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms, max ${all[all.length - 1].toFixed(1)} ms`,
          ...lines,
          `soak heap after GC: ${early.toFixed(1)} MiB early, ${late.toFixed(1)} MiB late (${steady.length} samples)`,
        ].join("\n"),
      );

      expect(unexpected.map((e) => String(e))).toEqual([]);
      expect(service.faults.stats.failedRequests).toBeGreaterThan(0);
      expect(injectedSeen).toBeGreaterThan(0);
      expect(injectedSeen).toBeLessThanOrEqual(service.faults.stats.failedRequests);
      for (const name of names) expect(latencies[name].length).toBeGreaterThan(0);
      expect(late).toBeLessThan(early * 1.25 + 8);
    },
    (SECONDS + 60) * 1000,
  );
});
