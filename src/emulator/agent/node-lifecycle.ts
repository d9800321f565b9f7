/**
 * The life of an emulated node apart from the tasks it runs: start-up through `creating →
 * starting → waitingforstarttask → idle` (or `starttaskfailed`) with its start task; reboot,
 * reimage, start and deallocate, which handle the node's tasks as their option says and then run
 * the start task again (reimage on a wiped directory tree); removal from the pool; and a node that
 * becomes `unusable`, whose tasks go back to the queue.
 * @module
 */
import { rm } from "node:fs/promises";
import { clone } from "../resources/common.js";
import { setNodeState } from "../resources/nodes.js";
import type { Defer } from "../store/events.js";
import type { StartTask, StartTaskInformation } from "../../protocol/models.generated.js";
import type { NodeEntity, PoolEntity } from "../store/entities.js";
import type { Store } from "../store/store.js";
import { executionFields, findNode, key, str, type NodeRuntime } from "./node-runtime.js";
import type { KillReason, TaskRunResult } from "./process-runner.js";
import type { Subscriptions } from "./subscriptions.js";

/** The states in which a node takes tasks. */
export const SCHEDULABLE_NODE_STATES: ReadonlySet<string> = new Set(["idle", "running"]);

/** Node options (reboot, reimage, removal) that let running tasks finish instead of ending them. */
const DRAINING_OPTIONS = new Set(["taskcompletion", "retaineddata"]);

/** What a node does after a reboot / reimage / start / deallocate request, once its tasks are handled. */
const NODE_TRANSITIONS: Readonly<Record<string, { settled: string; boots: boolean }>> = {
  rebooting: { settled: "idle", boots: true },
  reimaging: { settled: "idle", boots: true },
  starting: { settled: "idle", boots: true },
  deallocating: { settled: "deallocated", boots: false },
};

/** The kill reason for a node or job option: `terminate` ends tasks, the others requeue them. */
export function killReasonFor(option: string): KillReason {
  return option === "terminate" ? "terminate" : "requeue";
}

/** How the node lifecycle reaches the tasks the scheduler placed on a node. */
export interface NodeTaskControl {
  /** Ends the tasks placed on the node with `reason`; resolves once their placements are released. */
  endTasks(poolId: string, nodeId: string, reason: KillReason): Promise<void>;
  /** Resolves once the tasks on the node ended by themselves (no new ones are placed meanwhile). */
  drain(poolId: string, nodeId: string): Promise<void>;
  /** Job preparation runs again on the node (it rebooted, was reimaged or left). */
  forgetPreparation(poolId: string, nodeId: string): void;
}

/** Drives node state changes that do not come from tasks; see the module comment. */
export class NodeLifecycle {
  /** Per node: work that must end before the node boots again (kills, directory wipes). */
  private readonly nodeWork = new Map<string, Promise<void>>();
  private closed = false;

  /** Subscribes to the node events of the store. */
  constructor(
    private readonly store: Store,
    private readonly runtime: NodeRuntime,
    private readonly tasks: NodeTaskControl,
    events: Subscriptions,
  ) {
    events.on("nodeAdded", (e) => this.nodeJoined(e.poolId, e.nodeId));
    events.on("nodeRebooted", (e) => this.nodeAction(e.poolId, e.nodeId, e.option, false));
    events.on("nodeReimaged", (e) => this.nodeAction(e.poolId, e.nodeId, e.option, true));
    events.on("nodeDeallocated", (e) => this.nodeAction(e.poolId, e.nodeId, e.option, false));
    events.on("nodeStarted", (e) => {
      if (!store.settings.finishNodeTransitions)
        store.afterTransition("nodeStarting", () => this.settleNode(e.poolId, e.nodeId, "starting"));
    });
    events.on("nodeStateChanged", (e) => {
      // When the store settles transitions itself, the start task still runs again after it.
      if (store.settings.finishNodeTransitions && e.state === "idle" && NODE_TRANSITIONS[e.previousState])
        this.rebootSettled(e.poolId, e.nodeId);
      // A dead node's processes are gone with it: its tasks go back to the queue.
      if (e.state === "unusable") void this.stopNode(e.poolId, e.nodeId, "requeue");
    });
    events.on("nodeRemoving", (e) => this.nodeLeaving(e.poolId, e.nodeId, e.deallocationOption, e.defer));
    events.on("nodeRemoved", (e) => this.nodeGone(e.poolId, e.nodeId));
  }

  /** Stops booting nodes (the service is closing). */
  close(): void {
    this.closed = true;
  }

  /**
   * After a restart: nodes caught creating, starting or waiting for their start task boot again,
   * and nodes caught in a transition finish it.
   */
  resume(): void {
    for (const pool of this.store.pools.list()) {
      for (const node of pool.nodes.list()) {
        const state = str(node.data.state);
        if (state === "running") setNodeState(this.store, pool, node, "idle");
        if (state === "creating" || state === "starting")
          this.nodeJoined(str(pool.data.id), str(node.data.id));
        else if (state === "waitingforstarttask") this.boot(pool, node, state);
        else if (NODE_TRANSITIONS[state] && !this.store.settings.finishNodeTransitions)
          this.store.afterTransition("node", () =>
            this.settleNode(str(pool.data.id), str(node.data.id), state),
          );
      }
    }
  }

  /** A node joined its pool: boot it from whatever state the store gave it. */
  private nodeJoined(poolId: string, nodeId: string): void {
    const found = findNode(this.store, poolId, nodeId);
    if (!found) return;
    const { pool, node } = found;
    const state = str(node.data.state);
    if (state === "creating") {
      this.store.afterTransition("nodeCreating", () => {
        if (node.data.state !== "creating") return;
        setNodeState(this.store, pool, node, "starting");
        this.store.afterTransition("nodeStarting", () => this.boot(pool, node, "starting"));
      });
    } else if (state === "starting") {
      this.store.afterTransition("nodeStarting", () => this.boot(pool, node, "starting"));
    } else if (state === "idle" && pool.data.startTask !== undefined) {
      this.boot(pool, node, "idle");
    }
  }

  /**
   * Brings a node that is still in state `from` up: the pool's current start task is copied to the
   * node and run; with `waitForSuccess` (the default) the node waits for it in `waitingforstarttask`
   * and ends `idle` or `starttaskfailed`, otherwise it is `idle` at once.
   */
  private boot(pool: PoolEntity, node: NodeEntity, from: string): void {
    if (this.closed || node.data.state !== from) return;
    if (pool.nodes.find(str(node.data.id)) !== node) return;
    if (from !== "idle") node.data.lastBootTime = new Date().toISOString();
    if (pool.data.startTask !== undefined) node.data.startTask = clone(pool.data.startTask);
    else delete node.data.startTask;
    const spec = node.data.startTask;
    const wait = spec !== undefined && spec.waitForSuccess !== false;
    const next = wait ? "waitingforstarttask" : "idle";
    if (node.data.state !== next) setNodeState(this.store, pool, node, next);
    this.store.flush();
    if (!spec) return;
    void this.runStartTask(pool, node, spec).then((ok) => {
      if (ok === undefined || node.data.state !== "waitingforstarttask") return;
      setNodeState(this.store, pool, node, ok ? "idle" : "starttaskfailed");
      this.store.flush();
    });
  }

  /** Runs the start task with its retries; undefined when the node stopped it (reboot, removal, close). */
  private async runStartTask(
    pool: PoolEntity,
    node: NodeEntity,
    spec: StartTask,
  ): Promise<boolean | undefined> {
    await this.runtime.ensureLayout(pool, node);
    const maxRetries = Number(spec.maxTaskRetryCount ?? 0);
    const info: StartTaskInformation = {
      state: "running",
      startTime: new Date().toISOString(),
      retryCount: 0,
    };
    node.data.startTaskInfo = info;
    this.store.markDirty();
    for (let retry = 0; ; retry++) {
      if (this.closed || node.data.startTaskInfo !== info) return undefined;
      let result: TaskRunResult;
      try {
        result = await this.runtime.startRun(pool, node, spec, { kind: "startTask" }).completion;
      } catch {
        return undefined;
      }
      if (node.data.startTaskInfo !== info) return undefined;
      if (result.endedBy !== undefined && result.endedBy !== "maxWallClockTime") return undefined;
      const success = result.result === "success";
      if (success || (maxRetries !== -1 && retry >= maxRetries)) {
        const { startTime: _ignored, ...fields } = executionFields(result);
        Object.assign(info, fields, { state: "completed" });
        this.store.markDirty();
        return success;
      }
      Object.assign(info, { retryCount: retry + 1, lastRetryTime: new Date().toISOString() });
      this.store.markDirty();
    }
  }

  /** Ends what runs on a node (its tasks with `reason`, its start task, leftovers) and waits until it is gone. */
  private async stopNode(poolId: string, nodeId: string, reason: KillReason): Promise<void> {
    const released = this.tasks.endTasks(poolId, nodeId, reason);
    await this.runtime.killAll(poolId, nodeId, reason);
    await released;
  }

  /** Handles the node's tasks as `option` says: drained first for the draining options, then ended. */
  private async clearNode(poolId: string, nodeId: string, option: string): Promise<void> {
    if (DRAINING_OPTIONS.has(option)) await this.tasks.drain(poolId, nodeId);
    await this.stopNode(poolId, nodeId, killReasonFor(option));
  }

  /** Reboot, reimage or deallocate: handle the running tasks as `option` says, then settle the node. */
  private nodeAction(poolId: string, nodeId: string, option: string, wipe: boolean): void {
    const found = findNode(this.store, poolId, nodeId);
    if (!found) return;
    const transitional = str(found.node.data.state);
    const work = (async () => {
      await this.clearNode(poolId, nodeId, option);
      this.tasks.forgetPreparation(poolId, nodeId);
      delete found.node.data.startTaskInfo;
      if (wipe) await this.runtime.wipe(found.pool, found.node);
    })();
    this.nodeWork.set(
      key(poolId, nodeId),
      work.catch(() => undefined),
    );
    if (!this.store.settings.finishNodeTransitions)
      void work.then(() =>
        this.store.afterTransition("node", () => this.settleNode(poolId, nodeId, transitional)),
      );
  }

  private afterNodeWork(poolId: string, nodeId: string): Promise<void> {
    return this.nodeWork.get(key(poolId, nodeId)) ?? Promise.resolve();
  }

  private rebootSettled(poolId: string, nodeId: string): void {
    const found = findNode(this.store, poolId, nodeId);
    if (!found) return;
    void this.afterNodeWork(poolId, nodeId).then(() => this.boot(found.pool, found.node, "idle"));
  }

  /** Ends a transitional node state once the node's pending work is done. */
  private settleNode(poolId: string, nodeId: string, from: string): void {
    const transition = NODE_TRANSITIONS[from];
    const found = findNode(this.store, poolId, nodeId);
    if (!transition || !found || found.node.data.state !== from) return;
    void this.afterNodeWork(poolId, nodeId).then(() => {
      if (transition.boots) return this.boot(found.pool, found.node, from);
      if (found.node.data.state !== from) return;
      setNodeState(this.store, found.pool, found.node, transition.settled);
      this.store.flush();
    });
  }

  /** A node leaves its pool: its tasks end (or, with `taskcompletion` / `retaineddata`, finish first). */
  private nodeLeaving(poolId: string, nodeId: string, option: string, defer: Defer): void {
    defer(this.clearNode(poolId, nodeId, option));
  }

  /** A node is gone: nothing may run on it any more, and its directory goes with it. */
  private nodeGone(poolId: string, nodeId: string): void {
    const dir = this.store.nodeDirectory(poolId, nodeId);
    void this.stopNode(poolId, nodeId, "requeue").then(() => {
      this.runtime.forget(poolId, nodeId);
      this.nodeWork.delete(key(poolId, nodeId));
      this.tasks.forgetPreparation(poolId, nodeId);
      return rm(dir, { recursive: true, force: true });
    });
  }
}
