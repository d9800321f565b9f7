// generated — do not edit. Produced by scripts/objectmodel/generate.ts from BatchService.json and scripts/objectmodel/names.ts.
/**
 * Enumerations of the object model: `as const` objects keyed by Batch .NET member names, whose values
 * are the wire values, plus a union type of those values.
 * @module
 */

/** Values of `AccessScope` (Batch .NET enum `AccessScope`). */
export const AccessScope = {
  /** Wire value `job`. */
  Job: "job",
} as const;
/** A wire value of {@link AccessScope}. */
export type AccessScope = (typeof AccessScope)[keyof typeof AccessScope];

/** Values of `AllocationState` (Batch .NET enum `AllocationState`). */
export const AllocationState = {
  /** Wire value `steady`. */
  Steady: "steady",
  /** Wire value `resizing`. */
  Resizing: "resizing",
  /** Wire value `stopping`. */
  Stopping: "stopping",
} as const;
/** A wire value of {@link AllocationState}. */
export type AllocationState = (typeof AllocationState)[keyof typeof AllocationState];

/** Values of `AutoUserScope` (Batch .NET enum `AutoUserScope`). */
export const AutoUserScope = {
  /** Wire value `task`. */
  Task: "task",
  /** Wire value `pool`. */
  Pool: "pool",
} as const;
/** A wire value of {@link AutoUserScope}. */
export type AutoUserScope = (typeof AutoUserScope)[keyof typeof AutoUserScope];

/** Values of `CachingType` (Batch .NET enum `CachingType`). */
export const CachingType = {
  /** Wire value `none`. */
  None: "none",
  /** Wire value `readonly`. */
  ReadOnly: "readonly",
  /** Wire value `readwrite`. */
  ReadWrite: "readwrite",
} as const;
/** A wire value of {@link CachingType}. */
export type CachingType = (typeof CachingType)[keyof typeof CachingType];

/** Values of `CertificateFormat` (Batch .NET enum `CertificateFormat`). */
export const CertificateFormat = {
  /** Wire value `pfx`. */
  Pfx: "pfx",
  /** Wire value `cer`. */
  Cer: "cer",
} as const;
/** A wire value of {@link CertificateFormat}. */
export type CertificateFormat = (typeof CertificateFormat)[keyof typeof CertificateFormat];

/** Values of `CertificateState` (Batch .NET enum `CertificateState`). */
export const CertificateState = {
  /** Wire value `active`. */
  Active: "active",
  /** Wire value `deleting`. */
  Deleting: "deleting",
  /** Wire value `deletefailed`. */
  DeleteFailed: "deletefailed",
} as const;
/** A wire value of {@link CertificateState}. */
export type CertificateState = (typeof CertificateState)[keyof typeof CertificateState];

/** Values of `CertificateVisibility` (Batch .NET enum `CertificateVisibility`). */
export const CertificateVisibility = {
  /** Wire value `starttask`. */
  StartTask: "starttask",
  /** Wire value `task`. */
  Task: "task",
  /** Wire value `remoteuser`. */
  RemoteUser: "remoteuser",
  /** No user account sees the certificate (Batch .NET `None`); sent as an empty `visibility` list. */
  None: "none",
} as const;
/** A wire value of {@link CertificateVisibility}. */
export type CertificateVisibility = (typeof CertificateVisibility)[keyof typeof CertificateVisibility];

/** Values of `CertStoreLocation` (Batch .NET enum `CertStoreLocation`). */
export const CertStoreLocation = {
  /** Wire value `currentuser`. */
  CurrentUser: "currentuser",
  /** Wire value `localmachine`. */
  LocalMachine: "localmachine",
} as const;
/** A wire value of {@link CertStoreLocation}. */
export type CertStoreLocation = (typeof CertStoreLocation)[keyof typeof CertStoreLocation];

/** Values of `ComputeNodeDeallocateOption` (Batch .NET enum `ComputeNodeDeallocateOption`). */
export const ComputeNodeDeallocateOption = {
  /** Wire value `requeue`. */
  Requeue: "requeue",
  /** Wire value `terminate`. */
  Terminate: "terminate",
  /** Wire value `taskcompletion`. */
  TaskCompletion: "taskcompletion",
  /** Wire value `retaineddata`. */
  RetainedData: "retaineddata",
} as const;
/** A wire value of {@link ComputeNodeDeallocateOption}. */
export type ComputeNodeDeallocateOption =
  (typeof ComputeNodeDeallocateOption)[keyof typeof ComputeNodeDeallocateOption];

/** Values of `ComputeNodeDeallocationOption` (Batch .NET enum `ComputeNodeDeallocationOption`). */
export const ComputeNodeDeallocationOption = {
  /** Wire value `requeue`. */
  Requeue: "requeue",
  /** Wire value `terminate`. */
  Terminate: "terminate",
  /** Wire value `taskcompletion`. */
  TaskCompletion: "taskcompletion",
  /** Wire value `retaineddata`. */
  RetainedData: "retaineddata",
} as const;
/** A wire value of {@link ComputeNodeDeallocationOption}. */
export type ComputeNodeDeallocationOption =
  (typeof ComputeNodeDeallocationOption)[keyof typeof ComputeNodeDeallocationOption];

/** Values of `ComputeNodeFillType` (Batch .NET enum `ComputeNodeFillType`). */
export const ComputeNodeFillType = {
  /** Wire value `spread`. */
  Spread: "spread",
  /** Wire value `pack`. */
  Pack: "pack",
} as const;
/** A wire value of {@link ComputeNodeFillType}. */
export type ComputeNodeFillType = (typeof ComputeNodeFillType)[keyof typeof ComputeNodeFillType];

/** Values of `ComputeNodeRebootOption` (Batch .NET enum `ComputeNodeRebootOption`). */
export const ComputeNodeRebootOption = {
  /** Wire value `requeue`. */
  Requeue: "requeue",
  /** Wire value `terminate`. */
  Terminate: "terminate",
  /** Wire value `taskcompletion`. */
  TaskCompletion: "taskcompletion",
  /** Wire value `retaineddata`. */
  RetainedData: "retaineddata",
} as const;
/** A wire value of {@link ComputeNodeRebootOption}. */
export type ComputeNodeRebootOption = (typeof ComputeNodeRebootOption)[keyof typeof ComputeNodeRebootOption];

/** Values of `ComputeNodeReimageOption` (Batch .NET enum `ComputeNodeReimageOption`). */
export const ComputeNodeReimageOption = {
  /** Wire value `requeue`. */
  Requeue: "requeue",
  /** Wire value `terminate`. */
  Terminate: "terminate",
  /** Wire value `taskcompletion`. */
  TaskCompletion: "taskcompletion",
  /** Wire value `retaineddata`. */
  RetainedData: "retaineddata",
} as const;
/** A wire value of {@link ComputeNodeReimageOption}. */
export type ComputeNodeReimageOption =
  (typeof ComputeNodeReimageOption)[keyof typeof ComputeNodeReimageOption];

/** Values of `ComputeNodeState` (Batch .NET enum `ComputeNodeState`). */
export const ComputeNodeState = {
  /** Wire value `idle`. */
  Idle: "idle",
  /** Wire value `rebooting`. */
  Rebooting: "rebooting",
  /** Wire value `reimaging`. */
  Reimaging: "reimaging",
  /** Wire value `running`. */
  Running: "running",
  /** Wire value `unusable`. */
  Unusable: "unusable",
  /** Wire value `creating`. */
  Creating: "creating",
  /** Wire value `starting`. */
  Starting: "starting",
  /** Wire value `waitingforstarttask`. */
  WaitingForStartTask: "waitingforstarttask",
  /** Wire value `starttaskfailed`. */
  StartTaskFailed: "starttaskfailed",
  /** Wire value `unknown`. */
  Unknown: "unknown",
  /** Wire value `leavingpool`. */
  LeavingPool: "leavingpool",
  /** Wire value `offline`. */
  Offline: "offline",
  /** Wire value `preempted`. */
  Preempted: "preempted",
  /** Wire value `upgradingos`. */
  UpgradingOS: "upgradingos",
  /** Wire value `deallocated`. */
  Deallocated: "deallocated",
  /** Wire value `deallocating`. */
  Deallocating: "deallocating",
} as const;
/** A wire value of {@link ComputeNodeState}. */
export type ComputeNodeState = (typeof ComputeNodeState)[keyof typeof ComputeNodeState];

/** Values of `ComputeNodeUserCommitSemantics` (Batch .NET enum `ComputeNodeUserCommitSemantics`). */
export const ComputeNodeUserCommitSemantics = {
  /** Create the account. */
  AddUser: "addUser",
  /** Replace the password, SSH key and expiry of an existing account. */
  UpdateUser: "updateUser",
} as const;
/** A wire value of {@link ComputeNodeUserCommitSemantics}. */
export type ComputeNodeUserCommitSemantics =
  (typeof ComputeNodeUserCommitSemantics)[keyof typeof ComputeNodeUserCommitSemantics];

/** Values of `ContainerHostDataPath` (Batch .NET enum `ContainerHostDataPath`). */
export const ContainerHostDataPath = {
  /** Wire value `Shared`. */
  Shared: "Shared",
  /** Wire value `Startup`. */
  Startup: "Startup",
  /** Wire value `VfsMounts`. */
  VfsMounts: "VfsMounts",
  /** Wire value `Task`. */
  Task: "Task",
  /** Wire value `JobPrep`. */
  JobPrep: "JobPrep",
  /** Wire value `Applications`. */
  Applications: "Applications",
} as const;
/** A wire value of {@link ContainerHostDataPath}. */
export type ContainerHostDataPath = (typeof ContainerHostDataPath)[keyof typeof ContainerHostDataPath];

/** Values of `ContainerType` (Batch .NET enum `ContainerType`). */
export const ContainerType = {
  /** Wire value `dockerCompatible`. */
  DockerCompatible: "dockerCompatible",
  /** Wire value `criCompatible`. */
  CriCompatible: "criCompatible",
} as const;
/** A wire value of {@link ContainerType}. */
export type ContainerType = (typeof ContainerType)[keyof typeof ContainerType];

/** Values of `ContainerWorkingDirectory` (Batch .NET enum `ContainerWorkingDirectory`). */
export const ContainerWorkingDirectory = {
  /** Wire value `taskWorkingDirectory`. */
  TaskWorkingDirectory: "taskWorkingDirectory",
  /** Wire value `containerImageDefault`. */
  ContainerImageDefault: "containerImageDefault",
} as const;
/** A wire value of {@link ContainerWorkingDirectory}. */
export type ContainerWorkingDirectory =
  (typeof ContainerWorkingDirectory)[keyof typeof ContainerWorkingDirectory];

/** Values of `DependencyAction` (Batch .NET enum `DependencyAction`). */
export const DependencyAction = {
  /** Wire value `satisfy`. */
  Satisfy: "satisfy",
  /** Wire value `block`. */
  Block: "block",
} as const;
/** A wire value of {@link DependencyAction}. */
export type DependencyAction = (typeof DependencyAction)[keyof typeof DependencyAction];

/** Values of `DiffDiskPlacement` (Batch .NET enum `DiffDiskPlacement`). */
export const DiffDiskPlacement = {
  /** Wire value `CacheDisk`. */
  CacheDisk: "CacheDisk",
} as const;
/** A wire value of {@link DiffDiskPlacement}. */
export type DiffDiskPlacement = (typeof DiffDiskPlacement)[keyof typeof DiffDiskPlacement];

/** Values of `DisableComputeNodeSchedulingOption` (Batch .NET enum `DisableComputeNodeSchedulingOption`). */
export const DisableComputeNodeSchedulingOption = {
  /** Wire value `requeue`. */
  Requeue: "requeue",
  /** Wire value `terminate`. */
  Terminate: "terminate",
  /** Wire value `taskcompletion`. */
  TaskCompletion: "taskcompletion",
} as const;
/** A wire value of {@link DisableComputeNodeSchedulingOption}. */
export type DisableComputeNodeSchedulingOption =
  (typeof DisableComputeNodeSchedulingOption)[keyof typeof DisableComputeNodeSchedulingOption];

/** Values of `DisableJobOption` (Batch .NET enum `DisableJobOption`). */
export const DisableJobOption = {
  /** Wire value `requeue`. */
  Requeue: "requeue",
  /** Wire value `terminate`. */
  Terminate: "terminate",
  /** Wire value `wait`. */
  Wait: "wait",
} as const;
/** A wire value of {@link DisableJobOption}. */
export type DisableJobOption = (typeof DisableJobOption)[keyof typeof DisableJobOption];

/** Values of `DiskEncryptionTarget` (Batch .NET enum `DiskEncryptionTarget`). */
export const DiskEncryptionTarget = {
  /** Wire value `osdisk`. */
  OsDisk: "osdisk",
  /** Wire value `temporarydisk`. */
  TemporaryDisk: "temporarydisk",
} as const;
/** A wire value of {@link DiskEncryptionTarget}. */
export type DiskEncryptionTarget = (typeof DiskEncryptionTarget)[keyof typeof DiskEncryptionTarget];

/** Values of `DynamicVNetAssignmentScope` (Batch .NET enum `DynamicVNetAssignmentScope`). */
export const DynamicVNetAssignmentScope = {
  /** Wire value `none`. */
  None: "none",
  /** Wire value `job`. */
  Job: "job",
} as const;
/** A wire value of {@link DynamicVNetAssignmentScope}. */
export type DynamicVNetAssignmentScope =
  (typeof DynamicVNetAssignmentScope)[keyof typeof DynamicVNetAssignmentScope];

/** Values of `ElevationLevel` (Batch .NET enum `ElevationLevel`). */
export const ElevationLevel = {
  /** Wire value `nonadmin`. */
  NonAdmin: "nonadmin",
  /** Wire value `admin`. */
  Admin: "admin",
} as const;
/** A wire value of {@link ElevationLevel}. */
export type ElevationLevel = (typeof ElevationLevel)[keyof typeof ElevationLevel];

/** Values of `ErrorCategory` (Batch .NET enum `ErrorCategory`). */
export const ErrorCategory = {
  /** Wire value `usererror`. */
  UserError: "usererror",
  /** Wire value `servererror`. */
  ServerError: "servererror",
} as const;
/** A wire value of {@link ErrorCategory}. */
export type ErrorCategory = (typeof ErrorCategory)[keyof typeof ErrorCategory];

/** Values of `InboundEndpointProtocol` (Batch .NET enum `InboundEndpointProtocol`). */
export const InboundEndpointProtocol = {
  /** Wire value `tcp`. */
  Tcp: "tcp",
  /** Wire value `udp`. */
  Udp: "udp",
} as const;
/** A wire value of {@link InboundEndpointProtocol}. */
export type InboundEndpointProtocol = (typeof InboundEndpointProtocol)[keyof typeof InboundEndpointProtocol];

/** Values of `IPAddressProvisioningType` (Batch .NET enum `IPAddressProvisioningType`). */
export const IPAddressProvisioningType = {
  /** Wire value `batchmanaged`. */
  BatchManaged: "batchmanaged",
  /** Wire value `usermanaged`. */
  UserManaged: "usermanaged",
  /** Wire value `nopublicipaddresses`. */
  NoPublicIPAddresses: "nopublicipaddresses",
} as const;
/** A wire value of {@link IPAddressProvisioningType}. */
export type IPAddressProvisioningType =
  (typeof IPAddressProvisioningType)[keyof typeof IPAddressProvisioningType];

/** Values of `JobAction` (Batch .NET enum `JobAction`). */
export const JobAction = {
  /** Wire value `none`. */
  None: "none",
  /** Wire value `disable`. */
  Disable: "disable",
  /** Wire value `terminate`. */
  Terminate: "terminate",
} as const;
/** A wire value of {@link JobAction}. */
export type JobAction = (typeof JobAction)[keyof typeof JobAction];

/** Values of `JobPreparationTaskState` (Batch .NET enum `JobPreparationTaskState`). */
export const JobPreparationTaskState = {
  /** Wire value `running`. */
  Running: "running",
  /** Wire value `completed`. */
  Completed: "completed",
} as const;
/** A wire value of {@link JobPreparationTaskState}. */
export type JobPreparationTaskState = (typeof JobPreparationTaskState)[keyof typeof JobPreparationTaskState];

/** Values of `JobReleaseTaskState` (Batch .NET enum `JobReleaseTaskState`). */
export const JobReleaseTaskState = {
  /** Wire value `running`. */
  Running: "running",
  /** Wire value `completed`. */
  Completed: "completed",
} as const;
/** A wire value of {@link JobReleaseTaskState}. */
export type JobReleaseTaskState = (typeof JobReleaseTaskState)[keyof typeof JobReleaseTaskState];

/** Values of `JobScheduleState` (Batch .NET enum `JobScheduleState`). */
export const JobScheduleState = {
  /** Wire value `active`. */
  Active: "active",
  /** Wire value `completed`. */
  Completed: "completed",
  /** Wire value `disabled`. */
  Disabled: "disabled",
  /** Wire value `terminating`. */
  Terminating: "terminating",
  /** Wire value `deleting`. */
  Deleting: "deleting",
} as const;
/** A wire value of {@link JobScheduleState}. */
export type JobScheduleState = (typeof JobScheduleState)[keyof typeof JobScheduleState];

/** Values of `JobState` (Batch .NET enum `JobState`). */
export const JobState = {
  /** Wire value `active`. */
  Active: "active",
  /** Wire value `disabling`. */
  Disabling: "disabling",
  /** Wire value `disabled`. */
  Disabled: "disabled",
  /** Wire value `enabling`. */
  Enabling: "enabling",
  /** Wire value `terminating`. */
  Terminating: "terminating",
  /** Wire value `completed`. */
  Completed: "completed",
  /** Wire value `deleting`. */
  Deleting: "deleting",
} as const;
/** A wire value of {@link JobState}. */
export type JobState = (typeof JobState)[keyof typeof JobState];

/** Values of `LoginMode` (Batch .NET enum `LoginMode`). */
export const LoginMode = {
  /** Wire value `batch`. */
  Batch: "batch",
  /** Wire value `interactive`. */
  Interactive: "interactive",
} as const;
/** A wire value of {@link LoginMode}. */
export type LoginMode = (typeof LoginMode)[keyof typeof LoginMode];

/** Values of `NetworkSecurityGroupRuleAccess` (Batch .NET enum `NetworkSecurityGroupRuleAccess`). */
export const NetworkSecurityGroupRuleAccess = {
  /** Wire value `allow`. */
  Allow: "allow",
  /** Wire value `deny`. */
  Deny: "deny",
} as const;
/** A wire value of {@link NetworkSecurityGroupRuleAccess}. */
export type NetworkSecurityGroupRuleAccess =
  (typeof NetworkSecurityGroupRuleAccess)[keyof typeof NetworkSecurityGroupRuleAccess];

/** Values of `NodeCommunicationMode` (Batch .NET enum `NodeCommunicationMode`). */
export const NodeCommunicationMode = {
  /** Wire value `default`. */
  Default: "default",
  /** Wire value `classic`. */
  Classic: "classic",
  /** Wire value `simplified`. */
  Simplified: "simplified",
} as const;
/** A wire value of {@link NodeCommunicationMode}. */
export type NodeCommunicationMode = (typeof NodeCommunicationMode)[keyof typeof NodeCommunicationMode];

/** Values of `NodePlacementPolicyType` (Batch .NET enum `NodePlacementPolicyType`). */
export const NodePlacementPolicyType = {
  /** Wire value `regional`. */
  Regional: "regional",
  /** Wire value `zonal`. */
  Zonal: "zonal",
} as const;
/** A wire value of {@link NodePlacementPolicyType}. */
export type NodePlacementPolicyType = (typeof NodePlacementPolicyType)[keyof typeof NodePlacementPolicyType];

/** Values of `OnAllTasksComplete` (Batch .NET enum `OnAllTasksComplete`). */
export const OnAllTasksComplete = {
  /** Wire value `noaction`. */
  NoAction: "noaction",
  /** Wire value `terminatejob`. */
  TerminateJob: "terminatejob",
} as const;
/** A wire value of {@link OnAllTasksComplete}. */
export type OnAllTasksComplete = (typeof OnAllTasksComplete)[keyof typeof OnAllTasksComplete];

/** Values of `OnTaskFailure` (Batch .NET enum `OnTaskFailure`). */
export const OnTaskFailure = {
  /** Wire value `noaction`. */
  NoAction: "noaction",
  /** Wire value `performexitoptionsjobaction`. */
  PerformExitOptionsJobAction: "performexitoptionsjobaction",
} as const;
/** A wire value of {@link OnTaskFailure}. */
export type OnTaskFailure = (typeof OnTaskFailure)[keyof typeof OnTaskFailure];

/** Values of `OSType` (Batch .NET enum `OSType`). */
export const OSType = {
  /** Wire value `linux`. */
  Linux: "linux",
  /** Wire value `windows`. */
  Windows: "windows",
} as const;
/** A wire value of {@link OSType}. */
export type OSType = (typeof OSType)[keyof typeof OSType];

/** Values of `OutputFileUploadCondition` (Batch .NET enum `OutputFileUploadCondition`). */
export const OutputFileUploadCondition = {
  /** Wire value `tasksuccess`. */
  TaskSuccess: "tasksuccess",
  /** Wire value `taskfailure`. */
  TaskFailure: "taskfailure",
  /** Wire value `taskcompletion`. */
  TaskCompletion: "taskcompletion",
} as const;
/** A wire value of {@link OutputFileUploadCondition}. */
export type OutputFileUploadCondition =
  (typeof OutputFileUploadCondition)[keyof typeof OutputFileUploadCondition];

/** Values of `PoolIdentityType` (Batch .NET enum `PoolIdentityType`). */
export const PoolIdentityType = {
  /** Wire value `UserAssigned`. */
  UserAssigned: "UserAssigned",
  /** Wire value `None`. */
  None: "None",
} as const;
/** A wire value of {@link PoolIdentityType}. */
export type PoolIdentityType = (typeof PoolIdentityType)[keyof typeof PoolIdentityType];

/** Values of `PoolLifetimeOption` (Batch .NET enum `PoolLifetimeOption`). */
export const PoolLifetimeOption = {
  /** Wire value `jobschedule`. */
  JobSchedule: "jobschedule",
  /** Wire value `job`. */
  Job: "job",
} as const;
/** A wire value of {@link PoolLifetimeOption}. */
export type PoolLifetimeOption = (typeof PoolLifetimeOption)[keyof typeof PoolLifetimeOption];

/** Values of `PoolState` (Batch .NET enum `PoolState`). */
export const PoolState = {
  /** Wire value `active`. */
  Active: "active",
  /** Wire value `deleting`. */
  Deleting: "deleting",
} as const;
/** A wire value of {@link PoolState}. */
export type PoolState = (typeof PoolState)[keyof typeof PoolState];

/** Values of `SchedulingState` (Batch .NET enum `SchedulingState`). */
export const SchedulingState = {
  /** Wire value `enabled`. */
  Enabled: "enabled",
  /** Wire value `disabled`. */
  Disabled: "disabled",
} as const;
/** A wire value of {@link SchedulingState}. */
export type SchedulingState = (typeof SchedulingState)[keyof typeof SchedulingState];

/** Values of `SecurityEncryptionTypes` (Batch .NET enum `SecurityEncryptionTypes`). */
export const SecurityEncryptionTypes = {
  /** Wire value `NonPersistedTPM`. */
  NonPersistedTPM: "NonPersistedTPM",
  /** Wire value `VMGuestStateOnly`. */
  VMGuestStateOnly: "VMGuestStateOnly",
} as const;
/** A wire value of {@link SecurityEncryptionTypes}. */
export type SecurityEncryptionTypes = (typeof SecurityEncryptionTypes)[keyof typeof SecurityEncryptionTypes];

/** Values of `SecurityTypes` (Batch .NET enum `SecurityTypes`). */
export const SecurityTypes = {
  /** Wire value `trustedLaunch`. */
  TrustedLaunch: "trustedLaunch",
  /** Wire value `confidentialVM`. */
  ConfidentialVM: "confidentialVM",
} as const;
/** A wire value of {@link SecurityTypes}. */
export type SecurityTypes = (typeof SecurityTypes)[keyof typeof SecurityTypes];

/** Values of `StartTaskState` (Batch .NET enum `StartTaskState`). */
export const StartTaskState = {
  /** Wire value `running`. */
  Running: "running",
  /** Wire value `completed`. */
  Completed: "completed",
} as const;
/** A wire value of {@link StartTaskState}. */
export type StartTaskState = (typeof StartTaskState)[keyof typeof StartTaskState];

/** Values of `StatusLevelTypes` (Batch .NET enum `StatusLevelTypes`). */
export const StatusLevelTypes = {
  /** Wire value `Error`. */
  Error: "Error",
  /** Wire value `Info`. */
  Info: "Info",
  /** Wire value `Warning`. */
  Warning: "Warning",
} as const;
/** A wire value of {@link StatusLevelTypes}. */
export type StatusLevelTypes = (typeof StatusLevelTypes)[keyof typeof StatusLevelTypes];

/** Values of `StorageAccountType` (Batch .NET enum `StorageAccountType`). */
export const StorageAccountType = {
  /** Wire value `standard_lrs`. */
  StandardLrs: "standard_lrs",
  /** Wire value `premium_lrs`. */
  PremiumLrs: "premium_lrs",
  /** Wire value `standardssd_lrs`. */
  StandardSSDLRS: "standardssd_lrs",
} as const;
/** A wire value of {@link StorageAccountType}. */
export type StorageAccountType = (typeof StorageAccountType)[keyof typeof StorageAccountType];

/** Values of `SubtaskState` (Batch .NET enum `SubtaskState`). */
export const SubtaskState = {
  /** Wire value `preparing`. */
  Preparing: "preparing",
  /** Wire value `running`. */
  Running: "running",
  /** Wire value `completed`. */
  Completed: "completed",
} as const;
/** A wire value of {@link SubtaskState}. */
export type SubtaskState = (typeof SubtaskState)[keyof typeof SubtaskState];

/** Values of `TaskAddStatus` (Batch .NET enum `TaskAddStatus`). */
export const TaskAddStatus = {
  /** Wire value `success`. */
  Success: "success",
  /** Wire value `clienterror`. */
  ClientError: "clienterror",
  /** Wire value `servererror`. */
  ServerError: "servererror",
} as const;
/** A wire value of {@link TaskAddStatus}. */
export type TaskAddStatus = (typeof TaskAddStatus)[keyof typeof TaskAddStatus];

/** Values of `TaskExecutionResult` (Batch .NET enum `TaskExecutionResult`). */
export const TaskExecutionResult = {
  /** Wire value `success`. */
  Success: "success",
  /** Wire value `failure`. */
  Failure: "failure",
} as const;
/** A wire value of {@link TaskExecutionResult}. */
export type TaskExecutionResult = (typeof TaskExecutionResult)[keyof typeof TaskExecutionResult];

/** Values of `TaskState` (Batch .NET enum `TaskState`). */
export const TaskState = {
  /** Wire value `active`. */
  Active: "active",
  /** Wire value `preparing`. */
  Preparing: "preparing",
  /** Wire value `running`. */
  Running: "running",
  /** Wire value `completed`. */
  Completed: "completed",
} as const;
/** A wire value of {@link TaskState}. */
export type TaskState = (typeof TaskState)[keyof typeof TaskState];

/** Values of `UpgradeMode` (Batch .NET enum `UpgradeMode`). */
export const UpgradeMode = {
  /** Wire value `automatic`. */
  Automatic: "automatic",
  /** Wire value `manual`. */
  Manual: "manual",
  /** Wire value `rolling`. */
  Rolling: "rolling",
} as const;
/** A wire value of {@link UpgradeMode}. */
export type UpgradeMode = (typeof UpgradeMode)[keyof typeof UpgradeMode];

/** Values of `VerificationType` (Batch .NET enum `VerificationType`). */
export const VerificationType = {
  /** Wire value `verified`. */
  Verified: "verified",
  /** Wire value `unverified`. */
  Unverified: "unverified",
} as const;
/** A wire value of {@link VerificationType}. */
export type VerificationType = (typeof VerificationType)[keyof typeof VerificationType];
