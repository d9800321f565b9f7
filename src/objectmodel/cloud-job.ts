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
import type { AddTaskSummary } from "./add-task/index.js";
import type { CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import type { CloudTask } from "./cloud-task.js";
import type { DetailLevel } from "./detail-level.js";
import type { DisableJobOption } from "./generated/enums.generated.js";
import { CloudJobProperties } from "./generated/entity-properties.generated.js";
import type {
  JobPreparationAndReleaseTaskExecutionInformation,
  TaskCountsResult,
} from "./generated/values.generated.js";
import { JobOperations, type AddSingleTaskOptions, type AddTaskCallOptions } from "./job-operations.js";
import type { PagedEnumerable } from "./paged-enumerable.js";
import { entityId, type EntityRequests } from "./runtime/entity-lifecycle.js";

/** @internal The requests behind a CloudJob's lifecycle, get and list. */
export const JOB_REQUESTS: EntityRequests<CloudJob, { jobId: string }, CloudJobWire> = {
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
  get: { clauses: { select: true, expand: true }, send: (protocol, request) => protocol.job.get(request) },
  list: {
    clauses: { filter: true, select: true, expand: true },
    send: (protocol, request) => protocol.job.list(request),
  },
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

  get #operations(): JobOperations {
    return new JobOperations(this.caller);
  }

  get #id(): string {
    return entityId(this);
  }

  /** Deletes the job. */
  delete(call?: CallOptions): Promise<void> {
    return this.#operations.deleteJob(this.#id, call);
  }

  /** Terminates the job. */
  terminate(terminateReason?: string, call?: CallOptions): Promise<void> {
    return this.#operations.terminateJob(this.#id, terminateReason, call);
  }

  /** Re-enables the job. */
  enable(call?: CallOptions): Promise<void> {
    return this.#operations.enableJob(this.#id, call);
  }

  /** Disables the job. */
  disable(disableJobOption: DisableJobOption, call?: CallOptions): Promise<void> {
    return this.#operations.disableJob(this.#id, disableJobOption, call);
  }

  /** Adds one task, or many through the add-task workflow. */
  addTask(task: CloudTask, options?: AddSingleTaskOptions): Promise<void>;
  addTask(tasks: Iterable<CloudTask>, options?: AddTaskCallOptions): Promise<AddTaskSummary>;
  addTask(
    tasks: CloudTask | Iterable<CloudTask>,
    options?: AddTaskCallOptions | AddSingleTaskOptions,
  ): Promise<void | AddTaskSummary> {
    return this.#operations.addTask(this.#id, tasks as Iterable<CloudTask>, options as AddTaskCallOptions);
  }

  /** Lists the job's tasks (lazily). */
  listTasks(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<CloudTask> {
    return this.#operations.listTasks(this.#id, detailLevel, call);
  }

  /** Gets one of the job's tasks. */
  getTask(taskId: string, detailLevel?: DetailLevel, call?: CallOptions): Promise<CloudTask> {
    return this.#operations.getTask(this.#id, taskId, detailLevel, call);
  }

  /** Gets the job's task and slot counts by state. */
  getTaskCounts(call?: CallOptions): Promise<TaskCountsResult> {
    return this.#operations.getJobTaskCounts(this.#id, call);
  }

  /** Lists the job preparation and release task status per node (lazily). */
  listJobPreparationAndReleaseTaskStatus(
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): PagedEnumerable<JobPreparationAndReleaseTaskExecutionInformation> {
    return this.#operations.listJobPreparationAndReleaseTaskStatus(this.#id, detailLevel, call);
  }
}
