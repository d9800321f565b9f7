/**
 * `CloudJob`: a job, unbound (being built) or bound (read from the service).
 * @module
 */
import type {
  CloudJob as CloudJobWire,
  JobAddParameter,
  JobPatchParameter,
  JobUpdateParameter,
} from "../protocol/models.generated.js";
import { addTask, type AddSingleTaskOptions, type AddTaskCallOptions } from "./add-task/entry.js";
import type { AddTaskSummary } from "./add-task/types.js";
import type { CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import { TASK_REQUESTS, type CloudTask } from "./cloud-task.js";
import type { DetailLevel } from "./detail-level.js";
import type { DisableJobOption } from "./generated/enums.generated.js";
import { CloudJobProperties } from "./generated/entity-properties.generated.js";
import {
  JobPreparationAndReleaseTaskExecutionInformation,
  TaskCountsResult,
} from "./generated/values.generated.js";
import type { PagedEnumerable } from "./paged-enumerable.js";
import { entityId, getEntity, listEntities, type ListedEntityRequests } from "./runtime/entity-lifecycle.js";
import { valueFromWire } from "./runtime/property-container.js";

/** @internal The requests behind a CloudJob's lifecycle, get and list. */
export const JOB_REQUESTS: ListedEntityRequests<CloudJob, { jobId: string }, CloudJobWire> = {
  key: (entity) => ({ jobId: entityId(entity) }),
  wrap: (caller, wire) => new CloudJob(caller, wire),
  create: {
    send: (protocol, request, job: JobAddParameter) => protocol.job.add({ ...request, job }),
  },
  replace: {
    definition: "JobUpdateParameter",
    send: (protocol, request, jobUpdateParameter: JobUpdateParameter) =>
      protocol.job.update({ ...request, jobUpdateParameter }),
  },
  patch: {
    definition: "JobPatchParameter",
    send: (protocol, request, jobPatchParameter: JobPatchParameter) =>
      protocol.job.patch({ ...request, jobPatchParameter }),
  },
  get: "job.get",
  list: "job.list",
};

/**
 * A job (Batch .NET `CloudJob`). Get one from `jobOperations.createJob()` (unbound: set its properties,
 * then {@link CloudJob.commit}) or from `getJob` / `listJobs` (bound: read-only except priority,
 * constraints, pool information, metadata, completion behaviour and the other patchable properties).
 */
export class CloudJob extends CloudJobProperties {
  /** @internal Created by {@link JobOperations}. */
  constructor(caller: Caller, wire?: CloudJobWire) {
    super(caller, JOB_REQUESTS, wire);
  }

  get #id(): string {
    return entityId(this);
  }

  /** Deletes the job. */
  delete(call?: CallOptions): Promise<void> {
    return this.caller.send("job.delete", { jobId: this.#id }, call);
  }

  /** Terminates the job. */
  terminate(terminateReason?: string, call?: CallOptions): Promise<void> {
    return terminateJob(this.caller, this.#id, terminateReason, call);
  }

  /** Re-enables the job. */
  enable(call?: CallOptions): Promise<void> {
    return this.caller.send("job.enable", { jobId: this.#id }, call);
  }

  /** Disables the job. */
  disable(disableJobOption: DisableJobOption, call?: CallOptions): Promise<void> {
    return disableJob(this.caller, this.#id, disableJobOption, call);
  }

  /** Adds one task, or many through the add-task workflow. */
  addTask(task: CloudTask, options?: AddSingleTaskOptions): Promise<void>;
  addTask(tasks: Iterable<CloudTask>, options?: AddTaskCallOptions): Promise<AddTaskSummary>;
  addTask(
    tasks: CloudTask | Iterable<CloudTask>,
    options: AddTaskCallOptions | AddSingleTaskOptions = {},
  ): Promise<void | AddTaskSummary> {
    return addTask(this.caller, this.#id, tasks, options);
  }

  /** Lists the job's tasks (lazily). */
  listTasks(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<CloudTask> {
    return listTasks(this.caller, this.#id, detailLevel, call);
  }

  /** Gets one of the job's tasks. */
  getTask(taskId: string, detailLevel?: DetailLevel, call?: CallOptions): Promise<CloudTask> {
    return getTask(this.caller, { jobId: this.#id, taskId }, detailLevel, call);
  }

  /** Gets the job's task and slot counts by state. */
  getTaskCounts(call?: CallOptions): Promise<TaskCountsResult> {
    return getJobTaskCounts(this.caller, this.#id, call);
  }

  /** Lists the job preparation and release task status per node (lazily). */
  listJobPreparationAndReleaseTaskStatus(
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): PagedEnumerable<JobPreparationAndReleaseTaskExecutionInformation> {
    return listPreparationAndReleaseTaskStatus(this.caller, this.#id, detailLevel, call);
  }
}

/** @internal Terminates a job, optionally recording why. */
export async function terminateJob(
  caller: Caller,
  jobId: string,
  terminateReason: string | undefined,
  call: CallOptions | undefined,
): Promise<void> {
  const jobTerminateParameter = terminateReason === undefined ? undefined : { terminateReason };
  await caller.send("job.terminate", { jobId, jobTerminateParameter }, call);
}

/** @internal Disables a job; `disableJobOption` says what happens to its running tasks. */
export async function disableJob(
  caller: Caller,
  jobId: string,
  disableJobOption: DisableJobOption,
  call: CallOptions | undefined,
): Promise<void> {
  await caller.send("job.disable", { jobId, jobDisableParameter: { disableTasks: disableJobOption } }, call);
}

/** @internal Gets the task and slot counts of a job by state. */
export async function getJobTaskCounts(
  caller: Caller,
  jobId: string,
  call: CallOptions | undefined,
): Promise<TaskCountsResult> {
  return valueFromWire(TaskCountsResult, await caller.body("job.getTaskCounts", { jobId }, call));
}

/** @internal Lists the tasks of a job (lazily). */
export function listTasks(
  caller: Caller,
  jobId: string,
  detailLevel: DetailLevel | undefined,
  call: CallOptions | undefined,
): PagedEnumerable<CloudTask> {
  return listEntities(caller, TASK_REQUESTS, { jobId }, { operation: "listTasks", detailLevel, call });
}

/** @internal Gets a task as a bound {@link CloudTask}. */
export function getTask(
  caller: Caller,
  key: { jobId: string; taskId: string },
  detailLevel: DetailLevel | undefined,
  call: CallOptions | undefined,
): Promise<CloudTask> {
  return getEntity(caller, TASK_REQUESTS, key, { operation: "getTask", detailLevel, call });
}

/** @internal Lists the job preparation and release task status on each node that ran them (lazily). */
export function listPreparationAndReleaseTaskStatus(
  caller: Caller,
  jobId: string,
  detailLevel: DetailLevel | undefined,
  call: CallOptions | undefined,
): PagedEnumerable<JobPreparationAndReleaseTaskExecutionInformation> {
  const read = { operation: "listJobPreparationAndReleaseTaskStatus", detailLevel, call };
  return caller.list("job.listPreparationAndReleaseTaskStatus", { jobId }, read, (wire) =>
    valueFromWire(JobPreparationAndReleaseTaskExecutionInformation, wire),
  );
}
