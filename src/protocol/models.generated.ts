// generated — do not edit. Produced by scripts/codegen from BatchService.json (api-version 2024-07-01.20.0): wire models.

/** Wire shape of the `AccountListSupportedImagesResult` definition. */
export interface AccountListSupportedImagesResult {
  /** Wire property `value` (array). */
  value?: ImageInformation[];
  /** Wire property `odata.nextLink` (string). */
  "odata.nextLink"?: string;
}

/** Wire shape of the `AffinityInformation` definition. */
export interface AffinityInformation {
  /** Wire property `affinityId` (string, required). */
  affinityId: string;
}

/** Wire shape of the `ApplicationListResult` definition. */
export interface ApplicationListResult {
  /** Wire property `value` (array). */
  value?: ApplicationSummary[];
  /** Wire property `odata.nextLink` (string). */
  "odata.nextLink"?: string;
}

/** Wire shape of the `ApplicationPackageReference` definition. */
export interface ApplicationPackageReference {
  /** Wire property `applicationId` (string, required). */
  applicationId: string;
  /** Wire property `version` (string). */
  version?: string;
}

/** Wire shape of the `ApplicationSummary` definition. */
export interface ApplicationSummary {
  /** Wire property `id` (string, required). */
  id: string;
  /** Wire property `displayName` (string, required). */
  displayName: string;
  /** Wire property `versions` (array, required). */
  versions: string[];
}

/** Wire shape of the `AuthenticationTokenSettings` definition. */
export interface AuthenticationTokenSettings {
  /** Wire property `access` (array). */
  access?: AccessScope[];
}

/** Wire shape of the `AutoPoolSpecification` definition. */
export interface AutoPoolSpecification {
  /** Wire property `autoPoolIdPrefix` (string). */
  autoPoolIdPrefix?: string;
  /** Wire property `poolLifetimeOption` (string, required). */
  poolLifetimeOption: PoolLifetimeOption;
  /** Wire property `keepAlive` (boolean). */
  keepAlive?: boolean;
  /** Wire property `pool` (PoolSpecification). */
  pool?: PoolSpecification;
}

/** Wire shape of the `AutoScaleRun` definition. */
export interface AutoScaleRun {
  /** Wire property `timestamp` (string, date-time, required). */
  timestamp: string;
  /** Wire property `results` (string). */
  results?: string;
  /** Wire property `error` (AutoScaleRunError). */
  error?: AutoScaleRunError;
}

/** Wire shape of the `AutoScaleRunError` definition. */
export interface AutoScaleRunError {
  /** Wire property `code` (string). */
  code?: string;
  /** Wire property `message` (string). */
  message?: string;
  /** Wire property `values` (array). */
  values?: NameValuePair[];
}

/** Wire shape of the `AutoUserSpecification` definition. */
export interface AutoUserSpecification {
  /** Wire property `scope` (string). */
  scope?: AutoUserScope;
  /** Wire property `elevationLevel` (ElevationLevel). */
  elevationLevel?: ElevationLevel;
}

/** Wire shape of the `AutomaticOSUpgradePolicy` definition. */
export interface AutomaticOSUpgradePolicy {
  /** Wire property `disableAutomaticRollback` (boolean). */
  disableAutomaticRollback?: boolean;
  /** Wire property `enableAutomaticOSUpgrade` (boolean). */
  enableAutomaticOSUpgrade?: boolean;
  /** Wire property `useRollingUpgradePolicy` (boolean). */
  useRollingUpgradePolicy?: boolean;
  /** Wire property `osRollingUpgradeDeferral` (boolean). */
  osRollingUpgradeDeferral?: boolean;
}

/** Wire shape of the `AzureBlobFileSystemConfiguration` definition. */
export interface AzureBlobFileSystemConfiguration {
  /** Wire property `accountName` (string, required). */
  accountName: string;
  /** Wire property `containerName` (string, required). */
  containerName: string;
  /** Wire property `accountKey` (string). */
  accountKey?: string;
  /** Wire property `sasKey` (string). */
  sasKey?: string;
  /** Wire property `blobfuseOptions` (string). */
  blobfuseOptions?: string;
  /** Wire property `relativeMountPath` (string, required). */
  relativeMountPath: string;
  /** Wire property `identityReference` (ComputeNodeIdentityReference). */
  identityReference?: ComputeNodeIdentityReference;
}

/** Wire shape of the `AzureFileShareConfiguration` definition. */
export interface AzureFileShareConfiguration {
  /** Wire property `accountName` (string, required). */
  accountName: string;
  /** Wire property `azureFileUrl` (string, required). */
  azureFileUrl: string;
  /** Wire property `accountKey` (string, required). */
  accountKey: string;
  /** Wire property `relativeMountPath` (string, required). */
  relativeMountPath: string;
  /** Wire property `mountOptions` (string). */
  mountOptions?: string;
}

/** Wire shape of the `BatchError` definition. */
export interface BatchError {
  /** Wire property `code` (string). */
  code?: string;
  /** Wire property `message` (ErrorMessage). */
  message?: ErrorMessage;
  /** Wire property `values` (array). */
  values?: BatchErrorDetail[];
}

/** Wire shape of the `BatchErrorDetail` definition. */
export interface BatchErrorDetail {
  /** Wire property `key` (string). */
  key?: string;
  /** Wire property `value` (string). */
  value?: string;
}

/** Wire shape of the `BatchPoolIdentity` definition. */
export interface BatchPoolIdentity {
  /** Wire property `type` (string, required). */
  type: PoolIdentityType;
  /** Wire property `userAssignedIdentities` (array). */
  userAssignedIdentities?: UserAssignedIdentity[];
}

/** Wire shape of the `CIFSMountConfiguration` definition. */
export interface CIFSMountConfiguration {
  /** Wire property `username` (string, required). */
  username: string;
  /** Wire property `source` (string, required). */
  source: string;
  /** Wire property `relativeMountPath` (string, required). */
  relativeMountPath: string;
  /** Wire property `mountOptions` (string). */
  mountOptions?: string;
  /** Wire property `password` (string, required). */
  password: string;
}

/** Values of the `CachingType` definition. */
export type CachingType = "none" | "readonly" | "readwrite";

/** Wire shape of the `Certificate` definition. */
export interface Certificate {
  /** Wire property `thumbprint` (string). */
  thumbprint?: string;
  /** Wire property `thumbprintAlgorithm` (string). */
  thumbprintAlgorithm?: string;
  /** Wire property `url` (string). */
  url?: string;
  /** Wire property `state` (CertificateState). */
  state?: CertificateState;
  /** Wire property `stateTransitionTime` (string, date-time). */
  stateTransitionTime?: string;
  /** Wire property `previousState` (CertificateState). */
  previousState?: CertificateState;
  /** Wire property `previousStateTransitionTime` (string, date-time). */
  previousStateTransitionTime?: string;
  /** Wire property `publicData` (string). */
  publicData?: string;
  /** Wire property `deleteCertificateError` (DeleteCertificateError). */
  deleteCertificateError?: DeleteCertificateError;
}

/** Wire shape of the `CertificateAddParameter` definition. */
export interface CertificateAddParameter {
  /** Wire property `thumbprint` (string, required). */
  thumbprint: string;
  /** Wire property `thumbprintAlgorithm` (string, required). */
  thumbprintAlgorithm: string;
  /** Wire property `data` (string, required). */
  data: string;
  /** Wire property `certificateFormat` (string). */
  certificateFormat?: CertificateFormat;
  /** Wire property `password` (string). */
  password?: string;
}

/** Wire shape of the `CertificateListResult` definition. */
export interface CertificateListResult {
  /** Wire property `value` (array). */
  value?: Certificate[];
  /** Wire property `odata.nextLink` (string). */
  "odata.nextLink"?: string;
}

/** Wire shape of the `CertificateReference` definition. */
export interface CertificateReference {
  /** Wire property `thumbprint` (string, required). */
  thumbprint: string;
  /** Wire property `thumbprintAlgorithm` (string, required). */
  thumbprintAlgorithm: string;
  /** Wire property `storeLocation` (string). */
  storeLocation?: CertificateStoreLocation;
  /** Wire property `storeName` (string). */
  storeName?: string;
  /** Wire property `visibility` (array). */
  visibility?: CertificateVisibility[];
}

/** Values of the `CertificateState` definition. */
export type CertificateState = "active" | "deleting" | "deletefailed";

/** Wire shape of the `CloudJob` definition. */
export interface CloudJob {
  /** Wire property `id` (string). */
  id?: string;
  /** Wire property `displayName` (string). */
  displayName?: string;
  /** Wire property `usesTaskDependencies` (boolean). */
  usesTaskDependencies?: boolean;
  /** Wire property `url` (string). */
  url?: string;
  /** Wire property `eTag` (string). */
  eTag?: string;
  /** Wire property `lastModified` (string, date-time). */
  lastModified?: string;
  /** Wire property `creationTime` (string, date-time). */
  creationTime?: string;
  /** Wire property `state` (JobState). */
  state?: JobState;
  /** Wire property `stateTransitionTime` (string, date-time). */
  stateTransitionTime?: string;
  /** Wire property `previousState` (JobState). */
  previousState?: JobState;
  /** Wire property `previousStateTransitionTime` (string, date-time). */
  previousStateTransitionTime?: string;
  /** Wire property `priority` (integer, int32). */
  priority?: number;
  /** Wire property `allowTaskPreemption` (boolean). */
  allowTaskPreemption?: boolean;
  /** Wire property `maxParallelTasks` (integer, int32). */
  maxParallelTasks?: number;
  /** Wire property `constraints` (JobConstraints). */
  constraints?: JobConstraints;
  /** Wire property `jobManagerTask` (JobManagerTask). */
  jobManagerTask?: JobManagerTask;
  /** Wire property `jobPreparationTask` (JobPreparationTask). */
  jobPreparationTask?: JobPreparationTask;
  /** Wire property `jobReleaseTask` (JobReleaseTask). */
  jobReleaseTask?: JobReleaseTask;
  /** Wire property `commonEnvironmentSettings` (array). */
  commonEnvironmentSettings?: EnvironmentSetting[];
  /** Wire property `poolInfo` (PoolInformation). */
  poolInfo?: PoolInformation;
  /** Wire property `onAllTasksComplete` (OnAllTasksComplete). */
  onAllTasksComplete?: OnAllTasksComplete;
  /** Wire property `onTaskFailure` (OnTaskFailure). */
  onTaskFailure?: OnTaskFailure;
  /** Wire property `networkConfiguration` (JobNetworkConfiguration). */
  networkConfiguration?: JobNetworkConfiguration;
  /** Wire property `metadata` (array). */
  metadata?: MetadataItem[];
  /** Wire property `executionInfo` (JobExecutionInformation). */
  executionInfo?: JobExecutionInformation;
  /** Wire property `stats` (JobStatistics). */
  stats?: JobStatistics;
}

/** Wire shape of the `CloudJobListPreparationAndReleaseTaskStatusResult` definition. */
export interface CloudJobListPreparationAndReleaseTaskStatusResult {
  /** Wire property `value` (array). */
  value?: JobPreparationAndReleaseTaskExecutionInformation[];
  /** Wire property `odata.nextLink` (string). */
  "odata.nextLink"?: string;
}

/** Wire shape of the `CloudJobListResult` definition. */
export interface CloudJobListResult {
  /** Wire property `value` (array). */
  value?: CloudJob[];
  /** Wire property `odata.nextLink` (string). */
  "odata.nextLink"?: string;
}

/** Wire shape of the `CloudJobSchedule` definition. */
export interface CloudJobSchedule {
  /** Wire property `id` (string). */
  id?: string;
  /** Wire property `displayName` (string). */
  displayName?: string;
  /** Wire property `url` (string). */
  url?: string;
  /** Wire property `eTag` (string). */
  eTag?: string;
  /** Wire property `lastModified` (string, date-time). */
  lastModified?: string;
  /** Wire property `creationTime` (string, date-time). */
  creationTime?: string;
  /** Wire property `state` (JobScheduleState). */
  state?: JobScheduleState;
  /** Wire property `stateTransitionTime` (string, date-time). */
  stateTransitionTime?: string;
  /** Wire property `previousState` (JobScheduleState). */
  previousState?: JobScheduleState;
  /** Wire property `previousStateTransitionTime` (string, date-time). */
  previousStateTransitionTime?: string;
  /** Wire property `schedule` (Schedule). */
  schedule?: Schedule;
  /** Wire property `jobSpecification` (JobSpecification). */
  jobSpecification?: JobSpecification;
  /** Wire property `executionInfo` (JobScheduleExecutionInformation). */
  executionInfo?: JobScheduleExecutionInformation;
  /** Wire property `metadata` (array). */
  metadata?: MetadataItem[];
  /** Wire property `stats` (JobScheduleStatistics). */
  stats?: JobScheduleStatistics;
}

/** Wire shape of the `CloudJobScheduleListResult` definition. */
export interface CloudJobScheduleListResult {
  /** Wire property `value` (array). */
  value?: CloudJobSchedule[];
  /** Wire property `odata.nextLink` (string). */
  "odata.nextLink"?: string;
}

/** Wire shape of the `CloudPool` definition. */
export interface CloudPool {
  /** Wire property `id` (string). */
  id?: string;
  /** Wire property `displayName` (string). */
  displayName?: string;
  /** Wire property `url` (string). */
  url?: string;
  /** Wire property `eTag` (string). */
  eTag?: string;
  /** Wire property `lastModified` (string, date-time). */
  lastModified?: string;
  /** Wire property `creationTime` (string, date-time). */
  creationTime?: string;
  /** Wire property `state` (string). */
  state?: PoolState;
  /** Wire property `stateTransitionTime` (string, date-time). */
  stateTransitionTime?: string;
  /** Wire property `allocationState` (string). */
  allocationState?: AllocationState;
  /** Wire property `allocationStateTransitionTime` (string, date-time). */
  allocationStateTransitionTime?: string;
  /** Wire property `vmSize` (string). */
  vmSize?: string;
  /** Wire property `virtualMachineConfiguration` (VirtualMachineConfiguration). */
  virtualMachineConfiguration?: VirtualMachineConfiguration;
  /** Wire property `resizeTimeout` (string, duration). */
  resizeTimeout?: string;
  /** Wire property `resizeErrors` (array). */
  resizeErrors?: ResizeError[];
  /** Wire property `currentDedicatedNodes` (integer, int32). */
  currentDedicatedNodes?: number;
  /** Wire property `currentLowPriorityNodes` (integer, int32). */
  currentLowPriorityNodes?: number;
  /** Wire property `targetDedicatedNodes` (integer, int32). */
  targetDedicatedNodes?: number;
  /** Wire property `targetLowPriorityNodes` (integer, int32). */
  targetLowPriorityNodes?: number;
  /** Wire property `enableAutoScale` (boolean). */
  enableAutoScale?: boolean;
  /** Wire property `autoScaleFormula` (string). */
  autoScaleFormula?: string;
  /** Wire property `autoScaleEvaluationInterval` (string, duration). */
  autoScaleEvaluationInterval?: string;
  /** Wire property `autoScaleRun` (AutoScaleRun). */
  autoScaleRun?: AutoScaleRun;
  /** Wire property `enableInterNodeCommunication` (boolean). */
  enableInterNodeCommunication?: boolean;
  /** Wire property `networkConfiguration` (NetworkConfiguration). */
  networkConfiguration?: NetworkConfiguration;
  /** Wire property `startTask` (StartTask). */
  startTask?: StartTask;
  /** Wire property `certificateReferences` (array). */
  certificateReferences?: CertificateReference[];
  /** Wire property `applicationPackageReferences` (array). */
  applicationPackageReferences?: ApplicationPackageReference[];
  /** Wire property `taskSlotsPerNode` (integer, int32). */
  taskSlotsPerNode?: number;
  /** Wire property `taskSchedulingPolicy` (TaskSchedulingPolicy). */
  taskSchedulingPolicy?: TaskSchedulingPolicy;
  /** Wire property `userAccounts` (array). */
  userAccounts?: UserAccount[];
  /** Wire property `metadata` (array). */
  metadata?: MetadataItem[];
  /** Wire property `stats` (PoolStatistics). */
  stats?: PoolStatistics;
  /** Wire property `mountConfiguration` (array). */
  mountConfiguration?: MountConfiguration[];
  /** Wire property `identity` (BatchPoolIdentity). */
  identity?: BatchPoolIdentity;
  /** Wire property `targetNodeCommunicationMode` (NodeCommunicationMode). */
  targetNodeCommunicationMode?: NodeCommunicationMode;
  /** Wire property `currentNodeCommunicationMode` (NodeCommunicationMode). */
  currentNodeCommunicationMode?: NodeCommunicationMode;
  /** Wire property `upgradePolicy` (UpgradePolicy). */
  upgradePolicy?: UpgradePolicy;
  /** Wire property `resourceTags` (object). */
  resourceTags?: Record<string, string>;
}

/** Wire shape of the `CloudPoolListResult` definition. */
export interface CloudPoolListResult {
  /** Wire property `value` (array). */
  value?: CloudPool[];
  /** Wire property `odata.nextLink` (string). */
  "odata.nextLink"?: string;
}

/** Wire shape of the `CloudTask` definition. */
export interface CloudTask {
  /** Wire property `id` (string). */
  id?: string;
  /** Wire property `displayName` (string). */
  displayName?: string;
  /** Wire property `url` (string). */
  url?: string;
  /** Wire property `eTag` (string). */
  eTag?: string;
  /** Wire property `lastModified` (string, date-time). */
  lastModified?: string;
  /** Wire property `creationTime` (string, date-time). */
  creationTime?: string;
  /** Wire property `exitConditions` (ExitConditions). */
  exitConditions?: ExitConditions;
  /** Wire property `state` (TaskState). */
  state?: TaskState;
  /** Wire property `stateTransitionTime` (string, date-time). */
  stateTransitionTime?: string;
  /** Wire property `previousState` (TaskState). */
  previousState?: TaskState;
  /** Wire property `previousStateTransitionTime` (string, date-time). */
  previousStateTransitionTime?: string;
  /** Wire property `commandLine` (string). */
  commandLine?: string;
  /** Wire property `containerSettings` (TaskContainerSettings). */
  containerSettings?: TaskContainerSettings;
  /** Wire property `resourceFiles` (array). */
  resourceFiles?: ResourceFile[];
  /** Wire property `outputFiles` (array). */
  outputFiles?: OutputFile[];
  /** Wire property `environmentSettings` (array). */
  environmentSettings?: EnvironmentSetting[];
  /** Wire property `affinityInfo` (AffinityInformation). */
  affinityInfo?: AffinityInformation;
  /** Wire property `constraints` (TaskConstraints). */
  constraints?: TaskConstraints;
  /** Wire property `requiredSlots` (integer, int32). */
  requiredSlots?: number;
  /** Wire property `userIdentity` (UserIdentity). */
  userIdentity?: UserIdentity;
  /** Wire property `executionInfo` (TaskExecutionInformation). */
  executionInfo?: TaskExecutionInformation;
  /** Wire property `nodeInfo` (ComputeNodeInformation). */
  nodeInfo?: ComputeNodeInformation;
  /** Wire property `multiInstanceSettings` (MultiInstanceSettings). */
  multiInstanceSettings?: MultiInstanceSettings;
  /** Wire property `stats` (TaskStatistics). */
  stats?: TaskStatistics;
  /** Wire property `dependsOn` (TaskDependencies). */
  dependsOn?: TaskDependencies;
  /** Wire property `applicationPackageReferences` (array). */
  applicationPackageReferences?: ApplicationPackageReference[];
  /** Wire property `authenticationTokenSettings` (AuthenticationTokenSettings). */
  authenticationTokenSettings?: AuthenticationTokenSettings;
}

/** Wire shape of the `CloudTaskListResult` definition. */
export interface CloudTaskListResult {
  /** Wire property `value` (array). */
  value?: CloudTask[];
  /** Wire property `odata.nextLink` (string). */
  "odata.nextLink"?: string;
}

/** Wire shape of the `CloudTaskListSubtasksResult` definition. */
export interface CloudTaskListSubtasksResult {
  /** Wire property `value` (array). */
  value?: SubtaskInformation[];
}

/** Wire shape of the `ComputeNode` definition. */
export interface ComputeNode {
  /** Wire property `id` (string). */
  id?: string;
  /** Wire property `url` (string). */
  url?: string;
  /** Wire property `state` (string). */
  state?: ComputeNodeState;
  /** Wire property `schedulingState` (string). */
  schedulingState?: SchedulingState;
  /** Wire property `stateTransitionTime` (string, date-time). */
  stateTransitionTime?: string;
  /** Wire property `lastBootTime` (string, date-time). */
  lastBootTime?: string;
  /** Wire property `allocationTime` (string, date-time). */
  allocationTime?: string;
  /** Wire property `ipAddress` (string). */
  ipAddress?: string;
  /** Wire property `affinityId` (string). */
  affinityId?: string;
  /** Wire property `vmSize` (string). */
  vmSize?: string;
  /** Wire property `totalTasksRun` (integer, int32). */
  totalTasksRun?: number;
  /** Wire property `runningTasksCount` (integer, int32). */
  runningTasksCount?: number;
  /** Wire property `runningTaskSlotsCount` (integer, int32). */
  runningTaskSlotsCount?: number;
  /** Wire property `totalTasksSucceeded` (integer, int32). */
  totalTasksSucceeded?: number;
  /** Wire property `recentTasks` (array). */
  recentTasks?: TaskInformation[];
  /** Wire property `startTask` (StartTask). */
  startTask?: StartTask;
  /** Wire property `startTaskInfo` (StartTaskInformation). */
  startTaskInfo?: StartTaskInformation;
  /** Wire property `certificateReferences` (array). */
  certificateReferences?: CertificateReference[];
  /** Wire property `errors` (array). */
  errors?: ComputeNodeError[];
  /** Wire property `isDedicated` (boolean). */
  isDedicated?: boolean;
  /** Wire property `endpointConfiguration` (ComputeNodeEndpointConfiguration). */
  endpointConfiguration?: ComputeNodeEndpointConfiguration;
  /** Wire property `nodeAgentInfo` (NodeAgentInformation). */
  nodeAgentInfo?: NodeAgentInformation;
  /** Wire property `virtualMachineInfo` (VirtualMachineInfo). */
  virtualMachineInfo?: VirtualMachineInfo;
}

/** Values of the `ComputeNodeDeallocationOption` definition. */
export type ComputeNodeDeallocationOption = "requeue" | "terminate" | "taskcompletion" | "retaineddata";

/** Wire shape of the `ComputeNodeEndpointConfiguration` definition. */
export interface ComputeNodeEndpointConfiguration {
  /** Wire property `inboundEndpoints` (array, required). */
  inboundEndpoints: InboundEndpoint[];
}

/** Wire shape of the `ComputeNodeError` definition. */
export interface ComputeNodeError {
  /** Wire property `code` (string). */
  code?: string;
  /** Wire property `message` (string). */
  message?: string;
  /** Wire property `errorDetails` (array). */
  errorDetails?: NameValuePair[];
}

/** Wire shape of the `ComputeNodeGetRemoteLoginSettingsResult` definition. */
export interface ComputeNodeGetRemoteLoginSettingsResult {
  /** Wire property `remoteLoginIPAddress` (string, required). */
  remoteLoginIPAddress: string;
  /** Wire property `remoteLoginPort` (integer, int32, required). */
  remoteLoginPort: number;
}

/** Wire shape of the `ComputeNodeIdentityReference` definition. */
export interface ComputeNodeIdentityReference {
  /** Wire property `resourceId` (string). */
  resourceId?: string;
}

/** Wire shape of the `ComputeNodeInformation` definition. */
export interface ComputeNodeInformation {
  /** Wire property `affinityId` (string). */
  affinityId?: string;
  /** Wire property `nodeUrl` (string). */
  nodeUrl?: string;
  /** Wire property `poolId` (string). */
  poolId?: string;
  /** Wire property `nodeId` (string). */
  nodeId?: string;
  /** Wire property `taskRootDirectory` (string). */
  taskRootDirectory?: string;
  /** Wire property `taskRootDirectoryUrl` (string). */
  taskRootDirectoryUrl?: string;
}

/** Wire shape of the `ComputeNodeListResult` definition. */
export interface ComputeNodeListResult {
  /** Wire property `value` (array). */
  value?: ComputeNode[];
  /** Wire property `odata.nextLink` (string). */
  "odata.nextLink"?: string;
}

/** Wire shape of the `ComputeNodeUser` definition. */
export interface ComputeNodeUser {
  /** Wire property `name` (string, required). */
  name: string;
  /** Wire property `isAdmin` (boolean). */
  isAdmin?: boolean;
  /** Wire property `expiryTime` (string, date-time). */
  expiryTime?: string;
  /** Wire property `password` (string). */
  password?: string;
  /** Wire property `sshPublicKey` (string). */
  sshPublicKey?: string;
}

/** Wire shape of the `ContainerConfiguration` definition. */
export interface ContainerConfiguration {
  /** Wire property `type` (string, required). */
  type: ContainerType;
  /** Wire property `containerImageNames` (array). */
  containerImageNames?: string[];
  /** Wire property `containerRegistries` (array). */
  containerRegistries?: ContainerRegistry[];
}

/** Wire shape of the `ContainerHostBatchBindMountEntry` definition. */
export interface ContainerHostBatchBindMountEntry {
  /** Wire property `source` (ContainerHostDataPath). */
  source?: ContainerHostDataPath;
  /** Wire property `isReadOnly` (boolean). */
  isReadOnly?: boolean;
}

/** Values of the `ContainerHostDataPath` definition. */
export type ContainerHostDataPath = "Shared" | "Startup" | "VfsMounts" | "Task" | "JobPrep" | "Applications";

/** Wire shape of the `ContainerRegistry` definition. */
export interface ContainerRegistry {
  /** Wire property `username` (string). */
  username?: string;
  /** Wire property `password` (string). */
  password?: string;
  /** Wire property `registryServer` (string). */
  registryServer?: string;
  /** Wire property `identityReference` (ComputeNodeIdentityReference). */
  identityReference?: ComputeNodeIdentityReference;
}

/** Wire shape of the `DataDisk` definition. */
export interface DataDisk {
  /** Wire property `lun` (integer, int32, required). */
  lun: number;
  /** Wire property `caching` (CachingType). */
  caching?: CachingType;
  /** Wire property `diskSizeGB` (integer, int32, required). */
  diskSizeGB: number;
  /** Wire property `storageAccountType` (StorageAccountType). */
  storageAccountType?: StorageAccountType;
}

/** Wire shape of the `DeleteCertificateError` definition. */
export interface DeleteCertificateError {
  /** Wire property `code` (string). */
  code?: string;
  /** Wire property `message` (string). */
  message?: string;
  /** Wire property `values` (array). */
  values?: NameValuePair[];
}

/** Values of the `DiffDiskPlacement` definition. */
export type DiffDiskPlacement = "CacheDisk";

/** Wire shape of the `DiffDiskSettings` definition. */
export interface DiffDiskSettings {
  /** Wire property `placement` (DiffDiskPlacement). */
  placement?: DiffDiskPlacement;
}

/** Wire shape of the `DiskEncryptionConfiguration` definition. */
export interface DiskEncryptionConfiguration {
  /** Wire property `targets` (array). */
  targets?: DiskEncryptionTarget[];
}

/** Values of the `ElevationLevel` definition. */
export type ElevationLevel = "nonadmin" | "admin";

/** Wire shape of the `EnvironmentSetting` definition. */
export interface EnvironmentSetting {
  /** Wire property `name` (string, required). */
  name: string;
  /** Wire property `value` (string). */
  value?: string;
}

/** Values of the `ErrorCategory` definition. */
export type ErrorCategory = "usererror" | "servererror";

/** Wire shape of the `ErrorMessage` definition. */
export interface ErrorMessage {
  /** Wire property `lang` (string). */
  lang?: string;
  /** Wire property `value` (string). */
  value?: string;
}

/** Wire shape of the `ExitCodeMapping` definition. */
export interface ExitCodeMapping {
  /** Wire property `code` (integer, int32, required). */
  code: number;
  /** Wire property `exitOptions` (ExitOptions, required). */
  exitOptions: ExitOptions;
}

/** Wire shape of the `ExitCodeRangeMapping` definition. */
export interface ExitCodeRangeMapping {
  /** Wire property `start` (integer, int32, required). */
  start: number;
  /** Wire property `end` (integer, int32, required). */
  end: number;
  /** Wire property `exitOptions` (ExitOptions, required). */
  exitOptions: ExitOptions;
}

/** Wire shape of the `ExitConditions` definition. */
export interface ExitConditions {
  /** Wire property `exitCodes` (array). */
  exitCodes?: ExitCodeMapping[];
  /** Wire property `exitCodeRanges` (array). */
  exitCodeRanges?: ExitCodeRangeMapping[];
  /** Wire property `preProcessingError` (ExitOptions). */
  preProcessingError?: ExitOptions;
  /** Wire property `fileUploadError` (ExitOptions). */
  fileUploadError?: ExitOptions;
  /** Wire property `default` (ExitOptions). */
  default?: ExitOptions;
}

/** Wire shape of the `ExitOptions` definition. */
export interface ExitOptions {
  /** Wire property `jobAction` (string). */
  jobAction?: JobAction;
  /** Wire property `dependencyAction` (string). */
  dependencyAction?: DependencyAction;
}

/** Wire shape of the `FileProperties` definition. */
export interface FileProperties {
  /** Wire property `creationTime` (string, date-time). */
  creationTime?: string;
  /** Wire property `lastModified` (string, date-time, required). */
  lastModified: string;
  /** Wire property `contentLength` (integer, int64, required). */
  contentLength: number;
  /** Wire property `contentType` (string). */
  contentType?: string;
  /** Wire property `fileMode` (string). */
  fileMode?: string;
}

/** Wire shape of the `HttpHeader` definition. */
export interface HttpHeader {
  /** Wire property `name` (string, required). */
  name: string;
  /** Wire property `value` (string). */
  value?: string;
}

/** Values of the `IPAddressProvisioningType` definition. */
export type IPAddressProvisioningType = "batchmanaged" | "usermanaged" | "nopublicipaddresses";

/** Wire shape of the `ImageInformation` definition. */
export interface ImageInformation {
  /** Wire property `nodeAgentSKUId` (string, required). */
  nodeAgentSKUId: string;
  /** Wire property `imageReference` (ImageReference, required). */
  imageReference: ImageReference;
  /** Wire property `osType` (string, required). */
  osType: OSType;
  /** Wire property `capabilities` (array). */
  capabilities?: string[];
  /** Wire property `batchSupportEndOfLife` (string, date-time). */
  batchSupportEndOfLife?: string;
  /** Wire property `verificationType` (string, required). */
  verificationType: VerificationType;
}

/** Wire shape of the `ImageReference` definition. */
export interface ImageReference {
  /** Wire property `publisher` (string). */
  publisher?: string;
  /** Wire property `offer` (string). */
  offer?: string;
  /** Wire property `sku` (string). */
  sku?: string;
  /** Wire property `version` (string). */
  version?: string;
  /** Wire property `virtualMachineImageId` (string). */
  virtualMachineImageId?: string;
  /** Wire property `exactVersion` (string). */
  exactVersion?: string;
  /** Wire property `sharedGalleryImageId` (string). */
  sharedGalleryImageId?: string;
  /** Wire property `communityGalleryImageId` (string). */
  communityGalleryImageId?: string;
}

/** Wire shape of the `InboundEndpoint` definition. */
export interface InboundEndpoint {
  /** Wire property `name` (string, required). */
  name: string;
  /** Wire property `protocol` (InboundEndpointProtocol, required). */
  protocol: InboundEndpointProtocol;
  /** Wire property `publicIPAddress` (string, required). */
  publicIPAddress: string;
  /** Wire property `publicFQDN` (string, required). */
  publicFQDN: string;
  /** Wire property `frontendPort` (integer, int32, required). */
  frontendPort: number;
  /** Wire property `backendPort` (integer, int32, required). */
  backendPort: number;
}

/** Values of the `InboundEndpointProtocol` definition. */
export type InboundEndpointProtocol = "tcp" | "udp";

/** Wire shape of the `InboundNATPool` definition. */
export interface InboundNATPool {
  /** Wire property `name` (string, required). */
  name: string;
  /** Wire property `protocol` (InboundEndpointProtocol, required). */
  protocol: InboundEndpointProtocol;
  /** Wire property `backendPort` (integer, int32, required). */
  backendPort: number;
  /** Wire property `frontendPortRangeStart` (integer, int32, required). */
  frontendPortRangeStart: number;
  /** Wire property `frontendPortRangeEnd` (integer, int32, required). */
  frontendPortRangeEnd: number;
  /** Wire property `networkSecurityGroupRules` (array). */
  networkSecurityGroupRules?: NetworkSecurityGroupRule[];
}

/** Wire shape of the `InstanceViewStatus` definition. */
export interface InstanceViewStatus {
  /** Wire property `code` (string). */
  code?: string;
  /** Wire property `displayStatus` (string). */
  displayStatus?: string;
  /** Wire property `level` (string). */
  level?: StatusLevelTypes;
  /** Wire property `message` (string). */
  message?: string;
  /** Wire property `time` (string). */
  time?: string;
}

/** Wire shape of the `JobAddParameter` definition. */
export interface JobAddParameter {
  /** Wire property `id` (string, required). */
  id: string;
  /** Wire property `displayName` (string). */
  displayName?: string;
  /** Wire property `priority` (integer, int32). */
  priority?: number;
  /** Wire property `maxParallelTasks` (integer, int32). */
  maxParallelTasks?: number;
  /** Wire property `allowTaskPreemption` (boolean). */
  allowTaskPreemption?: boolean;
  /** Wire property `constraints` (JobConstraints). */
  constraints?: JobConstraints;
  /** Wire property `jobManagerTask` (JobManagerTask). */
  jobManagerTask?: JobManagerTask;
  /** Wire property `jobPreparationTask` (JobPreparationTask). */
  jobPreparationTask?: JobPreparationTask;
  /** Wire property `jobReleaseTask` (JobReleaseTask). */
  jobReleaseTask?: JobReleaseTask;
  /** Wire property `commonEnvironmentSettings` (array). */
  commonEnvironmentSettings?: EnvironmentSetting[];
  /** Wire property `poolInfo` (PoolInformation, required). */
  poolInfo: PoolInformation;
  /** Wire property `onAllTasksComplete` (OnAllTasksComplete). */
  onAllTasksComplete?: OnAllTasksComplete;
  /** Wire property `onTaskFailure` (OnTaskFailure). */
  onTaskFailure?: OnTaskFailure;
  /** Wire property `metadata` (array). */
  metadata?: MetadataItem[];
  /** Wire property `usesTaskDependencies` (boolean). */
  usesTaskDependencies?: boolean;
  /** Wire property `networkConfiguration` (JobNetworkConfiguration). */
  networkConfiguration?: JobNetworkConfiguration;
}

/** Wire shape of the `JobConstraints` definition. */
export interface JobConstraints {
  /** Wire property `maxWallClockTime` (string, duration). */
  maxWallClockTime?: string;
  /** Wire property `maxTaskRetryCount` (integer, int32). */
  maxTaskRetryCount?: number;
}

/** Wire shape of the `JobDisableParameter` definition. */
export interface JobDisableParameter {
  /** Wire property `disableTasks` (string, required). */
  disableTasks: DisableJobOption;
}

/** Wire shape of the `JobExecutionInformation` definition. */
export interface JobExecutionInformation {
  /** Wire property `startTime` (string, date-time, required). */
  startTime: string;
  /** Wire property `endTime` (string, date-time). */
  endTime?: string;
  /** Wire property `poolId` (string). */
  poolId?: string;
  /** Wire property `schedulingError` (JobSchedulingError). */
  schedulingError?: JobSchedulingError;
  /** Wire property `terminateReason` (string). */
  terminateReason?: string;
}

/** Wire shape of the `JobManagerTask` definition. */
export interface JobManagerTask {
  /** Wire property `id` (string, required). */
  id: string;
  /** Wire property `displayName` (string). */
  displayName?: string;
  /** Wire property `commandLine` (string, required). */
  commandLine: string;
  /** Wire property `containerSettings` (TaskContainerSettings). */
  containerSettings?: TaskContainerSettings;
  /** Wire property `resourceFiles` (array). */
  resourceFiles?: ResourceFile[];
  /** Wire property `outputFiles` (array). */
  outputFiles?: OutputFile[];
  /** Wire property `environmentSettings` (array). */
  environmentSettings?: EnvironmentSetting[];
  /** Wire property `constraints` (TaskConstraints). */
  constraints?: TaskConstraints;
  /** Wire property `requiredSlots` (integer, int32). */
  requiredSlots?: number;
  /** Wire property `killJobOnCompletion` (boolean). */
  killJobOnCompletion?: boolean;
  /** Wire property `userIdentity` (UserIdentity). */
  userIdentity?: UserIdentity;
  /** Wire property `runExclusive` (boolean). */
  runExclusive?: boolean;
  /** Wire property `applicationPackageReferences` (array). */
  applicationPackageReferences?: ApplicationPackageReference[];
  /** Wire property `authenticationTokenSettings` (AuthenticationTokenSettings). */
  authenticationTokenSettings?: AuthenticationTokenSettings;
  /** Wire property `allowLowPriorityNode` (boolean). */
  allowLowPriorityNode?: boolean;
}

/** Wire shape of the `JobNetworkConfiguration` definition. */
export interface JobNetworkConfiguration {
  /** Wire property `subnetId` (string, required). */
  subnetId: string;
  /** Wire property `skipWithdrawFromVNet` (boolean). */
  skipWithdrawFromVNet?: boolean;
}

/** Wire shape of the `JobPatchParameter` definition. */
export interface JobPatchParameter {
  /** Wire property `priority` (integer, int32). */
  priority?: number;
  /** Wire property `maxParallelTasks` (integer, int32). */
  maxParallelTasks?: number;
  /** Wire property `allowTaskPreemption` (boolean). */
  allowTaskPreemption?: boolean;
  /** Wire property `onAllTasksComplete` (OnAllTasksComplete). */
  onAllTasksComplete?: OnAllTasksComplete;
  /** Wire property `constraints` (JobConstraints). */
  constraints?: JobConstraints;
  /** Wire property `poolInfo` (PoolInformation). */
  poolInfo?: PoolInformation;
  /** Wire property `networkConfiguration` (JobNetworkConfiguration). */
  networkConfiguration?: JobNetworkConfiguration;
  /** Wire property `metadata` (array). */
  metadata?: MetadataItem[];
}

/** Wire shape of the `JobPreparationAndReleaseTaskExecutionInformation` definition. */
export interface JobPreparationAndReleaseTaskExecutionInformation {
  /** Wire property `poolId` (string). */
  poolId?: string;
  /** Wire property `nodeId` (string). */
  nodeId?: string;
  /** Wire property `nodeUrl` (string). */
  nodeUrl?: string;
  /** Wire property `jobPreparationTaskExecutionInfo` (JobPreparationTaskExecutionInformation). */
  jobPreparationTaskExecutionInfo?: JobPreparationTaskExecutionInformation;
  /** Wire property `jobReleaseTaskExecutionInfo` (JobReleaseTaskExecutionInformation). */
  jobReleaseTaskExecutionInfo?: JobReleaseTaskExecutionInformation;
}

/** Wire shape of the `JobPreparationTask` definition. */
export interface JobPreparationTask {
  /** Wire property `id` (string). */
  id?: string;
  /** Wire property `commandLine` (string, required). */
  commandLine: string;
  /** Wire property `containerSettings` (TaskContainerSettings). */
  containerSettings?: TaskContainerSettings;
  /** Wire property `resourceFiles` (array). */
  resourceFiles?: ResourceFile[];
  /** Wire property `environmentSettings` (array). */
  environmentSettings?: EnvironmentSetting[];
  /** Wire property `constraints` (TaskConstraints). */
  constraints?: TaskConstraints;
  /** Wire property `waitForSuccess` (boolean). */
  waitForSuccess?: boolean;
  /** Wire property `userIdentity` (UserIdentity). */
  userIdentity?: UserIdentity;
  /** Wire property `rerunOnNodeRebootAfterSuccess` (boolean). */
  rerunOnNodeRebootAfterSuccess?: boolean;
}

/** Wire shape of the `JobPreparationTaskExecutionInformation` definition. */
export interface JobPreparationTaskExecutionInformation {
  /** Wire property `startTime` (string, date-time, required). */
  startTime: string;
  /** Wire property `endTime` (string, date-time). */
  endTime?: string;
  /** Wire property `state` (string, required). */
  state: JobPreparationTaskState;
  /** Wire property `taskRootDirectory` (string). */
  taskRootDirectory?: string;
  /** Wire property `taskRootDirectoryUrl` (string). */
  taskRootDirectoryUrl?: string;
  /** Wire property `exitCode` (integer, int32). */
  exitCode?: number;
  /** Wire property `containerInfo` (TaskContainerExecutionInformation). */
  containerInfo?: TaskContainerExecutionInformation;
  /** Wire property `failureInfo` (TaskFailureInformation). */
  failureInfo?: TaskFailureInformation;
  /** Wire property `retryCount` (integer, int32, required). */
  retryCount: number;
  /** Wire property `lastRetryTime` (string, date-time). */
  lastRetryTime?: string;
  /** Wire property `result` (TaskExecutionResult). */
  result?: TaskExecutionResult;
}

/** Wire shape of the `JobReleaseTask` definition. */
export interface JobReleaseTask {
  /** Wire property `id` (string). */
  id?: string;
  /** Wire property `commandLine` (string, required). */
  commandLine: string;
  /** Wire property `containerSettings` (TaskContainerSettings). */
  containerSettings?: TaskContainerSettings;
  /** Wire property `resourceFiles` (array). */
  resourceFiles?: ResourceFile[];
  /** Wire property `environmentSettings` (array). */
  environmentSettings?: EnvironmentSetting[];
  /** Wire property `maxWallClockTime` (string, duration). */
  maxWallClockTime?: string;
  /** Wire property `retentionTime` (string, duration). */
  retentionTime?: string;
  /** Wire property `userIdentity` (UserIdentity). */
  userIdentity?: UserIdentity;
}

/** Wire shape of the `JobReleaseTaskExecutionInformation` definition. */
export interface JobReleaseTaskExecutionInformation {
  /** Wire property `startTime` (string, date-time, required). */
  startTime: string;
  /** Wire property `endTime` (string, date-time). */
  endTime?: string;
  /** Wire property `state` (string, required). */
  state: JobReleaseTaskState;
  /** Wire property `taskRootDirectory` (string). */
  taskRootDirectory?: string;
  /** Wire property `taskRootDirectoryUrl` (string). */
  taskRootDirectoryUrl?: string;
  /** Wire property `exitCode` (integer, int32). */
  exitCode?: number;
  /** Wire property `containerInfo` (TaskContainerExecutionInformation). */
  containerInfo?: TaskContainerExecutionInformation;
  /** Wire property `failureInfo` (TaskFailureInformation). */
  failureInfo?: TaskFailureInformation;
  /** Wire property `result` (TaskExecutionResult). */
  result?: TaskExecutionResult;
}

/** Wire shape of the `JobScheduleAddParameter` definition. */
export interface JobScheduleAddParameter {
  /** Wire property `id` (string, required). */
  id: string;
  /** Wire property `displayName` (string). */
  displayName?: string;
  /** Wire property `schedule` (Schedule, required). */
  schedule: Schedule;
  /** Wire property `jobSpecification` (JobSpecification, required). */
  jobSpecification: JobSpecification;
  /** Wire property `metadata` (array). */
  metadata?: MetadataItem[];
}

/** Wire shape of the `JobScheduleExecutionInformation` definition. */
export interface JobScheduleExecutionInformation {
  /** Wire property `nextRunTime` (string, date-time). */
  nextRunTime?: string;
  /** Wire property `recentJob` (RecentJob). */
  recentJob?: RecentJob;
  /** Wire property `endTime` (string, date-time). */
  endTime?: string;
}

/** Wire shape of the `JobSchedulePatchParameter` definition. */
export interface JobSchedulePatchParameter {
  /** Wire property `schedule` (Schedule). */
  schedule?: Schedule;
  /** Wire property `jobSpecification` (JobSpecification). */
  jobSpecification?: JobSpecification;
  /** Wire property `metadata` (array). */
  metadata?: MetadataItem[];
}

/** Values of the `JobScheduleState` definition. */
export type JobScheduleState = "active" | "completed" | "disabled" | "terminating" | "deleting";

/** Wire shape of the `JobScheduleStatistics` definition. */
export interface JobScheduleStatistics {
  /** Wire property `url` (string, required). */
  url: string;
  /** Wire property `startTime` (string, date-time, required). */
  startTime: string;
  /** Wire property `lastUpdateTime` (string, date-time, required). */
  lastUpdateTime: string;
  /** Wire property `userCPUTime` (string, duration, required). */
  userCPUTime: string;
  /** Wire property `kernelCPUTime` (string, duration, required). */
  kernelCPUTime: string;
  /** Wire property `wallClockTime` (string, duration, required). */
  wallClockTime: string;
  /** Wire property `readIOps` (integer, int64, required). */
  readIOps: number;
  /** Wire property `writeIOps` (integer, int64, required). */
  writeIOps: number;
  /** Wire property `readIOGiB` (number, double, required). */
  readIOGiB: number;
  /** Wire property `writeIOGiB` (number, double, required). */
  writeIOGiB: number;
  /** Wire property `numSucceededTasks` (integer, int64, required). */
  numSucceededTasks: number;
  /** Wire property `numFailedTasks` (integer, int64, required). */
  numFailedTasks: number;
  /** Wire property `numTaskRetries` (integer, int64, required). */
  numTaskRetries: number;
  /** Wire property `waitTime` (string, duration, required). */
  waitTime: string;
}

/** Wire shape of the `JobScheduleUpdateParameter` definition. */
export interface JobScheduleUpdateParameter {
  /** Wire property `schedule` (Schedule, required). */
  schedule: Schedule;
  /** Wire property `jobSpecification` (JobSpecification, required). */
  jobSpecification: JobSpecification;
  /** Wire property `metadata` (array). */
  metadata?: MetadataItem[];
}

/** Wire shape of the `JobSchedulingError` definition. */
export interface JobSchedulingError {
  /** Wire property `category` (ErrorCategory, required). */
  category: ErrorCategory;
  /** Wire property `code` (string). */
  code?: string;
  /** Wire property `message` (string). */
  message?: string;
  /** Wire property `details` (array). */
  details?: NameValuePair[];
}

/** Wire shape of the `JobSpecification` definition. */
export interface JobSpecification {
  /** Wire property `priority` (integer, int32). */
  priority?: number;
  /** Wire property `allowTaskPreemption` (boolean). */
  allowTaskPreemption?: boolean;
  /** Wire property `maxParallelTasks` (integer, int32). */
  maxParallelTasks?: number;
  /** Wire property `displayName` (string). */
  displayName?: string;
  /** Wire property `usesTaskDependencies` (boolean). */
  usesTaskDependencies?: boolean;
  /** Wire property `onAllTasksComplete` (OnAllTasksComplete). */
  onAllTasksComplete?: OnAllTasksComplete;
  /** Wire property `onTaskFailure` (OnTaskFailure). */
  onTaskFailure?: OnTaskFailure;
  /** Wire property `networkConfiguration` (JobNetworkConfiguration). */
  networkConfiguration?: JobNetworkConfiguration;
  /** Wire property `constraints` (JobConstraints). */
  constraints?: JobConstraints;
  /** Wire property `jobManagerTask` (JobManagerTask). */
  jobManagerTask?: JobManagerTask;
  /** Wire property `jobPreparationTask` (JobPreparationTask). */
  jobPreparationTask?: JobPreparationTask;
  /** Wire property `jobReleaseTask` (JobReleaseTask). */
  jobReleaseTask?: JobReleaseTask;
  /** Wire property `commonEnvironmentSettings` (array). */
  commonEnvironmentSettings?: EnvironmentSetting[];
  /** Wire property `poolInfo` (PoolInformation, required). */
  poolInfo: PoolInformation;
  /** Wire property `metadata` (array). */
  metadata?: MetadataItem[];
}

/** Values of the `JobState` definition. */
export type JobState = "active" | "disabling" | "disabled" | "enabling" | "terminating" | "completed" | "deleting";

/** Wire shape of the `JobStatistics` definition. */
export interface JobStatistics {
  /** Wire property `url` (string, required). */
  url: string;
  /** Wire property `startTime` (string, date-time, required). */
  startTime: string;
  /** Wire property `lastUpdateTime` (string, date-time, required). */
  lastUpdateTime: string;
  /** Wire property `userCPUTime` (string, duration, required). */
  userCPUTime: string;
  /** Wire property `kernelCPUTime` (string, duration, required). */
  kernelCPUTime: string;
  /** Wire property `wallClockTime` (string, duration, required). */
  wallClockTime: string;
  /** Wire property `readIOps` (integer, int64, required). */
  readIOps: number;
  /** Wire property `writeIOps` (integer, int64, required). */
  writeIOps: number;
  /** Wire property `readIOGiB` (number, double, required). */
  readIOGiB: number;
  /** Wire property `writeIOGiB` (number, double, required). */
  writeIOGiB: number;
  /** Wire property `numSucceededTasks` (integer, int64, required). */
  numSucceededTasks: number;
  /** Wire property `numFailedTasks` (integer, int64, required). */
  numFailedTasks: number;
  /** Wire property `numTaskRetries` (integer, int64, required). */
  numTaskRetries: number;
  /** Wire property `waitTime` (string, duration, required). */
  waitTime: string;
}

/** Wire shape of the `JobTerminateParameter` definition. */
export interface JobTerminateParameter {
  /** Wire property `terminateReason` (string). */
  terminateReason?: string;
}

/** Wire shape of the `JobUpdateParameter` definition. */
export interface JobUpdateParameter {
  /** Wire property `priority` (integer, int32). */
  priority?: number;
  /** Wire property `maxParallelTasks` (integer, int32). */
  maxParallelTasks?: number;
  /** Wire property `allowTaskPreemption` (boolean). */
  allowTaskPreemption?: boolean;
  /** Wire property `constraints` (JobConstraints). */
  constraints?: JobConstraints;
  /** Wire property `poolInfo` (PoolInformation, required). */
  poolInfo: PoolInformation;
  /** Wire property `metadata` (array). */
  metadata?: MetadataItem[];
  /** Wire property `onAllTasksComplete` (OnAllTasksComplete). */
  onAllTasksComplete?: OnAllTasksComplete;
}

/** Wire shape of the `LinuxUserConfiguration` definition. */
export interface LinuxUserConfiguration {
  /** Wire property `uid` (integer, int32). */
  uid?: number;
  /** Wire property `gid` (integer, int32). */
  gid?: number;
  /** Wire property `sshPrivateKey` (string). */
  sshPrivateKey?: string;
}

/** Wire shape of the `ManagedDisk` definition. */
export interface ManagedDisk {
  /** Wire property `storageAccountType` (StorageAccountType). */
  storageAccountType?: StorageAccountType;
  /** Wire property `securityProfile` (VMDiskSecurityProfile). */
  securityProfile?: VMDiskSecurityProfile;
}

/** Wire shape of the `MetadataItem` definition. */
export interface MetadataItem {
  /** Wire property `name` (string, required). */
  name: string;
  /** Wire property `value` (string, required). */
  value: string;
}

/** Wire shape of the `MountConfiguration` definition. */
export interface MountConfiguration {
  /** Wire property `azureBlobFileSystemConfiguration` (AzureBlobFileSystemConfiguration). */
  azureBlobFileSystemConfiguration?: AzureBlobFileSystemConfiguration;
  /** Wire property `nfsMountConfiguration` (NFSMountConfiguration). */
  nfsMountConfiguration?: NFSMountConfiguration;
  /** Wire property `cifsMountConfiguration` (CIFSMountConfiguration). */
  cifsMountConfiguration?: CIFSMountConfiguration;
  /** Wire property `azureFileShareConfiguration` (AzureFileShareConfiguration). */
  azureFileShareConfiguration?: AzureFileShareConfiguration;
}

/** Wire shape of the `MultiInstanceSettings` definition. */
export interface MultiInstanceSettings {
  /** Wire property `numberOfInstances` (integer, int32). */
  numberOfInstances?: number;
  /** Wire property `coordinationCommandLine` (string, required). */
  coordinationCommandLine: string;
  /** Wire property `commonResourceFiles` (array). */
  commonResourceFiles?: ResourceFile[];
}

/** Wire shape of the `NFSMountConfiguration` definition. */
export interface NFSMountConfiguration {
  /** Wire property `source` (string, required). */
  source: string;
  /** Wire property `relativeMountPath` (string, required). */
  relativeMountPath: string;
  /** Wire property `mountOptions` (string). */
  mountOptions?: string;
}

/** Wire shape of the `NameValuePair` definition. */
export interface NameValuePair {
  /** Wire property `name` (string). */
  name?: string;
  /** Wire property `value` (string). */
  value?: string;
}

/** Wire shape of the `NetworkConfiguration` definition. */
export interface NetworkConfiguration {
  /** Wire property `subnetId` (string). */
  subnetId?: string;
  /** Wire property `dynamicVNetAssignmentScope` (string). */
  dynamicVNetAssignmentScope?: DynamicVNetAssignmentScope;
  /** Wire property `endpointConfiguration` (PoolEndpointConfiguration). */
  endpointConfiguration?: PoolEndpointConfiguration;
  /** Wire property `publicIPAddressConfiguration` (PublicIPAddressConfiguration). */
  publicIPAddressConfiguration?: PublicIPAddressConfiguration;
  /** Wire property `enableAcceleratedNetworking` (boolean). */
  enableAcceleratedNetworking?: boolean;
}

/** Wire shape of the `NetworkSecurityGroupRule` definition. */
export interface NetworkSecurityGroupRule {
  /** Wire property `priority` (integer, int32, required). */
  priority: number;
  /** Wire property `access` (string, required). */
  access: NetworkSecurityGroupRuleAccess;
  /** Wire property `sourceAddressPrefix` (string, required). */
  sourceAddressPrefix: string;
  /** Wire property `sourcePortRanges` (array). */
  sourcePortRanges?: string[];
}

/** Wire shape of the `NodeAgentInformation` definition. */
export interface NodeAgentInformation {
  /** Wire property `version` (string, required). */
  version: string;
  /** Wire property `lastUpdateTime` (string, date-time, required). */
  lastUpdateTime: string;
}

/** Values of the `NodeCommunicationMode` definition. */
export type NodeCommunicationMode = "default" | "classic" | "simplified";

/** Wire shape of the `NodeCounts` definition. */
export interface NodeCounts {
  /** Wire property `creating` (integer, int32, required). */
  creating: number;
  /** Wire property `idle` (integer, int32, required). */
  idle: number;
  /** Wire property `offline` (integer, int32, required). */
  offline: number;
  /** Wire property `preempted` (integer, int32, required). */
  preempted: number;
  /** Wire property `rebooting` (integer, int32, required). */
  rebooting: number;
  /** Wire property `reimaging` (integer, int32, required). */
  reimaging: number;
  /** Wire property `running` (integer, int32, required). */
  running: number;
  /** Wire property `starting` (integer, int32, required). */
  starting: number;
  /** Wire property `startTaskFailed` (integer, int32, required). */
  startTaskFailed: number;
  /** Wire property `leavingPool` (integer, int32, required). */
  leavingPool: number;
  /** Wire property `unknown` (integer, int32, required). */
  unknown: number;
  /** Wire property `unusable` (integer, int32, required). */
  unusable: number;
  /** Wire property `waitingForStartTask` (integer, int32, required). */
  waitingForStartTask: number;
  /** Wire property `upgradingOS` (integer, int32, required). */
  upgradingOS: number;
  /** Wire property `deallocated` (integer, int32, required). */
  deallocated: number;
  /** Wire property `deallocating` (integer, int32, required). */
  deallocating: number;
  /** Wire property `total` (integer, int32, required). */
  total: number;
}

/** Wire shape of the `NodeDeallocateParameter` definition. */
export interface NodeDeallocateParameter {
  /** Wire property `nodeDeallocateOption` (string). */
  nodeDeallocateOption?: ComputeNodeDeallocateOption;
}

/** Wire shape of the `NodeDisableSchedulingParameter` definition. */
export interface NodeDisableSchedulingParameter {
  /** Wire property `nodeDisableSchedulingOption` (string). */
  nodeDisableSchedulingOption?: DisableComputeNodeSchedulingOption;
}

/** Wire shape of the `NodeFile` definition. */
export interface NodeFile {
  /** Wire property `name` (string). */
  name?: string;
  /** Wire property `url` (string). */
  url?: string;
  /** Wire property `isDirectory` (boolean). */
  isDirectory?: boolean;
  /** Wire property `properties` (FileProperties). */
  properties?: FileProperties;
}

/** Wire shape of the `NodeFileListResult` definition. */
export interface NodeFileListResult {
  /** Wire property `value` (array). */
  value?: NodeFile[];
  /** Wire property `odata.nextLink` (string). */
  "odata.nextLink"?: string;
}

/** Wire shape of the `NodePlacementConfiguration` definition. */
export interface NodePlacementConfiguration {
  /** Wire property `policy` (NodePlacementPolicyType). */
  policy?: NodePlacementPolicyType;
}

/** Values of the `NodePlacementPolicyType` definition. */
export type NodePlacementPolicyType = "regional" | "zonal";

/** Wire shape of the `NodeRebootParameter` definition. */
export interface NodeRebootParameter {
  /** Wire property `nodeRebootOption` (string). */
  nodeRebootOption?: ComputeNodeRebootOption;
}

/** Wire shape of the `NodeReimageParameter` definition. */
export interface NodeReimageParameter {
  /** Wire property `nodeReimageOption` (string). */
  nodeReimageOption?: ComputeNodeReimageOption;
}

/** Wire shape of the `NodeRemoveParameter` definition. */
export interface NodeRemoveParameter {
  /** Wire property `nodeList` (array, required). */
  nodeList: string[];
  /** Wire property `resizeTimeout` (string, duration). */
  resizeTimeout?: string;
  /** Wire property `nodeDeallocationOption` (ComputeNodeDeallocationOption). */
  nodeDeallocationOption?: ComputeNodeDeallocationOption;
}

/** Wire shape of the `NodeUpdateUserParameter` definition. */
export interface NodeUpdateUserParameter {
  /** Wire property `password` (string). */
  password?: string;
  /** Wire property `expiryTime` (string, date-time). */
  expiryTime?: string;
  /** Wire property `sshPublicKey` (string). */
  sshPublicKey?: string;
}

/** Wire shape of the `NodeVMExtension` definition. */
export interface NodeVMExtension {
  /** Wire property `provisioningState` (string). */
  provisioningState?: string;
  /** Wire property `vmExtension` (VMExtension). */
  vmExtension?: VMExtension;
  /** Wire property `instanceView` (VMExtensionInstanceView). */
  instanceView?: VMExtensionInstanceView;
}

/** Wire shape of the `NodeVMExtensionList` definition. */
export interface NodeVMExtensionList {
  /** Wire property `value` (array). */
  value?: NodeVMExtension[];
  /** Wire property `odata.nextLink` (string). */
  "odata.nextLink"?: string;
}

/** Wire shape of the `OSDisk` definition. */
export interface OSDisk {
  /** Wire property `ephemeralOSDiskSettings` (DiffDiskSettings). */
  ephemeralOSDiskSettings?: DiffDiskSettings;
  /** Wire property `caching` (CachingType). */
  caching?: CachingType;
  /** Wire property `managedDisk` (ManagedDisk). */
  managedDisk?: ManagedDisk;
  /** Wire property `diskSizeGB` (integer, int32). */
  diskSizeGB?: number;
  /** Wire property `writeAcceleratorEnabled` (boolean). */
  writeAcceleratorEnabled?: boolean;
}

/** Values of the `OnAllTasksComplete` definition. */
export type OnAllTasksComplete = "noaction" | "terminatejob";

/** Values of the `OnTaskFailure` definition. */
export type OnTaskFailure = "noaction" | "performexitoptionsjobaction";

/** Wire shape of the `OutputFile` definition. */
export interface OutputFile {
  /** Wire property `filePattern` (string, required). */
  filePattern: string;
  /** Wire property `destination` (OutputFileDestination, required). */
  destination: OutputFileDestination;
  /** Wire property `uploadOptions` (OutputFileUploadOptions, required). */
  uploadOptions: OutputFileUploadOptions;
}

/** Wire shape of the `OutputFileBlobContainerDestination` definition. */
export interface OutputFileBlobContainerDestination {
  /** Wire property `path` (string). */
  path?: string;
  /** Wire property `containerUrl` (string, required). */
  containerUrl: string;
  /** Wire property `identityReference` (ComputeNodeIdentityReference). */
  identityReference?: ComputeNodeIdentityReference;
  /** Wire property `uploadHeaders` (array). */
  uploadHeaders?: HttpHeader[];
}

/** Wire shape of the `OutputFileDestination` definition. */
export interface OutputFileDestination {
  /** Wire property `container` (OutputFileBlobContainerDestination). */
  container?: OutputFileBlobContainerDestination;
}

/** Values of the `OutputFileUploadCondition` definition. */
export type OutputFileUploadCondition = "tasksuccess" | "taskfailure" | "taskcompletion";

/** Wire shape of the `OutputFileUploadOptions` definition. */
export interface OutputFileUploadOptions {
  /** Wire property `uploadCondition` (OutputFileUploadCondition, required). */
  uploadCondition: OutputFileUploadCondition;
}

/** Wire shape of the `PoolAddParameter` definition. */
export interface PoolAddParameter {
  /** Wire property `id` (string, required). */
  id: string;
  /** Wire property `displayName` (string). */
  displayName?: string;
  /** Wire property `vmSize` (string, required). */
  vmSize: string;
  /** Wire property `virtualMachineConfiguration` (VirtualMachineConfiguration). */
  virtualMachineConfiguration?: VirtualMachineConfiguration;
  /** Wire property `resizeTimeout` (string, duration). */
  resizeTimeout?: string;
  /** Wire property `targetDedicatedNodes` (integer, int32). */
  targetDedicatedNodes?: number;
  /** Wire property `targetLowPriorityNodes` (integer, int32). */
  targetLowPriorityNodes?: number;
  /** Wire property `enableAutoScale` (boolean). */
  enableAutoScale?: boolean;
  /** Wire property `autoScaleFormula` (string). */
  autoScaleFormula?: string;
  /** Wire property `autoScaleEvaluationInterval` (string, duration). */
  autoScaleEvaluationInterval?: string;
  /** Wire property `enableInterNodeCommunication` (boolean). */
  enableInterNodeCommunication?: boolean;
  /** Wire property `networkConfiguration` (NetworkConfiguration). */
  networkConfiguration?: NetworkConfiguration;
  /** Wire property `startTask` (StartTask). */
  startTask?: StartTask;
  /** Wire property `certificateReferences` (array). */
  certificateReferences?: CertificateReference[];
  /** Wire property `applicationPackageReferences` (array). */
  applicationPackageReferences?: ApplicationPackageReference[];
  /** Wire property `taskSlotsPerNode` (integer, int32). */
  taskSlotsPerNode?: number;
  /** Wire property `taskSchedulingPolicy` (TaskSchedulingPolicy). */
  taskSchedulingPolicy?: TaskSchedulingPolicy;
  /** Wire property `userAccounts` (array). */
  userAccounts?: UserAccount[];
  /** Wire property `metadata` (array). */
  metadata?: MetadataItem[];
  /** Wire property `mountConfiguration` (array). */
  mountConfiguration?: MountConfiguration[];
  /** Wire property `targetNodeCommunicationMode` (NodeCommunicationMode). */
  targetNodeCommunicationMode?: NodeCommunicationMode;
  /** Wire property `upgradePolicy` (UpgradePolicy). */
  upgradePolicy?: UpgradePolicy;
  /** Wire property `resourceTags` (object). */
  resourceTags?: Record<string, string>;
}

/** Wire shape of the `PoolEnableAutoScaleParameter` definition. */
export interface PoolEnableAutoScaleParameter {
  /** Wire property `autoScaleFormula` (string). */
  autoScaleFormula?: string;
  /** Wire property `autoScaleEvaluationInterval` (string, duration). */
  autoScaleEvaluationInterval?: string;
}

/** Wire shape of the `PoolEndpointConfiguration` definition. */
export interface PoolEndpointConfiguration {
  /** Wire property `inboundNATPools` (array, required). */
  inboundNATPools: InboundNATPool[];
}

/** Wire shape of the `PoolEvaluateAutoScaleParameter` definition. */
export interface PoolEvaluateAutoScaleParameter {
  /** Wire property `autoScaleFormula` (string, required). */
  autoScaleFormula: string;
}

/** Wire shape of the `PoolInformation` definition. */
export interface PoolInformation {
  /** Wire property `poolId` (string). */
  poolId?: string;
  /** Wire property `autoPoolSpecification` (AutoPoolSpecification). */
  autoPoolSpecification?: AutoPoolSpecification;
}

/** Wire shape of the `PoolListUsageMetricsResult` definition. */
export interface PoolListUsageMetricsResult {
  /** Wire property `value` (array). */
  value?: PoolUsageMetrics[];
  /** Wire property `odata.nextLink` (string). */
  "odata.nextLink"?: string;
}

/** Wire shape of the `PoolNodeCounts` definition. */
export interface PoolNodeCounts {
  /** Wire property `poolId` (string, required). */
  poolId: string;
  /** Wire property `dedicated` (NodeCounts). */
  dedicated?: NodeCounts;
  /** Wire property `lowPriority` (NodeCounts). */
  lowPriority?: NodeCounts;
}

/** Wire shape of the `PoolNodeCountsListResult` definition. */
export interface PoolNodeCountsListResult {
  /** Wire property `value` (array). */
  value?: PoolNodeCounts[];
  /** Wire property `odata.nextLink` (string). */
  "odata.nextLink"?: string;
}

/** Wire shape of the `PoolPatchParameter` definition. */
export interface PoolPatchParameter {
  /** Wire property `startTask` (StartTask). */
  startTask?: StartTask;
  /** Wire property `certificateReferences` (array). */
  certificateReferences?: CertificateReference[];
  /** Wire property `applicationPackageReferences` (array). */
  applicationPackageReferences?: ApplicationPackageReference[];
  /** Wire property `metadata` (array). */
  metadata?: MetadataItem[];
  /** Wire property `targetNodeCommunicationMode` (NodeCommunicationMode). */
  targetNodeCommunicationMode?: NodeCommunicationMode;
  /** Wire property `displayName` (string). */
  displayName?: string;
  /** Wire property `vmSize` (string). */
  vmSize?: string;
  /** Wire property `taskSlotsPerNode` (integer, int32). */
  taskSlotsPerNode?: number;
  /** Wire property `taskSchedulingPolicy` (TaskSchedulingPolicy). */
  taskSchedulingPolicy?: TaskSchedulingPolicy;
  /** Wire property `enableInterNodeCommunication` (boolean). */
  enableInterNodeCommunication?: boolean;
  /** Wire property `virtualMachineConfiguration` (VirtualMachineConfiguration). */
  virtualMachineConfiguration?: VirtualMachineConfiguration;
  /** Wire property `networkConfiguration` (NetworkConfiguration). */
  networkConfiguration?: NetworkConfiguration;
  /** Wire property `userAccounts` (array). */
  userAccounts?: UserAccount[];
  /** Wire property `mountConfiguration` (array). */
  mountConfiguration?: MountConfiguration[];
  /** Wire property `upgradePolicy` (UpgradePolicy). */
  upgradePolicy?: UpgradePolicy;
  /** Wire property `resourceTags` (object). */
  resourceTags?: Record<string, string>;
}

/** Wire shape of the `PoolResizeParameter` definition. */
export interface PoolResizeParameter {
  /** Wire property `targetDedicatedNodes` (integer, int32). */
  targetDedicatedNodes?: number;
  /** Wire property `targetLowPriorityNodes` (integer, int32). */
  targetLowPriorityNodes?: number;
  /** Wire property `resizeTimeout` (string, duration). */
  resizeTimeout?: string;
  /** Wire property `nodeDeallocationOption` (ComputeNodeDeallocationOption). */
  nodeDeallocationOption?: ComputeNodeDeallocationOption;
}

/** Wire shape of the `PoolSpecification` definition. */
export interface PoolSpecification {
  /** Wire property `displayName` (string). */
  displayName?: string;
  /** Wire property `vmSize` (string, required). */
  vmSize: string;
  /** Wire property `virtualMachineConfiguration` (VirtualMachineConfiguration). */
  virtualMachineConfiguration?: VirtualMachineConfiguration;
  /** Wire property `taskSlotsPerNode` (integer, int32). */
  taskSlotsPerNode?: number;
  /** Wire property `taskSchedulingPolicy` (TaskSchedulingPolicy). */
  taskSchedulingPolicy?: TaskSchedulingPolicy;
  /** Wire property `resizeTimeout` (string, duration). */
  resizeTimeout?: string;
  /** Wire property `targetDedicatedNodes` (integer, int32). */
  targetDedicatedNodes?: number;
  /** Wire property `targetLowPriorityNodes` (integer, int32). */
  targetLowPriorityNodes?: number;
  /** Wire property `enableAutoScale` (boolean). */
  enableAutoScale?: boolean;
  /** Wire property `autoScaleFormula` (string). */
  autoScaleFormula?: string;
  /** Wire property `autoScaleEvaluationInterval` (string, duration). */
  autoScaleEvaluationInterval?: string;
  /** Wire property `enableInterNodeCommunication` (boolean). */
  enableInterNodeCommunication?: boolean;
  /** Wire property `networkConfiguration` (NetworkConfiguration). */
  networkConfiguration?: NetworkConfiguration;
  /** Wire property `startTask` (StartTask). */
  startTask?: StartTask;
  /** Wire property `certificateReferences` (array). */
  certificateReferences?: CertificateReference[];
  /** Wire property `applicationPackageReferences` (array). */
  applicationPackageReferences?: ApplicationPackageReference[];
  /** Wire property `userAccounts` (array). */
  userAccounts?: UserAccount[];
  /** Wire property `metadata` (array). */
  metadata?: MetadataItem[];
  /** Wire property `mountConfiguration` (array). */
  mountConfiguration?: MountConfiguration[];
  /** Wire property `targetNodeCommunicationMode` (NodeCommunicationMode). */
  targetNodeCommunicationMode?: NodeCommunicationMode;
  /** Wire property `upgradePolicy` (UpgradePolicy). */
  upgradePolicy?: UpgradePolicy;
  /** Wire property `resourceTags` (object). */
  resourceTags?: Record<string, string>;
}

/** Wire shape of the `PoolStatistics` definition. */
export interface PoolStatistics {
  /** Wire property `url` (string, required). */
  url: string;
  /** Wire property `startTime` (string, date-time, required). */
  startTime: string;
  /** Wire property `lastUpdateTime` (string, date-time, required). */
  lastUpdateTime: string;
  /** Wire property `usageStats` (UsageStatistics). */
  usageStats?: UsageStatistics;
  /** Wire property `resourceStats` (ResourceStatistics). */
  resourceStats?: ResourceStatistics;
}

/** Wire shape of the `PoolUpdatePropertiesParameter` definition. */
export interface PoolUpdatePropertiesParameter {
  /** Wire property `startTask` (StartTask). */
  startTask?: StartTask;
  /** Wire property `certificateReferences` (array, required). */
  certificateReferences: CertificateReference[];
  /** Wire property `applicationPackageReferences` (array, required). */
  applicationPackageReferences: ApplicationPackageReference[];
  /** Wire property `metadata` (array, required). */
  metadata: MetadataItem[];
  /** Wire property `targetNodeCommunicationMode` (NodeCommunicationMode). */
  targetNodeCommunicationMode?: NodeCommunicationMode;
}

/** Wire shape of the `PoolUsageMetrics` definition. */
export interface PoolUsageMetrics {
  /** Wire property `poolId` (string, required). */
  poolId: string;
  /** Wire property `startTime` (string, date-time, required). */
  startTime: string;
  /** Wire property `endTime` (string, date-time, required). */
  endTime: string;
  /** Wire property `vmSize` (string, required). */
  vmSize: string;
  /** Wire property `totalCoreHours` (number, double, required). */
  totalCoreHours: number;
}

/** Wire shape of the `PublicIPAddressConfiguration` definition. */
export interface PublicIPAddressConfiguration {
  /** Wire property `provision` (IPAddressProvisioningType). */
  provision?: IPAddressProvisioningType;
  /** Wire property `ipAddressIds` (array). */
  ipAddressIds?: string[];
}

/** Wire shape of the `RecentJob` definition. */
export interface RecentJob {
  /** Wire property `id` (string). */
  id?: string;
  /** Wire property `url` (string). */
  url?: string;
}

/** Wire shape of the `ResizeError` definition. */
export interface ResizeError {
  /** Wire property `code` (string). */
  code?: string;
  /** Wire property `message` (string). */
  message?: string;
  /** Wire property `values` (array). */
  values?: NameValuePair[];
}

/** Wire shape of the `ResourceFile` definition. */
export interface ResourceFile {
  /** Wire property `autoStorageContainerName` (string). */
  autoStorageContainerName?: string;
  /** Wire property `storageContainerUrl` (string). */
  storageContainerUrl?: string;
  /** Wire property `httpUrl` (string). */
  httpUrl?: string;
  /** Wire property `blobPrefix` (string). */
  blobPrefix?: string;
  /** Wire property `filePath` (string). */
  filePath?: string;
  /** Wire property `fileMode` (string). */
  fileMode?: string;
  /** Wire property `identityReference` (ComputeNodeIdentityReference). */
  identityReference?: ComputeNodeIdentityReference;
}

/** Wire shape of the `ResourceStatistics` definition. */
export interface ResourceStatistics {
  /** Wire property `startTime` (string, date-time, required). */
  startTime: string;
  /** Wire property `lastUpdateTime` (string, date-time, required). */
  lastUpdateTime: string;
  /** Wire property `avgCPUPercentage` (number, double, required). */
  avgCPUPercentage: number;
  /** Wire property `avgMemoryGiB` (number, double, required). */
  avgMemoryGiB: number;
  /** Wire property `peakMemoryGiB` (number, double, required). */
  peakMemoryGiB: number;
  /** Wire property `avgDiskGiB` (number, double, required). */
  avgDiskGiB: number;
  /** Wire property `peakDiskGiB` (number, double, required). */
  peakDiskGiB: number;
  /** Wire property `diskReadIOps` (integer, int64, required). */
  diskReadIOps: number;
  /** Wire property `diskWriteIOps` (integer, int64, required). */
  diskWriteIOps: number;
  /** Wire property `diskReadGiB` (number, double, required). */
  diskReadGiB: number;
  /** Wire property `diskWriteGiB` (number, double, required). */
  diskWriteGiB: number;
  /** Wire property `networkReadGiB` (number, double, required). */
  networkReadGiB: number;
  /** Wire property `networkWriteGiB` (number, double, required). */
  networkWriteGiB: number;
}

/** Wire shape of the `RollingUpgradePolicy` definition. */
export interface RollingUpgradePolicy {
  /** Wire property `enableCrossZoneUpgrade` (boolean). */
  enableCrossZoneUpgrade?: boolean;
  /** Wire property `maxBatchInstancePercent` (integer, int32). */
  maxBatchInstancePercent?: number;
  /** Wire property `maxUnhealthyInstancePercent` (integer, int32). */
  maxUnhealthyInstancePercent?: number;
  /** Wire property `maxUnhealthyUpgradedInstancePercent` (integer, int32). */
  maxUnhealthyUpgradedInstancePercent?: number;
  /** Wire property `pauseTimeBetweenBatches` (string, duration). */
  pauseTimeBetweenBatches?: string;
  /** Wire property `prioritizeUnhealthyInstances` (boolean). */
  prioritizeUnhealthyInstances?: boolean;
  /** Wire property `rollbackFailedInstancesOnPolicyBreach` (boolean). */
  rollbackFailedInstancesOnPolicyBreach?: boolean;
}

/** Wire shape of the `Schedule` definition. */
export interface Schedule {
  /** Wire property `doNotRunUntil` (string, date-time). */
  doNotRunUntil?: string;
  /** Wire property `doNotRunAfter` (string, date-time). */
  doNotRunAfter?: string;
  /** Wire property `startWindow` (string, duration). */
  startWindow?: string;
  /** Wire property `recurrenceInterval` (string, duration). */
  recurrenceInterval?: string;
}

/** Wire shape of the `SecurityProfile` definition. */
export interface SecurityProfile {
  /** Wire property `securityType` (string). */
  securityType?: SecurityTypes;
  /** Wire property `encryptionAtHost` (boolean). */
  encryptionAtHost?: boolean;
  /** Wire property `uefiSettings` (UefiSettings). */
  uefiSettings?: UefiSettings;
}

/** Wire shape of the `ServiceArtifactReference` definition. */
export interface ServiceArtifactReference {
  /** Wire property `id` (string, required). */
  id: string;
}

/** Wire shape of the `StartTask` definition. */
export interface StartTask {
  /** Wire property `commandLine` (string, required). */
  commandLine: string;
  /** Wire property `containerSettings` (TaskContainerSettings). */
  containerSettings?: TaskContainerSettings;
  /** Wire property `resourceFiles` (array). */
  resourceFiles?: ResourceFile[];
  /** Wire property `environmentSettings` (array). */
  environmentSettings?: EnvironmentSetting[];
  /** Wire property `userIdentity` (UserIdentity). */
  userIdentity?: UserIdentity;
  /** Wire property `maxTaskRetryCount` (integer, int32). */
  maxTaskRetryCount?: number;
  /** Wire property `waitForSuccess` (boolean). */
  waitForSuccess?: boolean;
}

/** Wire shape of the `StartTaskInformation` definition. */
export interface StartTaskInformation {
  /** Wire property `state` (string, required). */
  state: StartTaskState;
  /** Wire property `startTime` (string, date-time, required). */
  startTime: string;
  /** Wire property `endTime` (string, date-time). */
  endTime?: string;
  /** Wire property `exitCode` (integer, int32). */
  exitCode?: number;
  /** Wire property `containerInfo` (TaskContainerExecutionInformation). */
  containerInfo?: TaskContainerExecutionInformation;
  /** Wire property `failureInfo` (TaskFailureInformation). */
  failureInfo?: TaskFailureInformation;
  /** Wire property `retryCount` (integer, int32, required). */
  retryCount: number;
  /** Wire property `lastRetryTime` (string, date-time). */
  lastRetryTime?: string;
  /** Wire property `result` (TaskExecutionResult). */
  result?: TaskExecutionResult;
}

/** Values of the `StorageAccountType` definition. */
export type StorageAccountType = "standard_lrs" | "premium_lrs" | "standardssd_lrs";

/** Wire shape of the `SubtaskInformation` definition. */
export interface SubtaskInformation {
  /** Wire property `id` (integer, int32). */
  id?: number;
  /** Wire property `nodeInfo` (ComputeNodeInformation). */
  nodeInfo?: ComputeNodeInformation;
  /** Wire property `startTime` (string, date-time). */
  startTime?: string;
  /** Wire property `endTime` (string, date-time). */
  endTime?: string;
  /** Wire property `exitCode` (integer, int32). */
  exitCode?: number;
  /** Wire property `containerInfo` (TaskContainerExecutionInformation). */
  containerInfo?: TaskContainerExecutionInformation;
  /** Wire property `failureInfo` (TaskFailureInformation). */
  failureInfo?: TaskFailureInformation;
  /** Wire property `state` (SubtaskState). */
  state?: SubtaskState;
  /** Wire property `stateTransitionTime` (string, date-time). */
  stateTransitionTime?: string;
  /** Wire property `previousState` (SubtaskState). */
  previousState?: SubtaskState;
  /** Wire property `previousStateTransitionTime` (string, date-time). */
  previousStateTransitionTime?: string;
  /** Wire property `result` (TaskExecutionResult). */
  result?: TaskExecutionResult;
}

/** Values of the `SubtaskState` definition. */
export type SubtaskState = "preparing" | "running" | "completed";

/** Wire shape of the `TaskAddCollectionParameter` definition. */
export interface TaskAddCollectionParameter {
  /** Wire property `value` (array, required). */
  value: TaskAddParameter[];
}

/** Wire shape of the `TaskAddCollectionResult` definition. */
export interface TaskAddCollectionResult {
  /** Wire property `value` (array). */
  value?: TaskAddResult[];
}

/** Wire shape of the `TaskAddParameter` definition. */
export interface TaskAddParameter {
  /** Wire property `id` (string, required). */
  id: string;
  /** Wire property `displayName` (string). */
  displayName?: string;
  /** Wire property `commandLine` (string, required). */
  commandLine: string;
  /** Wire property `containerSettings` (TaskContainerSettings). */
  containerSettings?: TaskContainerSettings;
  /** Wire property `exitConditions` (ExitConditions). */
  exitConditions?: ExitConditions;
  /** Wire property `resourceFiles` (array). */
  resourceFiles?: ResourceFile[];
  /** Wire property `outputFiles` (array). */
  outputFiles?: OutputFile[];
  /** Wire property `environmentSettings` (array). */
  environmentSettings?: EnvironmentSetting[];
  /** Wire property `affinityInfo` (AffinityInformation). */
  affinityInfo?: AffinityInformation;
  /** Wire property `constraints` (TaskConstraints). */
  constraints?: TaskConstraints;
  /** Wire property `requiredSlots` (integer, int32). */
  requiredSlots?: number;
  /** Wire property `userIdentity` (UserIdentity). */
  userIdentity?: UserIdentity;
  /** Wire property `multiInstanceSettings` (MultiInstanceSettings). */
  multiInstanceSettings?: MultiInstanceSettings;
  /** Wire property `dependsOn` (TaskDependencies). */
  dependsOn?: TaskDependencies;
  /** Wire property `applicationPackageReferences` (array). */
  applicationPackageReferences?: ApplicationPackageReference[];
  /** Wire property `authenticationTokenSettings` (AuthenticationTokenSettings). */
  authenticationTokenSettings?: AuthenticationTokenSettings;
}

/** Wire shape of the `TaskAddResult` definition. */
export interface TaskAddResult {
  /** Wire property `status` (string, required). */
  status: TaskAddStatus;
  /** Wire property `taskId` (string, required). */
  taskId: string;
  /** Wire property `eTag` (string). */
  eTag?: string;
  /** Wire property `lastModified` (string, date-time). */
  lastModified?: string;
  /** Wire property `location` (string). */
  location?: string;
  /** Wire property `error` (BatchError). */
  error?: BatchError;
}

/** Wire shape of the `TaskConstraints` definition. */
export interface TaskConstraints {
  /** Wire property `maxWallClockTime` (string, duration). */
  maxWallClockTime?: string;
  /** Wire property `retentionTime` (string, duration). */
  retentionTime?: string;
  /** Wire property `maxTaskRetryCount` (integer, int32). */
  maxTaskRetryCount?: number;
}

/** Wire shape of the `TaskContainerExecutionInformation` definition. */
export interface TaskContainerExecutionInformation {
  /** Wire property `containerId` (string). */
  containerId?: string;
  /** Wire property `state` (string). */
  state?: string;
  /** Wire property `error` (string). */
  error?: string;
}

/** Wire shape of the `TaskContainerSettings` definition. */
export interface TaskContainerSettings {
  /** Wire property `containerRunOptions` (string). */
  containerRunOptions?: string;
  /** Wire property `imageName` (string, required). */
  imageName: string;
  /** Wire property `registry` (ContainerRegistry). */
  registry?: ContainerRegistry;
  /** Wire property `workingDirectory` (string). */
  workingDirectory?: ContainerWorkingDirectory;
  /** Wire property `containerHostBatchBindMounts` (array). */
  containerHostBatchBindMounts?: ContainerHostBatchBindMountEntry[];
}

/** Wire shape of the `TaskCounts` definition. */
export interface TaskCounts {
  /** Wire property `active` (integer, int32, required). */
  active: number;
  /** Wire property `running` (integer, int32, required). */
  running: number;
  /** Wire property `completed` (integer, int32, required). */
  completed: number;
  /** Wire property `succeeded` (integer, int32, required). */
  succeeded: number;
  /** Wire property `failed` (integer, int32, required). */
  failed: number;
}

/** Wire shape of the `TaskCountsResult` definition. */
export interface TaskCountsResult {
  /** Wire property `taskCounts` (TaskCounts, required). */
  taskCounts: TaskCounts;
  /** Wire property `taskSlotCounts` (TaskSlotCounts, required). */
  taskSlotCounts: TaskSlotCounts;
}

/** Wire shape of the `TaskDependencies` definition. */
export interface TaskDependencies {
  /** Wire property `taskIds` (array). */
  taskIds?: string[];
  /** Wire property `taskIdRanges` (array). */
  taskIdRanges?: TaskIdRange[];
}

/** Wire shape of the `TaskExecutionInformation` definition. */
export interface TaskExecutionInformation {
  /** Wire property `startTime` (string, date-time). */
  startTime?: string;
  /** Wire property `endTime` (string, date-time). */
  endTime?: string;
  /** Wire property `exitCode` (integer, int32). */
  exitCode?: number;
  /** Wire property `containerInfo` (TaskContainerExecutionInformation). */
  containerInfo?: TaskContainerExecutionInformation;
  /** Wire property `failureInfo` (TaskFailureInformation). */
  failureInfo?: TaskFailureInformation;
  /** Wire property `retryCount` (integer, int32, required). */
  retryCount: number;
  /** Wire property `lastRetryTime` (string, date-time). */
  lastRetryTime?: string;
  /** Wire property `requeueCount` (integer, int32, required). */
  requeueCount: number;
  /** Wire property `lastRequeueTime` (string, date-time). */
  lastRequeueTime?: string;
  /** Wire property `result` (TaskExecutionResult). */
  result?: TaskExecutionResult;
}

/** Values of the `TaskExecutionResult` definition. */
export type TaskExecutionResult = "success" | "failure";

/** Wire shape of the `TaskFailureInformation` definition. */
export interface TaskFailureInformation {
  /** Wire property `category` (ErrorCategory, required). */
  category: ErrorCategory;
  /** Wire property `code` (string). */
  code?: string;
  /** Wire property `message` (string). */
  message?: string;
  /** Wire property `details` (array). */
  details?: NameValuePair[];
}

/** Wire shape of the `TaskIdRange` definition. */
export interface TaskIdRange {
  /** Wire property `start` (integer, int32, required). */
  start: number;
  /** Wire property `end` (integer, int32, required). */
  end: number;
}

/** Wire shape of the `TaskInformation` definition. */
export interface TaskInformation {
  /** Wire property `taskUrl` (string). */
  taskUrl?: string;
  /** Wire property `jobId` (string). */
  jobId?: string;
  /** Wire property `taskId` (string). */
  taskId?: string;
  /** Wire property `subtaskId` (integer, int32). */
  subtaskId?: number;
  /** Wire property `taskState` (TaskState, required). */
  taskState: TaskState;
  /** Wire property `executionInfo` (TaskExecutionInformation). */
  executionInfo?: TaskExecutionInformation;
}

/** Wire shape of the `TaskSchedulingPolicy` definition. */
export interface TaskSchedulingPolicy {
  /** Wire property `nodeFillType` (string, required). */
  nodeFillType: ComputeNodeFillType;
}

/** Wire shape of the `TaskSlotCounts` definition. */
export interface TaskSlotCounts {
  /** Wire property `active` (integer, int32, required). */
  active: number;
  /** Wire property `running` (integer, int32, required). */
  running: number;
  /** Wire property `completed` (integer, int32, required). */
  completed: number;
  /** Wire property `succeeded` (integer, int32, required). */
  succeeded: number;
  /** Wire property `failed` (integer, int32, required). */
  failed: number;
}

/** Values of the `TaskState` definition. */
export type TaskState = "active" | "preparing" | "running" | "completed";

/** Wire shape of the `TaskStatistics` definition. */
export interface TaskStatistics {
  /** Wire property `url` (string, required). */
  url: string;
  /** Wire property `startTime` (string, date-time, required). */
  startTime: string;
  /** Wire property `lastUpdateTime` (string, date-time, required). */
  lastUpdateTime: string;
  /** Wire property `userCPUTime` (string, duration, required). */
  userCPUTime: string;
  /** Wire property `kernelCPUTime` (string, duration, required). */
  kernelCPUTime: string;
  /** Wire property `wallClockTime` (string, duration, required). */
  wallClockTime: string;
  /** Wire property `readIOps` (integer, int64, required). */
  readIOps: number;
  /** Wire property `writeIOps` (integer, int64, required). */
  writeIOps: number;
  /** Wire property `readIOGiB` (number, double, required). */
  readIOGiB: number;
  /** Wire property `writeIOGiB` (number, double, required). */
  writeIOGiB: number;
  /** Wire property `waitTime` (string, duration, required). */
  waitTime: string;
}

/** Wire shape of the `TaskUpdateParameter` definition. */
export interface TaskUpdateParameter {
  /** Wire property `constraints` (TaskConstraints). */
  constraints?: TaskConstraints;
}

/** Wire shape of the `UefiSettings` definition. */
export interface UefiSettings {
  /** Wire property `secureBootEnabled` (boolean). */
  secureBootEnabled?: boolean;
  /** Wire property `vTpmEnabled` (boolean). */
  vTpmEnabled?: boolean;
}

/** Wire shape of the `UpgradePolicy` definition. */
export interface UpgradePolicy {
  /** Wire property `mode` (string, required). */
  mode: UpgradeMode;
  /** Wire property `automaticOSUpgradePolicy` (AutomaticOSUpgradePolicy). */
  automaticOSUpgradePolicy?: AutomaticOSUpgradePolicy;
  /** Wire property `rollingUpgradePolicy` (RollingUpgradePolicy). */
  rollingUpgradePolicy?: RollingUpgradePolicy;
}

/** Wire shape of the `UploadBatchServiceLogsConfiguration` definition. */
export interface UploadBatchServiceLogsConfiguration {
  /** Wire property `containerUrl` (string, required). */
  containerUrl: string;
  /** Wire property `startTime` (string, date-time, required). */
  startTime: string;
  /** Wire property `endTime` (string, date-time). */
  endTime?: string;
  /** Wire property `identityReference` (ComputeNodeIdentityReference). */
  identityReference?: ComputeNodeIdentityReference;
}

/** Wire shape of the `UploadBatchServiceLogsResult` definition. */
export interface UploadBatchServiceLogsResult {
  /** Wire property `virtualDirectoryName` (string, required). */
  virtualDirectoryName: string;
  /** Wire property `numberOfFilesUploaded` (integer, int32, required). */
  numberOfFilesUploaded: number;
}

/** Wire shape of the `UsageStatistics` definition. */
export interface UsageStatistics {
  /** Wire property `startTime` (string, date-time, required). */
  startTime: string;
  /** Wire property `lastUpdateTime` (string, date-time, required). */
  lastUpdateTime: string;
  /** Wire property `dedicatedCoreTime` (string, duration, required). */
  dedicatedCoreTime: string;
}

/** Wire shape of the `UserAccount` definition. */
export interface UserAccount {
  /** Wire property `name` (string, required). */
  name: string;
  /** Wire property `password` (string, required). */
  password: string;
  /** Wire property `elevationLevel` (ElevationLevel). */
  elevationLevel?: ElevationLevel;
  /** Wire property `linuxUserConfiguration` (LinuxUserConfiguration). */
  linuxUserConfiguration?: LinuxUserConfiguration;
  /** Wire property `windowsUserConfiguration` (WindowsUserConfiguration). */
  windowsUserConfiguration?: WindowsUserConfiguration;
}

/** Wire shape of the `UserAssignedIdentity` definition. */
export interface UserAssignedIdentity {
  /** Wire property `resourceId` (string, required). */
  resourceId: string;
  /** Wire property `clientId` (string). */
  clientId?: string;
  /** Wire property `principalId` (string). */
  principalId?: string;
}

/** Wire shape of the `UserIdentity` definition. */
export interface UserIdentity {
  /** Wire property `username` (string). */
  username?: string;
  /** Wire property `autoUser` (AutoUserSpecification). */
  autoUser?: AutoUserSpecification;
}

/** Wire shape of the `VMDiskSecurityProfile` definition. */
export interface VMDiskSecurityProfile {
  /** Wire property `securityEncryptionType` (string). */
  securityEncryptionType?: SecurityEncryptionTypes;
}

/** Wire shape of the `VMExtension` definition. */
export interface VMExtension {
  /** Wire property `name` (string, required). */
  name: string;
  /** Wire property `publisher` (string, required). */
  publisher: string;
  /** Wire property `type` (string, required). */
  type: string;
  /** Wire property `typeHandlerVersion` (string). */
  typeHandlerVersion?: string;
  /** Wire property `autoUpgradeMinorVersion` (boolean). */
  autoUpgradeMinorVersion?: boolean;
  /** Wire property `enableAutomaticUpgrade` (boolean). */
  enableAutomaticUpgrade?: boolean;
  /** Wire property `settings` (object). */
  settings?: Record<string, unknown>;
  /** Wire property `protectedSettings` (object). */
  protectedSettings?: Record<string, unknown>;
  /** Wire property `provisionAfterExtensions` (array). */
  provisionAfterExtensions?: string[];
}

/** Wire shape of the `VMExtensionInstanceView` definition. */
export interface VMExtensionInstanceView {
  /** Wire property `name` (string). */
  name?: string;
  /** Wire property `statuses` (array). */
  statuses?: InstanceViewStatus[];
  /** Wire property `subStatuses` (array). */
  subStatuses?: InstanceViewStatus[];
}

/** Wire shape of the `VirtualMachineConfiguration` definition. */
export interface VirtualMachineConfiguration {
  /** Wire property `imageReference` (ImageReference, required). */
  imageReference: ImageReference;
  /** Wire property `nodeAgentSKUId` (string, required). */
  nodeAgentSKUId: string;
  /** Wire property `windowsConfiguration` (WindowsConfiguration). */
  windowsConfiguration?: WindowsConfiguration;
  /** Wire property `dataDisks` (array). */
  dataDisks?: DataDisk[];
  /** Wire property `licenseType` (string). */
  licenseType?: string;
  /** Wire property `containerConfiguration` (ContainerConfiguration). */
  containerConfiguration?: ContainerConfiguration;
  /** Wire property `diskEncryptionConfiguration` (DiskEncryptionConfiguration). */
  diskEncryptionConfiguration?: DiskEncryptionConfiguration;
  /** Wire property `nodePlacementConfiguration` (NodePlacementConfiguration). */
  nodePlacementConfiguration?: NodePlacementConfiguration;
  /** Wire property `extensions` (array). */
  extensions?: VMExtension[];
  /** Wire property `osDisk` (OSDisk). */
  osDisk?: OSDisk;
  /** Wire property `securityProfile` (SecurityProfile). */
  securityProfile?: SecurityProfile;
  /** Wire property `serviceArtifactReference` (ServiceArtifactReference). */
  serviceArtifactReference?: ServiceArtifactReference;
}

/** Wire shape of the `VirtualMachineInfo` definition. */
export interface VirtualMachineInfo {
  /** Wire property `imageReference` (ImageReference). */
  imageReference?: ImageReference;
  /** Wire property `scaleSetVmResourceId` (string). */
  scaleSetVmResourceId?: string;
}

/** Wire shape of the `WindowsConfiguration` definition. */
export interface WindowsConfiguration {
  /** Wire property `enableAutomaticUpdates` (boolean). */
  enableAutomaticUpdates?: boolean;
}

/** Wire shape of the `WindowsUserConfiguration` definition. */
export interface WindowsUserConfiguration {
  /** Wire property `loginMode` (string). */
  loginMode?: LoginMode;
}

/** Values of the `AccessScope` enumeration. */
export type AccessScope = "job";

/** Values of the `AllocationState` enumeration. */
export type AllocationState = "steady" | "resizing" | "stopping";

/** Values of the `AutoUserScope` enumeration. */
export type AutoUserScope = "task" | "pool";

/** Values of the `CertificateFormat` enumeration. */
export type CertificateFormat = "pfx" | "cer";

/** Values of the `CertificateStoreLocation` enumeration. */
export type CertificateStoreLocation = "currentuser" | "localmachine";

/** Values of the `CertificateVisibility` enumeration. */
export type CertificateVisibility = "starttask" | "task" | "remoteuser";

/** Values of the `ComputeNodeDeallocateOption` enumeration. */
export type ComputeNodeDeallocateOption = "requeue" | "terminate" | "taskcompletion" | "retaineddata";

/** Values of the `ComputeNodeFillType` enumeration. */
export type ComputeNodeFillType = "spread" | "pack";

/** Values of the `ComputeNodeRebootOption` enumeration. */
export type ComputeNodeRebootOption = "requeue" | "terminate" | "taskcompletion" | "retaineddata";

/** Values of the `ComputeNodeReimageOption` enumeration. */
export type ComputeNodeReimageOption = "requeue" | "terminate" | "taskcompletion" | "retaineddata";

/** Values of the `ComputeNodeState` enumeration. */
export type ComputeNodeState = "idle" | "rebooting" | "reimaging" | "running" | "unusable" | "creating" | "starting" | "waitingforstarttask" | "starttaskfailed" | "unknown" | "leavingpool" | "offline" | "preempted" | "upgradingos" | "deallocated" | "deallocating";

/** Values of the `ContainerType` enumeration. */
export type ContainerType = "dockerCompatible" | "criCompatible";

/** Values of the `ContainerWorkingDirectory` enumeration. */
export type ContainerWorkingDirectory = "taskWorkingDirectory" | "containerImageDefault";

/** Values of the `DependencyAction` enumeration. */
export type DependencyAction = "satisfy" | "block";

/** Values of the `DisableComputeNodeSchedulingOption` enumeration. */
export type DisableComputeNodeSchedulingOption = "requeue" | "terminate" | "taskcompletion";

/** Values of the `DisableJobOption` enumeration. */
export type DisableJobOption = "requeue" | "terminate" | "wait";

/** Values of the `DiskEncryptionTarget` enumeration. */
export type DiskEncryptionTarget = "osdisk" | "temporarydisk";

/** Values of the `DynamicVNetAssignmentScope` enumeration. */
export type DynamicVNetAssignmentScope = "none" | "job";

/** Values of the `JobAction` enumeration. */
export type JobAction = "none" | "disable" | "terminate";

/** Values of the `JobPreparationTaskState` enumeration. */
export type JobPreparationTaskState = "running" | "completed";

/** Values of the `JobReleaseTaskState` enumeration. */
export type JobReleaseTaskState = "running" | "completed";

/** Values of the `LoginMode` enumeration. */
export type LoginMode = "batch" | "interactive";

/** Values of the `NetworkSecurityGroupRuleAccess` enumeration. */
export type NetworkSecurityGroupRuleAccess = "allow" | "deny";

/** Values of the `OSType` enumeration. */
export type OSType = "linux" | "windows";

/** Values of the `PoolIdentityType` enumeration. */
export type PoolIdentityType = "UserAssigned" | "None";

/** Values of the `PoolLifetimeOption` enumeration. */
export type PoolLifetimeOption = "jobschedule" | "job";

/** Values of the `PoolState` enumeration. */
export type PoolState = "active" | "deleting";

/** Values of the `SchedulingState` enumeration. */
export type SchedulingState = "enabled" | "disabled";

/** Values of the `SecurityEncryptionTypes` enumeration. */
export type SecurityEncryptionTypes = "NonPersistedTPM" | "VMGuestStateOnly";

/** Values of the `SecurityTypes` enumeration. */
export type SecurityTypes = "trustedLaunch" | "confidentialVM";

/** Values of the `StartTaskState` enumeration. */
export type StartTaskState = "running" | "completed";

/** Values of the `StatusLevelTypes` enumeration. */
export type StatusLevelTypes = "Error" | "Info" | "Warning";

/** Values of the `TaskAddStatus` enumeration. */
export type TaskAddStatus = "success" | "clienterror" | "servererror";

/** Values of the `UpgradeMode` enumeration. */
export type UpgradeMode = "automatic" | "manual" | "rolling";

/** Values of the `VerificationType` enumeration. */
export type VerificationType = "verified" | "unverified";

/** The wire shape of every definition, keyed by the definition's name. */
export interface Definitions {
  /** The `AccountListSupportedImagesResult` definition. */
  AccountListSupportedImagesResult: AccountListSupportedImagesResult;
  /** The `AffinityInformation` definition. */
  AffinityInformation: AffinityInformation;
  /** The `ApplicationListResult` definition. */
  ApplicationListResult: ApplicationListResult;
  /** The `ApplicationPackageReference` definition. */
  ApplicationPackageReference: ApplicationPackageReference;
  /** The `ApplicationSummary` definition. */
  ApplicationSummary: ApplicationSummary;
  /** The `AuthenticationTokenSettings` definition. */
  AuthenticationTokenSettings: AuthenticationTokenSettings;
  /** The `AutoPoolSpecification` definition. */
  AutoPoolSpecification: AutoPoolSpecification;
  /** The `AutoScaleRun` definition. */
  AutoScaleRun: AutoScaleRun;
  /** The `AutoScaleRunError` definition. */
  AutoScaleRunError: AutoScaleRunError;
  /** The `AutoUserSpecification` definition. */
  AutoUserSpecification: AutoUserSpecification;
  /** The `AutomaticOSUpgradePolicy` definition. */
  AutomaticOSUpgradePolicy: AutomaticOSUpgradePolicy;
  /** The `AzureBlobFileSystemConfiguration` definition. */
  AzureBlobFileSystemConfiguration: AzureBlobFileSystemConfiguration;
  /** The `AzureFileShareConfiguration` definition. */
  AzureFileShareConfiguration: AzureFileShareConfiguration;
  /** The `BatchError` definition. */
  BatchError: BatchError;
  /** The `BatchErrorDetail` definition. */
  BatchErrorDetail: BatchErrorDetail;
  /** The `BatchPoolIdentity` definition. */
  BatchPoolIdentity: BatchPoolIdentity;
  /** The `CIFSMountConfiguration` definition. */
  CIFSMountConfiguration: CIFSMountConfiguration;
  /** The `CachingType` definition. */
  CachingType: CachingType;
  /** The `Certificate` definition. */
  Certificate: Certificate;
  /** The `CertificateAddParameter` definition. */
  CertificateAddParameter: CertificateAddParameter;
  /** The `CertificateListResult` definition. */
  CertificateListResult: CertificateListResult;
  /** The `CertificateReference` definition. */
  CertificateReference: CertificateReference;
  /** The `CertificateState` definition. */
  CertificateState: CertificateState;
  /** The `CloudJob` definition. */
  CloudJob: CloudJob;
  /** The `CloudJobListPreparationAndReleaseTaskStatusResult` definition. */
  CloudJobListPreparationAndReleaseTaskStatusResult: CloudJobListPreparationAndReleaseTaskStatusResult;
  /** The `CloudJobListResult` definition. */
  CloudJobListResult: CloudJobListResult;
  /** The `CloudJobSchedule` definition. */
  CloudJobSchedule: CloudJobSchedule;
  /** The `CloudJobScheduleListResult` definition. */
  CloudJobScheduleListResult: CloudJobScheduleListResult;
  /** The `CloudPool` definition. */
  CloudPool: CloudPool;
  /** The `CloudPoolListResult` definition. */
  CloudPoolListResult: CloudPoolListResult;
  /** The `CloudTask` definition. */
  CloudTask: CloudTask;
  /** The `CloudTaskListResult` definition. */
  CloudTaskListResult: CloudTaskListResult;
  /** The `CloudTaskListSubtasksResult` definition. */
  CloudTaskListSubtasksResult: CloudTaskListSubtasksResult;
  /** The `ComputeNode` definition. */
  ComputeNode: ComputeNode;
  /** The `ComputeNodeDeallocationOption` definition. */
  ComputeNodeDeallocationOption: ComputeNodeDeallocationOption;
  /** The `ComputeNodeEndpointConfiguration` definition. */
  ComputeNodeEndpointConfiguration: ComputeNodeEndpointConfiguration;
  /** The `ComputeNodeError` definition. */
  ComputeNodeError: ComputeNodeError;
  /** The `ComputeNodeGetRemoteLoginSettingsResult` definition. */
  ComputeNodeGetRemoteLoginSettingsResult: ComputeNodeGetRemoteLoginSettingsResult;
  /** The `ComputeNodeIdentityReference` definition. */
  ComputeNodeIdentityReference: ComputeNodeIdentityReference;
  /** The `ComputeNodeInformation` definition. */
  ComputeNodeInformation: ComputeNodeInformation;
  /** The `ComputeNodeListResult` definition. */
  ComputeNodeListResult: ComputeNodeListResult;
  /** The `ComputeNodeUser` definition. */
  ComputeNodeUser: ComputeNodeUser;
  /** The `ContainerConfiguration` definition. */
  ContainerConfiguration: ContainerConfiguration;
  /** The `ContainerHostBatchBindMountEntry` definition. */
  ContainerHostBatchBindMountEntry: ContainerHostBatchBindMountEntry;
  /** The `ContainerHostDataPath` definition. */
  ContainerHostDataPath: ContainerHostDataPath;
  /** The `ContainerRegistry` definition. */
  ContainerRegistry: ContainerRegistry;
  /** The `DataDisk` definition. */
  DataDisk: DataDisk;
  /** The `DeleteCertificateError` definition. */
  DeleteCertificateError: DeleteCertificateError;
  /** The `DiffDiskPlacement` definition. */
  DiffDiskPlacement: DiffDiskPlacement;
  /** The `DiffDiskSettings` definition. */
  DiffDiskSettings: DiffDiskSettings;
  /** The `DiskEncryptionConfiguration` definition. */
  DiskEncryptionConfiguration: DiskEncryptionConfiguration;
  /** The `ElevationLevel` definition. */
  ElevationLevel: ElevationLevel;
  /** The `EnvironmentSetting` definition. */
  EnvironmentSetting: EnvironmentSetting;
  /** The `ErrorCategory` definition. */
  ErrorCategory: ErrorCategory;
  /** The `ErrorMessage` definition. */
  ErrorMessage: ErrorMessage;
  /** The `ExitCodeMapping` definition. */
  ExitCodeMapping: ExitCodeMapping;
  /** The `ExitCodeRangeMapping` definition. */
  ExitCodeRangeMapping: ExitCodeRangeMapping;
  /** The `ExitConditions` definition. */
  ExitConditions: ExitConditions;
  /** The `ExitOptions` definition. */
  ExitOptions: ExitOptions;
  /** The `FileProperties` definition. */
  FileProperties: FileProperties;
  /** The `HttpHeader` definition. */
  HttpHeader: HttpHeader;
  /** The `IPAddressProvisioningType` definition. */
  IPAddressProvisioningType: IPAddressProvisioningType;
  /** The `ImageInformation` definition. */
  ImageInformation: ImageInformation;
  /** The `ImageReference` definition. */
  ImageReference: ImageReference;
  /** The `InboundEndpoint` definition. */
  InboundEndpoint: InboundEndpoint;
  /** The `InboundEndpointProtocol` definition. */
  InboundEndpointProtocol: InboundEndpointProtocol;
  /** The `InboundNATPool` definition. */
  InboundNATPool: InboundNATPool;
  /** The `InstanceViewStatus` definition. */
  InstanceViewStatus: InstanceViewStatus;
  /** The `JobAddParameter` definition. */
  JobAddParameter: JobAddParameter;
  /** The `JobConstraints` definition. */
  JobConstraints: JobConstraints;
  /** The `JobDisableParameter` definition. */
  JobDisableParameter: JobDisableParameter;
  /** The `JobExecutionInformation` definition. */
  JobExecutionInformation: JobExecutionInformation;
  /** The `JobManagerTask` definition. */
  JobManagerTask: JobManagerTask;
  /** The `JobNetworkConfiguration` definition. */
  JobNetworkConfiguration: JobNetworkConfiguration;
  /** The `JobPatchParameter` definition. */
  JobPatchParameter: JobPatchParameter;
  /** The `JobPreparationAndReleaseTaskExecutionInformation` definition. */
  JobPreparationAndReleaseTaskExecutionInformation: JobPreparationAndReleaseTaskExecutionInformation;
  /** The `JobPreparationTask` definition. */
  JobPreparationTask: JobPreparationTask;
  /** The `JobPreparationTaskExecutionInformation` definition. */
  JobPreparationTaskExecutionInformation: JobPreparationTaskExecutionInformation;
  /** The `JobReleaseTask` definition. */
  JobReleaseTask: JobReleaseTask;
  /** The `JobReleaseTaskExecutionInformation` definition. */
  JobReleaseTaskExecutionInformation: JobReleaseTaskExecutionInformation;
  /** The `JobScheduleAddParameter` definition. */
  JobScheduleAddParameter: JobScheduleAddParameter;
  /** The `JobScheduleExecutionInformation` definition. */
  JobScheduleExecutionInformation: JobScheduleExecutionInformation;
  /** The `JobSchedulePatchParameter` definition. */
  JobSchedulePatchParameter: JobSchedulePatchParameter;
  /** The `JobScheduleState` definition. */
  JobScheduleState: JobScheduleState;
  /** The `JobScheduleStatistics` definition. */
  JobScheduleStatistics: JobScheduleStatistics;
  /** The `JobScheduleUpdateParameter` definition. */
  JobScheduleUpdateParameter: JobScheduleUpdateParameter;
  /** The `JobSchedulingError` definition. */
  JobSchedulingError: JobSchedulingError;
  /** The `JobSpecification` definition. */
  JobSpecification: JobSpecification;
  /** The `JobState` definition. */
  JobState: JobState;
  /** The `JobStatistics` definition. */
  JobStatistics: JobStatistics;
  /** The `JobTerminateParameter` definition. */
  JobTerminateParameter: JobTerminateParameter;
  /** The `JobUpdateParameter` definition. */
  JobUpdateParameter: JobUpdateParameter;
  /** The `LinuxUserConfiguration` definition. */
  LinuxUserConfiguration: LinuxUserConfiguration;
  /** The `ManagedDisk` definition. */
  ManagedDisk: ManagedDisk;
  /** The `MetadataItem` definition. */
  MetadataItem: MetadataItem;
  /** The `MountConfiguration` definition. */
  MountConfiguration: MountConfiguration;
  /** The `MultiInstanceSettings` definition. */
  MultiInstanceSettings: MultiInstanceSettings;
  /** The `NFSMountConfiguration` definition. */
  NFSMountConfiguration: NFSMountConfiguration;
  /** The `NameValuePair` definition. */
  NameValuePair: NameValuePair;
  /** The `NetworkConfiguration` definition. */
  NetworkConfiguration: NetworkConfiguration;
  /** The `NetworkSecurityGroupRule` definition. */
  NetworkSecurityGroupRule: NetworkSecurityGroupRule;
  /** The `NodeAgentInformation` definition. */
  NodeAgentInformation: NodeAgentInformation;
  /** The `NodeCommunicationMode` definition. */
  NodeCommunicationMode: NodeCommunicationMode;
  /** The `NodeCounts` definition. */
  NodeCounts: NodeCounts;
  /** The `NodeDeallocateParameter` definition. */
  NodeDeallocateParameter: NodeDeallocateParameter;
  /** The `NodeDisableSchedulingParameter` definition. */
  NodeDisableSchedulingParameter: NodeDisableSchedulingParameter;
  /** The `NodeFile` definition. */
  NodeFile: NodeFile;
  /** The `NodeFileListResult` definition. */
  NodeFileListResult: NodeFileListResult;
  /** The `NodePlacementConfiguration` definition. */
  NodePlacementConfiguration: NodePlacementConfiguration;
  /** The `NodePlacementPolicyType` definition. */
  NodePlacementPolicyType: NodePlacementPolicyType;
  /** The `NodeRebootParameter` definition. */
  NodeRebootParameter: NodeRebootParameter;
  /** The `NodeReimageParameter` definition. */
  NodeReimageParameter: NodeReimageParameter;
  /** The `NodeRemoveParameter` definition. */
  NodeRemoveParameter: NodeRemoveParameter;
  /** The `NodeUpdateUserParameter` definition. */
  NodeUpdateUserParameter: NodeUpdateUserParameter;
  /** The `NodeVMExtension` definition. */
  NodeVMExtension: NodeVMExtension;
  /** The `NodeVMExtensionList` definition. */
  NodeVMExtensionList: NodeVMExtensionList;
  /** The `OSDisk` definition. */
  OSDisk: OSDisk;
  /** The `OnAllTasksComplete` definition. */
  OnAllTasksComplete: OnAllTasksComplete;
  /** The `OnTaskFailure` definition. */
  OnTaskFailure: OnTaskFailure;
  /** The `OutputFile` definition. */
  OutputFile: OutputFile;
  /** The `OutputFileBlobContainerDestination` definition. */
  OutputFileBlobContainerDestination: OutputFileBlobContainerDestination;
  /** The `OutputFileDestination` definition. */
  OutputFileDestination: OutputFileDestination;
  /** The `OutputFileUploadCondition` definition. */
  OutputFileUploadCondition: OutputFileUploadCondition;
  /** The `OutputFileUploadOptions` definition. */
  OutputFileUploadOptions: OutputFileUploadOptions;
  /** The `PoolAddParameter` definition. */
  PoolAddParameter: PoolAddParameter;
  /** The `PoolEnableAutoScaleParameter` definition. */
  PoolEnableAutoScaleParameter: PoolEnableAutoScaleParameter;
  /** The `PoolEndpointConfiguration` definition. */
  PoolEndpointConfiguration: PoolEndpointConfiguration;
  /** The `PoolEvaluateAutoScaleParameter` definition. */
  PoolEvaluateAutoScaleParameter: PoolEvaluateAutoScaleParameter;
  /** The `PoolInformation` definition. */
  PoolInformation: PoolInformation;
  /** The `PoolListUsageMetricsResult` definition. */
  PoolListUsageMetricsResult: PoolListUsageMetricsResult;
  /** The `PoolNodeCounts` definition. */
  PoolNodeCounts: PoolNodeCounts;
  /** The `PoolNodeCountsListResult` definition. */
  PoolNodeCountsListResult: PoolNodeCountsListResult;
  /** The `PoolPatchParameter` definition. */
  PoolPatchParameter: PoolPatchParameter;
  /** The `PoolResizeParameter` definition. */
  PoolResizeParameter: PoolResizeParameter;
  /** The `PoolSpecification` definition. */
  PoolSpecification: PoolSpecification;
  /** The `PoolStatistics` definition. */
  PoolStatistics: PoolStatistics;
  /** The `PoolUpdatePropertiesParameter` definition. */
  PoolUpdatePropertiesParameter: PoolUpdatePropertiesParameter;
  /** The `PoolUsageMetrics` definition. */
  PoolUsageMetrics: PoolUsageMetrics;
  /** The `PublicIPAddressConfiguration` definition. */
  PublicIPAddressConfiguration: PublicIPAddressConfiguration;
  /** The `RecentJob` definition. */
  RecentJob: RecentJob;
  /** The `ResizeError` definition. */
  ResizeError: ResizeError;
  /** The `ResourceFile` definition. */
  ResourceFile: ResourceFile;
  /** The `ResourceStatistics` definition. */
  ResourceStatistics: ResourceStatistics;
  /** The `RollingUpgradePolicy` definition. */
  RollingUpgradePolicy: RollingUpgradePolicy;
  /** The `Schedule` definition. */
  Schedule: Schedule;
  /** The `SecurityProfile` definition. */
  SecurityProfile: SecurityProfile;
  /** The `ServiceArtifactReference` definition. */
  ServiceArtifactReference: ServiceArtifactReference;
  /** The `StartTask` definition. */
  StartTask: StartTask;
  /** The `StartTaskInformation` definition. */
  StartTaskInformation: StartTaskInformation;
  /** The `StorageAccountType` definition. */
  StorageAccountType: StorageAccountType;
  /** The `SubtaskInformation` definition. */
  SubtaskInformation: SubtaskInformation;
  /** The `SubtaskState` definition. */
  SubtaskState: SubtaskState;
  /** The `TaskAddCollectionParameter` definition. */
  TaskAddCollectionParameter: TaskAddCollectionParameter;
  /** The `TaskAddCollectionResult` definition. */
  TaskAddCollectionResult: TaskAddCollectionResult;
  /** The `TaskAddParameter` definition. */
  TaskAddParameter: TaskAddParameter;
  /** The `TaskAddResult` definition. */
  TaskAddResult: TaskAddResult;
  /** The `TaskConstraints` definition. */
  TaskConstraints: TaskConstraints;
  /** The `TaskContainerExecutionInformation` definition. */
  TaskContainerExecutionInformation: TaskContainerExecutionInformation;
  /** The `TaskContainerSettings` definition. */
  TaskContainerSettings: TaskContainerSettings;
  /** The `TaskCounts` definition. */
  TaskCounts: TaskCounts;
  /** The `TaskCountsResult` definition. */
  TaskCountsResult: TaskCountsResult;
  /** The `TaskDependencies` definition. */
  TaskDependencies: TaskDependencies;
  /** The `TaskExecutionInformation` definition. */
  TaskExecutionInformation: TaskExecutionInformation;
  /** The `TaskExecutionResult` definition. */
  TaskExecutionResult: TaskExecutionResult;
  /** The `TaskFailureInformation` definition. */
  TaskFailureInformation: TaskFailureInformation;
  /** The `TaskIdRange` definition. */
  TaskIdRange: TaskIdRange;
  /** The `TaskInformation` definition. */
  TaskInformation: TaskInformation;
  /** The `TaskSchedulingPolicy` definition. */
  TaskSchedulingPolicy: TaskSchedulingPolicy;
  /** The `TaskSlotCounts` definition. */
  TaskSlotCounts: TaskSlotCounts;
  /** The `TaskState` definition. */
  TaskState: TaskState;
  /** The `TaskStatistics` definition. */
  TaskStatistics: TaskStatistics;
  /** The `TaskUpdateParameter` definition. */
  TaskUpdateParameter: TaskUpdateParameter;
  /** The `UefiSettings` definition. */
  UefiSettings: UefiSettings;
  /** The `UpgradePolicy` definition. */
  UpgradePolicy: UpgradePolicy;
  /** The `UploadBatchServiceLogsConfiguration` definition. */
  UploadBatchServiceLogsConfiguration: UploadBatchServiceLogsConfiguration;
  /** The `UploadBatchServiceLogsResult` definition. */
  UploadBatchServiceLogsResult: UploadBatchServiceLogsResult;
  /** The `UsageStatistics` definition. */
  UsageStatistics: UsageStatistics;
  /** The `UserAccount` definition. */
  UserAccount: UserAccount;
  /** The `UserAssignedIdentity` definition. */
  UserAssignedIdentity: UserAssignedIdentity;
  /** The `UserIdentity` definition. */
  UserIdentity: UserIdentity;
  /** The `VMDiskSecurityProfile` definition. */
  VMDiskSecurityProfile: VMDiskSecurityProfile;
  /** The `VMExtension` definition. */
  VMExtension: VMExtension;
  /** The `VMExtensionInstanceView` definition. */
  VMExtensionInstanceView: VMExtensionInstanceView;
  /** The `VirtualMachineConfiguration` definition. */
  VirtualMachineConfiguration: VirtualMachineConfiguration;
  /** The `VirtualMachineInfo` definition. */
  VirtualMachineInfo: VirtualMachineInfo;
  /** The `WindowsConfiguration` definition. */
  WindowsConfiguration: WindowsConfiguration;
  /** The `WindowsUserConfiguration` definition. */
  WindowsUserConfiguration: WindowsUserConfiguration;
}
