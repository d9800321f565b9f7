/**
 * Driving a local Batch service through the protocol client: a client signed for a service, the
 * pool and job most tests and benchmarks start from, and polling until the service gets somewhere.
 * Free of test-runner imports, so that the benchmarks use it too.
 * @module
 */
import { BatchSharedKeyCredentials } from "../../src/auth/index.js";
import { ProtocolClient } from "../../src/protocol/client.js";
import type { CloudTask, JobAddParameter, PoolAddParameter } from "../../src/protocol/models.generated.js";
import { LINUX_VM_CONFIGURATION } from "./fixtures.js";

/** Where a local Batch service listens and which account it serves (in process or a child process). */
export interface ServiceEndpoint {
  readonly url: string;
  readonly accountName: string;
  readonly accountKey: string;
}

/** A protocol client that signs its requests with the endpoint's Shared Key. */
export function protocolClientFor(endpoint: ServiceEndpoint): ProtocolClient {
  return new ProtocolClient(
    endpoint.url,
    new BatchSharedKeyCredentials(endpoint.url, endpoint.accountName, endpoint.accountKey),
  );
}

/** Pool properties beyond the id, in wire form; a Linux image and `standard_d2s_v3` unless given. */
export type PoolProperties = Partial<Omit<PoolAddParameter, "id">>;

/** Job properties beyond the id and the pool, in wire form. */
export type JobProperties = Partial<Omit<JobAddParameter, "id" | "poolInfo">>;

/** What {@link createPoolAndJob} creates. */
export interface PoolAndJobOptions {
  readonly poolId: string;
  readonly jobId: string;
  /** Dedicated nodes of the pool (1 by default). */
  readonly nodes?: number;
  /** More pool properties. */
  readonly pool?: PoolProperties;
  /** More job properties. */
  readonly job?: JobProperties;
}

/** Adds pool `poolId` with `nodes` dedicated nodes (1 by default) and the properties in `pool`. */
export async function addPool(
  client: ProtocolClient,
  poolId: string,
  nodes = 1,
  pool: PoolProperties = {},
): Promise<void> {
  await client.pool.add({
    pool: {
      id: poolId,
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: LINUX_VM_CONFIGURATION,
      targetDedicatedNodes: nodes,
      ...pool,
    },
  });
}

/** Adds job `jobId` on pool `poolId` with the properties in `job`. */
export async function addJob(
  client: ProtocolClient,
  jobId: string,
  poolId: string,
  job: JobProperties = {},
): Promise<void> {
  await client.job.add({ job: { id: jobId, poolInfo: { poolId }, ...job } });
}

/** Adds a pool and a job on it; does not wait for the pool's nodes. */
export async function createPoolAndJob(client: ProtocolClient, options: PoolAndJobOptions): Promise<void> {
  await addPool(client, options.poolId, options.nodes, options.pool);
  await addJob(client, options.jobId, options.poolId, options.job);
}

/**
 * Calls `probe` every `intervalMs` until it returns something other than `undefined`, and resolves
 * with that; rejects naming `what` (a function is asked at that moment) once `timeoutMs` have passed.
 */
export async function pollUntil<T>(
  what: string | (() => string),
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 30_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${typeof what === "string" ? what : what()}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Waits (up to 30 s) until pool `poolId` has exactly `count` nodes, all idle. */
export async function waitForIdleNodes(client: ProtocolClient, poolId: string, count: number): Promise<void> {
  await pollUntil(`${count} idle nodes in pool ${poolId}`, async () => {
    const nodes = [];
    for await (const node of client.computeNode.list({ poolId })) nodes.push(node);
    return nodes.length === count && nodes.every((n) => n.state === "idle") ? true : undefined;
  });
}

/** Waits until task `taskId` of job `jobId` is completed and resolves with it. */
export function waitForCompletedTask(
  client: ProtocolClient,
  jobId: string,
  taskId: string,
  timeoutMs = 30_000,
): Promise<CloudTask> {
  return pollUntil(
    `task ${jobId}/${taskId} to complete`,
    async () => {
      const { body: task } = await client.task.get({ jobId, taskId });
      return task.state === "completed" ? task : undefined;
    },
    timeoutMs,
  );
}
