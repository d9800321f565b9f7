/**
 * `BatchErrorCodeStrings`: the error codes the Batch service puts in `BatchError.code`, named as in
 * Batch .NET, for comparisons such as
 * `error.requestInformation.batchError?.code === BatchErrorCodeStrings.PoolExists`.
 * @module
 */

/** Error codes of the Batch service (Batch .NET `BatchErrorCodeStrings`); each value equals its name. */
export const BatchErrorCodeStrings = {
  /** The Batch account is disabled. */
  AccountIsDisabled: "AccountIsDisabled",
  /** The account already has as many active jobs and job schedules as its quota allows. */
  ActiveJobAndScheduleQuotaReached: "ActiveJobAndScheduleQuotaReached",
  /** No application with that id exists in the account. */
  ApplicationNotFound: "ApplicationNotFound",
  /** The request's credentials were rejected. */
  AuthenticationFailed: "AuthenticationFailed",
  /** The autoscale formula exceeds the allowed length. */
  AutoScaleFormulaTooLong: "AutoScaleFormulaTooLong",
  /** Autoscale was enabled on the pool too recently; wait before enabling it again. */
  AutoScaleTooManyRequestsToEnable: "AutoScaleTooManyRequestsToEnable",
  /** The autoscale formula does not parse. */
  AutoScalingFormulaSyntaxError: "AutoScalingFormulaSyntaxError",
  /** The certificate is being deleted, so the operation is not allowed. */
  CertificateBeingDeleted: "CertificateBeingDeleted",
  /** A certificate with that thumbprint already exists. */
  CertificateExists: "CertificateExists",
  /** No certificate with that thumbprint exists in the account. */
  CertificateNotFound: "CertificateNotFound",
  /** The operation needs a certificate that is not active. */
  CertificateStateActive: "CertificateStateActive",
  /** Deleting the certificate failed because something still uses it. */
  CertificateStateDeleteFailed: "CertificateStateDeleteFailed",
  /** A conditional header (If-Match, If-Modified-Since…) did not hold. */
  ConditionNotMet: "ConditionNotMet",
  /** The file does not exist on the node. */
  FileNotFound: "FileNotFound",
  /** The caller is not allowed to perform the operation. */
  InsufficientPermissions: "InsufficientPermissions",
  /** The service failed internally; the request may succeed when retried. */
  InternalError: "InternalError",
  /** The autoscale settings are not valid together. */
  InvalidAutoScalingSettings: "InvalidAutoScalingSettings",
  /** A request header has a value the service does not accept. */
  InvalidHeaderValue: "InvalidHeaderValue",
  /** A property in the request body has a value the service does not accept. */
  InvalidPropertyValue: "InvalidPropertyValue",
  /** A query parameter has a value the service does not accept. */
  InvalidQueryParameterValue: "InvalidQueryParameterValue",
  /** The request body is malformed. */
  InvalidRequestBody: "InvalidRequestBody",
  /** The requested byte range does not fit the file. */
  InvalidRange: "InvalidRange",
  /** The request URL is malformed. */
  InvalidUri: "InvalidUri",
  /** The job has completed, so the operation is not allowed. */
  JobCompleted: "JobCompleted",
  /** The job is disabled, so the operation is not allowed. */
  JobDisabled: "JobDisabled",
  /** A job with that id already exists. */
  JobExists: "JobExists",
  /** The operation needs an active job. */
  JobNotActive: "JobNotActive",
  /** No job with that id exists in the account. */
  JobNotFound: "JobNotFound",
  /** The job is being deleted, so the operation is not allowed. */
  JobBeingDeleted: "JobBeingDeleted",
  /** The job is being terminated, so the operation is not allowed. */
  JobBeingTerminated: "JobBeingTerminated",
  /** The job preparation task failed on the node. */
  JobPreparationTaskFailed: "JobPreparationTaskFailed",
  /** The job preparation task has not run on the node. */
  JobPreparationTaskNotRunOnNode: "JobPreparationTaskNotRunOnNode",
  /** The job release task has not run on the node. */
  JobReleaseTaskNotRunOnNode: "JobReleaseTaskNotRunOnNode",
  /** The job schedule is being deleted, so the operation is not allowed. */
  JobScheduleBeingDeleted: "JobScheduleBeingDeleted",
  /** The job schedule is being terminated, so the operation is not allowed. */
  JobScheduleBeingTerminated: "JobScheduleBeingTerminated",
  /** The job schedule has completed, so the operation is not allowed. */
  JobScheduleCompleted: "JobScheduleCompleted",
  /** The job schedule is disabled, so the operation is not allowed. */
  JobScheduleDisabled: "JobScheduleDisabled",
  /** A job schedule with that id already exists. */
  JobScheduleExists: "JobScheduleExists",
  /** No job schedule with that id exists in the account. */
  JobScheduleNotFound: "JobScheduleNotFound",
  /** A job with the id the schedule would use already exists. */
  JobWithSameIdExists: "JobWithSameIdExists",
  /** A required request header is missing. */
  MissingRequiredHeader: "MissingRequiredHeader",
  /** A required property is missing from the request body. */
  MissingRequiredProperty: "MissingRequiredProperty",
  /** A required query parameter is missing. */
  MissingRequiredQueryParameter: "MissingRequiredQueryParameter",
  /** Several errors occurred; see the error details. */
  MultipleExceptions: "MultipleExceptions",
  /** The node is rebooting, so the operation is not allowed. */
  NodeBeingRebooted: "NodeBeingRebooted",
  /** The node is being reimaged, so the operation is not allowed. */
  NodeBeingReimaged: "NodeBeingReimaged",
  /** No node with that id exists in the pool. */
  NodeNotFound: "NodeNotFound",
  /** The node is unusable, so the operation is not allowed. */
  NodeStateUnusable: "NodeStateUnusable",
  /** A user with that name already exists on the node. */
  NodeUserExists: "NodeUserExists",
  /** No user with that name exists on the node. */
  NodeUserNotFound: "NodeUserNotFound",
  /** The service did not finish the operation in time. */
  OperationTimedOut: "OperationTimedOut",
  /** The pool is still being created, so the operation is not allowed. */
  PoolBeingCreated: "PoolBeingCreated",
  /** The pool is being deleted, so the operation is not allowed. */
  PoolBeingDeleted: "PoolBeingDeleted",
  /** The pool is resizing, so the operation is not allowed. */
  PoolBeingResized: "PoolBeingResized",
  /** Autoscale was enabled on the pool too often in a short time. */
  PoolEnableAutoScaleTooManyRequests: "PoolEnableAutoScaleTooManyRequests",
  /** A pool with that id already exists. */
  PoolExists: "PoolExists",
  /** The pool cannot have its OS version upgraded. */
  PoolNotEligibleForOsVersionUpgrade: "PoolNotEligibleForOsVersionUpgrade",
  /** No pool with that id exists in the account. */
  PoolNotFound: "PoolNotFound",
  /** The account already has as many pools as its quota allows. */
  PoolQuotaReached: "PoolQuotaReached",
  /** The pool already runs the requested OS version. */
  PoolVersionEqualsUpgradeVersion: "PoolVersionEqualsUpgradeVersion",
  /** The request body exceeds the service's size limit. */
  RequestBodyTooLarge: "RequestBodyTooLarge",
  /** The addressed resource does not exist. */
  ResourceNotFound: "ResourceNotFound",
  /** The service is too busy; retry later. */
  ServerBusy: "ServerBusy",
  /** The account's linked storage has no usable key. */
  StorageKeyNotFound: "StorageKeyNotFound",
  /** The task has completed, so the operation is not allowed. */
  TaskCompleted: "TaskCompleted",
  /** The task has dependencies but its job does not use task dependencies. */
  TaskDependenciesNotSpecifiedOnJob: "TaskDependenciesNotSpecifiedOnJob",
  /** The task depends on too many task ids. */
  TaskDependencyListTooLong: "TaskDependencyListTooLong",
  /** The task depends on too many task id ranges. */
  TaskDependencyRangesTooLong: "TaskDependencyRangesTooLong",
  /** A task with that id already exists in the job. */
  TaskExists: "TaskExists",
  /** The file does not exist in the task's directory. */
  TaskFileNotFound: "TaskFileNotFound",
  /** The task id is the id of the job's preparation task. */
  TaskIdSameAsJobPreparationTask: "TaskIdSameAsJobPreparationTask",
  /** The task id is the id of the job's release task. */
  TaskIdSameAsJobReleaseTask: "TaskIdSameAsJobReleaseTask",
  /** No task with that id exists in the job. */
  TaskNotFound: "TaskNotFound",
  /** The account sent too many requests; retry later. */
  TooManyRequests: "TooManyRequests",
  /** The operation is not supported for this resource. */
  UnsupportedOperation: "UnsupportedOperation",
  /** The operation does not accept one of the query parameters. */
  UnsupportedQueryParameter: "UnsupportedQueryParameter",
} as const;

/** An error code listed in {@link BatchErrorCodeStrings}. */
export type BatchErrorCodeString = (typeof BatchErrorCodeStrings)[keyof typeof BatchErrorCodeStrings];
