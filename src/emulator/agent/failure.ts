/**
 * Task failure information as a node reports it, and the error type that carries it out of the
 * preparation, launch and upload steps of a task run.
 * @module
 */
import type { NameValuePair, TaskFailureInformation } from "../../protocol/models.generated.js";

/**
 * Failure codes a node reports in `executionInfo.failureInfo.code`. The names are the service's
 * (Batch .NET `TaskFailureInformationCodes`), so programs that branch on them behave the same locally.
 */
export const TaskFailureCode = {
  /** A resource file could not be read because its URL was refused (401/403). */
  BlobAccessDenied: "BlobAccessDenied",
  /** A resource file download failed for another reason (network, 5xx, bad URL, no auto-storage). */
  BlobDownloadMiscError: "BlobDownloadMiscError",
  /** A resource file download did not finish in time. */
  BlobDownloadTimedOut: "BlobDownloadTimedOut",
  /** A resource file (or its container) does not exist. */
  BlobNotFound: "BlobNotFound",
  /** The command line could not be launched (not executable, bad syntax). */
  CommandLaunchFailed: "CommandLaunchFailed",
  /** The program named by the command line does not exist. */
  CommandProgramNotFound: "CommandProgramNotFound",
  /** The task process ended with a non-zero exit code. */
  FailureExitCode: "FailureExitCode",
  /** Uploading an output file failed. */
  FileUploadMiscError: "FileUploadMiscError",
  /** A directory for resource files could not be created (or its path leaves the task directory). */
  ResourceDirectoryCreateFailed: "ResourceDirectoryCreateFailed",
  /** A local file for a resource file could not be created. */
  ResourceFileCreateFailed: "ResourceFileCreateFailed",
  /** A downloaded resource file could not be written completely or given its file mode. */
  ResourceFileWriteFailed: "ResourceFileWriteFailed",
  /** The task was ended by the service: user request or maximum wall clock time. */
  TaskEnded: "TaskEnded",
} as const;

/** One of the {@link TaskFailureCode} values. */
export type TaskFailureCode = (typeof TaskFailureCode)[keyof typeof TaskFailureCode];

/**
 * Which step of a run failed. The scheduler uses it to pick the matching exit condition
 * (`preProcessingError`, `fileUploadError`, exit codes, or `default`).
 */
export type FailureStage = "preProcessing" | "execution" | "fileUpload" | "ended";

/** An error that ends a task run with the given failure information. */
export class TaskFailureError extends Error {
  /** The failure information to report on the task. */
  readonly failureInfo: TaskFailureInformation;
  /** The step that failed. */
  readonly stage: FailureStage;

  /** Creates the error; `message` also becomes `failureInfo.message`. */
  constructor(
    stage: FailureStage,
    code: TaskFailureCode,
    message: string,
    details?: NameValuePair[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "TaskFailureError";
    this.stage = stage;
    this.failureInfo = {
      category: "usererror",
      code,
      message,
      ...(details && details.length > 0 ? { details } : {}),
    };
  }
}

/**
 * A URL fit for failure details and logs: the query string of a SAS URL carries the signature, so
 * every query parameter value is replaced. Unparseable input is reported as `<invalid URL>`.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    for (const key of [...parsed.searchParams.keys()]) parsed.searchParams.set(key, "REDACTED");
    parsed.username = "";
    parsed.password = "";
    return parsed.toString();
  } catch {
    return "<invalid URL>";
  }
}
