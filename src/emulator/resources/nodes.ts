/**
 * Compute nodes: creation, reboot, reimage, start, deallocate, scheduling state, user accounts, remote
 * login settings, extensions, and the state setter a scheduler uses.
 * @module
 */
import { randomBytes } from "node:crypto";
import { conflict, missingProperty, notFound, type ServiceErrorCode } from "../errors.js";
import type {
  ComputeNode,
  ComputeNodeState,
  ComputeNodeUser,
  NodeDeallocateParameter,
  NodeRebootParameter,
  NodeReimageParameter,
  NodeUpdateUserParameter,
  NodeVMExtension,
} from "../../protocol/models.generated.js";
import type {
  NodeEntity,
  PoolEntity,
  Stored,
  StoredUser,
  StoredWithId,
  WireObject,
} from "../store/entities.js";
import type { Store } from "../store/store.js";
import { applyUpdate, bodyProperties, checkId, clone } from "./common.js";

/** What a user update replaces (absent ones are cleared): the contract's update body but the password, never kept. */
const USER_REPLACEABLE = Object.fromEntries(
  bodyProperties("NodeUpdateUserParameter")
    .filter((name) => name !== "password")
    .map((name) => [name, undefined]),
);

/** Node states from which reboot, reimage and deallocate are refused, with the code the service uses. */
const BUSY_STATES: Readonly<Record<string, ServiceErrorCode>> = {
  creating: "NodeBeingCreated",
  starting: "NodeBeingStarted",
  rebooting: "NodeBeingRebooted",
  reimaging: "NodeBeingReimaged",
  leavingpool: "NodeBeingRemoved",
  deallocating: "NodeBeingDeallocated",
  deallocated: "NodeDeallocated",
  unusable: "NodeStateUnusable",
};

function newNodeId(dedicated: boolean): string {
  return `tvmps_${randomBytes(32).toString("hex")}_${dedicated ? "d" : "p"}`;
}

/** Adds one node to a pool, in the store's initial node state (with a generated id unless one is given). */
export function addNode(store: Store, pool: PoolEntity, dedicated: boolean, nodeId?: string): NodeEntity {
  const now = store.now().toISOString();
  const id = nodeId ?? newNodeId(dedicated);
  const index = pool.nodes.size + 1;
  const ip = `127.0.${(index >> 8) & 255}.${index & 255}`;
  const vmConfig = (pool.data.virtualMachineConfiguration ?? {}) as WireObject;
  const data: WireObject = {
    id,
    state: store.settings.initialNodeState,
    schedulingState: "enabled",
    stateTransitionTime: now,
    lastBootTime: now,
    allocationTime: now,
    ipAddress: ip,
    affinityId: `TVM:${id}`,
    vmSize: pool.data.vmSize,
    totalTasksRun: 0,
    runningTasksCount: 0,
    runningTaskSlotsCount: 0,
    totalTasksSucceeded: 0,
    isDedicated: dedicated,
    endpointConfiguration: {
      inboundEndpoints: [
        {
          name: "SSHRule.0",
          protocol: "tcp",
          publicIPAddress: ip,
          publicFQDN: "localhost",
          frontendPort: 50000 + index,
          backendPort: 22,
        },
      ],
    },
    nodeAgentInfo: { version: "1.0.0-emulated", lastUpdateTime: now },
    virtualMachineInfo: { imageReference: vmConfig.imageReference ?? {} },
  };
  if (pool.data.startTask !== undefined) data.startTask = clone(pool.data.startTask);
  if (pool.data.certificateReferences !== undefined)
    data.certificateReferences = clone(pool.data.certificateReferences);
  // built from the pool, in the contract's shape
  const node = pool.nodes.insert(id, {
    seq: store.nextSeq(),
    data: data as StoredWithId<ComputeNode>,
    users: {},
  });
  store.markDirty();
  store.events.emit("nodeAdded", { poolId: pool.data.id, nodeId: id });
  return node;
}

/** Sets a node's state (keeping the transition time) and tells subscribers. */
export function setNodeState(store: Store, pool: PoolEntity, node: NodeEntity, state: string): void {
  const previousState = String(node.data.state);
  node.data.state = state as ComputeNodeState;
  node.data.stateTransitionTime = store.now().toISOString();
  store.markDirty();
  store.events.emit("nodeStateChanged", {
    poolId: pool.data.id,
    nodeId: node.data.id,
    state,
    previousState,
  });
}

function requireUsable(node: NodeEntity): void {
  const code = BUSY_STATES[String(node.data.state)];
  if (code)
    throw conflict(code, `The operation is not allowed while the node is ${String(node.data.state)}.`);
}

// A transitional state that settles by itself unless a scheduler drives nodes.
function settleLater(
  store: Store,
  pool: PoolEntity,
  node: NodeEntity,
  from: string,
  to: string,
  onSettle?: () => void,
): void {
  if (!store.settings.finishNodeTransitions) return;
  store.afterTransition("node", () => {
    if (node.data.state !== from) return;
    onSettle?.();
    setNodeState(store, pool, node, to);
  });
}

type NodeAction = "reboot" | "reimage" | "deallocate";

const ACTIONS: Readonly<
  Record<
    NodeAction,
    {
      state: string;
      settled: string;
      optionKey: string;
      event: "nodeRebooted" | "nodeReimaged" | "nodeDeallocated";
    }
  >
> = {
  reboot: { state: "rebooting", settled: "idle", optionKey: "nodeRebootOption", event: "nodeRebooted" },
  reimage: { state: "reimaging", settled: "idle", optionKey: "nodeReimageOption", event: "nodeReimaged" },
  deallocate: {
    state: "deallocating",
    settled: "deallocated",
    optionKey: "nodeDeallocateOption",
    event: "nodeDeallocated",
  },
};

/** Reboots, reimages or deallocates a node; the option (`requeue` by default) says what happens to its tasks. */
export function nodeAction(
  store: Store,
  pool: PoolEntity,
  node: NodeEntity,
  action: NodeAction,
  body: Stored<NodeRebootParameter | NodeReimageParameter | NodeDeallocateParameter>,
): void {
  requireUsable(node);
  const spec = ACTIONS[action];
  const option = typeof body[spec.optionKey] === "string" ? String(body[spec.optionKey]) : "requeue";
  setNodeState(store, pool, node, spec.state);
  store.events.emit(spec.event, { poolId: pool.data.id, nodeId: node.data.id, option });
  settleLater(store, pool, node, spec.state, spec.settled, () => {
    if (action !== "deallocate") node.data.lastBootTime = store.now().toISOString();
  });
}

/** Starts a deallocated node. */
export function startNode(store: Store, pool: PoolEntity, node: NodeEntity): void {
  if (node.data.state !== "deallocated")
    throw conflict("NodeNotDeallocated", "Only a deallocated node can be started.");
  setNodeState(store, pool, node, "starting");
  store.events.emit("nodeStarted", { poolId: pool.data.id, nodeId: node.data.id });
  settleLater(store, pool, node, "starting", "idle", () => {
    node.data.lastBootTime = store.now().toISOString();
  });
}

/** Enables or disables task scheduling on a node. */
export function setScheduling(
  store: Store,
  pool: PoolEntity,
  node: NodeEntity,
  enabled: boolean,
  option?: string,
): void {
  const schedulingState = enabled ? "enabled" : "disabled";
  if (node.data.schedulingState === schedulingState) {
    throw conflict(
      "NodeAlreadyInTargetSchedulingState",
      `Task scheduling on the node is already ${schedulingState}.`,
    );
  }
  node.data.schedulingState = schedulingState;
  if (!enabled && node.data.state === "idle") setNodeState(store, pool, node, "offline");
  if (enabled && node.data.state === "offline") setNodeState(store, pool, node, "idle");
  store.markDirty();
  store.events.emit("nodeSchedulingChanged", {
    poolId: pool.data.id,
    nodeId: node.data.id,
    schedulingState,
    option: enabled ? undefined : (option ?? "requeue"),
  });
}

/** A user account as stored (see {@link StoredUser}). */
function storedUser(body: Stored<ComputeNodeUser>): StoredUser {
  const { password: _password, ...rest } = clone(body);
  return rest;
}

/** Adds a user account to a node. */
export function addUser(store: Store, node: NodeEntity, body: Stored<ComputeNodeUser>): void {
  const name = body.name;
  if (typeof name !== "string" || name === "") throw missingProperty("name");
  checkId(name, "name", 256);
  if (Object.hasOwn(node.users, name.toLowerCase()))
    throw conflict("NodeUserExists", "A user with that name already exists on the node.");
  node.users[name.toLowerCase()] = storedUser(body);
  store.markDirty();
}

function findUser(node: NodeEntity, name: string): StoredUser {
  const user = Object.hasOwn(node.users, name.toLowerCase()) ? node.users[name.toLowerCase()] : undefined;
  if (!user) throw notFound("NodeUser");
  return user;
}

/** Replaces a node user's expiry and SSH key (absent ones are cleared); the password is not kept. */
export function updateUser(
  store: Store,
  node: NodeEntity,
  name: string,
  body: Stored<NodeUpdateUserParameter>,
): void {
  applyUpdate(findUser(node, name), body, USER_REPLACEABLE);
  store.markDirty();
}

/** Removes a user account from a node. */
export function deleteUser(store: Store, node: NodeEntity, name: string): void {
  findUser(node, name);
  delete node.users[name.toLowerCase()];
  store.markDirty();
}

/** What `remoteloginsettings` answers for a node. */
export function remoteLoginSettings(node: NodeEntity): WireObject {
  const endpoints =
    (node.data.endpointConfiguration as { inboundEndpoints?: WireObject[] } | undefined)?.inboundEndpoints ??
    [];
  return { remoteLoginIPAddress: node.data.ipAddress, remoteLoginPort: endpoints[0]?.frontendPort ?? 50000 };
}

/** The VM extensions of a node, from its pool's virtual machine configuration. */
export function nodeExtensions(store: Store, pool: PoolEntity): Stored<NodeVMExtension>[] {
  const now = store.now().toISOString();
  return (pool.data.virtualMachineConfiguration?.extensions ?? []).map((extension) => ({
    provisioningState: "Succeeded",
    vmExtension: clone(extension),
    instanceView: {
      name: extension.name,
      statuses: [
        {
          code: "ProvisioningState/succeeded",
          displayStatus: "Provisioning succeeded",
          level: "Info",
          time: now,
        },
      ],
    },
  }));
}

/** One extension of a node by name. */
export function nodeExtension(store: Store, pool: PoolEntity, name: string): Stored<NodeVMExtension> {
  const found = nodeExtensions(store, pool).find(
    (e) => String(e.vmExtension?.name).toLowerCase() === name.toLowerCase(),
  );
  if (!found) throw notFound("NodeExtension");
  return found;
}

/** After a restart: settle nodes caught in a self-finishing transition; drop passwords older snapshots kept. */
export function resumeNodes(store: Store): void {
  for (const pool of store.pools.list()) {
    for (const node of pool.nodes.list()) {
      for (const spec of Object.values(ACTIONS)) {
        if (node.data.state === spec.state) settleLater(store, pool, node, spec.state, spec.settled);
      }
      if (node.data.state === "starting") settleLater(store, pool, node, "starting", "idle");
      // Snapshots of earlier versions kept passwords; the next write drops them.
      for (const [name, user] of Object.entries(node.users)) {
        if (user.password === undefined) continue;
        node.users[name] = storedUser(user);
        store.markDirty();
      }
    }
  }
}
