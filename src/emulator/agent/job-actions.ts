/**
 * What the service does to a job when its tasks end: the job manager task (added as the job's
 * first task; `killJobOnCompletion` terminates the job when it completes), exit-condition job
 * actions (`onTaskFailure: performexitoptionsjobaction`), `onAllTasksComplete: terminatejob`, and
 * the job's own `maxWallClockTime`. Driven by the store's events, so it also covers tasks that a
 * request terminated.
 * @module
 */
import { clone } from "../resources/common.js";
import { disableJob, terminateJob } from "../resources/jobs.js";
import { parseDuration } from "../../protocol/durations.js";
import { addTask } from "../resources/tasks.js";
import type { JobManagerTask } from "../../protocol/models.generated.js";
import type { JobEntity, TaskEntity } from "../store/entities.js";
import type { Store } from "../store/store.js";
import type { JobAction } from "./exit-conditions.js";

/** The job manager properties that are not `CloudTask` properties. */
const MANAGER_ONLY = ["killJobOnCompletion", "runExclusive", "allowLowPriorityNode"] as const;

/** The job manager task of a job, if it has one. */
export function jobManagerSpec(job: JobEntity): JobManagerTask | undefined {
  return job.data.jobManagerTask;
}

/** True when `task` is the job's job manager task. */
export function isJobManager(job: JobEntity, task: TaskEntity): boolean {
  const manager = jobManagerSpec(job);
  return manager !== undefined && String(manager.id).toLowerCase() === task.data.id.toLowerCase();
}

/** Applies job-level consequences of task completions; see the module comment. */
export class JobActions {
  private readonly unsubscribe: Array<() => void> = [];

  /** Subscribes to the store's job and task events. */
  constructor(private readonly store: Store) {
    const events = store.events;
    const onJobAdded = (e: { jobId: string }): void => this.jobAdded(e.jobId);
    const onJobUpdated = (e: { jobId: string }): void => {
      const job = store.jobs.find(e.jobId);
      if (job) this.checkAllComplete(job);
    };
    const onTaskState = (e: { jobId: string; taskId: string; state: string }): void => {
      if (e.state === "completed") this.taskCompleted(e.jobId, e.taskId);
    };
    events.on("jobAdded", onJobAdded);
    events.on("jobUpdated", onJobUpdated);
    events.on("taskStateChanged", onTaskState);
    this.unsubscribe.push(
      () => events.off("jobAdded", onJobAdded),
      () => events.off("jobUpdated", onJobUpdated),
      () => events.off("taskStateChanged", onTaskState),
    );
  }

  /** Stops reacting to events. */
  close(): void {
    for (const off of this.unsubscribe) off();
  }

  private jobAdded(jobId: string): void {
    const job = this.store.jobs.find(jobId);
    if (!job) return;
    const manager = jobManagerSpec(job);
    if (manager) {
      const spec: JobManagerTask = clone(manager);
      for (const name of MANAGER_ONLY) delete spec[name];
      addTask(this.store, job, spec);
    }
    const limit = parseDuration(job.data.constraints?.maxWallClockTime);
    if (limit !== undefined) this.store.after(limit, () => this.terminate(job, "MaxWallClockTimeExpiry"));
  }

  private taskCompleted(jobId: string, taskId: string): void {
    const job = this.store.jobs.find(jobId);
    const task = job?.tasks.find(taskId);
    if (!job || !task) return;
    if (isJobManager(job, task) && jobManagerSpec(job)?.killJobOnCompletion !== false) {
      this.terminate(job, "JMComplete");
      return;
    }
    const action = task.exitOptions?.jobAction as JobAction | undefined;
    if (job.data.onTaskFailure === "performexitoptionsjobaction" && action && action !== "none") {
      this.apply(job, action);
      if (action === "terminate") return;
    }
    this.checkAllComplete(job);
  }

  private apply(job: JobEntity, action: Exclude<JobAction, "none">): void {
    if (action === "terminate") this.terminate(job, "TaskFailed");
    else if (job.data.state === "active") disableJob(this.store, job, { disableTasks: "requeue" });
  }

  private checkAllComplete(job: JobEntity): void {
    if (job.data.onAllTasksComplete !== "terminatejob") return;
    const tasks = job.tasks.list();
    if (tasks.length > 0 && tasks.every((t) => t.data.state === "completed"))
      this.terminate(job, "AllTasksComplete");
  }

  private terminate(job: JobEntity, reason: string): void {
    const state = String(job.data.state);
    if (this.store.jobs.find(job.data.id) !== job) return;
    if (state === "terminating" || state === "completed" || state === "deleting") return;
    terminateJob(this.store, job, reason);
  }
}
