/**
 * `BatchErrorCodeStrings`: the error codes the Batch service puts in `BatchError.code`, named and
 * valued as Batch .NET's `Microsoft.Azure.Batch.Common.BatchErrorCodeStrings` (16.x), for comparisons
 * such as `error.requestInformation.batchError?.code === BatchErrorCodeStrings.PoolExists`.
 *
 * This table is the source: it was taken member by member from Batch .NET, and
 * `test/unit/objectmodel/batch-error-code-strings.test.ts` checks it against the codes the REST
 * contract and the recorded service responses show, and against every code the local service sends.
 * @module
 */

/**
 * Error codes of the Batch service (Batch .NET `BatchErrorCodeStrings`). Each value equals its name
 * except `AutoScaleTooManyRequestsToEnable` and `CertificateStateDeleteFailed`, as in Batch .NET.
 */
export const BatchErrorCodeStrings = {
  /** The Batch account is disabled. */
  AccountIsDisabled: "AccountIsDisabled",
  /** The account already has as many active jobs and job schedules as its quota allows. */
  ActiveJobAndScheduleQuotaReached: "ActiveJobAndScheduleQuotaReached",
  /** No application with that id exists in the account. */
  ApplicationNotFound: "ApplicationNotFound",
  /** The autoscale formula does not parse. */
  AutoScalingFormulaSyntaxError: "AutoScalingFormulaSyntaxError",
  /** The autoscale formula is longer than the service allows. */
  AutoScaleFormulaTooLong: "AutoScaleFormulaTooLong",
  /** Autoscale was enabled on the pool too recently; wait before enabling it again. */
  AutoScaleTooManyRequestsToEnable: "TooManyEnableAutoScaleRequests",
  /** The certificate is being deleted, so the operation is not allowed. */
  CertificateBeingDeleted: "CertificateBeingDeleted",
  /** A certificate with that thumbprint already exists. */
  CertificateExists: "CertificateExists",
  /** No certificate with that thumbprint exists in the account. */
  CertificateNotFound: "CertificateNotFound",
  /** The operation is not allowed while the certificate is active. */
  CertificateStateActive: "CertificateStateActive",
  /** Deleting the certificate failed because something still uses it. */
  CertificateStateDeleteFailed: "CertificateDeleteFailed",
  /** The file does not exist on the node or in the task's directory. */
  FileNotFound: "FileNotFound",
  /** An application package reference names a missing or inactive application or version, or one without a default version. */
  InvalidApplicationPackageReferences: "InvalidApplicationPackageReferences",
  /** A certificate reference names a certificate the account does not have. */
  InvalidCertificateReferences: "InvalidCertificateReferences",
  /** A job or task constraint is out of range. */
  InvalidConstraintValue: "InvalidConstraintValue",
  /** The REST API used does not fit the account's settings. */
  InvalidRestAPIForAccountSetting: "InvalidRestAPIForAccountSetting",
  /** The job is being deleted, so the operation is not allowed. */
  JobBeingDeleted: "JobBeingDeleted",
  /** The job is being terminated, so the operation is not allowed. */
  JobBeingTerminated: "JobBeingTerminated",
  /** The job has completed, so the operation is not allowed. */
  JobCompleted: "JobCompleted",
  /** The operation needs an active job. */
  JobNotActive: "JobNotActive",
  /** A job with that id already exists. */
  JobExists: "JobExists",
  /** The job preparation task has not run on the node. */
  JobPreparationTaskNotRunOnNode: "JobPreparationTaskNotRunOnNode",
  /** The job has no job preparation task. */
  JobPreparationTaskNotSpecified: "JobPreparationTaskNotSpecified",
  /** The job release task has not run on the node. */
  JobReleaseTaskNotRunOnNode: "JobReleaseTaskNotRunOnNode",
  /** The job has no job release task. */
  JobReleaseTaskNotSpecified: "JobReleaseTaskNotSpecified",
  /** No job with that id exists in the account. */
  JobNotFound: "JobNotFound",
  /** Reading or writing a resource of the account failed. */
  IOError: "IOError",
  /** The resource's current state does not allow the operation. */
  OperationInvalidForCurrentState: "OperationInvalidForCurrentState",
  /** The requested guest OS version is disabled. */
  OSVersionDisabled: "OSVersionDisabled",
  /** The requested guest OS version has expired. */
  OSVersionExpired: "OSVersionExpired",
  /** The requested guest OS version does not exist. */
  OSVersionNotFound: "OSVersionNotFound",
  /** The job priority lies outside -1000…1000. */
  OutOfRangePriority: "OutOfRangePriority",
  /** The file path does not exist on the node. */
  PathNotFound: "PathNotFound",
  /** The pool is being deleted, so the operation is not allowed. */
  PoolBeingDeleted: "PoolBeingDeleted",
  /** The pool is resizing, so the operation is not allowed. */
  PoolBeingResized: "PoolBeingResized",
  /** The pool is still being created, so the operation is not allowed. */
  PoolBeingCreated: "PoolBeingCreated",
  /** A pool with that id already exists. */
  PoolExists: "PoolExists",
  /** The pool cannot have its OS version upgraded. */
  PoolNotEligibleForOSVersionUpgrade: "PoolNotEligibleForOSVersionUpgrade",
  /** No pool with that id exists in the account. */
  PoolNotFound: "PoolNotFound",
  /** The account already has as many pools as its quota allows. */
  PoolQuotaReached: "PoolQuotaReached",
  /** The pool already runs the requested OS version. */
  PoolVersionEqualsUpgradeVersion: "PoolVersionEqualsUpgradeVersion",
  /** The storage account the request needs was not found. */
  StorageAccountNotFound: "StorageAccountNotFound",
  /** The task has completed, so the operation is not allowed. */
  TaskCompleted: "TaskCompleted",
  /** The task has dependencies but its job does not use task dependencies. */
  TaskDependenciesNotSpecifiedOnJob: "TaskDependenciesNotSpecifiedOnJob",
  /** The task depends on too many task ids to store. */
  TaskDependencyListTooLong: "TaskDependencyListTooLong",
  /** The task depends on too many task id ranges to store. */
  TaskDependencyRangesTooLong: "TaskDependencyRangesTooLong",
  /** The task's files are no longer available (for example, their retention time has passed). */
  TaskFilesUnavailable: "TaskFilesUnavailable",
  /** The task's files have been cleaned up. */
  TaskFilesCleanedup: "TaskFilesCleanedup",
  /** A task with that id already exists in the job. */
  TaskExists: "TaskExists",
  /** The task id is the id of the job's preparation task. */
  TaskIdSameAsJobPreparationTask: "TaskIdSameAsJobPreparationTask",
  /** The task id is the id of the job's release task. */
  TaskIdSameAsJobReleaseTask: "TaskIdSameAsJobReleaseTask",
  /** No task with that id exists in the job. */
  TaskNotFound: "TaskNotFound",
  /** The node is still being created, so the operation is not allowed. */
  NodeBeingCreated: "NodeBeingCreated",
  /** The node is starting, so the operation is not allowed. */
  NodeBeingStarted: "NodeBeingStarted",
  /** The node is rebooting, so the operation is not allowed. */
  NodeBeingRebooted: "NodeBeingRebooted",
  /** The node is being reimaged, so the operation is not allowed. */
  NodeBeingReimaged: "NodeBeingReimaged",
  /** The node counts in the request do not agree. */
  NodeCountsMismatch: "NodeCountsMismatch",
  /** No node with that id exists in the pool. */
  NodeNotFound: "NodeNotFound",
  /** The node is unusable, so the operation is not allowed. */
  NodeStateUnusable: "NodeStateUnusable",
  /** A user with that name already exists on the node. */
  NodeUserExists: "NodeUserExists",
  /** No user with that name exists on the node. */
  NodeUserNotFound: "NodeUserNotFound",
  /** The node's scheduling is already in the requested state. */
  NodeAlreadyInTargetSchedulingState: "NodeAlreadyInTargetSchedulingState",
  /** A job or task constraint is not supported. */
  UnsupportedConstraint: "UnsupportedConstraint",
  /** The service does not support the requested api-version. */
  UnsupportedRequestVersion: "UnsupportedRequestVersion",
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
  /** The job is disabled, so the operation is not allowed. */
  JobDisabled: "JobDisabled",
  /** A job with the schedule's id exists; jobs and schedules cannot share an id. */
  JobWithSameIdExists: "JobWithSameIdExists",
  /** A job schedule with the job's id exists; jobs and schedules cannot share an id. */
  JobScheduleWithSameIdExists: "JobScheduleWithSameIdExists",
  /** The request's credentials were rejected. */
  AuthenticationFailed: "AuthenticationFailed",
  /** A conditional header (If-Match, If-Modified-Since…) did not hold. */
  ConditionNotMet: "ConditionNotMet",
  /** A metadata item has an empty name. */
  EmptyMetadataKey: "EmptyMetadataKey",
  /** The request does not say which host it is for. */
  HostInformationNotPresent: "HostInformationNotPresent",
  /** The account is not allowed to perform the operation. */
  InsufficientAccountPermissions: "InsufficientAccountPermissions",
  /** The service failed internally; the request may succeed when retried. */
  InternalError: "InternalError",
  /** The credentials are not in the expected format. */
  InvalidAuthenticationInfo: "InvalidAuthenticationInfo",
  /** The autoscale settings are not valid together. */
  InvalidAutoScalingSettings: "InvalidAutoScalingSettings",
  /** A request header has a value the service does not accept. */
  InvalidHeaderValue: "InvalidHeaderValue",
  /** The service does not know the HTTP method. */
  InvalidHttpVerb: "InvalidHttpVerb",
  /** One of the request's inputs is not valid. */
  InvalidInput: "InvalidInput",
  /** A metadata item holds characters that are not allowed. */
  InvalidMetadata: "InvalidMetadata",
  /** A property in the request body has a value the service does not accept. */
  InvalidPropertyValue: "InvalidPropertyValue",
  /** The request body is malformed. */
  InvalidRequestBody: "InvalidRequestBody",
  /** A query parameter has a value the service does not accept. */
  InvalidQueryParameterValue: "InvalidQueryParameterValue",
  /** The requested byte range does not fit the file. */
  InvalidRange: "InvalidRange",
  /** The request URL is malformed. */
  InvalidUri: "InvalidUri",
  /** The metadata is larger than the service allows. */
  MetadataTooLarge: "MetadataTooLarge",
  /** The request has no Content-Length header. */
  MissingContentLengthHeader: "MissingContentLengthHeader",
  /** A required request header is missing. */
  MissingRequiredHeader: "MissingRequiredHeader",
  /** A required property is missing from the request body. */
  MissingRequiredProperty: "MissingRequiredProperty",
  /** A required query parameter is missing. */
  MissingRequiredQueryParameter: "MissingRequiredQueryParameter",
  /** The request combines conditional headers the service does not accept together. */
  MultipleConditionHeadersNotSupported: "MultipleConditionHeadersNotSupported",
  /** The service does not implement the operation. */
  NotImplemented: "NotImplemented",
  /** One of the request's inputs is out of range. */
  OutOfRangeInput: "OutOfRangeInput",
  /** A query parameter is out of range. */
  OutOfRangeQueryParameterValue: "OutOfRangeQueryParameterValue",
  /** The service did not finish the operation in time. */
  OperationTimedOut: "OperationTimedOut",
  /** The request body exceeds the service's size limit. */
  RequestBodyTooLarge: "RequestBodyTooLarge",
  /** The service could not parse the request URL. */
  RequestUrlFailedToParse: "RequestUrlFailedToParse",
  /** The addressed resource does not exist. */
  ResourceNotFound: "ResourceNotFound",
  /** The resource already exists. */
  ResourceAlreadyExists: "ResourceAlreadyExists",
  /** The resource is not of the expected type. */
  ResourceTypeMismatch: "ResourceTypeMismatch",
  /** The service is too busy; retry later. */
  ServerBusy: "ServerBusy",
  /** The service does not support one of the request headers. */
  UnsupportedHeader: "UnsupportedHeader",
  /** The resource does not support the HTTP method. */
  UnsupportedHttpVerb: "UnsupportedHttpVerb",
  /** The service does not support the HTTP version. */
  UnsupportedHttpVersion: "UnsupportedHttpVersion",
  /** The service does not support one of the body's properties. */
  UnsupportedProperty: "UnsupportedProperty",
  /** The operation does not accept one of the query parameters. */
  UnsupportedQueryParameter: "UnsupportedQueryParameter",
} as const;

/** An error code listed in {@link BatchErrorCodeStrings}. */
export type BatchErrorCodeString = (typeof BatchErrorCodeStrings)[keyof typeof BatchErrorCodeStrings];
