/**
 * The tasks waiting for a node, per job, in creation order: a task joins when it is added or goes
 * back to `active` (requeued, retried, reactivated, preparation failed) and leaves once placed or
 * no longer active, so that a scheduling pass looks at waiting tasks only, not at every task the
 * job ever had.
 * @module
 */
import type { JobEntity, TaskEntity } from "../store/entities.js";

/** What a scan does with a waiting task: keep it waiting, drop it, or stop the scan here. */
export type Visit = "keep" | "drop" | "stop";

/** Waiting tasks of the jobs, each job's in creation order. */
export class TaskQueue {
  private readonly queues = new WeakMap<JobEntity, TaskEntity[]>();
  private readonly queued = new WeakSet<TaskEntity>();

  /** Adds a task (no-op when it waits already); an older task goes before newer ones. */
  add(job: JobEntity, task: TaskEntity): void {
    if (this.queued.has(task)) return;
    this.queued.add(task);
    let queue = this.queues.get(job);
    if (!queue) this.queues.set(job, (queue = []));
    if (queue.length === 0 || queue[queue.length - 1].seq < task.seq) {
      queue.push(task);
      return;
    }
    let low = 0;
    let high = queue.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (queue[mid].seq < task.seq) low = mid + 1;
      else high = mid;
    }
    queue.splice(low, 0, task);
  }

  /** Visits the job's waiting tasks in order until `visit` says stop; dropped ones leave the queue. */
  scan(job: JobEntity, visit: (task: TaskEntity) => Visit): void {
    const queue = this.queues.get(job);
    if (!queue) return;
    const kept: TaskEntity[] = [];
    let i = 0;
    for (; i < queue.length; i++) {
      const task = queue[i];
      const verdict = visit(task);
      if (verdict === "stop") break;
      if (verdict === "keep") kept.push(task);
      else this.queued.delete(task);
    }
    queue.splice(0, i, ...kept);
  }
}
