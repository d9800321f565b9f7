import { BatchSharedKeyCredentials, ProtocolClient } from "../../src/index.js";
import { startLocalBatchService } from "../../src/emulator/index.js";

// One typed method per REST operation; parameters and bodies use the wire names.
const service = await startLocalBatchService();
const credentials = new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey);
const protocol = new ProtocolClient(service.url, credentials);

await protocol.pool.add({
  pool: {
    id: "mypool",
    vmSize: "standard_d2s_v3",
    virtualMachineConfiguration: {
      imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
      nodeAgentSKUId: "batch.node.ubuntu 22.04",
    },
  },
});
const { body: pool, headers } = await protocol.pool.get({ poolId: "mypool", select: "id,state" });
console.log(`pool ${pool.id} is ${pool.state}; ETag ${headers.eTag}`);
for await (const listed of protocol.pool.list({ filter: "state eq 'active'" })) {
  console.log(`listed ${listed.id}`);
}

await service.close();
