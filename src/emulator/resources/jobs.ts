/**
 * Jobs: creation, properties, disable / enable / terminate / delete transitions, and task and
 * slot counts.
 * @module
 */
import { conflict, invalidProperty, type ServiceErrorCode } from "../errors.js";
import type {
  CloudJob,
  JobAddParameter,
  JobDisableParameter,
  JobExecutionInformation,
  JobPatchParameter,
  JobSpecification,
  PoolInformation,
} from "../../protocol/models.generated.js";
import type { JobEntity, Stored, StoredWithId, WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";
import {
  applyPatch,
  applyUpdate,
  bodyProperties,
  checkId,
  checkRange,
  clone,
  replacements,
  transition,
  zeroUsageStats,
} from "./common.js";
import { assignAutoPool, checkAutoPoolSpecification, endAutoPoolLifetime } from "./auto-pools.js";
import { MAX_TIMESPAN } from "./pools.js";

/** Properties a PATCH may change: those of the contract's patch body. */
const PATCHABLE = bodyProperties("JobPatchParameter");

/** Properties a PUT replaces (absent ones are cleared or reset). */
const REPLACEABLE = replacements("JobUpdateParameter", {
  priority: 0,
  maxParallelTasks: -1,
  allowTaskPreemption: false,
  constraints: { maxWallClockTime: MAX_TIMESPAN, maxTaskRetryCount: 0 },
  metadata: [],
  onAllTasksComplete: "noaction",
});

const STATE_CONFLICTS: Readonly<Record<string, [ServiceErrorCode, string]>> = {
  deleting: ["JobBeingDeleted", "The job is being deleted."],
  terminating: ["JobBeingTerminated", "The job is being terminated."],
  completed: ["JobCompleted", "The job has completed."],
};

/** Throws the service's 409 when the job is deleting, terminating or completed. */
export function requireOpen(job: JobEntity): void {
  const problem = STATE_CONFLICTS[String(job.data.state)];
  if (problem) throw conflict(problem[0], problem[1]);
}

function checkJobProperties(body: Pick<JobPatchParameter, "priority" | "maxParallelTasks">): void {
  checkRange(body.priority, "priority", -1000, 1000);
  if (body.maxParallelTasks !== undefined && body.maxParallelTasks !== -1)
    checkRange(body.maxParallelTasks, "maxParallelTasks", 1, 2 ** 31 - 1);
}

/** Where a job created by a job schedule comes from (its id `<scheduleId>:job-N` is outside the user id syntax). */
export interface ScheduleOrigin {
  readonly scheduleId: string;
  readonly jobId: string;
}

/**
 * Throws 400 unless `poolInfo` names a pool or a valid auto pool (`property` is its path in the
 * request body; `onSchedule` when it is a job schedule's).
 */
export function checkPoolInformation(
  info: PoolInformation | undefined,
  property = "poolInfo",
  onSchedule = false,
): void {
  if (
    !info ||
    typeof info !== "object" ||
    (info.poolId === undefined && info.autoPoolSpecification === undefined)
  ) {
    throw invalidProperty(property, "Either poolId or autoPoolSpecification must be given");
  }
  checkAutoPoolSpecification(info.autoPoolSpecification, `${property}.autoPoolSpecification`, onSchedule);
}

/** The id of the pool a job runs on: the one its `poolInfo` names, or its auto pool. */
export function jobPoolId(job: JobEntity): string | undefined {
  const named = job.data.poolInfo?.poolId;
  const assigned = job.data.executionInfo?.poolId;
  const id = named ?? assigned;
  return id === undefined ? undefined : String(id);
}

/** Creates a job from a `JobAddParameter`, or from a schedule's job specification. */
export function addJob(
  store: Store,
  body: JobAddParameter | JobSpecification,
  origin?: ScheduleOrigin,
): JobEntity {
  const id = origin ? origin.jobId : checkId("id" in body ? body.id : undefined);
  if (!origin && store.jobSchedules.has(id) && !store.jobs.has(id))
    throw conflict("JobScheduleWithSameIdExists", "A job schedule with the specified job id exists.");
  checkJobProperties(body);
  checkPoolInformation(body.poolInfo, "poolInfo", origin !== undefined);
  const poolInfo = body.poolInfo;
  const spec = clone(body);
  const now = store.now().toISOString();
  const constraints = spec.constraints;
  const data: WireObject = {
    id,
    ...spec,
    usesTaskDependencies: spec.usesTaskDependencies ?? false,
    creationTime: now,
    state: "active",
    stateTransitionTime: now,
    priority: spec.priority ?? 0,
    maxParallelTasks: spec.maxParallelTasks ?? -1,
    allowTaskPreemption: spec.allowTaskPreemption ?? false,
    constraints: { maxWallClockTime: MAX_TIMESPAN, maxTaskRetryCount: 0, ...constraints },
    onAllTasksComplete: spec.onAllTasksComplete ?? "noaction",
    onTaskFailure: spec.onTaskFailure ?? "noaction",
    executionInfo: { startTime: now, ...(poolInfo.poolId !== undefined ? { poolId: poolInfo.poolId } : {}) },
  };
  const seq = store.nextSeq();
  const job = store.jobs.insert(id, {
    seq,
    data: data as StoredWithId<CloudJob>, // built from a body validated against the contract
    tasks: store.taskCollection(seq),
    scheduleId: origin?.scheduleId,
    prepReleaseStatus: [],
  });
  store.stamp(data);
  assignAutoPool(store, job);
  store.events.emit("jobAdded", { jobId: id });
  return job;
}

/** Changes a job's properties: PUT (`replace`) resets the updatable ones it omits, PATCH changes only those given. */
export function changeJob(
  store: Store,
  job: JobEntity,
  body: Stored<JobPatchParameter>,
  replace: boolean,
): void {
  requireOpen(job);
  checkJobProperties(body);
  if (replace) applyUpdate(job.data, clone(body), REPLACEABLE);
  else applyPatch(job.data, clone(body), PATCHABLE);
  store.stamp(job.data);
  store.events.emit("jobUpdated", { jobId: job.data.id });
}

/** Disables an active job; `disableTasks` (requeue / terminate / wait) tells the scheduler what to do with running tasks. */
export function disableJob(store: Store, job: JobEntity, body: JobDisableParameter): void {
  if (job.data.state !== "active") {
    requireOpen(job);
    throw conflict("JobNotActive", "Only an active job can be disabled.");
  }
  const disableTasks = String(body.disableTasks ?? "requeue");
  transition(store, job.data, "disabling");
  store.events.emit("jobDisabled", { jobId: job.data.id, disableTasks });
  store.afterTransition("job", () => {
    if (job.data.state === "disabling") transition(store, job.data, "disabled");
  });
}

/** Enables a disabled job. */
export function enableJob(store: Store, job: JobEntity): void {
  if (job.data.state !== "disabled" && job.data.state !== "disabling") {
    requireOpen(job);
    throw conflict("JobNotDisabled", "Only a disabled job can be enabled.");
  }
  transition(store, job.data, "enabling");
  store.events.emit("jobEnabled", { jobId: job.data.id });
  store.afterTransition("job", () => {
    if (job.data.state === "enabling") transition(store, job.data, "active");
  });
}

/** Terminates a job: `terminating`, then `completed` with the reason in its execution info. */
export function terminateJob(store: Store, job: JobEntity, terminateReason = "UserTerminate"): void {
  requireOpen(job);
  transition(store, job.data, "terminating");
  const executionInfo = job.data.executionInfo ?? ({} as JobExecutionInformation);
  executionInfo.terminateReason = terminateReason;
  job.data.executionInfo = executionInfo;
  const pending: Promise<unknown>[] = [];
  store.events.emit("jobTerminated", {
    jobId: job.data.id,
    terminateReason,
    defer: (work) => pending.push(work),
  });
  store.afterTransition("job", () => {
    if (pending.length === 0) return completeJob(store, job);
    void Promise.allSettled(pending).then(() => {
      if (store.isClosed) return;
      completeJob(store, job);
      store.flush();
    });
  });
}

/** Moves a terminating job to `completed` (the scheduler may call this once its tasks are stopped). */
export function completeJob(store: Store, job: JobEntity): void {
  if (job.data.state !== "terminating") return;
  const executionInfo = job.data.executionInfo ?? ({} as JobExecutionInformation);
  executionInfo.endTime = store.now().toISOString();
  transition(store, job.data, "completed");
  endAutoPoolLifetime(store, "job", job.data.id);
}

/** Starts deleting a job (and its tasks). */
export function deleteJob(store: Store, job: JobEntity): void {
  if (job.data.state === "deleting") throw conflict("JobBeingDeleted", "The job is being deleted.");
  transition(store, job.data, "deleting");
  store.events.emit("jobDeleting", { jobId: job.data.id });
  finishJobDeletion(store, job);
}

function finishJobDeletion(store: Store, job: JobEntity): void {
  const jobId = job.data.id;
  store.afterTransition("delete", () => {
    if (store.jobs.find(jobId) !== job) return;
    store.jobs.remove(jobId);
    store.markDirty();
    store.events.emit("jobDeleted", { jobId });
    endAutoPoolLifetime(store, "job", jobId);
  });
}

/** A job's `TaskCounts` and `TaskSlotCounts`. */
export function taskCounts(job: JobEntity): { taskCounts: WireObject; taskSlotCounts: WireObject } {
  const counts = { active: 0, running: 0, completed: 0, succeeded: 0, failed: 0 };
  const slots = { active: 0, running: 0, completed: 0, succeeded: 0, failed: 0 };
  for (const task of job.tasks.list()) {
    const state = String(task.data.state);
    const required = Number(task.data.requiredSlots ?? 1);
    const bucket = state === "active" ? "active" : state === "completed" ? "completed" : "running";
    counts[bucket]++;
    slots[bucket] += required;
    if (state === "completed") {
      const result = task.data.executionInfo?.result;
      const outcome = result === "failure" ? "failed" : "succeeded";
      counts[outcome]++;
      slots[outcome] += required;
    }
  }
  return { taskCounts: counts, taskSlotCounts: slots };
}

/** A job's statistics (the emulator measures no resource usage: times and I/O are zero). */
export function jobStats(store: Store, job: JobEntity, url: string): WireObject {
  const tasks = job.tasks.list();
  const completed = tasks.filter((t) => t.data.state === "completed");
  const failed = completed.filter((t) => t.data.executionInfo?.result === "failure").length;
  return zeroUsageStats(store, url, job.data.creationTime, {
    numSucceededTasks: completed.length - failed,
    numFailedTasks: failed,
    numTaskRetries: tasks.reduce((n, t) => n + Number(t.data.executionInfo?.retryCount ?? 0), 0),
  });
}

/** After a restart: finish transitions that were in flight. */
export function resumeJobs(store: Store): void {
  for (const job of store.jobs.list()) {
    const state = job.data.state;
    if (state === "deleting") finishJobDeletion(store, job);
    else if (state === "terminating") store.afterTransition("job", () => completeJob(store, job));
    else if (state === "disabling")
      store.afterTransition("job", () => transition(store, job.data, "disabled"));
    else if (state === "enabling") store.afterTransition("job", () => transition(store, job.data, "active"));
  }
}
