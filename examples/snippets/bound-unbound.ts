import { BatchClient, MetadataItem } from "../../src/index.js";

declare const batchClient: BatchClient;

// Unbound: built locally; the properties you may set are writable, server-owned ones cannot be read yet.
const pool = batchClient.poolOperations.createPool({
  poolId: "render",
  virtualMachineSize: "standard_d2s_v3",
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    nodeAgentSkuId: "batch.node.ubuntu 22.04",
  },
  targetDedicatedComputeNodes: 2,
});
pool.displayName = "Render farm";
// pool.state here would throw InvalidOperationException: the service has not assigned it yet.
await pool.commit(); // creates the pool; this object is now read-only

// Bound: read from the service; most properties are read-only, a documented few stay writable.
const bound = await batchClient.poolOperations.getPool("render");
console.log(bound.state, bound.allocationState, bound.currentDedicatedComputeNodes);
bound.metadata = [new MetadataItem("owner", "team-a")];
await bound.commitChanges(); // PATCH with only the changed properties
// bound.commit() would instead replace every updatable property (POST /pools/render/updateproperties).
