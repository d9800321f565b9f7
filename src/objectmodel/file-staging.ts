import type { ResourceFile, ResourceFileInit } from "./resource-file.js";

/**
 * State shared by every {@link FileStagingProvider} during one add-task call.
 * Providers use `artifacts` to remember what they already uploaded, so a file
 * referenced by many tasks of the same call is staged only once.
 */
export interface FileStagingContext {
  /** Cancels staging; providers pass it on to their storage requests. */
  readonly signal?: AbortSignal;
  /** one per addTask call; providers may cache uploads here */
  readonly artifacts: Map<string, unknown>;
}

/**
 * Something that puts a task's local inputs where the compute node can fetch
 * them and describes them as resource files (Batch .NET's `IFileStagingProvider`).
 * The add-task workflow calls `stageFiles` for each entry of a task's
 * `filesToStage` and appends the result to the task's resource files.
 */
export interface FileStagingProvider {
  /**
   * Uploads (or reuses) the staged content and returns the resource files that reference it
   * (instances or plain literals).
   */
  stageFiles(context: FileStagingContext): Promise<(ResourceFile | ResourceFileInit)[]>;
}
