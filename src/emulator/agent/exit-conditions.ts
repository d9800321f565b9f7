/**
 * How a finished task's outcome maps onto its `exitConditions`: which job action the service takes
 * and whether tasks depending on it may run. The most specific match wins — a failed resource-file
 * download matches `preProcessingError`, a failed upload `fileUploadError`, otherwise the exit code
 * is looked up in `exitCodes`, then `exitCodeRanges` — and `default` covers the rest.
 * @module
 */
import type { WireObject } from "../store/entities.js";
import type { FailureStage } from "./failure.js";

/** What the service does with the job when a task ends a certain way. */
export type JobAction = "none" | "disable" | "terminate";
/** Whether tasks that depend on the finished task may run. */
export type DependencyAction = "satisfy" | "block";

/** The outcome of a task that the exit conditions look at. */
export interface TaskOutcome {
  /** `success` or `failure`. */
  readonly result: string;
  /** The process exit code, when a process ran. */
  readonly exitCode?: number;
  /** The step that failed, when it failed. */
  readonly failureStage?: FailureStage;
}

/** The resolved `ExitOptions` for one outcome. */
export interface ResolvedExitOptions {
  readonly jobAction: JobAction;
  readonly dependencyAction: DependencyAction;
}

interface ExitCodeMapping {
  code: number;
  exitOptions?: WireObject;
}
interface ExitCodeRangeMapping {
  start: number;
  end: number;
  exitOptions?: WireObject;
}

function matchingOptions(conditions: WireObject, outcome: TaskOutcome): WireObject | undefined {
  if (outcome.failureStage === "preProcessing")
    return (conditions.preProcessingError as WireObject | undefined) ?? undefined;
  if (outcome.failureStage === "fileUpload")
    return (conditions.fileUploadError as WireObject | undefined) ?? undefined;
  const code = outcome.exitCode;
  if (code === undefined) return undefined;
  const exact = (conditions.exitCodes as ExitCodeMapping[] | undefined)?.find((m) => m.code === code);
  if (exact) return exact.exitOptions ?? {};
  const range = (conditions.exitCodeRanges as ExitCodeRangeMapping[] | undefined)?.find(
    (m) => code >= m.start && code <= m.end,
  );
  return range ? (range.exitOptions ?? {}) : undefined;
}

/**
 * The exit options that apply to a task's outcome. Unset actions take the service's defaults:
 * a success does nothing to the job and satisfies dependants; anything else terminates the job
 * (only acted upon when the job's `onTaskFailure` asks for it) and blocks dependants.
 */
export function resolveExitOptions(exitConditions: unknown, outcome: TaskOutcome): ResolvedExitOptions {
  const conditions = (exitConditions ?? {}) as WireObject;
  const success = outcome.result === "success";
  const options =
    matchingOptions(conditions, outcome) ?? (success ? undefined : (conditions.default as WireObject));
  return {
    jobAction: (options?.jobAction as JobAction | undefined) ?? (success ? "none" : "terminate"),
    dependencyAction:
      (options?.dependencyAction as DependencyAction | undefined) ?? (success ? "satisfy" : "block"),
  };
}
