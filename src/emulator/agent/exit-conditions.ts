/**
 * How a finished task's outcome maps onto its `exitConditions`: which job action the service takes
 * and whether tasks depending on it may run. The most specific match wins — a failed resource-file
 * download matches `preProcessingError`, a failed upload `fileUploadError`, otherwise the exit code
 * is looked up in `exitCodes`, then `exitCodeRanges` — and `default` covers the rest.
 * @module
 */
import type {
  DependencyAction,
  ExitConditions,
  ExitOptions,
  JobAction,
} from "../../protocol/models.generated.js";
import type { FailureStage } from "./failure.js";

export type { DependencyAction, JobAction };

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

function matchingOptions(conditions: ExitConditions, outcome: TaskOutcome): ExitOptions | undefined {
  if (outcome.failureStage === "preProcessing") return conditions.preProcessingError;
  if (outcome.failureStage === "fileUpload") return conditions.fileUploadError;
  const code = outcome.exitCode;
  if (code === undefined) return undefined;
  const exact = conditions.exitCodes?.find((m) => m.code === code);
  if (exact) return exact.exitOptions;
  const range = conditions.exitCodeRanges?.find((m) => code >= m.start && code <= m.end);
  return range?.exitOptions;
}

/**
 * The exit options that apply to a task's outcome. Unset actions take the service's defaults:
 * a success does nothing to the job and satisfies dependants; anything else terminates the job
 * (only acted upon when the job's `onTaskFailure` asks for it) and blocks dependants.
 */
export function resolveExitOptions(
  exitConditions: ExitConditions | undefined,
  outcome: TaskOutcome,
): ResolvedExitOptions {
  const conditions = exitConditions ?? {};
  const success = outcome.result === "success";
  const options = matchingOptions(conditions, outcome) ?? (success ? undefined : conditions.default);
  return {
    jobAction: options?.jobAction ?? (success ? "none" : "terminate"),
    dependencyAction: options?.dependencyAction ?? (success ? "satisfy" : "block"),
  };
}
