/**
 * The local service's own per-node agent log, standing in for a Batch node agent's logs: what
 * happened to each node (joining, state changes, reboot / reimage / deallocate / start requests,
 * scheduling changes, leaving) goes to `agent.log`, each task start and end on the node to
 * `tasks.log`. Every line starts with its ISO 8601 time. The files live in the store's
 * {@link Store.nodeLogDirectory}, outside the node's task root, so tasks and the file API do not see
 * them and a reimage keeps them; they go when the node leaves its pool.
 * @module
 */
import { appendFile, mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { Subscriptions } from "../agent/subscriptions.js";
import type { Store } from "../store/store.js";

/** The node's lifecycle log. */
export const AGENT_LOG = "agent.log";
/** The node's task log. */
export const TASKS_LOG = "tasks.log";

/** What reads the logs needs: where a node's are, and a wait for the lines written so far. */
export interface NodeLogs {
  /** The directory holding the node's log files. */
  directory(poolId: string, nodeId: string): string;
  /** Resolves once every line logged for the node so far is on disk. */
  settled(poolId: string, nodeId: string): Promise<void>;
}

function nodeKey(poolId: string, nodeId: string): string {
  return `${poolId.toLowerCase()}\u0000${nodeId.toLowerCase()}`;
}

/** Writes every node's log from the store's events; see the module comment. */
export class NodeLogWriter implements NodeLogs {
  private readonly subscriptions: Subscriptions;
  /** Per node: the chain of its pending writes, so lines land in order. */
  private readonly pending = new Map<string, Promise<void>>();
  /**
   * Lines of a log file waiting for a write already chained (key: node and file): lines logged
   * together reach the file with one append instead of one each.
   */
  private readonly unwritten = new Map<string, string[]>();

  /** Starts logging the nodes of `store`. */
  constructor(private readonly store: Store) {
    const on = (this.subscriptions = new Subscriptions(store.events));
    on.on("nodeAdded", (e) => this.agent(e, "joined the pool"));
    on.on("nodeStateChanged", (e) => this.agent(e, `state ${e.state} (was ${e.previousState})`));
    on.on("nodeRebooted", (e) => this.agent(e, `reboot requested (tasks: ${e.option})`));
    on.on("nodeReimaged", (e) => this.agent(e, `reimage requested (tasks: ${e.option})`));
    on.on("nodeDeallocated", (e) => this.agent(e, `deallocation requested (tasks: ${e.option})`));
    on.on("nodeStarted", (e) => this.agent(e, "start requested"));
    on.on("nodeSchedulingChanged", (e) =>
      this.agent(e, `task scheduling ${e.schedulingState}${e.option ? ` (tasks: ${e.option})` : ""}`),
    );
    on.on("nodeRemoving", (e) => this.agent(e, `leaving the pool (tasks: ${e.deallocationOption})`));
    on.on("nodeRemoved", (e) => this.removed(e.poolId, e.nodeId));
    on.on("taskStateChanged", (e) => this.task(e.jobId, e.taskId, e.state, e.previousState));
  }

  /** @inheritDoc */
  directory(poolId: string, nodeId: string): string {
    return this.store.nodeLogDirectory(poolId, nodeId);
  }

  /** @inheritDoc */
  settled(poolId: string, nodeId: string): Promise<void> {
    return this.pending.get(nodeKey(poolId, nodeId)) ?? Promise.resolve();
  }

  /** Stops logging and waits for the lines written so far. */
  async close(): Promise<void> {
    this.subscriptions.close();
    await Promise.all(this.pending.values());
  }

  private agent(e: { poolId: string; nodeId: string }, message: string): void {
    this.append(e.poolId, e.nodeId, AGENT_LOG, message);
  }

  private task(jobId: string, taskId: string, state: string, previousState: string): void {
    const task = this.store.jobs.find(jobId)?.tasks.find(taskId);
    const node = task?.data.nodeInfo;
    if (typeof node?.poolId !== "string" || typeof node.nodeId !== "string") return;
    const info = task?.data.executionInfo;
    const name = `task ${jobId}/${taskId}`;
    let message: string;
    if (state === "running") message = `${name} started`;
    else if (state === "preparing") message = `${name} waits for the job preparation task`;
    else if (state === "completed" && (previousState === "running" || previousState === "preparing"))
      message = `${name} ended: result ${String(info?.result)}, exit code ${String(info?.exitCode)}`;
    else if (state === "active" && previousState === "running") message = `${name} requeued`;
    else return;
    this.append(node.poolId, node.nodeId, TASKS_LOG, message);
  }

  private append(poolId: string, nodeId: string, file: string, message: string): void {
    const line = `${this.store.now().toISOString()} INFO ${message}\n`;
    const k = `${nodeKey(poolId, nodeId)}\u0000${file}`;
    const waiting = this.unwritten.get(k);
    if (waiting) {
      waiting.push(line);
      return;
    }
    const lines = [line];
    this.unwritten.set(k, lines);
    const dir = this.directory(poolId, nodeId);
    this.chain(poolId, nodeId, async () => {
      // Lines logged from now on go to the next write, after this one.
      this.unwritten.delete(k);
      await mkdir(dir, { recursive: true });
      await appendFile(join(dir, file), lines.join(""));
    });
  }

  private removed(poolId: string, nodeId: string): void {
    const dir = this.directory(poolId, nodeId);
    this.chain(poolId, nodeId, () => rm(dir, { recursive: true, force: true }));
  }

  /** Runs `work` after the node's pending writes; a write the disk refuses loses its line, nothing else. */
  private chain(poolId: string, nodeId: string, work: () => Promise<void>): void {
    const k = nodeKey(poolId, nodeId);
    const next = (this.pending.get(k) ?? Promise.resolve())
      .then(work)
      .catch(() => undefined)
      .finally(() => {
        if (this.pending.get(k) === next) this.pending.delete(k);
      });
    this.pending.set(k, next);
  }
}
