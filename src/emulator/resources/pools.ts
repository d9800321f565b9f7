/**
 * Pools: creation, properties, resize / stop-resize / remove-nodes with node allocation and
 * release, autoscale settings, and deletion through the `deleting` state.
 * @module
 */
import { parseDuration } from "../../protocol/durations.js";
import { BatchServiceError, conflict, invalidProperty, missingProperty } from "../errors.js";
import { checkAutoScaleFormula, type AutoScaleTargets } from "../autoscale/index.js";
import { Collection } from "../store/collection.js";
import type {
  CloudPool,
  NodeRemoveParameter,
  PoolAddParameter,
  PoolEnableAutoScaleParameter,
  PoolEvaluateAutoScaleParameter,
  PoolPatchParameter,
  PoolResizeParameter,
  PoolUpdatePropertiesParameter,
} from "../../protocol/models.generated.js";
import type { NodeEntity, PoolEntity, Stored, StoredWithId, WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";
import { resolvePackageReferences } from "./applications.js";
import {
  applyPatch,
  applyUpdate,
  bodyProperties,
  checkId,
  checkRange,
  clone,
  newResource,
  replacements,
  transition,
} from "./common.js";
import { addNode } from "./nodes.js";

/** Most dedicated (and, separately, low-priority) nodes a pool may target, by resize or autoscale. */
export const MAX_TARGET_NODES = 1000;

/** Largest wall-clock duration the service shows for "no limit". */
export const MAX_TIMESPAN = "P10675199DT2H48M5.4775807S";

/** Properties a PATCH may change: those of the contract's patch body. */
const PATCHABLE = bodyProperties("PoolPatchParameter");

/** Properties `updateproperties` replaces (absent ones are cleared or reset). */
const REPLACEABLE = replacements("PoolUpdatePropertiesParameter", {
  certificateReferences: [],
  applicationPackageReferences: [],
  metadata: [],
  targetNodeCommunicationMode: "default",
});

/** Least time between two accepted `enableautoscale` requests on a pool (time-scaled like every emulated delay). */
export const ENABLE_AUTOSCALE_INTERVAL_MS = 30_000;

const MIN_EVALUATION_MS = 5 * 60 * 1000;
const MAX_EVALUATION_MS = 168 * 60 * 60 * 1000;

function checkAutoScaleInterval(value: unknown, property: string): void {
  if (value === undefined) return;
  const ms = parseDuration(value);
  if (ms === undefined || ms < MIN_EVALUATION_MS || ms > MAX_EVALUATION_MS) {
    throw invalidProperty(property, "The evaluation interval must be a duration from 5 minutes to 168 hours");
  }
}

function checkFormula(value: unknown, property: string): void {
  if (value === undefined) return;
  if (typeof value !== "string" || value.trim() === "")
    throw invalidProperty(property, "The formula must not be empty");
  const rejected = checkAutoScaleFormula(value);
  if (rejected) {
    const values = rejected.values.map((v) => ({ key: v.name, value: v.value }));
    throw new BatchServiceError(400, rejected.code, rejected.message, values);
  }
}

/** The pool, refusing operations while it is being deleted. */
export function livePool(store: Store, poolId: string): PoolEntity {
  const pool = store.pools.get(poolId);
  if (pool.data.state === "deleting") throw conflict("PoolBeingDeleted", "The pool is being deleted.");
  return pool;
}

/** Creates a pool from a `PoolAddParameter`; nodes are allocated asynchronously. */
export function addPool(store: Store, body: PoolAddParameter): PoolEntity {
  const id = checkId(body.id);
  const autoScale = body.enableAutoScale === true;
  if (autoScale) {
    if (body.autoScaleFormula === undefined) throw missingProperty("autoScaleFormula");
    if (body.targetDedicatedNodes !== undefined || body.targetLowPriorityNodes !== undefined) {
      throw invalidProperty(
        "targetDedicatedNodes",
        "Target node counts cannot be given when autoscale is enabled",
      );
    }
  } else if (body.autoScaleFormula !== undefined) {
    throw invalidProperty("autoScaleFormula", "A formula can only be given when autoscale is enabled");
  }
  checkFormula(body.autoScaleFormula, "autoScaleFormula");
  checkAutoScaleInterval(body.autoScaleEvaluationInterval, "autoScaleEvaluationInterval");
  checkRange(body.targetDedicatedNodes, "targetDedicatedNodes", 0, MAX_TARGET_NODES);
  checkRange(body.targetLowPriorityNodes, "targetLowPriorityNodes", 0, MAX_TARGET_NODES);
  checkRange(body.taskSlotsPerNode, "taskSlotsPerNode", 1, 256);
  resolvePackageReferences(store.applications, body.applicationPackageReferences);
  const now = store.now().toISOString();
  const spec = newResource(id, body, now);
  const data: WireObject = {
    ...spec,
    allocationState: "steady",
    allocationStateTransitionTime: now,
    resizeTimeout: spec.resizeTimeout ?? "PT15M",
    currentDedicatedNodes: 0,
    currentLowPriorityNodes: 0,
    targetDedicatedNodes: autoScale ? 0 : (spec.targetDedicatedNodes ?? 0),
    targetLowPriorityNodes: autoScale ? 0 : (spec.targetLowPriorityNodes ?? 0),
    enableAutoScale: autoScale,
    enableInterNodeCommunication: spec.enableInterNodeCommunication ?? false,
    taskSlotsPerNode: spec.taskSlotsPerNode ?? 1,
    taskSchedulingPolicy: spec.taskSchedulingPolicy ?? { nodeFillType: "Spread" },
    targetNodeCommunicationMode: spec.targetNodeCommunicationMode ?? "default",
    currentNodeCommunicationMode: "simplified",
  };
  if (autoScale) data.autoScaleEvaluationInterval = spec.autoScaleEvaluationInterval ?? "PT15M";
  const pool = store.pools.insert(id, {
    seq: store.nextSeq(),
    data: data as StoredWithId<CloudPool>, // built from a body validated against the contract
    nodes: new Collection<NodeEntity>("Node"),
    resizeGeneration: 0,
  });
  store.stamp(data);
  store.events.emit("poolAdded", { poolId: id });
  startResize(store, pool);
  return pool;
}

/** Begins moving the pool to its targets (completes after an emulated delay). */
export function startResize(store: Store, pool: PoolEntity): void {
  const generation = ++pool.resizeGeneration;
  const data = pool.data;
  const reached =
    data.currentDedicatedNodes === data.targetDedicatedNodes &&
    data.currentLowPriorityNodes === data.targetLowPriorityNodes;
  if (reached) return;
  setAllocationState(store, data, "resizing");
  store.afterTransition("resize", () => {
    if (pool.resizeGeneration !== generation || data.state === "deleting") return;
    reconcileNodes(store, pool);
    setAllocationState(store, data, "steady");
  });
}

function setAllocationState(store: Store, data: WireObject, state: string): void {
  data.allocationState = state;
  data.allocationStateTransitionTime = store.now().toISOString();
  store.stamp(data);
}

/** Starts removing a node: it enters `leavingpool`, then disappears after an emulated delay. */
export function removeNode(
  store: Store,
  pool: PoolEntity,
  node: NodeEntity,
  deallocationOption: string,
): void {
  if (node.data.state === "leavingpool") return;
  const poolId = pool.data.id;
  const nodeId = node.data.id;
  const previousState = String(node.data.state);
  node.data.state = "leavingpool";
  node.data.stateTransitionTime = store.now().toISOString();
  store.markDirty();
  store.events.emit("nodeStateChanged", { poolId, nodeId, state: "leavingpool", previousState });
  const pending: Promise<unknown>[] = [];
  store.events.emit("nodeRemoving", {
    poolId,
    nodeId,
    deallocationOption,
    defer: (work) => pending.push(work),
  });
  const leave = (): void => {
    if (store.isClosed || pool.nodes.find(nodeId) !== node) return;
    pool.nodes.remove(nodeId);
    updateCurrentCounts(store, pool);
    store.events.emit("nodeRemoved", { poolId, nodeId });
    store.flush();
  };
  // Tasks allowed to run to completion keep the node until they end.
  store.afterTransition("nodeLeave", () => void Promise.allSettled(pending).then(leave));
}

function activeNodes(pool: PoolEntity, dedicated: boolean): NodeEntity[] {
  return pool.nodes.list().filter((n) => n.data.isDedicated === dedicated && n.data.state !== "leavingpool");
}

// Idle nodes leave first, then the newest.
function removalOrder(nodes: NodeEntity[]): NodeEntity[] {
  return [...nodes].sort(
    (a, b) => Number(b.data.state === "idle") - Number(a.data.state === "idle") || b.seq - a.seq,
  );
}

/** Adds or removes nodes until the pool matches its targets. */
export function reconcileNodes(store: Store, pool: PoolEntity): void {
  const option = pool.pendingDeallocationOption ?? "requeue";
  for (const dedicated of [true, false]) {
    const target = Number(dedicated ? pool.data.targetDedicatedNodes : pool.data.targetLowPriorityNodes);
    const nodes = activeNodes(pool, dedicated);
    for (let i = nodes.length; i < target; i++) addNode(store, pool, dedicated);
    for (const node of removalOrder(nodes).slice(0, Math.max(0, nodes.length - target)))
      removeNode(store, pool, node, option);
  }
  pool.pendingDeallocationOption = undefined;
  updateCurrentCounts(store, pool);
}

/** Recomputes `currentDedicatedNodes` / `currentLowPriorityNodes` from the nodes present. */
export function updateCurrentCounts(store: Store, pool: PoolEntity): void {
  const nodes = pool.nodes.list().filter((n) => n.data.state !== "leavingpool");
  pool.data.currentDedicatedNodes = nodes.filter((n) => n.data.isDedicated === true).length;
  pool.data.currentLowPriorityNodes = nodes.filter((n) => n.data.isDedicated !== true).length;
  store.markDirty();
}

/** PATCH: changes only the properties given. */
export function patchPool(store: Store, pool: PoolEntity, body: Stored<PoolPatchParameter>): void {
  checkRange(body.taskSlotsPerNode, "taskSlotsPerNode", 1, 256);
  resolvePackageReferences(store.applications, body.applicationPackageReferences);
  applyPatch(pool.data, clone(body), PATCHABLE);
  store.stamp(pool.data);
  store.events.emit("poolUpdated", { poolId: pool.data.id });
}

/** `updateproperties`: replaces the updatable properties. */
export function updatePoolProperties(
  store: Store,
  pool: PoolEntity,
  body: Stored<PoolUpdatePropertiesParameter>,
): void {
  resolvePackageReferences(store.applications, body.applicationPackageReferences);
  applyUpdate(pool.data, clone(body), REPLACEABLE);
  store.stamp(pool.data);
  store.events.emit("poolUpdated", { poolId: pool.data.id });
}

function requireSteady(pool: PoolEntity): void {
  if (pool.data.allocationState !== "steady")
    throw conflict("PoolBeingResized", "The pool is being resized.");
}

function requireManualScale(pool: PoolEntity): void {
  if (pool.data.enableAutoScale === true) {
    throw conflict("AutoScalingEnabled", "The pool's size is managed by its autoscale formula.");
  }
}

/** Sets new targets and starts the resize. */
export function resizePool(store: Store, pool: PoolEntity, body: PoolResizeParameter): void {
  requireManualScale(pool);
  requireSteady(pool);
  checkRange(body.targetDedicatedNodes, "targetDedicatedNodes", 0, MAX_TARGET_NODES);
  checkRange(body.targetLowPriorityNodes, "targetLowPriorityNodes", 0, MAX_TARGET_NODES);
  if (body.targetDedicatedNodes !== undefined) pool.data.targetDedicatedNodes = body.targetDedicatedNodes;
  if (body.targetLowPriorityNodes !== undefined)
    pool.data.targetLowPriorityNodes = body.targetLowPriorityNodes;
  if (body.resizeTimeout !== undefined) pool.data.resizeTimeout = body.resizeTimeout;
  pool.pendingDeallocationOption =
    typeof body.nodeDeallocationOption === "string" ? body.nodeDeallocationOption : undefined;
  store.stamp(pool.data);
  store.events.emit("poolResized", {
    poolId: pool.data.id,
    targetDedicatedNodes: Number(pool.data.targetDedicatedNodes),
    targetLowPriorityNodes: Number(pool.data.targetLowPriorityNodes),
  });
  startResize(store, pool);
}

/** Resizes to the targets of an autoscale run (nothing happens when they are the pool's targets already). */
export function applyAutoScaleTargets(store: Store, pool: PoolEntity, targets: AutoScaleTargets): void {
  const data = pool.data;
  if (data.state === "deleting" || data.enableAutoScale !== true) return;
  if (
    data.targetDedicatedNodes === targets.targetDedicatedNodes &&
    data.targetLowPriorityNodes === targets.targetLowPriorityNodes
  )
    return;
  data.targetDedicatedNodes = targets.targetDedicatedNodes;
  data.targetLowPriorityNodes = targets.targetLowPriorityNodes;
  pool.pendingDeallocationOption = targets.nodeDeallocationOption;
  store.stamp(data);
  store.events.emit("poolResized", {
    poolId: String(data.id),
    targetDedicatedNodes: targets.targetDedicatedNodes,
    targetLowPriorityNodes: targets.targetLowPriorityNodes,
  });
  startResize(store, pool);
}

/** Stops a resize in progress: the pool keeps the nodes it has. */
export function stopResize(store: Store, pool: PoolEntity): void {
  if (pool.data.allocationState !== "resizing")
    throw conflict("PoolNotResizing", "The pool is not resizing.");
  pool.resizeGeneration++;
  const generation = pool.resizeGeneration;
  setAllocationState(store, pool.data, "stopping");
  store.afterTransition("resize", () => {
    if (pool.resizeGeneration !== generation) return;
    setAllocationState(store, pool.data, "steady");
  });
}

/** Removes the listed nodes (the targets shrink accordingly). */
export function removeNodes(store: Store, pool: PoolEntity, body: NodeRemoveParameter): void {
  requireSteady(pool);
  const list = body.nodeList;
  if (!Array.isArray(list) || list.length === 0) throw missingProperty("nodeList");
  if (list.length > 100) throw invalidProperty("nodeList", "At most 100 nodes can be removed at once");
  const nodes = list.map((id) => pool.nodes.get(String(id)));
  const option = typeof body.nodeDeallocationOption === "string" ? body.nodeDeallocationOption : "requeue";
  setAllocationState(store, pool.data, "resizing");
  for (const node of nodes) {
    if (node.data.isDedicated === true)
      pool.data.targetDedicatedNodes = Number(pool.data.targetDedicatedNodes) - 1;
    else pool.data.targetLowPriorityNodes = Number(pool.data.targetLowPriorityNodes) - 1;
    removeNode(store, pool, node, option);
  }
  const generation = ++pool.resizeGeneration;
  store.afterTransition("resize", () => {
    if (pool.resizeGeneration !== generation) return;
    setAllocationState(store, pool.data, "steady");
  });
}

/** Refuses a second `enableautoscale` within {@link ENABLE_AUTOSCALE_INTERVAL_MS} of the last one. */
function requireEnableAutoScaleSpacing(store: Store, pool: PoolEntity): void {
  const last = pool.autoScaleEnabledAt;
  const interval = ENABLE_AUTOSCALE_INTERVAL_MS * store.settings.timeScale;
  if (last !== undefined && store.now().getTime() - last < interval) {
    throw conflict(
      "TooManyEnableAutoScaleRequests",
      "Autoscale was enabled on this pool less than 30 seconds ago.",
    );
  }
}

/** Turns autoscale on (or changes its settings); refused while the pool resizes and within 30 s of the last one. */
export function enableAutoScale(store: Store, pool: PoolEntity, body: PoolEnableAutoScaleParameter): void {
  requireSteady(pool);
  requireEnableAutoScaleSpacing(store, pool);
  checkFormula(body.autoScaleFormula, "autoScaleFormula");
  checkAutoScaleInterval(body.autoScaleEvaluationInterval, "autoScaleEvaluationInterval");
  if (body.autoScaleFormula === undefined && pool.data.autoScaleFormula === undefined)
    throw missingProperty("autoScaleFormula");
  if (body.autoScaleFormula !== undefined) pool.data.autoScaleFormula = body.autoScaleFormula;
  pool.data.autoScaleEvaluationInterval =
    body.autoScaleEvaluationInterval ?? pool.data.autoScaleEvaluationInterval ?? "PT15M";
  pool.data.enableAutoScale = true;
  pool.autoScaleEnabledAt = store.now().getTime();
  store.stamp(pool.data);
  store.events.emit("poolAutoScaleChanged", { poolId: pool.data.id, enabled: true });
}

/** Turns autoscale off; the pool keeps its current targets. */
export function disableAutoScale(store: Store, pool: PoolEntity): void {
  pool.data.enableAutoScale = false;
  delete pool.data.autoScaleFormula;
  delete pool.data.autoScaleEvaluationInterval;
  delete pool.data.autoScaleRun;
  store.stamp(pool.data);
  store.events.emit("poolAutoScaleChanged", { poolId: pool.data.id, enabled: false });
}

/** Checks a formula given to `evaluateautoscale` (the pool must have autoscale enabled). */
export function checkEvaluation(pool: PoolEntity, body: PoolEvaluateAutoScaleParameter): string {
  if (pool.data.enableAutoScale !== true) {
    throw conflict(
      "AutoScaleNotEnabled",
      "Autoscale formulas can only be evaluated on a pool with autoscale enabled.",
    );
  }
  if (body.autoScaleFormula === undefined) throw missingProperty("autoScaleFormula");
  checkFormula(body.autoScaleFormula, "autoScaleFormula");
  return String(body.autoScaleFormula);
}

/** Starts deleting a pool: `deleting` now, gone (with its nodes) after an emulated delay. */
export function deletePool(store: Store, pool: PoolEntity): void {
  if (pool.data.state === "deleting") return;
  transition(store, pool.data, "deleting", false);
  pool.resizeGeneration++;
  const poolId = pool.data.id;
  store.events.emit("poolDeleting", { poolId });
  finishPoolDeletion(store, pool);
}

function finishPoolDeletion(store: Store, pool: PoolEntity): void {
  const poolId = pool.data.id;
  store.afterTransition("delete", () => {
    if (store.pools.find(poolId) !== pool) return;
    for (const node of pool.nodes.list()) store.events.emit("nodeRemoved", { poolId, nodeId: node.data.id });
    store.pools.remove(poolId);
    store.markDirty();
    store.events.emit("poolDeleted", { poolId });
  });
}

/** After a restart: finish what was in flight (deletions, resizes, nodes leaving). */
export function resumePools(store: Store): void {
  for (const pool of store.pools.list()) {
    if (pool.data.state === "deleting") {
      finishPoolDeletion(store, pool);
      continue;
    }
    for (const node of pool.nodes.list()) {
      if (node.data.state !== "leavingpool") continue;
      store.afterTransition("nodeLeave", () => {
        pool.nodes.remove(node.data.id);
        updateCurrentCounts(store, pool);
      });
    }
    if (pool.data.allocationState !== "steady") {
      setAllocationState(store, pool.data, "steady");
      startResize(store, pool);
    }
  }
}
