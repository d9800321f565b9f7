/** Wire values that many tests and benchmarks send as they are. */

/** A Linux `virtualMachineConfiguration` (Ubuntu 22.04), in wire form. */
export const LINUX_VM_CONFIGURATION = {
  imageReference: {
    publisher: "canonical",
    offer: "0001-com-ubuntu-server-jammy",
    sku: "22_04-lts",
    version: "latest",
  },
  nodeAgentSKUId: "batch.node.ubuntu 22.04",
};
