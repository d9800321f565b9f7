/**
 * The Batch .NET object model: `BatchClient`, the operations classes, entities, value types, enums,
 * behaviors, detail levels, paging, the add-task workflow and the task state monitor.
 * @module
 */
export { BatchClient, type BatchClientOptions } from "./batch-client.js";
export {
  PoolOperations,
  type CreatePoolOptions,
  type ResizePoolOptions,
  type EnableAutoScaleOptions,
  type RemoveFromPoolOptions,
  type ListNodeFilesOptions,
  type DeleteComputeNodeFileOptions,
  type CopyComputeNodeFileOptions,
  type UploadComputeNodeBatchServiceLogsOptions,
  type ListPoolUsageMetricsOptions,
} from "./pool-operations.js";
export {
  JobOperations,
  type AddTaskCallOptions,
  type AddSingleTaskOptions,
  type TaskFileOptions,
} from "./job-operations.js";
export { JobScheduleOperations, type CreateJobScheduleOptions } from "./job-schedule-operations.js";
export { CertificateOperations } from "./certificate-operations.js";
export { ApplicationOperations } from "./application-operations.js";
export { Utilities } from "./utilities.js";
export { InheritedBehaviors } from "./inherited-behaviors.js";
export { CloudPool } from "./cloud-pool.js";
export { CloudJob } from "./cloud-job.js";
export { CloudTask } from "./cloud-task.js";
export { CloudJobSchedule } from "./cloud-job-schedule.js";
export { Certificate } from "./certificate.js";
export { EntityBase, PatchableEntity, ServiceEntity } from "./service-entity.js";
export { ComputeNode, type UploadBatchServiceLogsOptions } from "./compute-node.js";
export { ComputeNodeUser, ComputeNodeUserCommitSemantics } from "./compute-node-user.js";
export {
  NodeFile,
  type GetFileRequestByteRange,
  type NodeFileLocation,
  type TaskFileLocation,
  type ComputeNodeFileLocation,
  type ReadNodeFileOptions,
} from "./node-file.js";
export { BatchErrorCodeStrings, type BatchErrorCodeString } from "./batch-error-code-strings.js";
export { Constants } from "./constants.js";
export type { BindingState } from "./runtime/entity-lifecycle.js";
export { PropertyContainer } from "./runtime/property-container.js";
export { durationFromWire, durationToWire, MAX_DURATION_MS } from "./runtime/durations.js";
export * from "./generated/enums.generated.js";
export * from "./generated/values.generated.js";
export * from "./generated/entity-properties.generated.js";

export * from "./behaviors.js";
export * from "./detail-level.js";
export * from "./errors.js";
export * from "./paged-enumerable.js";
export * from "./task-state-monitor.js";
export * from "./add-task/index.js";
export {
  ResourceFile,
  validateResourceFile,
  checkRelativePath,
  checkHttpUrl,
  ComputeNodeIdentityReference,
  type ComputeNodeIdentityReferenceInit,
  type ResourceFileInit,
  type ResourceFileContainerOptions,
} from "./resource-file.js";
export {
  OutputFile,
  OutputFileDestination,
  OutputFileBlobContainerDestination,
  OutputFileUploadOptions,
  OutputFileUploadCondition,
  HttpHeader,
  outputFileToContainer,
  type OutputFileInit,
  type OutputFileDestinationInit,
  type OutputFileBlobContainerDestinationInit,
  type OutputFileUploadOptionsInit,
  type HttpHeaderInit,
  type OutputFileToContainerOptions,
} from "./output-file.js";
export type {
  FileStagingArtifacts,
  FileStagingOptions,
  FileStagingProviderType,
  IFileStagingArtifact,
  IFileStagingProvider,
} from "./file-staging.js";
