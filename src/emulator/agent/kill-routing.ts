/**
 * Kill routing: which runs a request or a node action ends, and what follows once they have ended —
 * a terminated or deleted job's release tasks and directories, a deleted task's directories, a
 * node's tasks ended or drained before its transition.
 * @module
 */
import type { Defer } from "../store/events.js";
import type { Store } from "../store/store.js";
import type { JobPreparation } from "./job-preparation.js";
import { key, type NodeRuntime } from "./node-runtime.js";
import { placementKey, type Placement, type Placements } from "./placements.js";
import type { KillReason } from "./process-runner.js";

/** Ends the runs placed by the scheduler on behalf of requests and node actions. */
export class KillRouting {
  /** Routes kills to the scheduler's `placements`; `preparation` runs the release tasks of ended jobs. */
  constructor(
    private readonly store: Store,
    private readonly runtime: NodeRuntime,
    private readonly placements: Placements,
    private readonly preparation: JobPreparation,
  ) {}

  /** A pool is being deleted: its tasks go back to the queue. */
  poolDeleting(poolId: string): void {
    for (const p of this.placements.all()) if (key(p.poolId) === key(poolId)) this.kill(p, "requeue");
  }

  /** A job terminated or is being deleted: end its tasks, then run its release task where it was prepared. */
  jobEnded(jobId: string, reason: KillReason, defer?: Defer): void {
    const ending = this.placements.ofJob(jobId);
    for (const p of ending) this.kill(p, reason);
    const job = this.store.jobs.find(jobId);
    if (!job) return;
    let done = Promise.all(ending.map((p) => p.released)).then(() => this.preparation.release(job));
    // A deleted job's directories go once nothing runs there any more, release tasks included.
    if (reason === "delete") done = done.finally(() => this.runtime.removeWorkItem(jobId));
    defer?.(done);
    void done.catch(() => undefined);
  }

  /** Ends the tasks placed on a node with `reason`; resolves once their placements are released. */
  async endTasks(poolId: string, nodeId: string, reason: KillReason): Promise<void> {
    const mine = this.placements.onNode(poolId, nodeId);
    for (const p of mine) this.kill(p, reason);
    await Promise.all(mine.map((p) => p.released));
  }

  /** Waits until the tasks running on a node ended by themselves (no new ones are placed meanwhile). */
  async drain(poolId: string, nodeId: string): Promise<void> {
    for (
      let mine = this.placements.onNode(poolId, nodeId);
      mine.length > 0;
      mine = this.placements.onNode(poolId, nodeId)
    )
      await Promise.all(mine.map((p) => p.released));
  }

  /** Ends a placement's run with `reason` (before it started: as soon as it would start). */
  kill(placement: Placement, reason: KillReason): void {
    if (placement.run) void placement.run.kill(reason);
    else placement.pendingKill ??= reason;
  }

  /** Ends the run of a task, if it is placed. */
  killTask(jobId: string, taskId: string, reason: KillReason): void {
    const placement = this.placements.get(placementKey(jobId, taskId));
    if (placement) this.kill(placement, reason);
  }

  /** Ends a deleted task's run, then removes its directories (so a new task of that id starts clean). */
  taskDeleted(jobId: string, taskId: string): void {
    const placement = this.placements.get(placementKey(jobId, taskId));
    if (!placement) {
      this.runtime.removeWorkItem(jobId, taskId);
      return;
    }
    this.kill(placement, "delete");
    void placement.released.then(() => this.runtime.removeWorkItem(jobId, taskId));
  }

  /** Ends the runs of a job's tasks. */
  killJob(jobId: string, reason: KillReason): void {
    for (const p of this.placements.ofJob(jobId)) this.kill(p, reason);
  }
}
