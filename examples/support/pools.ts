/**
 * Pool steps several examples share: create a pool and wait until its nodes are idle, delete it and
 * wait until it is gone.
 * @module
 */
import {
  AllocationState,
  BatchErrorCodeStrings,
  BatchException,
  ComputeNodeState,
  ODATADetailLevel,
  type BatchClient,
  type CloudPool,
  type ComputeNode,
} from "../../src/index.js";
import { UBUNTU_22_04, VM_SIZE } from "./pool-defaults.js";
import { waitUntil } from "./wait.js";

/** Waits until the pool is steady with exactly `count` nodes, all idle, and returns the nodes. */
export async function waitForIdleNodes(
  batchClient: BatchClient,
  poolId: string,
  count: number,
): Promise<ComputeNode[]> {
  const poolDetail = new ODATADetailLevel({ selectClause: "id,allocationState" });
  const nodeDetail = new ODATADetailLevel({ selectClause: "id,state" });
  return waitUntil(`${count} idle nodes in pool '${poolId}'`, async () => {
    const pool = await batchClient.poolOperations.getPool(poolId, poolDetail);
    if (pool.allocationState !== AllocationState.Steady) return undefined;
    const nodes = await batchClient.poolOperations.listComputeNodes(poolId, nodeDetail).toList();
    const ready = nodes.length === count && nodes.every((node) => node.state === ComputeNodeState.Idle);
    return ready ? nodes : undefined;
  });
}

/**
 * Creates a Linux pool of `nodeCount` dedicated nodes and waits until they are idle.
 * @param configure Sets whatever else the pool needs (start task, task slots…) before it is committed.
 */
export async function createPoolAndWait(
  batchClient: BatchClient,
  poolId: string,
  nodeCount: number,
  configure: (pool: CloudPool) => void = () => {},
): Promise<ComputeNode[]> {
  console.log(`Creating pool [${poolId}] with ${nodeCount} dedicated node${nodeCount === 1 ? "" : "s"}...`);
  const pool = batchClient.poolOperations.createPool({
    poolId,
    virtualMachineSize: VM_SIZE,
    virtualMachineConfiguration: UBUNTU_22_04,
    targetDedicatedComputeNodes: nodeCount,
  });
  configure(pool);
  await pool.commit();
  const nodes = await waitForIdleNodes(batchClient, poolId, nodeCount);
  console.log(`Pool [${poolId}] is steady with ${nodes.length} idle node${nodes.length === 1 ? "" : "s"}.`);
  return nodes;
}

/** `true` for the service's answer that the pool does not exist. */
function isPoolNotFound(error: unknown): boolean {
  return (
    error instanceof BatchException &&
    error.requestInformation.batchError?.code === BatchErrorCodeStrings.PoolNotFound
  );
}

/** Deletes the pool (if it exists) and waits until the service no longer knows it. */
export async function deletePoolAndWait(batchClient: BatchClient, poolId: string): Promise<void> {
  console.log(`Deleting pool [${poolId}]...`);
  try {
    await batchClient.poolOperations.deletePool(poolId);
  } catch (error) {
    if (!isPoolNotFound(error)) throw error;
  }
  await waitForPoolGone(batchClient, poolId);
  console.log(`Pool [${poolId}] deleted.`);
}

/** Waits until the service answers `PoolNotFound` for the pool (deleted by the caller or by the service). */
export async function waitForPoolGone(batchClient: BatchClient, poolId: string): Promise<void> {
  await waitUntil(`pool '${poolId}' to disappear`, async () => {
    try {
      await batchClient.poolOperations.getPool(poolId, new ODATADetailLevel({ selectClause: "id" }));
      return undefined;
    } catch (error) {
      if (isPoolNotFound(error)) return true;
      throw error;
    }
  });
}
