/**
 * The soak workload: concurrent clients run a steady mix of operations (gets, lists, task counts,
 * single adds, add-collections, metadata updates, deletes) against one local Batch service that fails a
 * fraction of requests with an injected 500/503. Retries are off, so every injected failure surfaces
 * as exactly one failed operation; anything else is collected as unexpected.
 *
 * The reliability suite runs it for its correctness (only injected errors); `bench/scenarios/soak.ts`
 * runs it for its figures (throughput, latency, heap after GC), which depend on the machine's load.
 */
import { BatchSharedKeyCredentials } from "../../src/auth/index.js";
import type { LocalBatchService } from "../../src/emulator/index.js";
import { BatchException } from "../../src/http/errors.js";
import {
  BatchClient,
  CloudTask,
  MetadataItem,
  ODATADetailLevel,
  RetryPolicyProvider,
} from "../../src/objectmodel/index.js";

type Operation = (client: BatchClient, c: number, i: number) => Promise<unknown>;

/** Every task a client adds is deleted again by its own `deleteTasks` step, so the data set stays bounded. */
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

/** The names of the operations in the mix, in loop order. */
export const SOAK_OPERATIONS: readonly string[] = Object.keys(OPERATIONS);

/** True for the 500 / 503 answers the fault injection gives. */
function isInjected(error: unknown): boolean {
  if (!(error instanceof BatchException)) return false;
  const { httpStatusCode, batchError } = error.requestInformation;
  return (
    (httpStatusCode === 500 || httpStatusCode === 503) &&
    /injected fault/.test(batchError?.message?.value ?? "")
  );
}

/** What one soak run observed. */
export interface SoakOutcome {
  /** Latency in milliseconds of every successful operation, by operation name. */
  readonly latencies: Record<string, number[]>;
  /** Operations that failed with injected faults only. */
  readonly injectedSeen: number;
  /** Every other failure. */
  readonly unexpected: unknown[];
}

/**
 * Runs `clients` concurrent clients against `service` for `seconds`, with `failFraction` of requests
 * failing by injection. Each client creates and works on its own job, deleted at the end.
 */
export async function runSoak(
  service: LocalBatchService,
  options: { clients: number; seconds: number; failFraction: number },
): Promise<SoakOutcome> {
  const clients = Array.from({ length: options.clients }, () =>
    BatchClient.open(new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey), {
      customBehaviors: [RetryPolicyProvider.noRetryProvider()],
    }),
  );
  for (let c = 0; c < clients.length; c++)
    await clients[c].jobOperations.createJob(`soak-${c}`, { poolId: "none" }).commit();
  service.faults.configure({ seed: 60, failRequestFraction: options.failFraction, retryAfterSeconds: 0 });

  const latencies: Record<string, number[]> = Object.fromEntries(SOAK_OPERATIONS.map((n) => [n, []]));
  const unexpected: unknown[] = [];
  let injectedSeen = 0;
  const end = performance.now() + options.seconds * 1000;
  await Promise.all(
    clients.map(async (client, c) => {
      for (let i = 0; performance.now() < end; i++) {
        const name = SOAK_OPERATIONS[(i + c) % SOAK_OPERATIONS.length];
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
  service.faults.configure({ failRequestFraction: 0 });
  for (let c = 0; c < clients.length; c++) await clients[c].jobOperations.deleteJob(`soak-${c}`);
  return { latencies, injectedSeen, unexpected };
}
