/**
 * `JobOperations`: jobs, their tasks and the files of those tasks.
 * @module
 */
import type { Writable } from "node:stream";
import { addTaskCollection, type AddTaskOptions, type AddTaskSummary } from "./add-task/index.js";
import type { BatchClientBehavior, CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import { CloudJob, JOB_REQUESTS } from "./cloud-job.js";
import { attachTaskCaller, boundTask, CloudTask, listSubtasks } from "./cloud-task.js";
import type { DetailLevel } from "./detail-level.js";
import { InvalidOperationException } from "./errors.js";
import type { FileStagingArtifacts } from "./file-staging.js";
import type { DisableJobOption } from "./generated/enums.generated.js";
import {
  JobPreparationAndReleaseTaskExecutionInformation,
  TaskCountsResult,
  type PoolInformation,
  type PoolInformationInit,
  type SubtaskInformation,
} from "./generated/values.generated.js";
import {
  copyNodeFileToStream,
  deleteNodeFile,
  getNodeFile,
  listNodeFiles,
  readNodeFileAsString,
  type GetFileRequestByteRange,
  type NodeFile,
  type NodeFileLocation,
} from "./node-file.js";
import { PagedEnumerable } from "./paged-enumerable.js";
import type { ListNodeFilesOptions } from "./pool-operations.js";
import { bindingStateOf, getEntity, listEntities } from "./runtime/entity-lifecycle.js";
import { valueFromWire } from "./runtime/property-container.js";
import { createTolerantOfLostResponse } from "./runtime/retried-create.js";
import { TASK_ADD_PARAMETER, TASK_FREEZE, TASK_IS_READ_ONLY, TASK_MARK_COMMITTED } from "./task-hooks.js";

/**
 * Options of {@link JobOperations.addTask} for a list of tasks: add-task workflow settings plus
 * cancellation and behaviors. `fileStagingArtifacts` (.NET's `ConcurrentBag` of dictionaries)
 * receives one {@link FileStagingArtifacts} map for the call.
 */
export type AddTaskCallOptions = Omit<AddTaskOptions, "behaviors" | "fileStagingArtifacts"> & {
  /** Receives the staging artifacts of the call (one map, keyed by provider type). */
  fileStagingArtifacts?: FileStagingArtifacts[];
};

/**
 * Options of {@link JobOperations.addTask} for one task (one `Task_Add` request): cancellation,
 * behaviors, and the staging artifacts map used when the task has `filesToStage`.
 */
export type AddSingleTaskOptions = Pick<AddTaskOptions, "signal" | "additionalBehaviors"> & {
  /**
   * Filled with the artifact of each provider type the task's `filesToStage` uses (.NET's
   * `ConcurrentDictionary<Type, IFileStagingArtifact>`); an artifact already in it is used as it is.
   */
  fileStagingArtifacts?: FileStagingArtifacts;
};

/** Workflow settings that only mean something for a list of tasks. */
const LIST_ONLY_OPTIONS = [
  "parallelOptions",
  "timeout",
  "maxResubmissions",
  "resubmitDelayMs",
  "events",
] as const;

/** @throws TypeError naming the first list-only option set for a single task, or for an array of artifact maps. */
function checkSingleTaskOptions(options: AddTaskOptions): void {
  const listOnly = LIST_ONLY_OPTIONS.find((name) => options[name] !== undefined);
  if (listOnly !== undefined) {
    throw new TypeError(
      `addTask: '${listOnly}' applies to a list of tasks only; pass the task in an array, or use signal / BatchRequestTimeout for one task.`,
    );
  }
  if (Array.isArray(options.fileStagingArtifacts)) {
    throw new TypeError("addTask: for one task, fileStagingArtifacts is a Map keyed by provider type");
  }
}

/** Arguments of the task-file calls that name a file (`deleteNodeFile`, `copyNodeFileContentTo…`). */
export interface TaskFileOptions {
  /** The job id. */
  jobId: string;
  /** The task id. */
  taskId: string;
  /** Path of the file relative to the task directory, e.g. `stdout.txt`. */
  filePath: string;
}

/**
 * Job-level operations (Batch .NET `JobOperations`), reached as `batchClient.jobOperations`.
 * Every request-making method takes a last optional {@link CallOptions}.
 */
export class JobOperations {
  readonly #caller: Caller;

  /** @internal Created by `BatchClient` (and by entities, with their own behaviors). */
  constructor(caller: Caller) {
    this.#caller = caller;
  }

  /** The behaviors applied to every request made through this object (a copy of the client's). */
  get customBehaviors(): BatchClientBehavior[] {
    return this.#caller.behaviors;
  }
  /** Replaces the list (later changes to the array take effect too); a TypeError if it is not behaviors. */
  set customBehaviors(value: BatchClientBehavior[]) {
    this.#caller.behaviors = value;
  }

  /** A new unbound job; set its properties, then `commit()` it. No request is made. */
  createJob(jobId?: string, poolInformation?: PoolInformation | PoolInformationInit): CloudJob {
    const job = new CloudJob(this.#caller.child());
    if (jobId !== undefined) job.id = jobId;
    if (poolInformation !== undefined) job.poolInformation = poolInformation;
    return job;
  }

  /** Gets a job as a bound {@link CloudJob}. */
  getJob(jobId: string, detailLevel?: DetailLevel, call?: CallOptions): Promise<CloudJob> {
    return getEntity(this.#caller, JOB_REQUESTS, { jobId }, { operation: "getJob", detailLevel, call });
  }

  /** Lists the jobs of the account (lazily). */
  listJobs(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<CloudJob> {
    return listEntities(this.#caller, JOB_REQUESTS, { operation: "listJobs", detailLevel, call });
  }

  /** Deletes a job and its tasks. */
  async deleteJob(jobId: string, call?: CallOptions): Promise<void> {
    await this.#caller.protocol.job.delete({ ...this.#caller.options(call), jobId });
  }

  /** Terminates a job, optionally recording why. */
  async terminateJob(jobId: string, terminateReason?: string, call?: CallOptions): Promise<void> {
    await this.#caller.protocol.job.terminate({
      ...this.#caller.options(call),
      jobId,
      jobTerminateParameter: terminateReason === undefined ? undefined : { terminateReason },
    });
  }

  /** Re-enables a disabled job. */
  async enableJob(jobId: string, call?: CallOptions): Promise<void> {
    await this.#caller.protocol.job.enable({ ...this.#caller.options(call), jobId });
  }

  /** Disables a job; `disableJobOption` says what happens to its running tasks. */
  async disableJob(jobId: string, disableJobOption: DisableJobOption, call?: CallOptions): Promise<void> {
    await this.#caller.protocol.job.disable({
      ...this.#caller.options(call),
      jobId,
      jobDisableParameter: { disableTasks: disableJobOption },
    });
  }

  /** Gets the task and slot counts of a job by state. */
  async getJobTaskCounts(jobId: string, call?: CallOptions): Promise<TaskCountsResult> {
    const { body } = await this.#caller.protocol.job.getTaskCounts({ ...this.#caller.options(call), jobId });
    return valueFromWire(TaskCountsResult, body);
  }

  /**
   * Adds one task (one `Task_Add` request), or many through the add-task workflow (chunks of up to
   * 100 tasks under the 1 MB body limit, parallel legs, resubmission of server errors). Every task
   * becomes read-only; refresh it (or use `getTask`) to read its service state. For one task,
   * `signal` and `additionalBehaviors` apply to its request; the list-only settings
   * (`parallelOptions`, `timeout`, `maxResubmissions`, `resubmitDelayMs`, `events`) are refused
   * with a TypeError before anything is sent.
   */
  addTask(jobId: string, task: CloudTask, options?: AddSingleTaskOptions): Promise<void>;
  addTask(jobId: string, tasks: Iterable<CloudTask>, options?: AddTaskCallOptions): Promise<AddTaskSummary>;
  async addTask(
    jobId: string,
    taskOrTasks: CloudTask | Iterable<CloudTask>,
    options: AddTaskCallOptions | AddSingleTaskOptions = {},
  ): Promise<void | AddTaskSummary> {
    if (taskOrTasks instanceof CloudTask) {
      checkSingleTaskOptions(options);
      await this.#addOne(jobId, taskOrTasks, options as AddSingleTaskOptions);
      return;
    }
    if (options.fileStagingArtifacts instanceof Map) {
      throw new TypeError(
        "addTask: for a list of tasks, fileStagingArtifacts is an array that receives one map per call",
      );
    }
    return this.#addCollection(jobId, [...taskOrTasks], options);
  }

  #addCollection(jobId: string, tasks: CloudTask[], options: AddTaskOptions): Promise<AddTaskSummary> {
    const caller = this.#caller.child();
    // The workflow marks each accepted task as committed; its later requests go through this caller.
    for (const task of tasks)
      if (task instanceof CloudTask && bindingStateOf(task) === "unbound") attachTaskCaller(task, caller);
    return addTaskCollection(this.#caller.protocol, jobId, tasks, {
      ...options,
      behaviors: this.#caller.behaviors,
    });
  }

  async #addOne(jobId: string, task: CloudTask, options: AddSingleTaskOptions): Promise<void> {
    if (task.filesToStage?.length) {
      // Staging lives in the workflow; a one-task collection goes through the same path, with the
      // caller's map (rather than an array of maps) for the artifacts.
      await this.#addCollection(jobId, [task], options);
      return;
    }
    if (typeof jobId !== "string" || jobId === "")
      throw new TypeError("addTask: jobId must be a non-empty string");
    if (bindingStateOf(task) === "bound" || task[TASK_IS_READ_ONLY]) {
      throw new InvalidOperationException(
        `addTask: task '${task.id}' is ${task[TASK_IS_READ_ONLY] ? "read-only (already added)" : "bound"}; only new unbound tasks can be added.`,
      );
    }
    const call: CallOptions = { signal: options.signal, additionalBehaviors: options.additionalBehaviors };
    // Resolved first: a bad behavior list or an already aborted signal must leave the task untouched.
    const requestOptions = this.#caller.options(call);
    task[TASK_FREEZE]();
    const protocol = this.#caller.protocol;
    const body = task[TASK_ADD_PARAMETER]();
    await createTolerantOfLostResponse(
      requestOptions,
      body,
      (options) => protocol.task.add({ ...options, jobId, task: body }),
      () => protocol.task.get({ ...this.#caller.options(call), jobId, taskId: body.id }),
    );
    attachTaskCaller(task, this.#caller.child());
    task[TASK_MARK_COMMITTED](jobId);
  }

  /** Lists the tasks of a job (lazily). */
  listTasks(jobId: string, detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<CloudTask> {
    return this.#caller.list(
      {
        operation: "listTasks",
        clauses: { filter: true, select: true, expand: true },
        detailLevel,
        call,
      },
      (protocol, request) => protocol.task.list({ ...request, jobId }),
      (wire) => boundTask(this.#caller.child(), jobId, wire),
    );
  }

  /** Gets a task as a bound {@link CloudTask}. */
  async getTask(
    jobId: string,
    taskId: string,
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): Promise<CloudTask> {
    const body = await this.#caller.get(
      { operation: "getTask", clauses: { select: true, expand: true }, detailLevel, call },
      (protocol, request) => protocol.task.get({ ...request, jobId, taskId }),
    );
    return boundTask(this.#caller.child(), jobId, body);
  }

  /** Deletes a task. */
  async deleteTask(jobId: string, taskId: string, call?: CallOptions): Promise<void> {
    await this.#caller.protocol.task.delete({ ...this.#caller.options(call), jobId, taskId });
  }

  /** Terminates a task. */
  async terminateTask(jobId: string, taskId: string, call?: CallOptions): Promise<void> {
    await this.#caller.protocol.task.terminate({ ...this.#caller.options(call), jobId, taskId });
  }

  /** Makes a failed task eligible to run again. */
  async reactivateTask(jobId: string, taskId: string, call?: CallOptions): Promise<void> {
    await this.#caller.protocol.task.reactivate({ ...this.#caller.options(call), jobId, taskId });
  }

  /** Lists the subtasks of a multi-instance task (lazily). */
  listSubtasks(
    jobId: string,
    taskId: string,
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): PagedEnumerable<SubtaskInformation> {
    return listSubtasks(this.#caller, jobId, taskId, detailLevel, call);
  }

  /** Lists the files of a task's directory (lazily). */
  listNodeFiles(
    jobId: string,
    taskId: string,
    options: ListNodeFilesOptions = {},
    call?: CallOptions,
  ): PagedEnumerable<NodeFile> {
    return listNodeFiles(this.#caller, taskLocation(jobId, taskId), options, call);
  }

  /** Gets the properties of a file in a task's directory. */
  getNodeFile(jobId: string, taskId: string, filePath: string, call?: CallOptions): Promise<NodeFile> {
    return getNodeFile(this.#caller, taskLocation(jobId, taskId), filePath, call);
  }

  /** Deletes a file (or, with `recursive`, a directory) of a task. */
  async deleteNodeFile(
    options: TaskFileOptions & { recursive?: boolean },
    call?: CallOptions,
  ): Promise<void> {
    const location = taskLocation(options.jobId, options.taskId);
    await deleteNodeFile(this.#caller, location, options.filePath, options.recursive, call);
  }

  /** Streams a task file's content (or a byte range of it) into `stream`. */
  async copyNodeFileContentToStream(
    options: TaskFileOptions & {
      stream: NodeJS.WritableStream | Writable;
      byteRange?: GetFileRequestByteRange;
    },
    call?: CallOptions,
  ): Promise<void> {
    const location = taskLocation(options.jobId, options.taskId);
    await copyNodeFileToStream(
      this.#caller,
      location,
      options.filePath,
      options.stream,
      options.byteRange,
      call,
    );
  }

  /** Reads a task file's content (or a byte range of it) as text. */
  async copyNodeFileContentToString(
    options: TaskFileOptions & { encoding?: BufferEncoding; byteRange?: GetFileRequestByteRange },
    call?: CallOptions,
  ): Promise<string> {
    return readNodeFileAsString(
      this.#caller,
      taskLocation(options.jobId, options.taskId),
      options.filePath,
      options,
      call,
    );
  }

  /** Lists the job preparation and release task status on each node that ran them (lazily). */
  listJobPreparationAndReleaseTaskStatus(
    jobId: string,
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): PagedEnumerable<JobPreparationAndReleaseTaskExecutionInformation> {
    return this.#caller.list(
      {
        operation: "listJobPreparationAndReleaseTaskStatus",
        clauses: { filter: true, select: true },
        detailLevel,
        call,
      },
      (protocol, request) => protocol.job.listPreparationAndReleaseTaskStatus({ ...request, jobId }),
      (wire) => valueFromWire(JobPreparationAndReleaseTaskExecutionInformation, wire),
    );
  }
}

function taskLocation(jobId: string, taskId: string): NodeFileLocation {
  return { kind: "task", jobId, taskId };
}
