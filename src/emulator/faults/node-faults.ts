/**
 * Node faults: a node that dies (`unusable`) and start tasks that fail. Both act through the store's
 * node states, so whatever drives nodes and tasks (the scheduler) sees them as it would see real ones.
 * @module
 */
import { setNodeState } from "../resources/nodes.js";
import type { NodeEntity, PoolEntity } from "../store/entities.js";
import type { Store } from "../store/store.js";
import type { FaultInjector } from "./injector.js";

/** States a node passes through before its start task has run (joining, rebooting, reimaging). */
const STARTING_STATES: ReadonlySet<string> = new Set([
  "creating",
  "starting",
  "waitingforstarttask",
  "rebooting",
  "reimaging",
]);

/** Kills nodes and fails start tasks on request, or by the configured fraction. */
export class NodeFaults {
  /** Start-task failures still owed per pool (lower-cased id), from {@link failStartTask}. */
  private readonly owed = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly injector: FaultInjector,
  ) {
    store.events.on("nodeAdded", (e) => {
      // A node that joins `idle` and is not booted by a scheduler in this turn (no start task run
      // reported) counts as having run its start task on joining.
      setImmediate(() => {
        const found = this.find(e.poolId, e.nodeId);
        if (store.isClosed || found?.node.data.state !== "idle" || found.node.data.startTaskInfo) return;
        this.startTaskRan(found.pool, found.node);
      });
    });
    store.events.on("nodeStateChanged", (e) => {
      if (e.state !== "idle" || !STARTING_STATES.has(e.previousState)) return;
      const found = this.find(e.poolId, e.nodeId);
      if (found) this.startTaskRan(found.pool, found.node);
    });
  }

  private find(poolId: string, nodeId: string): { pool: PoolEntity; node: NodeEntity } | undefined {
    const pool = this.store.pools.find(poolId);
    const node = pool?.nodes.find(nodeId);
    return pool && node ? { pool, node } : undefined;
  }

  private lookup(poolId: string, nodeId: string): { pool: PoolEntity; node: NodeEntity } {
    const found = this.find(poolId, nodeId);
    if (!found) throw new RangeError(`The pool ${poolId} has no node ${nodeId}.`);
    return found;
  }

  /**
   * Makes a node die: it becomes `unusable` with an error, takes no new tasks, and the tasks running on
   * it are requeued by the scheduler (as for any node that leaves the usable states).
   */
  killNode(poolId: string, nodeId: string): void {
    const { pool, node } = this.lookup(poolId, nodeId);
    node.data.errors = [
      {
        code: "NodeUnresponsive",
        message: "The node stopped responding (injected fault).",
        errorDetails: [],
      },
    ];
    setNodeState(this.store, pool, node, "unusable");
    this.injector.stats.killedNodes++;
    this.store.flush();
  }

  /** Makes the start task (with `waitForSuccess`) fail on the next `count` nodes of the pool that run it (every one by default). */
  failStartTask(poolId: string, count = Number.POSITIVE_INFINITY): void {
    if (typeof poolId !== "string" || poolId === "")
      throw new TypeError("poolId must be a non-empty string.");
    if (!(count > 0)) throw new RangeError("count must be positive.");
    this.owed.set(poolId.toLowerCase(), count);
  }

  /** A node finished running its start task (or joined without one): decide whether it failed. */
  private startTaskRan(pool: PoolEntity, node: NodeEntity): void {
    const spec = pool.data.startTask;
    // Only a start task the node waits for decides its state; others run on in the background.
    if (!spec || spec.waitForSuccess === false) return;
    const key = pool.data.id.toLowerCase();
    const owed = this.owed.get(key) ?? 0;
    if (owed > 0) this.owed.set(key, owed - 1);
    else if (!this.injector.startTaskFailureDrawn()) return;
    const now = this.store.now().toISOString();
    const retries = Number(spec.maxTaskRetryCount ?? 0);
    node.data.startTaskInfo = {
      state: "completed",
      startTime: now,
      endTime: now,
      exitCode: 1,
      result: "failure",
      retryCount: Math.max(0, retries),
      failureInfo: {
        category: "usererror",
        code: "FailureExitCode",
        message: "The start task exited with exit code 1 (injected fault).",
      },
    };
    this.injector.stats.startTaskFailures++;
    setNodeState(this.store, pool, node, "starttaskfailed");
    this.store.flush();
  }
}
