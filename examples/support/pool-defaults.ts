/**
 * The node image and size the examples' pools use: Ubuntu 22.04 with its Batch node agent. The local
 * Batch service accepts any values; on a real account these must be offered in the account's region.
 * @module
 */
import type { VirtualMachineConfigurationInit } from "../../src/index.js";

/** Ubuntu Server 22.04 LTS with the matching Batch node agent. */
export const UBUNTU_22_04: VirtualMachineConfigurationInit = {
  imageReference: {
    publisher: "canonical",
    offer: "0001-com-ubuntu-server-jammy",
    sku: "22_04-lts",
    version: "latest",
  },
  nodeAgentSkuId: "batch.node.ubuntu 22.04",
};

/** A small general-purpose VM size (2 vCPUs). */
export const VM_SIZE = "standard_d2s_v3";
