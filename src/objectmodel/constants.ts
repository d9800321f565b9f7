/**
 * `Constants`: fixed names and limits of the Batch service and this client, keyed as in Batch .NET's
 * `Microsoft.Azure.Batch.Constants` (members in camelCase, `TimeSpan`s in milliseconds).
 * @module
 */
import { DEFAULT_TIMEOUT_MS, LONG_OPERATION_TIMEOUT_MS } from "../http/defaults.js";
import { STAGING_CONTAINER_PREFIX } from "../storage/file-to-stage.js";
import { MAX_TASKS_PER_REQUEST } from "./add-task/packing.js";

/** Batch .NET `Constants`: `Constants.standardOutFileName === "stdout.txt"`. */
export const Constants = {
  /** Prefix of the containers and blobs that file staging names on its own (`mab-`). */
  defaultConveniencePrefix: STAGING_CONTAINER_PREFIX,
  /** File a task or start task writes its standard output to, in its directory on the node. */
  standardOutFileName: "stdout.txt",
  /** File a task or start task writes its standard error to, in its directory on the node. */
  standardErrorFileName: "stderr.txt",
  /** Most tasks the client sends in one add-task-collection request. */
  maxTasksInSingleAddTaskCollectionRequest: MAX_TASKS_PER_REQUEST,
  /** Per-attempt client timeout of an ordinary request, in milliseconds (.NET: a `TimeSpan` of 60 s). */
  defaultSingleRestRequestClientTimeout: DEFAULT_TIMEOUT_MS,
  /** Per-attempt client timeout of file downloads and single task adds, in milliseconds (180 s). */
  defaultLongRestRequestClientTimeout: LONG_OPERATION_TIMEOUT_MS,
} as const;
