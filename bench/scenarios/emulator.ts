/**
 * The local Batch service's own throughput: GET and add-collection requests per second under 32
 * concurrent clients, and tasks per second its scheduler runs to completion against the same
 * processes spawned directly at the same concurrency.
 */
import type { ProtocolClient } from "../../src/protocol/client.js";
import type { ServiceEndpoint } from "../support/processes.js";
import type { ScenarioResult } from "../support/results.js";
import { createIdleJob } from "../support/service-client.js";
import type { RunFigures } from "../support/measure.js";
import { runChild } from "../support/processes.js";
import {
  addJob,
  addPool,
  pollUntil,
  protocolClientFor,
  waitForIdleNodes,
} from "../../test/support/service-client.js";

const CLIENTS = 32;
const NODES = 4;
const SLOTS = 4;
/** Alternating execution rounds (service, then direct spawn); the best of each filters out the neighbours' noise. */
const EXECUTION_ROUNDS = 2;

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

/**
 * Adds `count` no-op tasks to a new job on pool `poolId` and times them from the first add request
 * until the job's task counts report them all completed.
 */
async function executedPerSecond(
  protocol: ProtocolClient,
  poolId: string,
  jobId: string,
  count: number,
): Promise<number> {
  await addJob(protocol, jobId, poolId);
  const start = performance.now();
  for (let first = 0; first < count; first += 100) {
    const value = Array.from({ length: Math.min(100, count - first) }, (_, i) => ({
      id: `r${first + i}`,
      commandLine: "/bin/true",
    }));
    await protocol.task.addCollection({ jobId, taskCollection: { value } });
  }
  await pollUntil(
    `the local Batch service to complete ${count} tasks`,
    async () => {
      const { taskCounts } = (await protocol.job.getTaskCounts({ jobId })).body;
      if (taskCounts.completed !== count) return undefined;
      if (taskCounts.failed > 0) throw new Error(`${taskCounts.failed} of ${count} tasks failed`);
      return true;
    },
    600_000,
    10,
  );
  return count / ((performance.now() - start) / 1000);
}

/** The best of alternating rounds of the service running `count` tasks and of spawning them directly. */
async function executionRates(
  protocol: ProtocolClient,
  count: number,
): Promise<{ executed: number; spawned: number }> {
  await addPool(protocol, "bench-run", NODES, { taskSlotsPerNode: SLOTS });
  await waitForIdleNodes(protocol, "bench-run", NODES);
  let executed = 0;
  let spawned = 0;
  for (let round = 0; round < EXECUTION_ROUNDS; round++) {
    executed = Math.max(
      executed,
      await executedPerSecond(protocol, "bench-run", `bench-run-${round}`, count),
    );
    const direct = await runChild<RunFigures>("clients/spawn-true.ts", [
      "--count",
      String(count),
      "--parallel",
      String(NODES * SLOTS),
    ]);
    spawned = Math.max(spawned, count / (direct.wallMs / 1000));
  }
  return { executed, spawned };
}

/** Measures the service in `service` for `seconds` per request kind. */
export async function benchEmulator(service: ServiceEndpoint, seconds: number): Promise<ScenarioResult> {
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
    ],
    notes: [
      `Each request kind runs for ${seconds} s; the load comes from one process using azbatch's protocol client, the service runs in another (timeScale 0).`,
    ],
  };
}

/** Runs `tasksToRun` tasks on the fresh service in `service` against spawning them directly. */
export async function benchExecution(service: ServiceEndpoint, tasksToRun: number): Promise<ScenarioResult> {
  const { executed, spawned } = await executionRates(protocolClientFor(service), tasksToRun);
  const scenario = "Local Batch service task execution";
  return {
    figures: [
      {
        scenario,
        metric: `tasks executed (/bin/true, ${NODES} nodes × ${SLOTS} slots, ${tasksToRun} tasks)`,
        unit: "tasks/s",
        azbatch: executed,
        lowerIsBetter: false,
      },
      {
        scenario,
        metric: `/bin/true spawned directly, ${NODES * SLOTS} at a time`,
        unit: "tasks/s",
        azbatch: spawned,
        lowerIsBetter: false,
      },
      {
        scenario,
        metric: "tasks executed over spawned directly",
        unit: "×",
        azbatch: executed / spawned,
        lowerIsBetter: false,
        goal: "≥ 0.9×",
        limit: "1.0×",
      },
    ],
    notes: [
      `Executed tasks are real processes, timed from the first add request until the job's task counts show them all completed; the baseline spawns the same processes from a fresh process at the same concurrency. Best of ${EXECUTION_ROUNDS} alternating rounds each.`,
    ],
  };
}
