/**
 * The object model's error types, named as in Batch .NET.
 * @module
 */
import type { AddTaskResult } from "./add-task/types.js";

export { BatchException } from "../http/errors.js";
export type { BatchError, RequestInformation } from "../http/errors.js";

/** A failure detected by the client itself rather than reported by the service. */
export class BatchClientException extends Error {
  /** Creates the error; `cause` keeps the underlying error when there is one. */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * An operation that the object's current state does not allow, e.g. reading a server-owned property
 * of an unbound object, or adding a task that was already added.
 */
export class InvalidOperationException extends Error {
  /** Creates the error with a message naming the property or operation and the state. */
  constructor(message: string) {
    super(message);
    this.name = "InvalidOperationException";
  }
}

/** One or more of the parallel requests of a multi-request operation failed. */
export class ParallelOperationsException extends Error {
  /** The failure of each leg that failed, in the order they happened. */
  readonly innerExceptions: readonly Error[];

  /** Wraps the failures; the message summarizes each of them. */
  constructor(innerExceptions: readonly Error[], message?: string) {
    const summary = innerExceptions.map((e) => `${e.name}: ${e.message}`).join("; ");
    super(message ?? `${innerExceptions.length} parallel operation(s) failed: ${summary}`);
    this.name = "ParallelOperationsException";
    this.innerExceptions = [...innerExceptions];
  }
}

/** The add-task workflow stopped because a task's result was judged a failure (see `AddTaskCollectionResultHandler`). */
export class AddTaskCollectionTerminatedException extends BatchClientException {
  /** The result that ended the workflow. */
  readonly addTaskResult: AddTaskResult;

  /** Creates the error from the offending result; the message names the task and the service's error code. */
  constructor(addTaskResult: AddTaskResult, reason?: string) {
    const code = addTaskResult.error?.code ?? "no error code";
    const text = addTaskResult.error?.message?.value;
    super(
      `Adding task '${addTaskResult.taskId}' failed (${addTaskResult.status}, ${code}` +
        (text ? `: ${text}` : "") +
        `) after ${addTaskResult.retryCount} resubmission(s)` +
        (reason ? `; ${reason}` : ""),
    );
    this.name = "AddTaskCollectionTerminatedException";
    this.addTaskResult = addTaskResult;
  }
}

/** An operation did not finish within the time the caller allowed. */
export class TimeoutException extends Error {
  /** Creates the error. */
  constructor(message: string) {
    super(message);
    this.name = "TimeoutException";
  }
}
