/**
 * A local Batch service and an azbatch client for the node and task tests, plus the steps they
 * share: a pool whose nodes have settled, a job on it, and polling until a condition holds.
 * @module
 */
import { afterAll, beforeAll } from "vitest";
import {
  startLocalBatchService,
  type LocalBatchService,
  type LocalBatchServiceOptions,
} from "../../../src/emulator/index.js";
import {
  BatchClient,
  BatchSharedKeyCredentials,
  PoolInformation,
  type CloudJob,
  type CloudPool,
  type CloudTask,
  type ComputeNode,
} from "../../../src/index.js";

/** A running service and a client bound to it. */
export interface NodeTestContext {
  readonly service: LocalBatchService;
  readonly client: BatchClient;
  close(): Promise<void>;
}

/** Starts a local Batch service (fast emulated delays unless given) and opens a client on it. */
export async function openService(options: LocalBatchServiceOptions = {}): Promise<NodeTestContext> {
  const service = await startLocalBatchService({ timeScale: 0.05, ...options });
  const client = BatchClient.open(
    new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
  );
  return {
    service,
    client,
    async close() {
      client.close();
      await service.close();
    },
  };
}

/** Polls `probe` until `done` holds (every 25 ms), or fails naming `what`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const IMAGE = {
  imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
  nodeAgentSkuId: "batch.node.ubuntu 22.04",
};

/** Creates a pool of `nodes` dedicated nodes (`configure` sets more properties before commit). */
export async function createPool(
  client: BatchClient,
  poolId: string,
  nodes: number,
  configure: (pool: CloudPool) => void = () => {},
): Promise<void> {
  const pool = client.poolOperations.createPool({
    poolId,
    virtualMachineSize: "standard_d2s_v3",
    virtualMachineConfiguration: IMAGE,
    targetDedicatedComputeNodes: nodes,
  });
  configure(pool);
  await pool.commit();
}

/** Lists the nodes of a pool. */
export function listNodes(client: BatchClient, poolId: string): Promise<ComputeNode[]> {
  return client.poolOperations.listComputeNodes(poolId).toList();
}

/** Waits until the pool has `count` nodes, all in `state`. */
export function waitForNodes(
  client: BatchClient,
  poolId: string,
  count: number,
  state = "idle",
): Promise<ComputeNode[]> {
  return waitFor(
    `${count} ${state} nodes in ${poolId}`,
    () => listNodes(client, poolId),
    (nodes) => nodes.length === count && nodes.every((n) => n.state === state),
  );
}

/** Creates a pool and waits until its nodes are idle. */
export async function createReadyPool(
  client: BatchClient,
  poolId: string,
  nodes: number,
  configure?: (pool: CloudPool) => void,
): Promise<ComputeNode[]> {
  await createPool(client, poolId, nodes, configure);
  return waitForNodes(client, poolId, nodes);
}

/** Creates a job on a pool (`configure` sets more properties before commit). */
export async function createJob(
  client: BatchClient,
  jobId: string,
  poolId: string,
  configure: (job: CloudJob) => void = () => {},
): Promise<void> {
  const job = client.jobOperations.createJob();
  job.id = jobId;
  job.poolInformation = new PoolInformation({ poolId });
  configure(job);
  await job.commit();
}

/** Waits until the job has `count` tasks, all completed, and returns them. */
export function waitForCompletedTasks(
  client: BatchClient,
  jobId: string,
  count: number,
  timeoutMs?: number,
): Promise<CloudTask[]> {
  return waitFor(
    `${count} completed tasks in ${jobId}`,
    () => client.jobOperations.listTasks(jobId).toList(),
    (tasks) => tasks.length === count && tasks.every((t) => t.state === "completed"),
    timeoutMs,
  );
}

/** The text of a task's file (`stdout.txt` unless named). */
export async function taskFile(
  client: BatchClient,
  jobId: string,
  taskId: string,
  name = "stdout.txt",
): Promise<string> {
  return (await client.jobOperations.getNodeFile(jobId, taskId, name)).readAsString();
}

/**
 * Registers a service with a ready pool of `nodes` nodes for the calling test file: started before its
 * tests, closed after them. Returns the context's getter (set once `beforeAll` has run).
 */
export function withReadyPool(poolId: string, nodes: number): () => NodeTestContext {
  let ctx: NodeTestContext | undefined;
  beforeAll(async () => {
    ctx = await openService();
    await createReadyPool(ctx.client, poolId, nodes);
  }, 60_000);
  afterAll(async () => {
    await ctx?.close();
  });
  return () => {
    if (!ctx) throw new Error("the service has not started");
    return ctx;
  };
}
