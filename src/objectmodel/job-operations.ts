/**
 * `JobOperations`: jobs, their tasks and the files of those tasks.
 * @module
 */
import type { Writable } from "node:stream";
import { addTask, type AddSingleTaskOptions, type AddTaskCallOptions } from "./add-task/entry.js";
import type { AddTaskSummary } from "./add-task/types.js";
import type { CallOptions } from "./behaviors.js";
import { InheritedBehaviors } from "./inherited-behaviors.js";
import {
  CloudJob,
  disableJob,
  getJobTaskCounts,
  getTask,
  JOB_REQUESTS,
  listPreparationAndReleaseTaskStatus,
  listTasks,
  terminateJob,
} from "./cloud-job.js";
import { listSubtasks, type CloudTask } from "./cloud-task.js";
import type { DetailLevel } from "./detail-level.js";
import type { DisableJobOption } from "./generated/enums.generated.js";
import type {
  JobPreparationAndReleaseTaskExecutionInformation,
  PoolInformation,
  PoolInformationInit,
  SubtaskInformation,
  TaskCountsResult,
} from "./generated/values.generated.js";
import {
  copyNodeFileToStream,
  deleteNodeFile,
  getNodeFile,
  listNodeFiles,
  readNodeFileAsString,
  type GetFileRequestByteRange,
  type ListNodeFilesOptions,
  type NodeFile,
  type NodeFileLocation,
} from "./node-file.js";
import type { PagedEnumerable } from "./paged-enumerable.js";
import { getEntity, listEntities } from "./runtime/entity-lifecycle.js";

export type { AddSingleTaskOptions, AddTaskCallOptions } from "./add-task/entry.js";

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
export class JobOperations extends InheritedBehaviors {
  /** A new unbound job; set its properties, then `commit()` it. No request is made. */
  createJob(jobId?: string, poolInformation?: PoolInformation | PoolInformationInit): CloudJob {
    const job = new CloudJob(this.caller.child());
    if (jobId !== undefined) job.id = jobId;
    if (poolInformation !== undefined) job.poolInformation = poolInformation;
    return job;
  }

  /** Gets a job as a bound {@link CloudJob}. */
  getJob(jobId: string, detailLevel?: DetailLevel, call?: CallOptions): Promise<CloudJob> {
    return getEntity(this.caller, JOB_REQUESTS, { jobId }, { operation: "getJob", detailLevel, call });
  }

  /** Lists the jobs of the account (lazily). */
  listJobs(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<CloudJob> {
    return listEntities(this.caller, JOB_REQUESTS, {}, { operation: "listJobs", detailLevel, call });
  }

  /** Deletes a job and its tasks. */
  async deleteJob(jobId: string, call?: CallOptions): Promise<void> {
    await this.caller.send("job.delete", { jobId }, call);
  }

  /** Terminates a job, optionally recording why. */
  terminateJob(jobId: string, terminateReason?: string, call?: CallOptions): Promise<void> {
    return terminateJob(this.caller, jobId, terminateReason, call);
  }

  /** Re-enables a disabled job. */
  async enableJob(jobId: string, call?: CallOptions): Promise<void> {
    await this.caller.send("job.enable", { jobId }, call);
  }

  /** Disables a job; `disableJobOption` says what happens to its running tasks. */
  disableJob(jobId: string, disableJobOption: DisableJobOption, call?: CallOptions): Promise<void> {
    return disableJob(this.caller, jobId, disableJobOption, call);
  }

  /** Gets the task and slot counts of a job by state. */
  getJobTaskCounts(jobId: string, call?: CallOptions): Promise<TaskCountsResult> {
    return getJobTaskCounts(this.caller, jobId, call);
  }

  /**
   * Adds one task (one `Task_Add` request), or many through the add-task workflow (chunks of up to
   * 100 tasks under the 1 MB body limit, parallel legs, resubmission of server errors). Every task
   * becomes read-only; refresh it (or use `getTask`) to read its service state. For one task,
   * `signal` and `additionalBehaviors` apply to its request; the list-only settings
   * (`parallelOptions`, `timeout`, `maxResubmissions`, `resubmitDelayMs`, `events`) do not
   * type-check, and are refused with a TypeError before anything is sent.
   */
  addTask(jobId: string, task: CloudTask, options?: AddSingleTaskOptions): Promise<void>;
  addTask(jobId: string, tasks: Iterable<CloudTask>, options?: AddTaskCallOptions): Promise<AddTaskSummary>;
  async addTask(
    jobId: string,
    taskOrTasks: CloudTask | Iterable<CloudTask>,
    options: AddTaskCallOptions | AddSingleTaskOptions = {},
  ): Promise<void | AddTaskSummary> {
    return addTask(this.caller, jobId, taskOrTasks, options);
  }

  /** Lists the tasks of a job (lazily). */
  listTasks(jobId: string, detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<CloudTask> {
    return listTasks(this.caller, jobId, detailLevel, call);
  }

  /** Gets a task as a bound {@link CloudTask}. */
  getTask(jobId: string, taskId: string, detailLevel?: DetailLevel, call?: CallOptions): Promise<CloudTask> {
    return getTask(this.caller, { jobId, taskId }, detailLevel, call);
  }

  /** Deletes a task. */
  async deleteTask(jobId: string, taskId: string, call?: CallOptions): Promise<void> {
    await this.caller.send("task.delete", { jobId, taskId }, call);
  }

  /** Terminates a task. */
  async terminateTask(jobId: string, taskId: string, call?: CallOptions): Promise<void> {
    await this.caller.send("task.terminate", { jobId, taskId }, call);
  }

  /** Makes a failed task eligible to run again. */
  async reactivateTask(jobId: string, taskId: string, call?: CallOptions): Promise<void> {
    await this.caller.send("task.reactivate", { jobId, taskId }, call);
  }

  /** Lists the subtasks of a multi-instance task (lazily). */
  listSubtasks(
    jobId: string,
    taskId: string,
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): PagedEnumerable<SubtaskInformation> {
    return listSubtasks(this.caller, { jobId, taskId }, detailLevel, call);
  }

  /** Lists the files of a task's directory (lazily). */
  listNodeFiles(
    jobId: string,
    taskId: string,
    options: ListNodeFilesOptions = {},
    call?: CallOptions,
  ): PagedEnumerable<NodeFile> {
    return listNodeFiles(this.caller, taskLocation(jobId, taskId), options, call);
  }

  /** Gets the properties of a file in a task's directory. */
  getNodeFile(jobId: string, taskId: string, filePath: string, call?: CallOptions): Promise<NodeFile> {
    return getNodeFile(this.caller, taskLocation(jobId, taskId), filePath, call);
  }

  /** Deletes a file (or, with `recursive`, a directory) of a task. */
  async deleteNodeFile(
    options: TaskFileOptions & { recursive?: boolean },
    call?: CallOptions,
  ): Promise<void> {
    const location = taskLocation(options.jobId, options.taskId);
    await deleteNodeFile(this.caller, location, options.filePath, options.recursive, call);
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
      this.caller,
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
      this.caller,
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
    return listPreparationAndReleaseTaskStatus(this.caller, jobId, detailLevel, call);
  }
}

function taskLocation(jobId: string, taskId: string): NodeFileLocation {
  return { kind: "task", jobId, taskId };
}
