/**
 * A pool from creation to deletion: create it, wait for its nodes, resize it, let an autoscale formula
 * size it, list its nodes with a detail level, reboot a node, and delete it.
 *
 *     npx tsx examples/pool-lifecycle.ts
 * @module
 */
import {
  AllocationState,
  BatchErrorCodeStrings,
  BatchException,
  ComputeNodeState,
  ODATADetailLevel,
  type BatchClient,
  type ComputeNode,
} from "../src/index.js";
import { UBUNTU_22_04, VM_SIZE } from "./support/pool-defaults.js";
import { runExample, type ExampleContext } from "./support/run.js";
import { waitUntil } from "./support/wait.js";

const POOL_ID = "pool-lifecycle";
/** Every five minutes (the shortest interval the service allows), hold one dedicated node. */
const AUTOSCALE_FORMULA = "$TargetDedicatedNodes = 1;";
const AUTOSCALE_INTERVAL_MS = 5 * 60_000;

/** Waits until the pool is steady with exactly `count` nodes, all idle, and returns the nodes. */
async function waitForIdleNodes(batchClient: BatchClient, poolId: string, count: number): Promise<ComputeNode[]> {
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

async function main({ batchClient }: ExampleContext): Promise<void> {
  const pools = batchClient.poolOperations;

  console.log(`Creating pool [${POOL_ID}] with 2 dedicated nodes...`);
  const pool = pools.createPool({
    poolId: POOL_ID,
    virtualMachineSize: VM_SIZE,
    virtualMachineConfiguration: UBUNTU_22_04,
    targetDedicatedComputeNodes: 2,
  });
  await pool.commit();
  try {
    let nodes = await waitForIdleNodes(batchClient, POOL_ID, 2);
    console.log(`Pool [${POOL_ID}] is steady with ${nodes.length} idle nodes.`);

    console.log("Resizing to 3 dedicated nodes...");
    await pools.resizePool(POOL_ID, { targetDedicatedComputeNodes: 3 });
    nodes = await waitForIdleNodes(batchClient, POOL_ID, 3);
    console.log(`Pool [${POOL_ID}] is steady with ${nodes.length} idle nodes.`);

    // Evaluating a formula first shows what it would do without changing the pool.
    const run = await pools.evaluateAutoScale(POOL_ID, AUTOSCALE_FORMULA);
    console.log(`Autoscale formula evaluates to: ${run.results ?? run.error?.message}`);
    console.log("Enabling autoscale...");
    await pools.enableAutoScale(POOL_ID, {
      autoscaleFormula: AUTOSCALE_FORMULA,
      autoscaleEvaluationInterval: AUTOSCALE_INTERVAL_MS,
    });
    nodes = await waitForIdleNodes(batchClient, POOL_ID, 1);
    console.log(`Autoscale sized pool [${POOL_ID}] to ${nodes.length} node.`);
    await pools.disableAutoScale(POOL_ID);
    console.log("Autoscale disabled.");

    // A detail level keeps the listing small: only idle nodes, only the properties printed below.
    const idle = new ODATADetailLevel({ filterClause: "state eq 'idle'", selectClause: "id,state,vmSize,ipAddress" });
    for await (const node of pools.listComputeNodes(POOL_ID, idle)) {
      console.log(`  node ${node.id}: ${node.state}, ${node.virtualMachineSize}, ${node.ipAddress}`);
    }

    const nodeId = nodes[0].id!;
    console.log(`Rebooting node [${nodeId}]...`);
    await pools.reboot(POOL_ID, nodeId);
    await waitForIdleNodes(batchClient, POOL_ID, 1);
    console.log(`Node [${nodeId}] is idle again.`);
  } finally {
    console.log(`Deleting pool [${POOL_ID}]...`);
    await pools.deletePool(POOL_ID);
  }
  await waitUntil(`pool '${POOL_ID}' to disappear`, async () => {
    try {
      await pools.getPool(POOL_ID, new ODATADetailLevel({ selectClause: "id" }));
      return undefined;
    } catch (error) {
      const code = error instanceof BatchException ? error.requestInformation.batchError?.code : undefined;
      if (code === BatchErrorCodeStrings.PoolNotFound) return true;
      throw error;
    }
  });
  console.log(`Pool [${POOL_ID}] deleted.`);
}

await runExample({
  description: "Creates a pool, waits for its nodes, resizes it, autoscales it, lists and reboots a node, deletes it.",
  main,
});
