/**
 * The local Batch service's own throughput: GET and add-collection requests per second under 32
 * concurrent clients, and tasks per second its scheduler runs to completion.
 */
import type { ProtocolClient } from "../../src/protocol/client.js";
import type { ServiceEndpoint } from "../support/processes.js";
import type { ScenarioResult } from "../support/results.js";
import { createIdleJob } from "../support/service-client.js";
import { spawnDirectly } from "../support/spawn.js";
import {
  addJob,
  addPool,
  pollUntil,
  protocolClientFor,
  waitForIdleNodes,
} from "../../test/support/service-client.js";

const CLIENTS = 32;

/** Runs `CLIENTS` loops of `request` for `seconds`; resolves with completed requests per second. */
async function throughput(
  seconds: number,
  request: (client: number, i: number) => Promise<unknown>,
): Promise<number> {
  const end = performance.now() + seconds * 1000;
  let done = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let i = 0; performance.now() < end; i++) {
        await request(client, i);
        done++;
      }
    }),
  );
  return done / ((performance.now() - start) / 1000);
}

/** Adds `count` no-op tasks to a 4-node pool and times them to completion. */
async function executedPerSecond(protocol: ProtocolClient, count: number): Promise<number> {
  await addPool(protocol, "bench-run", 4, { taskSlotsPerNode: 4 });
  await waitForIdleNodes(protocol, "bench-run", 4);
  await addJob(protocol, "bench-run", "bench-run");
  const start = performance.now();
  for (let first = 0; first < count; first += 100) {
    const value = Array.from({ length: Math.min(100, count - first) }, (_, i) => ({
      id: `r${first + i}`,
      commandLine: "/bin/true",
    }));
    await protocol.task.addCollection({ jobId: "bench-run", taskCollection: { value } });
  }
  await pollUntil(
    `the local Batch service to complete ${count} tasks`,
    async () =>
      (await protocol.job.getTaskCounts({ jobId: "bench-run" })).body.taskCounts.completed === count
        ? true
        : undefined,
    600_000,
  );
  return count / ((performance.now() - start) / 1000);
}

/** Measures the service in `service` for `seconds` per request kind, then runs `tasksToRun` tasks. */
export async function benchEmulator(
  service: ServiceEndpoint,
  seconds: number,
  tasksToRun: number,
): Promise<ScenarioResult> {
  const protocol = protocolClientFor(service);
  await createIdleJob(protocol, "bench-get");
  const ids = Array.from({ length: 100 }, (_, i) => `g${i}`);
  await protocol.task.addCollection({
    jobId: "bench-get",
    taskCollection: { value: ids.map((id) => ({ id, commandLine: "x" })) },
  });
  const gets = await throughput(seconds, (c, i) =>
    protocol.task.get({ jobId: "bench-get", taskId: ids[(c * 7 + i) % ids.length] }),
  );

  await createIdleJob(protocol, "bench-collections");
  const adds = await throughput(seconds, (c, i) =>
    protocol.task.addCollection({
      jobId: "bench-collections",
      taskCollection: {
        value: Array.from({ length: 100 }, (_, k) => ({ id: `c${c}-${i}-${k}`, commandLine: "x" })),
      },
    }),
  );
  const executed = await executedPerSecond(protocol, tasksToRun);
  const spawnStart = performance.now();
  await spawnDirectly(tasksToRun, 16);
  const spawned = tasksToRun / ((performance.now() - spawnStart) / 1000);
  const scenario = "Local Batch service";
  return {
    figures: [
      {
        scenario,
        metric: `GET task, ${CLIENTS} concurrent clients`,
        unit: "req/s",
        azbatch: gets,
        lowerIsBetter: false,
      },
      {
        scenario,
        metric: `add-collection of 100 tasks, ${CLIENTS} concurrent clients`,
        unit: "req/s",
        azbatch: adds,
        lowerIsBetter: false,
      },
      {
        scenario,
        metric: `tasks executed (/bin/true, 4 nodes × 4 slots, ${tasksToRun} tasks)`,
        unit: "tasks/s",
        azbatch: executed,
        lowerIsBetter: false,
      },
      {
        scenario,
        metric: "tasks executed over /bin/true spawned directly, 16 at a time (goal ≥ 0.9)",
        unit: "×",
        azbatch: executed / spawned,
        lowerIsBetter: false,
      },
    ],
    notes: [
      `Each request kind runs for ${seconds} s; the load comes from one process using azbatch's protocol client, the service runs in another (timeScale 0). Executed tasks are real processes; the baseline spawns the same processes from the benchmark's process.`,
    ],
  };
}
