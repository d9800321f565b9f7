// generated — do not edit. Produced by scripts/surface/generate.ts from scripts/surface/dotnet-16.txt.
/**
 * The Batch .NET 16.x surface azbatch promises, by the naming rule, and its deliberate differences.
 * Members are space-separated azbatch names. `tsc` compiles the type-level checks at the end, so a
 * listed member that leaves a class or interface fails the build as well as the surface test.
 * @module
 */
import type {
  BatchClient,
  PoolOperations,
  JobOperations,
  JobScheduleOperations,
  CertificateOperations,
  ApplicationOperations,
  Utilities,
  TaskStateMonitor,
  CloudPool,
  CloudJob,
  CloudTask,
  CloudJobSchedule,
  Certificate,
  ComputeNode,
  ComputeNodeUser,
  NodeFile,
  StartTask,
  JobManagerTask,
  JobPreparationTask,
  PoolSpecification,
  VirtualMachineConfiguration,
  ResourceFile,
  TaskConstraints,
  ExitConditions,
  ExitOptions,
  AutoPoolSpecification,
  JobPreparationAndReleaseTaskExecutionInformation,
  MultiInstanceSettings,
  FileProperties,
  OutputFileBlobContainerDestination,
  AutoUserSpecification,
  OutputFileUploadOptions,
  ImageReference,
  JobSpecification,
  TaskExecutionInformation,
  BatchPoolIdentity,
  UserAccount,
  AddTaskResult,
  TaskDependencies,
  ODATADetailLevel,
  ExponentialRetry,
  LinearRetry,
  RetryDecision,
  IRetryPolicy,
  OperationContext,
  RequestResult,
  RequestInformation,
  BatchError,
  BatchException,
  ParallelOperationsException,
  AddTaskCollectionTerminatedException,
  BatchSharedKeyCredentials,
  BatchTokenCredentials,
  BatchRequestTimeout,
  FileToStage,
  StagingStorageAccount,
  SequentialFileStagingArtifact,
  IFileStagingProvider,
  IFileStagingArtifact,
} from "../../src/index.js";

/** Type name → kind, instance members (enum keys) and static members; one type a line. */
// prettier-ignore
export const dotnetSurface = {
  BatchClient: {"kind":"class","members":"poolOperations jobOperations jobScheduleOperations certificateOperations applicationOperations utilities customBehaviors close close","statics":"open"},
  PoolOperations: {"kind":"class","members":"customBehaviors createPool getPool listPools deletePool resizePool stopResizePool enableAutoScale disableAutoScale evaluateAutoScale listComputeNodes getComputeNode removeFromPool reboot reimage disableComputeNodeScheduling enableComputeNodeScheduling getRemoteLoginSettings listNodeFiles getNodeFile deleteNodeFile copyNodeFileContentToStream copyNodeFileContentToString createComputeNodeUser deleteComputeNodeUser uploadComputeNodeBatchServiceLogs listPoolUsageMetrics listSupportedImages listPoolNodeCounts listComputeNodeExtensions getComputeNodeExtension","statics":""},
  JobOperations: {"kind":"class","members":"customBehaviors createJob getJob listJobs deleteJob disableJob enableJob terminateJob addTask listTasks getTask deleteTask terminateTask reactivateTask listSubtasks listNodeFiles getNodeFile deleteNodeFile copyNodeFileContentToStream copyNodeFileContentToString listJobPreparationAndReleaseTaskStatus getJobTaskCounts","statics":""},
  JobScheduleOperations: {"kind":"class","members":"customBehaviors createJobSchedule getJobSchedule listJobSchedules deleteJobSchedule disableJobSchedule enableJobSchedule terminateJobSchedule","statics":""},
  CertificateOperations: {"kind":"class","members":"customBehaviors createCertificateFromCer createCertificateFromPfx getCertificate listCertificates deleteCertificate cancelDeleteCertificate","statics":""},
  ApplicationOperations: {"kind":"class","members":"customBehaviors getApplicationSummary listApplicationSummaries","statics":""},
  Utilities: {"kind":"class","members":"customBehaviors createTaskStateMonitor","statics":""},
  TaskStateMonitor: {"kind":"class","members":"customBehaviors whenAll","statics":""},
  CloudPool: {"kind":"class","members":"allocationState allocationStateTransitionTime applicationPackageReferences autoScaleEnabled autoScaleEvaluationInterval autoScaleFormula autoScaleRun certificateReferences creationTime currentDedicatedComputeNodes currentLowPriorityComputeNodes currentNodeCommunicationMode displayName eTag id identity interComputeNodeCommunicationEnabled lastModified metadata mountConfiguration networkConfiguration resizeErrors resizeTimeout resourceTags startTask state stateTransitionTime statistics targetDedicatedComputeNodes targetLowPriorityComputeNodes targetNodeCommunicationMode taskSchedulingPolicy taskSlotsPerNode upgradePolicy url userAccounts virtualMachineConfiguration virtualMachineSize customBehaviors commit commitChanges refresh delete resize stopResize enableAutoScale disableAutoScale evaluateAutoScale listComputeNodes getComputeNode removeFromPool","statics":""},
  CloudJob: {"kind":"class","members":"allowTaskPreemption commonEnvironmentSettings constraints creationTime displayName eTag executionInformation id jobManagerTask jobPreparationTask jobReleaseTask lastModified maxParallelTasks metadata networkConfiguration onAllTasksComplete onTaskFailure poolInformation previousState previousStateTransitionTime priority state stateTransitionTime statistics url usesTaskDependencies customBehaviors commit commitChanges refresh delete disable enable terminate addTask listTasks getTask listJobPreparationAndReleaseTaskStatus getTaskCounts","statics":""},
  CloudTask: {"kind":"class","members":"affinityInformation applicationPackageReferences authenticationTokenSettings commandLine computeNodeInformation constraints containerSettings creationTime dependsOn displayName environmentSettings eTag executionInformation exitConditions filesToStage id lastModified multiInstanceSettings outputFiles previousState previousStateTransitionTime requiredSlots resourceFiles state stateTransitionTime statistics url userIdentity customBehaviors commit refresh delete terminate reactivate listNodeFiles getNodeFile listSubtasks","statics":""},
  CloudJobSchedule: {"kind":"class","members":"creationTime displayName eTag executionInformation id jobSpecification lastModified metadata previousState previousStateTransitionTime schedule state stateTransitionTime statistics url customBehaviors commit commitChanges refresh delete disable enable terminate","statics":""},
  Certificate: {"kind":"class","members":"certificateFormat data password thumbprint thumbprintAlgorithm url state stateTransitionTime previousState previousStateTransitionTime publicData deleteCertificateError customBehaviors commit refresh delete cancelDelete","statics":""},
  ComputeNode: {"kind":"class","members":"id url schedulingState state stateTransitionTime lastBootTime allocationTime ipAddress affinityId virtualMachineSize totalTasksRun totalTasksSucceeded runningTasksCount runningTaskSlotsCount startTaskInformation recentTasks startTask certificateReferences errors isDedicated endpointConfiguration nodeAgentInformation virtualMachineInfo customBehaviors refresh reboot reimage disableScheduling enableScheduling getRemoteLoginSettings listNodeFiles getNodeFile createComputeNodeUser deleteComputeNodeUser uploadComputeNodeBatchServiceLogs listComputeNodeExtensions getComputeNodeExtension removeFromPool start deallocate","statics":""},
  ComputeNodeUser: {"kind":"class","members":"name isAdmin expiryTime password sshPublicKey customBehaviors commit delete","statics":""},
  NodeFile: {"kind":"class","members":"path url isDirectory properties customBehaviors readAsString copyToStream delete refresh","statics":""},
  StartTask: {"kind":"class","members":"commandLine containerSettings environmentSettings maxTaskRetryCount resourceFiles userIdentity waitForSuccess","statics":""},
  JobManagerTask: {"kind":"class","members":"allowLowPriorityNode applicationPackageReferences authenticationTokenSettings commandLine constraints containerSettings displayName environmentSettings id killJobOnCompletion outputFiles requiredSlots resourceFiles runExclusive userIdentity","statics":""},
  JobPreparationTask: {"kind":"class","members":"commandLine constraints containerSettings environmentSettings id rerunOnComputeNodeRebootAfterSuccess resourceFiles userIdentity waitForSuccess","statics":""},
  PoolSpecification: {"kind":"class","members":"applicationPackageReferences autoScaleEnabled autoScaleEvaluationInterval autoScaleFormula certificateReferences displayName interComputeNodeCommunicationEnabled metadata mountConfiguration networkConfiguration resizeTimeout startTask targetDedicatedComputeNodes targetLowPriorityComputeNodes targetNodeCommunicationMode taskSchedulingPolicy taskSlotsPerNode userAccounts virtualMachineConfiguration virtualMachineSize","statics":""},
  VirtualMachineConfiguration: {"kind":"class","members":"containerConfiguration dataDisks diskEncryptionConfiguration extensions imageReference licenseType nodeAgentSkuId nodePlacementConfiguration osDisk windowsConfiguration","statics":""},
  ResourceFile: {"kind":"class","members":"autoStorageContainerName blobPrefix fileMode filePath httpUrl identityReference storageContainerUrl","statics":"fromUrl fromStorageContainerUrl fromAutoStorageContainer"},
  TaskConstraints: {"kind":"class","members":"maxTaskRetryCount maxWallClockTime retentionTime","statics":""},
  ExitConditions: {"kind":"class","members":"default exitCodeRanges exitCodes fileUploadError preProcessingError","statics":""},
  ExitOptions: {"kind":"class","members":"dependencyAction jobAction","statics":""},
  AutoPoolSpecification: {"kind":"class","members":"autoPoolIdPrefix keepAlive poolLifetimeOption poolSpecification","statics":""},
  JobPreparationAndReleaseTaskExecutionInformation: {"kind":"class","members":"computeNodeId computeNodeUrl jobPreparationTaskExecutionInformation jobReleaseTaskExecutionInformation poolId","statics":""},
  MultiInstanceSettings: {"kind":"class","members":"commonResourceFiles coordinationCommandLine numberOfInstances","statics":""},
  FileProperties: {"kind":"class","members":"creationTime fileMode lastModified contentLength contentType","statics":""},
  OutputFileBlobContainerDestination: {"kind":"class","members":"containerUrl identityReference path uploadHeaders","statics":""},
  AutoUserSpecification: {"kind":"class","members":"elevationLevel scope","statics":""},
  OutputFileUploadOptions: {"kind":"class","members":"uploadCondition","statics":""},
  ImageReference: {"kind":"class","members":"exactVersion offer publisher sku version virtualMachineImageId","statics":""},
  JobSpecification: {"kind":"class","members":"commonEnvironmentSettings constraints displayName jobManagerTask jobPreparationTask jobReleaseTask maxParallelTasks metadata networkConfiguration onAllTasksComplete onTaskFailure poolInformation priority usesTaskDependencies","statics":""},
  TaskExecutionInformation: {"kind":"class","members":"containerInformation endTime exitCode failureInformation lastRequeueTime lastRetryTime requeueCount result retryCount startTime","statics":""},
  BatchPoolIdentity: {"kind":"class","members":"type userAssignedIdentities","statics":""},
  UserAccount: {"kind":"class","members":"elevationLevel linuxUserConfiguration name password windowsUserConfiguration","statics":""},
  AddTaskResult: {"kind":"interface","members":"error eTag lastModified location status taskId","statics":""},
  TaskDependencies: {"kind":"class","members":"taskIdRanges taskIds","statics":"onId onIds onIdRange onTasks"},
  ODATADetailLevel: {"kind":"class","members":"filterClause selectClause expandClause","statics":""},
  RetryPolicyProvider: {"kind":"static","members":"","statics":"exponentialRetryProvider linearRetryProvider noRetryProvider"},
  ExponentialRetry: {"kind":"class","members":"deltaBackoff maximumRetries maxBackoff shouldRetry","statics":""},
  LinearRetry: {"kind":"class","members":"deltaBackoff maximumRetries shouldRetry","statics":""},
  RetryDecision: {"kind":"class","members":"shouldRetry retryDelay","statics":"noRetry retryWithDelay"},
  IRetryPolicy: {"kind":"interface","members":"shouldRetry","statics":""},
  OperationContext: {"kind":"class","members":"requestResults","statics":""},
  RequestResult: {"kind":"class","members":"requestInformation exception","statics":""},
  RequestInformation: {"kind":"interface","members":"batchError clientRequestId httpStatusCode httpStatusMessage serviceRequestId retryAfter","statics":""},
  BatchError: {"kind":"interface","members":"code message values","statics":""},
  BatchException: {"kind":"class","members":"requestInformation","statics":""},
  ParallelOperationsException: {"kind":"class","members":"innerExceptions","statics":""},
  AddTaskCollectionTerminatedException: {"kind":"class","members":"addTaskResult","statics":""},
  BatchSharedKeyCredentials: {"kind":"class","members":"accountName baseUrl keyValue","statics":""},
  BatchTokenCredentials: {"kind":"class","members":"baseUrl tokenProvider","statics":""},
  BatchRequestTimeout: {"kind":"class","members":"serverTimeout clientTimeout","statics":""},
  FileToStage: {"kind":"class","members":"localFileToStage nodeFileName stagedFiles stageFiles createStagingArtifact validate","statics":""},
  StagingStorageAccount: {"kind":"class","members":"storageAccount blobEndpoint blobUri","statics":""},
  SequentialFileStagingArtifact: {"kind":"class","members":"blobContainerCreated namingFragment","statics":""},
  IFileStagingProvider: {"kind":"interface","members":"stagedFiles stageFiles createStagingArtifact validate","statics":""},
  IFileStagingArtifact: {"kind":"interface","members":"namingFragment","statics":""},
  Constants: {"kind":"static","members":"","statics":"standardOutFileName standardErrorFileName defaultConveniencePrefix maxTasksInSingleAddTaskCollectionRequest defaultSingleRestRequestClientTimeout defaultLongRestRequestClientTimeout"},
  TaskState: {"kind":"enum","members":"Active Preparing Running Completed","statics":""},
  JobState: {"kind":"enum","members":"Active Disabling Disabled Enabling Terminating Completed Deleting","statics":""},
  JobScheduleState: {"kind":"enum","members":"Active Completed Disabled Terminating Deleting","statics":""},
  PoolState: {"kind":"enum","members":"Active Deleting","statics":""},
  AllocationState: {"kind":"enum","members":"Steady Resizing Stopping","statics":""},
  ComputeNodeState: {"kind":"enum","members":"Idle Rebooting Reimaging Running Unusable Creating Starting WaitingForStartTask StartTaskFailed Unknown LeavingPool Offline Preempted UpgradingOS Deallocated Deallocating","statics":""},
  SchedulingState: {"kind":"enum","members":"Enabled Disabled","statics":""},
  TaskExecutionResult: {"kind":"enum","members":"Success Failure","statics":""},
  ElevationLevel: {"kind":"enum","members":"NonAdmin Admin","statics":""},
  AutoUserScope: {"kind":"enum","members":"Task Pool","statics":""},
  CertificateVisibility: {"kind":"enum","members":"None StartTask Task RemoteUser","statics":""},
  CertStoreLocation: {"kind":"enum","members":"CurrentUser LocalMachine","statics":""},
  CertificateState: {"kind":"enum","members":"Active Deleting DeleteFailed","statics":""},
  CertificateFormat: {"kind":"enum","members":"Pfx Cer","statics":""},
  OnAllTasksComplete: {"kind":"enum","members":"NoAction TerminateJob","statics":""},
  OnTaskFailure: {"kind":"enum","members":"NoAction PerformExitOptionsJobAction","statics":""},
  DependencyAction: {"kind":"enum","members":"Satisfy Block","statics":""},
  JobAction: {"kind":"enum","members":"None Disable Terminate","statics":""},
  ComputeNodeFillType: {"kind":"enum","members":"Spread Pack","statics":""},
  OutputFileUploadCondition: {"kind":"enum","members":"TaskSuccess TaskFailure TaskCompletion","statics":""},
  StorageAccountType: {"kind":"enum","members":"StandardLrs PremiumLrs StandardSSDLRS","statics":""},
  ComputeNodeDeallocationOption: {"kind":"enum","members":"Requeue Terminate TaskCompletion RetainedData","statics":""},
  ComputeNodeRebootOption: {"kind":"enum","members":"Requeue Terminate TaskCompletion RetainedData","statics":""},
  ComputeNodeReimageOption: {"kind":"enum","members":"Requeue Terminate TaskCompletion RetainedData","statics":""},
  DisableJobOption: {"kind":"enum","members":"Requeue Terminate Wait","statics":""},
  DisableComputeNodeSchedulingOption: {"kind":"enum","members":"Requeue Terminate TaskCompletion","statics":""},
  JobPreparationTaskState: {"kind":"enum","members":"Running Completed","statics":""},
  JobReleaseTaskState: {"kind":"enum","members":"Running Completed","statics":""},
  ErrorCategory: {"kind":"enum","members":"UserError ServerError","statics":""},
  ContainerWorkingDirectory: {"kind":"enum","members":"TaskWorkingDirectory ContainerImageDefault","statics":""},
  CachingType: {"kind":"enum","members":"None ReadOnly ReadWrite","statics":""},
  NodeCommunicationMode: {"kind":"enum","members":"Default Classic Simplified","statics":""},
  ComputeNodeUserCommitSemantics: {"kind":"enum","members":"AddUser UpdateUser","statics":""},
  AddTaskResultStatus: {"kind":"enum","members":"Success Retry","statics":""},
  PoolLifetimeOption: {"kind":"enum","members":"JobSchedule Job","statics":""},
  AddTaskStatus: {"kind":"enum","members":"Success ClientError ServerError","statics":""},
} as const;

/** The deliberate differences (also listed in docs/porting-from-dotnet.md). */
export const dotnetSurfaceExceptions: readonly {
  readonly dotnet: string;
  readonly difference: "absent" | "renamed" | "shaped";
  readonly azbatch?: string;
  readonly why: string;
}[] = [
  {
    dotnet: "BatchClient.Dispose",
    difference: "renamed",
    azbatch: "close",
    why: "JavaScript has no IDisposable; close() is the one way to release the client, as Close() is in .NET",
  },
  {
    dotnet: "StagingStorageAccount.StorageAccountKey",
    difference: "absent",
    why: "the key is a secret; once given it stays unreadable so that it cannot reach logs, JSON or error messages",
  },
  {
    dotnet: "TaskStateMonitor.WhenAll",
    difference: "shaped",
    azbatch: "whenAll",
    why: "takes a timeout in milliseconds or an options object with an AbortSignal where .NET has a TimeSpan or a CancellationToken, and any iterable or async iterable of tasks",
  },
  {
    dotnet: "ExponentialRetry.DeltaBackoff",
    difference: "shaped",
    azbatch: "deltaBackoff",
    why: "a number of milliseconds (TimeSpan)",
  },
  {
    dotnet: "LinearRetry.DeltaBackoff",
    difference: "shaped",
    azbatch: "deltaBackoff",
    why: "a number of milliseconds (TimeSpan)",
  },
  {
    dotnet: "CertificateVisibility.None",
    difference: "shaped",
    azbatch: "None",
    why: "CertificateVisibility is a list of values, not a [Flags] enum; None is sent as an empty list",
  },
  {
    dotnet: "CloudPool.ApplicationLicenses",
    difference: "absent",
    why: "the 2024-07-01 contract azbatch speaks has no applicationLicenses field, so there is nothing to send or read",
  },
  {
    dotnet: "CloudPool.CloudServiceConfiguration",
    difference: "absent",
    why: "cloud service pools are retired and the 2024-07-01 contract has no cloudServiceConfiguration; use VirtualMachineConfiguration",
  },
  {
    dotnet: "PoolSpecification.ApplicationLicenses",
    difference: "absent",
    why: "as CloudPool.ApplicationLicenses",
  },
  {
    dotnet: "PoolSpecification.CloudServiceConfiguration",
    difference: "absent",
    why: "as CloudPool.CloudServiceConfiguration",
  },
];

/** The names of a space-separated member list. */
type Names<S extends string, Found = never> = S extends `${infer Head} ${infer Tail}`
  ? Names<Tail, Found | Head>
  : Found | S;
/** The listed members of one type. */
type Members<N extends keyof typeof dotnetSurface> = Names<(typeof dotnetSurface)[N]["members"]>;
/** azbatch's type for each listed class or interface. */
interface Typed {
  BatchClient: BatchClient;
  PoolOperations: PoolOperations;
  JobOperations: JobOperations;
  JobScheduleOperations: JobScheduleOperations;
  CertificateOperations: CertificateOperations;
  ApplicationOperations: ApplicationOperations;
  Utilities: Utilities;
  TaskStateMonitor: TaskStateMonitor;
  CloudPool: CloudPool;
  CloudJob: CloudJob;
  CloudTask: CloudTask;
  CloudJobSchedule: CloudJobSchedule;
  Certificate: Certificate;
  ComputeNode: ComputeNode;
  ComputeNodeUser: ComputeNodeUser;
  NodeFile: NodeFile;
  StartTask: StartTask;
  JobManagerTask: JobManagerTask;
  JobPreparationTask: JobPreparationTask;
  PoolSpecification: PoolSpecification;
  VirtualMachineConfiguration: VirtualMachineConfiguration;
  ResourceFile: ResourceFile;
  TaskConstraints: TaskConstraints;
  ExitConditions: ExitConditions;
  ExitOptions: ExitOptions;
  AutoPoolSpecification: AutoPoolSpecification;
  JobPreparationAndReleaseTaskExecutionInformation: JobPreparationAndReleaseTaskExecutionInformation;
  MultiInstanceSettings: MultiInstanceSettings;
  FileProperties: FileProperties;
  OutputFileBlobContainerDestination: OutputFileBlobContainerDestination;
  AutoUserSpecification: AutoUserSpecification;
  OutputFileUploadOptions: OutputFileUploadOptions;
  ImageReference: ImageReference;
  JobSpecification: JobSpecification;
  TaskExecutionInformation: TaskExecutionInformation;
  BatchPoolIdentity: BatchPoolIdentity;
  UserAccount: UserAccount;
  AddTaskResult: AddTaskResult;
  TaskDependencies: TaskDependencies;
  ODATADetailLevel: ODATADetailLevel;
  ExponentialRetry: ExponentialRetry;
  LinearRetry: LinearRetry;
  RetryDecision: RetryDecision;
  IRetryPolicy: IRetryPolicy;
  OperationContext: OperationContext;
  RequestResult: RequestResult;
  RequestInformation: RequestInformation;
  BatchError: BatchError;
  BatchException: BatchException;
  ParallelOperationsException: ParallelOperationsException;
  AddTaskCollectionTerminatedException: AddTaskCollectionTerminatedException;
  BatchSharedKeyCredentials: BatchSharedKeyCredentials;
  BatchTokenCredentials: BatchTokenCredentials;
  BatchRequestTimeout: BatchRequestTimeout;
  FileToStage: FileToStage;
  StagingStorageAccount: StagingStorageAccount;
  SequentialFileStagingArtifact: SequentialFileStagingArtifact;
  IFileStagingProvider: IFileStagingProvider;
  IFileStagingArtifact: IFileStagingArtifact;
}
/** `Type.member` for each listed member its type lacks. */
type Missing = { [N in keyof Typed]: `${N}.${Exclude<Members<N>, keyof Typed[N]> & string}` }[keyof Typed];
/** Compiles only when nothing is missing; the error names what is. */
type NoneMissing<T extends never> = T;
/** Type-level checks of the listed class and interface members. */
export type TypeLevelChecks = NoneMissing<Missing>;
