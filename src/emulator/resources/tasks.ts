/**
 * Tasks: add (single and collections of up to 100 with per-task results), constraints,
 * terminate, reactivate, delete, and the state setter a scheduler drives tasks with.
 * @module
 */
import { BatchServiceError, conflict, invalidProperty, type ServiceErrorCode } from "../errors.js";
import type {
  CloudTask,
  TaskAddCollectionParameter,
  TaskAddParameter,
  TaskDependencies,
  TaskExecutionInformation,
  TaskUpdateParameter,
} from "../../protocol/models.generated.js";
import type { JobEntity, StoredWithId, TaskEntity, WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";
import { resolvePackageReferences } from "./applications.js";
import { adoptResource, checkId, checkRange, transition } from "./common.js";
import { requireOpen } from "./jobs.js";
import { MAX_TIMESPAN } from "./pools.js";
import { recordRecentTask } from "./recent-tasks.js";

/** At most this many tasks per add-collection request. */
export const MAX_TASKS_PER_COLLECTION = 100;

const DEFAULT_RETENTION = "P7D";

/** The service stores at most this many characters of `dependsOn.taskIds` (all ids together). */
export const MAX_DEPENDENCY_CHARS = 64000;

function tooLong(code: ServiceErrorCode, what: string): BatchServiceError {
  return new BatchServiceError(
    400,
    code,
    `The ${what} of the task's dependencies are too long to be stored.`,
    [{ key: "MaxLength", value: String(MAX_DEPENDENCY_CHARS) }],
  );
}

/**
 * Checks `dependsOn` against the service's storage limits: the ids together, and the ranges
 * written as `start-end`, may take at most {@link MAX_DEPENDENCY_CHARS} characters.
 */
function checkDependencies(deps: TaskDependencies): void {
  const ids = deps.taskIds ?? [];
  if (ids.reduce((sum, id) => sum + id.length, 0) > MAX_DEPENDENCY_CHARS)
    throw tooLong("TaskDependencyListTooLong", "task ids");
  const ranges = deps.taskIdRanges ?? [];
  ranges.forEach((range, i) => {
    checkRange(range.start, `dependsOn.taskIdRanges[${i}].start`, 0, 2147483647);
    checkRange(range.end, `dependsOn.taskIdRanges[${i}].end`, range.start, 2147483647);
  });
  if (ranges.reduce((sum, r) => sum + `${r.start}-${r.end}`.length, 0) > MAX_DEPENDENCY_CHARS)
    throw tooLong("TaskDependencyRangesTooLong", "task id ranges");
}

function checkTask(job: JobEntity, body: TaskAddParameter): string {
  const id = checkId(body.id);
  if (typeof body.commandLine !== "string")
    throw invalidProperty("commandLine", "The command line must be a string");
  checkRange(body.requiredSlots, "requiredSlots", 1, 256);
  const constraints = body.constraints;
  if (constraints?.maxTaskRetryCount !== undefined && constraints.maxTaskRetryCount !== -1) {
    checkRange(constraints.maxTaskRetryCount, "constraints.maxTaskRetryCount", 0, 100);
  }
  if (body.dependsOn !== undefined && job.data.usesTaskDependencies !== true) {
    throw new BatchServiceError(
      400,
      "TaskDependenciesNotSpecifiedOnJob",
      "The job does not use task dependencies.",
    );
  }
  if (body.dependsOn !== undefined) checkDependencies(body.dependsOn);
  return id;
}

function newTask(store: Store, job: JobEntity, body: TaskAddParameter, id: string): TaskEntity {
  // Completed in place (the body is the task's own): an existing property keeps its position.
  const data: WireObject = adoptResource(id, body, store.now().toISOString());
  data.constraints = {
    maxWallClockTime: MAX_TIMESPAN,
    retentionTime: DEFAULT_RETENTION,
    maxTaskRetryCount: job.data.constraints?.maxTaskRetryCount ?? 0,
    ...body.constraints,
  };
  data.requiredSlots = body.requiredSlots ?? 1;
  data.userIdentity = body.userIdentity ?? { autoUser: { scope: "pool", elevationLevel: "nonadmin" } };
  data.executionInfo = { retryCount: 0, requeueCount: 0 };
  // built from a body validated against the contract
  return { seq: store.nextSeq(), data: data as StoredWithId<CloudTask>, subtasks: [] };
}

/** Adds one task to an open job; the task takes `body` over (pass a copy of anything shared). */
export function addTask(store: Store, job: JobEntity, body: TaskAddParameter): TaskEntity {
  requireOpen(job);
  const id = checkTask(job, body);
  resolvePackageReferences(store.applications, body.applicationPackageReferences);
  const task = job.tasks.insert(id, newTask(store, job, body, id));
  // Stamped once inserted, so that the store journals the task alone.
  store.stamp(task.data);
  store.events.emit("taskAdded", { jobId: job.data.id, taskId: id });
  return task;
}

/** Adds up to 100 tasks, one `TaskAddResult` each (`success` or `clienterror` with the error). */
export function addTaskCollection(
  store: Store,
  job: JobEntity,
  body: TaskAddCollectionParameter,
  taskUrl: (id: string) => string,
): WireObject[] {
  requireOpen(job);
  const list = body.value;
  if (!Array.isArray(list)) throw invalidProperty("value", "The task collection must be an array");
  if (list.length > MAX_TASKS_PER_COLLECTION) {
    throw invalidProperty("value", `A collection holds at most ${MAX_TASKS_PER_COLLECTION} tasks`);
  }
  return list.map((item: TaskAddParameter | null) => {
    // each item is schema-checked, but a null entry still reaches here and fails the id check
    const spec = item ?? ({} as TaskAddParameter);
    try {
      const task = addTask(store, job, spec);
      return {
        status: "success",
        taskId: task.data.id,
        eTag: task.data.eTag,
        lastModified: task.data.lastModified,
        location: taskUrl(task.data.id),
      };
    } catch (error) {
      if (!(error instanceof BatchServiceError) || error.status >= 500) throw error;
      const values = error.values.length > 0 ? { values: error.values } : {};
      return {
        status: "clienterror",
        taskId: typeof spec.id === "string" ? spec.id : "",
        error: { code: error.code, message: { lang: "en-US", value: error.message }, ...values },
      };
    }
  });
}

/** PUT: replaces the task's constraints. */
export function updateTask(store: Store, job: JobEntity, task: TaskEntity, body: TaskUpdateParameter): void {
  requireOpen(job);
  if (task.data.state === "completed") throw conflict("TaskCompleted", "The task has completed.");
  const constraints = body.constraints ?? {};
  const current = task.data.constraints ?? {};
  task.data.constraints = {
    maxWallClockTime: constraints.maxWallClockTime ?? MAX_TIMESPAN,
    retentionTime: constraints.retentionTime ?? current.retentionTime ?? DEFAULT_RETENTION,
    maxTaskRetryCount: constraints.maxTaskRetryCount ?? current.maxTaskRetryCount ?? 0,
  };
  store.stamp(task.data);
  store.events.emit("taskUpdated", { jobId: job.data.id, taskId: task.data.id });
}

/** Moves a task to `state` and tells subscribers; `executionInfo` fields given are merged in. */
export function setTaskState(
  store: Store,
  job: JobEntity,
  task: TaskEntity,
  state: string,
  executionInfo: WireObject = {},
): void {
  const previousState = String(task.data.state);
  task.data.executionInfo = { ...task.data.executionInfo, ...executionInfo } as TaskExecutionInformation;
  transition(store, task.data, state);
  recordRecentTask(store, job, task);
  store.events.emit("taskStateChanged", {
    jobId: job.data.id,
    taskId: task.data.id,
    state,
    previousState,
  });
}

/** The failure the service reports for a task ended by a terminate request (as recorded). */
export function terminatedFailure(): WireObject {
  return { category: "UserError", code: "TaskEnded", message: "Task Was Ended by User Request" };
}

/** Terminates a task that has not completed (a completed task stays as it is). */
export function terminateTask(store: Store, job: JobEntity, task: TaskEntity): void {
  if (task.data.state === "completed") return;
  // A task that never started keeps no startTime: the service reports only when it ended.
  setTaskState(store, job, task, "completed", {
    endTime: store.now().toISOString(),
    result: "failure",
    failureInfo: terminatedFailure(),
  });
  store.events.emit("taskTerminated", { jobId: job.data.id, taskId: task.data.id });
}

/** Reactivates a completed task that failed: back to `active` with its retry count reset. */
export function reactivateTask(store: Store, job: JobEntity, task: TaskEntity): void {
  requireOpen(job);
  const info = task.data.executionInfo;
  if (task.data.state !== "completed")
    throw conflict("TaskNotCompleted", "Only a completed task can be reactivated.");
  if (info?.result !== "failure")
    throw conflict("TaskSucceeded", "A task that succeeded cannot be reactivated.");
  task.data.executionInfo = { retryCount: 0, requeueCount: Number(info.requeueCount ?? 0) };
  transition(store, task.data, "active");
  store.events.emit("taskReactivated", { jobId: job.data.id, taskId: task.data.id });
}

/** Deletes a task. */
export function deleteTask(store: Store, job: JobEntity, task: TaskEntity): void {
  job.tasks.remove(task.data.id);
  store.markDirty();
  store.events.emit("taskDeleted", { jobId: job.data.id, taskId: task.data.id });
}
