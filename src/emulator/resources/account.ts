/**
 * Account-level lists: supported images (a fixed list), per-pool node counts, and usage metrics (none are recorded).
 * @module
 */
import type { WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";

/** The images the emulator offers (it runs everything on the host, whatever the image). */
export const SUPPORTED_IMAGES: readonly WireObject[] = [
  {
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
    imageReference: {
      publisher: "canonical",
      offer: "0001-com-ubuntu-server-jammy",
      sku: "22_04-lts",
      version: "latest",
    },
    verificationType: "verified",
    capabilities: ["DockerCompatible"],
    osType: "linux",
  },
  {
    nodeAgentSKUId: "batch.node.ubuntu 20.04",
    imageReference: {
      publisher: "canonical",
      offer: "0001-com-ubuntu-server-focal",
      sku: "20_04-lts",
      version: "latest",
    },
    verificationType: "verified",
    osType: "linux",
  },
  {
    nodeAgentSKUId: "batch.node.el 9",
    imageReference: { publisher: "almalinux", offer: "almalinux", sku: "9-gen1", version: "latest" },
    verificationType: "unverified",
    osType: "linux",
  },
  {
    nodeAgentSKUId: "batch.node.windows amd64",
    imageReference: {
      publisher: "microsoftwindowsserver",
      offer: "windowsserver",
      sku: "2022-datacenter",
      version: "latest",
    },
    verificationType: "verified",
    osType: "windows",
  },
];

const NODE_COUNT_KEYS: Readonly<Record<string, string>> = {
  creating: "creating",
  idle: "idle",
  offline: "offline",
  preempted: "preempted",
  rebooting: "rebooting",
  reimaging: "reimaging",
  running: "running",
  starting: "starting",
  starttaskfailed: "startTaskFailed",
  leavingpool: "leavingPool",
  unknown: "unknown",
  unusable: "unusable",
  waitingforstarttask: "waitingForStartTask",
  upgradingos: "upgradingOS",
  deallocated: "deallocated",
  deallocating: "deallocating",
};

function emptyCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of Object.values(NODE_COUNT_KEYS)) counts[key] = 0;
  counts.total = 0;
  return counts;
}

/** `PoolNodeCounts` of every pool, in creation order. */
export function poolNodeCounts(store: Store): WireObject[] {
  return store.pools.list().map((pool) => {
    const dedicated = emptyCounts();
    const lowPriority = emptyCounts();
    for (const node of pool.nodes.list()) {
      const counts = node.data.isDedicated === true ? dedicated : lowPriority;
      counts[NODE_COUNT_KEYS[String(node.data.state)] ?? "unknown"]++;
      counts.total++;
    }
    return { poolId: pool.data.id, dedicated, lowPriority };
  });
}
