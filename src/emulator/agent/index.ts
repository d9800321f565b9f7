/**
 * The node agent of the local Batch service: everything a compute node does to run a task —
 * directory layout, `AZ_BATCH_*` environment, command-line splitting, resource-file downloads,
 * process execution with wall-clock limits, output-file uploads — with no knowledge of the store.
 * The {@link TaskScheduler} builds a {@link TaskRunSpec} from a stored task and hands it to a
 * node's {@link NodeProcessRegistry}; attach one to a running service with
 * `new TaskScheduler({ store: service.service.store, accountName, accountUrl: service.url })`.
 *
 * @example
 * ```ts
 * const layout = NodeLayout.forNode(dataDir, "pool1", "node-1");
 * await layout.create();
 * const registry = new NodeProcessRegistry();
 * const run = registry.run({
 *   commandLine: "/bin/sh -c 'echo $AZ_BATCH_TASK_ID'",
 *   directories: layout.taskDirectories("task", "job1", "task1"),
 *   environment: buildTaskEnvironment(layout, { accountName, accountUrl, poolId: "pool1",
 *     nodeId: "node-1", isDedicated: true, kind: "task", jobId: "job1", taskId: "task1" }),
 * });
 * const { result, exitCode } = await run.completion;
 * await registry.killAll();
 * ```
 * @module
 */
export { containerFromAutoStorage, containerFromUrl, type AutoStorageAccount } from "./blob-access.js";
export { CommandLineSyntaxError, splitCommandLine } from "./command-line.js";
export { redactUrl, TaskFailureCode, TaskFailureError, type FailureStage } from "./failure.js";
export { GlobPattern, hasWildcard } from "./glob.js";
export { NodeLayout, type TaskDirectories, type TaskKind } from "./node-layout.js";
export {
  shouldUpload,
  uploadOutputFiles,
  type OutputFileUploadContext,
  type UploadedFile,
} from "./output-files.js";
export { exitCodeForSignal, isProcessAlive, killProcessGroup, livingGroupMembers } from "./process-group.js";
export {
  NodeProcessRegistry,
  type EndReason,
  type KillReason,
  type RunningTask,
  type TaskRunResult,
  type TaskRunSpec,
} from "./process-runner.js";
export { downloadResourceFiles, parseFileMode, type ResourceFileDownloadOptions } from "./resource-files.js";
export { PathEscapeError, realPathInside, resolveInside } from "./safe-path.js";
export { TaskScheduler, type TaskSchedulerOptions } from "./scheduler.js";
export {
  buildTaskEnvironment,
  defaultInheritedEnvironment,
  type MultiInstanceEnvironment,
  type TaskEnvironmentSpec,
} from "./task-environment.js";
