/**
 * Shapes shared by the add-task workflow, its result handler behavior and its errors.
 * @module
 */
import type { BatchError, TaskAddParameter, TaskAddStatus } from "../../protocol/models.generated.js";
import type { Caller } from "../caller.js";
import type { IFileStagingProvider } from "../file-staging.js";
import type {
  TASK_ADD_PARAMETER,
  TASK_FREEZE,
  TASK_IS_READ_ONLY,
  TASK_MARK_COMMITTED,
} from "../task-hooks.js";

/**
 * What the add-task workflow needs from a task. `CloudTask` implements it; the workflow never
 * touches anything else. The members in brackets are keyed by the symbols of `task-hooks.ts`, which
 * the package does not export.
 *
 * - `id`: the task id (compared case-insensitively for duplicates, as the service does).
 * - `bindingState`: `"bound"` tasks came from the service and cannot be added again.
 * - `[TASK_IS_READ_ONLY]`: true once the task was handed to an earlier add call; such a task is rejected.
 * - `filesToStage`: staged before the first request; the resulting resource files are appended to
 *   the task's wire `resourceFiles`.
 * - `[TASK_FREEZE]()`: called on every task after validation and before staging or any request; from then
 *   on the task rejects changes.
 * - `[TASK_ADD_PARAMETER]()`: the wire body for this task (called once, after freezing).
 * - `[TASK_MARK_COMMITTED](jobId, owner)`: called once the service has accepted the task (also when a
 *   resubmission met `TaskExists`); lets the task remember its job and the caller of its later requests.
 */
export interface AddableTask {
  /** The task id. */
  readonly id: string;
  /** `"unbound"` for a task built locally, `"bound"` for one read from the service. */
  readonly bindingState: "unbound" | "bound";
  /** True when the task already went through an add call. */
  readonly [TASK_IS_READ_ONLY]: boolean;
  /** Local inputs to upload before adding the task. */
  readonly filesToStage?: readonly IFileStagingProvider[];
  /** Makes the task read-only. */
  [TASK_FREEZE](): void;
  /** The task as the service expects it in an add request. */
  [TASK_ADD_PARAMETER](): TaskAddParameter;
  /** @internal Records that the task now exists in job `jobId`; `owner` sends its later requests. */
  [TASK_MARK_COMMITTED](jobId: string, owner?: Caller): void;
}

/** The service's verdict for one task of an add-collection request. */
export type AddTaskStatus = TaskAddStatus;

/** Values of {@link AddTaskStatus}, named as in Batch .NET. */
export const AddTaskStatus = {
  /** The task was added. */
  Success: "success",
  /** The task was rejected because of something in the request (4xx-like). */
  ClientError: "clienterror",
  /** The service failed to add the task; resubmitting may succeed (5xx-like). */
  ServerError: "servererror",
} as const satisfies Record<string, AddTaskStatus>;

/**
 * The outcome of adding one task (Batch .NET `AddTaskResult`), as handed to an
 * `AddTaskCollectionResultHandler`.
 */
export interface AddTaskResult<TTask extends AddableTask = AddableTask> {
  /** The task the result is about. */
  readonly task: TTask;
  /** The task's id as the service reported it. */
  readonly taskId: string;
  /** How many times this task had been resubmitted before this result (0 on the first submission). */
  readonly retryCount: number;
  /** The service's verdict. */
  readonly status: AddTaskStatus;
  /** Details of a failure; absent on success. */
  readonly error?: BatchError;
  /** ETag of the created task. */
  readonly eTag?: string;
  /** When the created task was last modified. */
  readonly lastModified?: Date;
  /** URL of the created task. */
  readonly location?: string;
}

/** What a result handler decides for one {@link AddTaskResult} (Batch .NET `AddTaskResultStatus`). */
export type AddTaskResultStatus = "success" | "retry";

/** Values of {@link AddTaskResultStatus}. To fail the whole call, a handler throws `AddTaskCollectionTerminatedException`. */
export const AddTaskResultStatus = {
  /** Count the task as added. */
  Success: "success",
  /** Submit the task again (bounded by the workflow's resubmission limit). */
  Retry: "retry",
} as const satisfies Record<string, AddTaskResultStatus>;

/** Parallelism of a multi-request operation (Batch .NET `BatchClientParallelOptions`). */
export interface BatchClientParallelOptions {
  /** How many requests may be in flight at once (default 1). */
  maxDegreeOfParallelism?: number;
}

/** Counts reported by the workflow's `progress` event. */
export interface AddTaskProgress {
  /** Tasks the service has accepted so far. */
  readonly added: number;
  /** Tasks in a request that failed for good. */
  readonly failed: number;
  /** Tasks still waiting for a verdict. */
  readonly pending: number;
  /** Total number of tasks in the call. */
  readonly total: number;
}

/** Why tasks are submitted again. */
export type ResubmitReason = "servererror" | "unknown-outcome" | "handler";

/** Payload of the workflow's `resubmitted` event. */
export interface AddTaskResubmission {
  /** Ids of the tasks going out again. */
  readonly taskIds: readonly string[];
  /** What made the resubmission necessary. */
  readonly reason: ResubmitReason;
  /** Milliseconds the workflow waits before sending them. */
  readonly delayMs: number;
}

/** Events the add-task workflow emits (for eventemitter3's typed `EventEmitter`). */
export interface AddTaskCollectionEvents {
  /** After every response: how far the call has got. */
  progress: [progress: AddTaskProgress];
  /** When tasks are queued for another submission. */
  resubmitted: [resubmission: AddTaskResubmission];
}

/** What a completed add-task call did. */
export interface AddTaskSummary {
  /** Tasks the service accepted (including resubmissions answered with `TaskExists`). */
  readonly added: number;
  /** Task submissions beyond the first, summed over all tasks. */
  readonly resubmissions: number;
  /** Add-collection requests sent (split and resubmitted requests included). */
  readonly requests: number;
}
