/**
 * A pool from creation to deletion: create it, wait for its nodes, resize it, let an autoscale formula
 * size it, list its nodes with a detail level, reboot a node, and delete it.
 *
 *     npx tsx examples/pool-lifecycle.ts
 * @module
 */
import { ODATADetailLevel } from "../src/index.js";
import { createPoolAndWait, deletePoolAndWait, waitForIdleNodes } from "./support/pools.js";
import { runExample, type ExampleContext } from "./support/run.js";

const POOL_ID = "pool-lifecycle";
/** Every five minutes (the shortest interval the service allows), hold one dedicated node. */
const AUTOSCALE_FORMULA = "$TargetDedicatedNodes = 1;";
const AUTOSCALE_INTERVAL_MS = 5 * 60_000;

async function main({ batchClient }: ExampleContext): Promise<void> {
  const pools = batchClient.poolOperations;
  try {
    let nodes = await createPoolAndWait(batchClient, POOL_ID, 2);

    console.log("Resizing to 3 dedicated nodes...");
    await pools.resizePool(POOL_ID, { targetDedicatedComputeNodes: 3 });
    nodes = await waitForIdleNodes(batchClient, POOL_ID, 3);
    console.log(`Pool [${POOL_ID}] is steady with ${nodes.length} idle nodes.`);

    console.log("Enabling autoscale...");
    await pools.enableAutoScale(POOL_ID, {
      autoscaleFormula: AUTOSCALE_FORMULA,
      autoscaleEvaluationInterval: AUTOSCALE_INTERVAL_MS,
    });
    // Evaluating shows what a formula computes for this pool without applying it.
    const run = await pools.evaluateAutoScale(POOL_ID, AUTOSCALE_FORMULA);
    console.log(`Autoscale formula evaluates to: ${run.results ?? run.error?.message}`);
    nodes = await waitForIdleNodes(batchClient, POOL_ID, 1);
    console.log(`Autoscale sized pool [${POOL_ID}] to ${nodes.length} node.`);
    await pools.disableAutoScale(POOL_ID);
    console.log("Autoscale disabled.");

    // A detail level keeps the listing small: only idle nodes, only the properties printed below.
    const idle = new ODATADetailLevel({
      filterClause: "state eq 'idle'",
      selectClause: "id,state,vmSize,ipAddress",
    });
    for await (const node of pools.listComputeNodes(POOL_ID, idle)) {
      console.log(`  node ${node.id}: ${node.state}, ${node.virtualMachineSize}, ${node.ipAddress}`);
    }

    const nodeId = nodes[0].id!;
    console.log(`Rebooting node [${nodeId}]...`);
    await pools.reboot(POOL_ID, nodeId);
    await waitForIdleNodes(batchClient, POOL_ID, 1);
    console.log(`Node [${nodeId}] is idle again.`);
  } finally {
    await deletePoolAndWait(batchClient, POOL_ID);
  }
}

await runExample({
  description:
    "Creates a pool, waits for its nodes, resizes it, autoscales it, lists and reboots a node, deletes it.",
  main,
});
