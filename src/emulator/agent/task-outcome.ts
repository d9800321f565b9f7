/**
 * What a finished run means for its task, as a pure decision: back to the queue, completed (as
 * terminated, or for good), retried, or nothing to record. The scheduler applies the decision.
 * @module
 */
import type { KillReason, TaskRunResult } from "./process-runner.js";

/** What the scheduler knows when a run ends. */
export interface RunEnd {
  /** The task's state now (a request may have completed it meanwhile). */
  readonly state: string;
  /** Retries so far, and the most allowed (−1: no limit). */
  readonly retryCount: number;
  readonly maxTaskRetryCount: number;
  /** What the process reported; absent when it never started. */
  readonly result?: TaskRunResult;
  /** Why the run was stopped from outside, if it was. */
  readonly endedBy?: KillReason | string;
}

/** The decision for the task; see {@link taskOutcome}. */
export type TaskOutcome =
  /** Nothing to record: the service shuts down, or the task is being deleted. */
  | { readonly kind: "none" }
  /** Back to `active` (node rebooted or removed), counting one more requeue. */
  | { readonly kind: "requeue" }
  /** Completed because it was terminated; with the process's fields when it ran. */
  | { readonly kind: "terminated" }
  /** Already completed by the terminate request: add the exit code the process reported. */
  | { readonly kind: "addExitCode" }
  /** Back to `active` for another try, as retry `retryCount`. */
  | { readonly kind: "retry"; readonly retryCount: number }
  /** Completed for good with the run's result. */
  | { readonly kind: "complete" };

/** Decides what a finished run means for its task (the rules of the module comment). */
export function taskOutcome(end: RunEnd): TaskOutcome {
  const { state, result, endedBy } = end;
  if (endedBy === "shutdown" || endedBy === "delete") return { kind: "none" };
  if (endedBy === "requeue") return state === "completed" ? { kind: "none" } : { kind: "requeue" };
  if (endedBy === "terminate") {
    if (state !== "completed") return { kind: "terminated" };
    return result?.exitCode !== undefined ? { kind: "addExitCode" } : { kind: "none" };
  }
  if (!result) return { kind: "none" };
  // A run cut off by its wall-clock limit fails for good; other failures retry while retries remain.
  const retry =
    result.result === "failure" &&
    endedBy !== "maxWallClockTime" &&
    (end.maxTaskRetryCount === -1 || end.retryCount < end.maxTaskRetryCount);
  return retry ? { kind: "retry", retryCount: end.retryCount + 1 } : { kind: "complete" };
}
