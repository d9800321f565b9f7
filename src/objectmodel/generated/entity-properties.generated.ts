// generated — do not edit. Produced by scripts/objectmodel/generate.ts from BatchService.json and scripts/objectmodel/names.ts.
/**
 * Generated property accessors of the entities; the entity classes add their operations.
 * @module
 */
/* eslint-disable @typescript-eslint/no-unused-vars */
import {
  PropertyContainer,
  readProperty,
  writeProperty,
  type TypeSpec,
} from "../runtime/property-container.js";
import {
  DATE,
  DURATION,
  INT64,
  MAP,
  SCALAR,
  resourceFileConverter,
  outputFileConverter,
  identityReferenceConverter,
} from "../runtime/converters.js";
import type {
  ComputeNodeIdentityReference,
  ComputeNodeIdentityReferenceInit,
  ResourceFile,
  ResourceFileInit,
} from "../resource-file.js";
import type { OutputFile, OutputFileInit } from "../output-file.js";
import type {
  AccessScope,
  AllocationState,
  AutoUserScope,
  CachingType,
  CertStoreLocation,
  CertificateFormat,
  CertificateState,
  CertificateVisibility,
  ComputeNodeDeallocateOption,
  ComputeNodeDeallocationOption,
  ComputeNodeFillType,
  ComputeNodeRebootOption,
  ComputeNodeReimageOption,
  ComputeNodeState,
  ComputeNodeUserCommitSemantics,
  ContainerHostDataPath,
  ContainerType,
  ContainerWorkingDirectory,
  DependencyAction,
  DiffDiskPlacement,
  DisableComputeNodeSchedulingOption,
  DisableJobOption,
  DiskEncryptionTarget,
  DynamicVNetAssignmentScope,
  ElevationLevel,
  ErrorCategory,
  IPAddressProvisioningType,
  InboundEndpointProtocol,
  JobAction,
  JobPreparationTaskState,
  JobReleaseTaskState,
  JobScheduleState,
  JobState,
  LoginMode,
  NetworkSecurityGroupRuleAccess,
  NodeCommunicationMode,
  NodePlacementPolicyType,
  OSType,
  OnAllTasksComplete,
  OnTaskFailure,
  OutputFileUploadCondition,
  PoolIdentityType,
  PoolLifetimeOption,
  PoolState,
  SchedulingState,
  SecurityEncryptionTypes,
  SecurityTypes,
  StartTaskState,
  StatusLevelTypes,
  StorageAccountType,
  SubtaskState,
  TaskAddStatus,
  TaskExecutionResult,
  TaskState,
  UpgradeMode,
  VerificationType,
} from "./enums.generated.js";
import {
  EntityBase,
  PatchableEntity,
  ServiceEntity,
  type ServiceEntityArguments,
} from "../service-entity.js";
import {
  AffinityInformation,
  type AffinityInformationInit,
  ApplicationPackageReference,
  type ApplicationPackageReferenceInit,
  AuthenticationTokenSettings,
  type AuthenticationTokenSettingsInit,
  AutoScaleRun,
  BatchPoolIdentity,
  type BatchPoolIdentityInit,
  CertificateReference,
  type CertificateReferenceInit,
  ComputeNodeEndpointConfiguration,
  ComputeNodeError,
  ComputeNodeInformation,
  DeleteCertificateError,
  EnvironmentSetting,
  type EnvironmentSettingInit,
  ExitConditions,
  type ExitConditionsInit,
  FileProperties,
  JobConstraints,
  type JobConstraintsInit,
  JobExecutionInformation,
  JobManagerTask,
  type JobManagerTaskInit,
  JobNetworkConfiguration,
  type JobNetworkConfigurationInit,
  JobPreparationTask,
  type JobPreparationTaskInit,
  JobReleaseTask,
  type JobReleaseTaskInit,
  JobScheduleExecutionInformation,
  JobScheduleStatistics,
  JobSpecification,
  type JobSpecificationInit,
  JobStatistics,
  MetadataItem,
  type MetadataItemInit,
  MountConfiguration,
  type MountConfigurationInit,
  MultiInstanceSettings,
  type MultiInstanceSettingsInit,
  NetworkConfiguration,
  type NetworkConfigurationInit,
  NodeAgentInformation,
  PoolInformation,
  type PoolInformationInit,
  PoolStatistics,
  ResizeError,
  Schedule,
  type ScheduleInit,
  StartTask,
  type StartTaskInit,
  StartTaskInformation,
  TaskConstraints,
  type TaskConstraintsInit,
  TaskContainerSettings,
  type TaskContainerSettingsInit,
  TaskDependencies,
  type TaskDependenciesInit,
  TaskExecutionInformation,
  TaskInformation,
  TaskSchedulingPolicy,
  type TaskSchedulingPolicyInit,
  TaskStatistics,
  UpgradePolicy,
  type UpgradePolicyInit,
  UserAccount,
  type UserAccountInit,
  UserIdentity,
  type UserIdentityInit,
  VirtualMachineConfiguration,
  type VirtualMachineConfigurationInit,
  VirtualMachineInfo,
} from "./values.generated.js";

/** Property table of {@link CloudPool}. */
const CloudPoolSpec: TypeSpec = {
  typeName: "CloudPool",
  kind: "entity",
  properties: [
    { name: "id", wire: "id", converter: SCALAR, unbound: "write", bound: "read" },
    { name: "displayName", wire: "displayName", converter: SCALAR, unbound: "write", bound: "patch" },
    { name: "url", wire: "url", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "eTag", wire: "eTag", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "lastModified", wire: "lastModified", converter: DATE, unbound: "none", bound: "read" },
    { name: "creationTime", wire: "creationTime", converter: DATE, unbound: "none", bound: "read" },
    { name: "state", wire: "state", converter: SCALAR, unbound: "none", bound: "read" },
    {
      name: "stateTransitionTime",
      wire: "stateTransitionTime",
      converter: DATE,
      unbound: "none",
      bound: "read",
    },
    { name: "allocationState", wire: "allocationState", converter: SCALAR, unbound: "none", bound: "read" },
    {
      name: "allocationStateTransitionTime",
      wire: "allocationStateTransitionTime",
      converter: DATE,
      unbound: "none",
      bound: "read",
    },
    { name: "virtualMachineSize", wire: "vmSize", converter: SCALAR, unbound: "write", bound: "patch" },
    {
      name: "virtualMachineConfiguration",
      wire: "virtualMachineConfiguration",
      converter: { kind: "value", type: () => VirtualMachineConfiguration },
      unbound: "write",
      bound: "patch",
    },
    { name: "resizeTimeout", wire: "resizeTimeout", converter: DURATION, unbound: "write", bound: "read" },
    {
      name: "resizeErrors",
      wire: "resizeErrors",
      converter: { kind: "array", item: { kind: "value", type: () => ResizeError } },
      unbound: "none",
      bound: "read",
    },
    {
      name: "currentDedicatedComputeNodes",
      wire: "currentDedicatedNodes",
      converter: SCALAR,
      unbound: "none",
      bound: "read",
    },
    {
      name: "currentLowPriorityComputeNodes",
      wire: "currentLowPriorityNodes",
      converter: SCALAR,
      unbound: "none",
      bound: "read",
    },
    {
      name: "targetDedicatedComputeNodes",
      wire: "targetDedicatedNodes",
      converter: SCALAR,
      unbound: "write",
      bound: "read",
    },
    {
      name: "targetLowPriorityComputeNodes",
      wire: "targetLowPriorityNodes",
      converter: SCALAR,
      unbound: "write",
      bound: "read",
    },
    { name: "autoScaleEnabled", wire: "enableAutoScale", converter: SCALAR, unbound: "write", bound: "read" },
    {
      name: "autoScaleFormula",
      wire: "autoScaleFormula",
      converter: SCALAR,
      unbound: "write",
      bound: "read",
    },
    {
      name: "autoScaleEvaluationInterval",
      wire: "autoScaleEvaluationInterval",
      converter: DURATION,
      unbound: "write",
      bound: "read",
    },
    {
      name: "autoScaleRun",
      wire: "autoScaleRun",
      converter: { kind: "value", type: () => AutoScaleRun },
      unbound: "none",
      bound: "read",
    },
    {
      name: "interComputeNodeCommunicationEnabled",
      wire: "enableInterNodeCommunication",
      converter: SCALAR,
      unbound: "write",
      bound: "patch",
    },
    {
      name: "networkConfiguration",
      wire: "networkConfiguration",
      converter: { kind: "value", type: () => NetworkConfiguration },
      unbound: "write",
      bound: "patch",
    },
    {
      name: "startTask",
      wire: "startTask",
      converter: { kind: "value", type: () => StartTask },
      unbound: "write",
      bound: "write",
    },
    {
      name: "certificateReferences",
      wire: "certificateReferences",
      converter: { kind: "array", item: { kind: "value", type: () => CertificateReference } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "applicationPackageReferences",
      wire: "applicationPackageReferences",
      converter: { kind: "array", item: { kind: "value", type: () => ApplicationPackageReference } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "taskSlotsPerNode",
      wire: "taskSlotsPerNode",
      converter: SCALAR,
      unbound: "write",
      bound: "patch",
    },
    {
      name: "taskSchedulingPolicy",
      wire: "taskSchedulingPolicy",
      converter: { kind: "value", type: () => TaskSchedulingPolicy },
      unbound: "write",
      bound: "patch",
    },
    {
      name: "userAccounts",
      wire: "userAccounts",
      converter: { kind: "array", item: { kind: "value", type: () => UserAccount } },
      unbound: "write",
      bound: "patch",
    },
    {
      name: "metadata",
      wire: "metadata",
      converter: { kind: "array", item: { kind: "value", type: () => MetadataItem } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "statistics",
      wire: "stats",
      converter: { kind: "value", type: () => PoolStatistics },
      unbound: "none",
      bound: "read",
    },
    {
      name: "mountConfiguration",
      wire: "mountConfiguration",
      converter: { kind: "array", item: { kind: "value", type: () => MountConfiguration } },
      unbound: "write",
      bound: "patch",
    },
    {
      name: "identity",
      wire: "identity",
      converter: { kind: "value", type: () => BatchPoolIdentity },
      unbound: "write",
      bound: "read",
    },
    {
      name: "targetNodeCommunicationMode",
      wire: "targetNodeCommunicationMode",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "currentNodeCommunicationMode",
      wire: "currentNodeCommunicationMode",
      converter: SCALAR,
      unbound: "none",
      bound: "read",
    },
    {
      name: "upgradePolicy",
      wire: "upgradePolicy",
      converter: { kind: "value", type: () => UpgradePolicy },
      unbound: "write",
      bound: "patch",
    },
    { name: "resourceTags", wire: "resourceTags", converter: MAP, unbound: "write", bound: "patch" },
  ],
};

/** Fields accepted by the constructor of {@link CloudPool}; also usable as a plain object literal. */
export interface CloudPoolInit {
  /** Sets {@link CloudPool.id}. */
  id?: string;
  /** Sets {@link CloudPool.displayName}. */
  displayName?: string;
  /** Sets {@link CloudPool.virtualMachineSize}. */
  virtualMachineSize?: string;
  /** Sets {@link CloudPool.virtualMachineConfiguration}. */
  virtualMachineConfiguration?: VirtualMachineConfiguration | VirtualMachineConfigurationInit;
  /** Sets {@link CloudPool.resizeTimeout}. */
  resizeTimeout?: number;
  /** Sets {@link CloudPool.targetDedicatedComputeNodes}. */
  targetDedicatedComputeNodes?: number;
  /** Sets {@link CloudPool.targetLowPriorityComputeNodes}. */
  targetLowPriorityComputeNodes?: number;
  /** Sets {@link CloudPool.autoScaleEnabled}. */
  autoScaleEnabled?: boolean;
  /** Sets {@link CloudPool.autoScaleFormula}. */
  autoScaleFormula?: string;
  /** Sets {@link CloudPool.autoScaleEvaluationInterval}. */
  autoScaleEvaluationInterval?: number;
  /** Sets {@link CloudPool.interComputeNodeCommunicationEnabled}. */
  interComputeNodeCommunicationEnabled?: boolean;
  /** Sets {@link CloudPool.networkConfiguration}. */
  networkConfiguration?: NetworkConfiguration | NetworkConfigurationInit;
  /** Sets {@link CloudPool.startTask}. */
  startTask?: StartTask | StartTaskInit;
  /** Sets {@link CloudPool.certificateReferences}. */
  certificateReferences?: readonly (CertificateReference | CertificateReferenceInit)[];
  /** Sets {@link CloudPool.applicationPackageReferences}. */
  applicationPackageReferences?: readonly (ApplicationPackageReference | ApplicationPackageReferenceInit)[];
  /** Sets {@link CloudPool.taskSlotsPerNode}. */
  taskSlotsPerNode?: number;
  /** Sets {@link CloudPool.taskSchedulingPolicy}. */
  taskSchedulingPolicy?: TaskSchedulingPolicy | TaskSchedulingPolicyInit;
  /** Sets {@link CloudPool.userAccounts}. */
  userAccounts?: readonly (UserAccount | UserAccountInit)[];
  /** Sets {@link CloudPool.metadata}. */
  metadata?: readonly (MetadataItem | MetadataItemInit)[];
  /** Sets {@link CloudPool.mountConfiguration}. */
  mountConfiguration?: readonly (MountConfiguration | MountConfigurationInit)[];
  /** Sets {@link CloudPool.identity}. */
  identity?: BatchPoolIdentity | BatchPoolIdentityInit;
  /** Sets {@link CloudPool.targetNodeCommunicationMode}. */
  targetNodeCommunicationMode?: NodeCommunicationMode;
  /** Sets {@link CloudPool.upgradePolicy}. */
  upgradePolicy?: UpgradePolicy | UpgradePolicyInit;
  /** Sets {@link CloudPool.resourceTags}. */
  resourceTags?: Record<string, string>;
}

/** The generated properties of {@link CloudPool}: access depends on the binding state. */
export abstract class CloudPoolProperties extends PatchableEntity {
  /** @internal Registers the instance with the {@link CloudPool} property table and binds it to the service. */
  protected constructor(...service: ServiceEntityArguments) {
    super(CloudPoolSpec, ...service);
  }

  /** `id` — wire `id`; writable until committed. */
  get id(): string | undefined {
    return readProperty(this, "id") as string | undefined;
  }
  /** Sets `id`; throws InvalidOperationException when the object's state does not allow it. */
  set id(value: string | undefined) {
    writeProperty(this, "id", value);
  }

  /** `displayName` — wire `displayName`; writable; once bound, only `commitChanges()` sends a change. */
  get displayName(): string | undefined {
    return readProperty(this, "displayName") as string | undefined;
  }
  /** Sets `displayName`; throws InvalidOperationException when the object's state does not allow it. */
  set displayName(value: string | undefined) {
    writeProperty(this, "displayName", value);
  }

  /** `url` — wire `url`; read-only. */
  get url(): string | undefined {
    return readProperty(this, "url") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set url(value: never) {
    writeProperty(this, "url", value);
  }

  /** `eTag` — wire `eTag`; read-only. */
  get eTag(): string | undefined {
    return readProperty(this, "eTag") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set eTag(value: never) {
    writeProperty(this, "eTag", value);
  }

  /** `lastModified` — wire `lastModified`; read-only. */
  get lastModified(): Date | undefined {
    return readProperty(this, "lastModified") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastModified(value: never) {
    writeProperty(this, "lastModified", value);
  }

  /** `creationTime` — wire `creationTime`; read-only. */
  get creationTime(): Date | undefined {
    return readProperty(this, "creationTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set creationTime(value: never) {
    writeProperty(this, "creationTime", value);
  }

  /** `state` — wire `state`; read-only. */
  get state(): PoolState | undefined {
    return readProperty(this, "state") as PoolState | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set state(value: never) {
    writeProperty(this, "state", value);
  }

  /** `stateTransitionTime` — wire `stateTransitionTime`; read-only. */
  get stateTransitionTime(): Date | undefined {
    return readProperty(this, "stateTransitionTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set stateTransitionTime(value: never) {
    writeProperty(this, "stateTransitionTime", value);
  }

  /** `allocationState` — wire `allocationState`; read-only. */
  get allocationState(): AllocationState | undefined {
    return readProperty(this, "allocationState") as AllocationState | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set allocationState(value: never) {
    writeProperty(this, "allocationState", value);
  }

  /** `allocationStateTransitionTime` — wire `allocationStateTransitionTime`; read-only. */
  get allocationStateTransitionTime(): Date | undefined {
    return readProperty(this, "allocationStateTransitionTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set allocationStateTransitionTime(value: never) {
    writeProperty(this, "allocationStateTransitionTime", value);
  }

  /** `virtualMachineSize` — wire `vmSize`; writable; once bound, only `commitChanges()` sends a change. */
  get virtualMachineSize(): string | undefined {
    return readProperty(this, "virtualMachineSize") as string | undefined;
  }
  /** Sets `virtualMachineSize`; throws InvalidOperationException when the object's state does not allow it. */
  set virtualMachineSize(value: string | undefined) {
    writeProperty(this, "virtualMachineSize", value);
  }

  /** `virtualMachineConfiguration` — wire `virtualMachineConfiguration`; writable; once bound, only `commitChanges()` sends a change. */
  get virtualMachineConfiguration(): VirtualMachineConfiguration | undefined {
    return readProperty(this, "virtualMachineConfiguration") as VirtualMachineConfiguration | undefined;
  }
  /** Sets `virtualMachineConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set virtualMachineConfiguration(
    value: VirtualMachineConfiguration | VirtualMachineConfigurationInit | undefined,
  ) {
    writeProperty(this, "virtualMachineConfiguration", value);
  }

  /** `resizeTimeout` — wire `resizeTimeout`; writable until committed. */
  get resizeTimeout(): number | undefined {
    return readProperty(this, "resizeTimeout") as number | undefined;
  }
  /** Sets `resizeTimeout`; throws InvalidOperationException when the object's state does not allow it. */
  set resizeTimeout(value: number | undefined) {
    writeProperty(this, "resizeTimeout", value);
  }

  /** `resizeErrors` — wire `resizeErrors`; read-only. */
  get resizeErrors(): ResizeError[] | undefined {
    return readProperty(this, "resizeErrors") as ResizeError[] | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set resizeErrors(value: never) {
    writeProperty(this, "resizeErrors", value);
  }

  /** `currentDedicatedComputeNodes` — wire `currentDedicatedNodes`; read-only. */
  get currentDedicatedComputeNodes(): number | undefined {
    return readProperty(this, "currentDedicatedComputeNodes") as number | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set currentDedicatedComputeNodes(value: never) {
    writeProperty(this, "currentDedicatedComputeNodes", value);
  }

  /** `currentLowPriorityComputeNodes` — wire `currentLowPriorityNodes`; read-only. */
  get currentLowPriorityComputeNodes(): number | undefined {
    return readProperty(this, "currentLowPriorityComputeNodes") as number | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set currentLowPriorityComputeNodes(value: never) {
    writeProperty(this, "currentLowPriorityComputeNodes", value);
  }

  /** `targetDedicatedComputeNodes` — wire `targetDedicatedNodes`; writable until committed. */
  get targetDedicatedComputeNodes(): number | undefined {
    return readProperty(this, "targetDedicatedComputeNodes") as number | undefined;
  }
  /** Sets `targetDedicatedComputeNodes`; throws InvalidOperationException when the object's state does not allow it. */
  set targetDedicatedComputeNodes(value: number | undefined) {
    writeProperty(this, "targetDedicatedComputeNodes", value);
  }

  /** `targetLowPriorityComputeNodes` — wire `targetLowPriorityNodes`; writable until committed. */
  get targetLowPriorityComputeNodes(): number | undefined {
    return readProperty(this, "targetLowPriorityComputeNodes") as number | undefined;
  }
  /** Sets `targetLowPriorityComputeNodes`; throws InvalidOperationException when the object's state does not allow it. */
  set targetLowPriorityComputeNodes(value: number | undefined) {
    writeProperty(this, "targetLowPriorityComputeNodes", value);
  }

  /** `autoScaleEnabled` — wire `enableAutoScale`; writable until committed. */
  get autoScaleEnabled(): boolean | undefined {
    return readProperty(this, "autoScaleEnabled") as boolean | undefined;
  }
  /** Sets `autoScaleEnabled`; throws InvalidOperationException when the object's state does not allow it. */
  set autoScaleEnabled(value: boolean | undefined) {
    writeProperty(this, "autoScaleEnabled", value);
  }

  /** `autoScaleFormula` — wire `autoScaleFormula`; writable until committed. */
  get autoScaleFormula(): string | undefined {
    return readProperty(this, "autoScaleFormula") as string | undefined;
  }
  /** Sets `autoScaleFormula`; throws InvalidOperationException when the object's state does not allow it. */
  set autoScaleFormula(value: string | undefined) {
    writeProperty(this, "autoScaleFormula", value);
  }

  /** `autoScaleEvaluationInterval` — wire `autoScaleEvaluationInterval`; writable until committed. */
  get autoScaleEvaluationInterval(): number | undefined {
    return readProperty(this, "autoScaleEvaluationInterval") as number | undefined;
  }
  /** Sets `autoScaleEvaluationInterval`; throws InvalidOperationException when the object's state does not allow it. */
  set autoScaleEvaluationInterval(value: number | undefined) {
    writeProperty(this, "autoScaleEvaluationInterval", value);
  }

  /** `autoScaleRun` — wire `autoScaleRun`; read-only. */
  get autoScaleRun(): AutoScaleRun | undefined {
    return readProperty(this, "autoScaleRun") as AutoScaleRun | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set autoScaleRun(value: never) {
    writeProperty(this, "autoScaleRun", value);
  }

  /** `interComputeNodeCommunicationEnabled` — wire `enableInterNodeCommunication`; writable; once bound, only `commitChanges()` sends a change. */
  get interComputeNodeCommunicationEnabled(): boolean | undefined {
    return readProperty(this, "interComputeNodeCommunicationEnabled") as boolean | undefined;
  }
  /** Sets `interComputeNodeCommunicationEnabled`; throws InvalidOperationException when the object's state does not allow it. */
  set interComputeNodeCommunicationEnabled(value: boolean | undefined) {
    writeProperty(this, "interComputeNodeCommunicationEnabled", value);
  }

  /** `networkConfiguration` — wire `networkConfiguration`; writable; once bound, only `commitChanges()` sends a change. */
  get networkConfiguration(): NetworkConfiguration | undefined {
    return readProperty(this, "networkConfiguration") as NetworkConfiguration | undefined;
  }
  /** Sets `networkConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set networkConfiguration(value: NetworkConfiguration | NetworkConfigurationInit | undefined) {
    writeProperty(this, "networkConfiguration", value);
  }

  /** `startTask` — wire `startTask`; writable. */
  get startTask(): StartTask | undefined {
    return readProperty(this, "startTask") as StartTask | undefined;
  }
  /** Sets `startTask`; throws InvalidOperationException when the object's state does not allow it. */
  set startTask(value: StartTask | StartTaskInit | undefined) {
    writeProperty(this, "startTask", value);
  }

  /** `certificateReferences` — wire `certificateReferences`; writable. */
  get certificateReferences(): CertificateReference[] | undefined {
    return readProperty(this, "certificateReferences") as CertificateReference[] | undefined;
  }
  /** Sets `certificateReferences`; throws InvalidOperationException when the object's state does not allow it. */
  set certificateReferences(value: readonly (CertificateReference | CertificateReferenceInit)[] | undefined) {
    writeProperty(this, "certificateReferences", value);
  }

  /** `applicationPackageReferences` — wire `applicationPackageReferences`; writable. */
  get applicationPackageReferences(): ApplicationPackageReference[] | undefined {
    return readProperty(this, "applicationPackageReferences") as ApplicationPackageReference[] | undefined;
  }
  /** Sets `applicationPackageReferences`; throws InvalidOperationException when the object's state does not allow it. */
  set applicationPackageReferences(
    value: readonly (ApplicationPackageReference | ApplicationPackageReferenceInit)[] | undefined,
  ) {
    writeProperty(this, "applicationPackageReferences", value);
  }

  /** `taskSlotsPerNode` — wire `taskSlotsPerNode`; writable; once bound, only `commitChanges()` sends a change. */
  get taskSlotsPerNode(): number | undefined {
    return readProperty(this, "taskSlotsPerNode") as number | undefined;
  }
  /** Sets `taskSlotsPerNode`; throws InvalidOperationException when the object's state does not allow it. */
  set taskSlotsPerNode(value: number | undefined) {
    writeProperty(this, "taskSlotsPerNode", value);
  }

  /** `taskSchedulingPolicy` — wire `taskSchedulingPolicy`; writable; once bound, only `commitChanges()` sends a change. */
  get taskSchedulingPolicy(): TaskSchedulingPolicy | undefined {
    return readProperty(this, "taskSchedulingPolicy") as TaskSchedulingPolicy | undefined;
  }
  /** Sets `taskSchedulingPolicy`; throws InvalidOperationException when the object's state does not allow it. */
  set taskSchedulingPolicy(value: TaskSchedulingPolicy | TaskSchedulingPolicyInit | undefined) {
    writeProperty(this, "taskSchedulingPolicy", value);
  }

  /** `userAccounts` — wire `userAccounts`; writable; once bound, only `commitChanges()` sends a change. */
  get userAccounts(): UserAccount[] | undefined {
    return readProperty(this, "userAccounts") as UserAccount[] | undefined;
  }
  /** Sets `userAccounts`; throws InvalidOperationException when the object's state does not allow it. */
  set userAccounts(value: readonly (UserAccount | UserAccountInit)[] | undefined) {
    writeProperty(this, "userAccounts", value);
  }

  /** `metadata` — wire `metadata`; writable. */
  get metadata(): MetadataItem[] | undefined {
    return readProperty(this, "metadata") as MetadataItem[] | undefined;
  }
  /** Sets `metadata`; throws InvalidOperationException when the object's state does not allow it. */
  set metadata(value: readonly (MetadataItem | MetadataItemInit)[] | undefined) {
    writeProperty(this, "metadata", value);
  }

  /** `statistics` — wire `stats`; read-only. */
  get statistics(): PoolStatistics | undefined {
    return readProperty(this, "statistics") as PoolStatistics | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set statistics(value: never) {
    writeProperty(this, "statistics", value);
  }

  /** `mountConfiguration` — wire `mountConfiguration`; writable; once bound, only `commitChanges()` sends a change. */
  get mountConfiguration(): MountConfiguration[] | undefined {
    return readProperty(this, "mountConfiguration") as MountConfiguration[] | undefined;
  }
  /** Sets `mountConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set mountConfiguration(value: readonly (MountConfiguration | MountConfigurationInit)[] | undefined) {
    writeProperty(this, "mountConfiguration", value);
  }

  /** `identity` — wire `identity`; writable until committed. */
  get identity(): BatchPoolIdentity | undefined {
    return readProperty(this, "identity") as BatchPoolIdentity | undefined;
  }
  /** Sets `identity`; throws InvalidOperationException when the object's state does not allow it. */
  set identity(value: BatchPoolIdentity | BatchPoolIdentityInit | undefined) {
    writeProperty(this, "identity", value);
  }

  /** `targetNodeCommunicationMode` — wire `targetNodeCommunicationMode`; writable. */
  get targetNodeCommunicationMode(): NodeCommunicationMode | undefined {
    return readProperty(this, "targetNodeCommunicationMode") as NodeCommunicationMode | undefined;
  }
  /** Sets `targetNodeCommunicationMode`; throws InvalidOperationException when the object's state does not allow it. */
  set targetNodeCommunicationMode(value: NodeCommunicationMode | undefined) {
    writeProperty(this, "targetNodeCommunicationMode", value);
  }

  /** `currentNodeCommunicationMode` — wire `currentNodeCommunicationMode`; read-only. */
  get currentNodeCommunicationMode(): NodeCommunicationMode | undefined {
    return readProperty(this, "currentNodeCommunicationMode") as NodeCommunicationMode | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set currentNodeCommunicationMode(value: never) {
    writeProperty(this, "currentNodeCommunicationMode", value);
  }

  /** `upgradePolicy` — wire `upgradePolicy`; writable; once bound, only `commitChanges()` sends a change. */
  get upgradePolicy(): UpgradePolicy | undefined {
    return readProperty(this, "upgradePolicy") as UpgradePolicy | undefined;
  }
  /** Sets `upgradePolicy`; throws InvalidOperationException when the object's state does not allow it. */
  set upgradePolicy(value: UpgradePolicy | UpgradePolicyInit | undefined) {
    writeProperty(this, "upgradePolicy", value);
  }

  /** `resourceTags` — wire `resourceTags`; writable; once bound, only `commitChanges()` sends a change. */
  get resourceTags(): Record<string, string> | undefined {
    return readProperty(this, "resourceTags") as Record<string, string> | undefined;
  }
  /** Sets `resourceTags`; throws InvalidOperationException when the object's state does not allow it. */
  set resourceTags(value: Record<string, string> | undefined) {
    writeProperty(this, "resourceTags", value);
  }
}

/** Property table of {@link CloudJob}. */
const CloudJobSpec: TypeSpec = {
  typeName: "CloudJob",
  kind: "entity",
  properties: [
    { name: "id", wire: "id", converter: SCALAR, unbound: "write", bound: "read" },
    { name: "displayName", wire: "displayName", converter: SCALAR, unbound: "write", bound: "read" },
    {
      name: "usesTaskDependencies",
      wire: "usesTaskDependencies",
      converter: SCALAR,
      unbound: "write",
      bound: "read",
    },
    { name: "url", wire: "url", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "eTag", wire: "eTag", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "lastModified", wire: "lastModified", converter: DATE, unbound: "none", bound: "read" },
    { name: "creationTime", wire: "creationTime", converter: DATE, unbound: "none", bound: "read" },
    { name: "state", wire: "state", converter: SCALAR, unbound: "none", bound: "read" },
    {
      name: "stateTransitionTime",
      wire: "stateTransitionTime",
      converter: DATE,
      unbound: "none",
      bound: "read",
    },
    { name: "previousState", wire: "previousState", converter: SCALAR, unbound: "none", bound: "read" },
    {
      name: "previousStateTransitionTime",
      wire: "previousStateTransitionTime",
      converter: DATE,
      unbound: "none",
      bound: "read",
    },
    { name: "priority", wire: "priority", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "allowTaskPreemption",
      wire: "allowTaskPreemption",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "maxParallelTasks",
      wire: "maxParallelTasks",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "constraints",
      wire: "constraints",
      converter: { kind: "value", type: () => JobConstraints },
      unbound: "write",
      bound: "write",
    },
    {
      name: "jobManagerTask",
      wire: "jobManagerTask",
      converter: { kind: "value", type: () => JobManagerTask },
      unbound: "write",
      bound: "read",
    },
    {
      name: "jobPreparationTask",
      wire: "jobPreparationTask",
      converter: { kind: "value", type: () => JobPreparationTask },
      unbound: "write",
      bound: "read",
    },
    {
      name: "jobReleaseTask",
      wire: "jobReleaseTask",
      converter: { kind: "value", type: () => JobReleaseTask },
      unbound: "write",
      bound: "read",
    },
    {
      name: "commonEnvironmentSettings",
      wire: "commonEnvironmentSettings",
      converter: { kind: "array", item: { kind: "value", type: () => EnvironmentSetting } },
      unbound: "write",
      bound: "read",
    },
    {
      name: "poolInformation",
      wire: "poolInfo",
      converter: { kind: "value", type: () => PoolInformation },
      unbound: "write",
      bound: "write",
    },
    {
      name: "onAllTasksComplete",
      wire: "onAllTasksComplete",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    { name: "onTaskFailure", wire: "onTaskFailure", converter: SCALAR, unbound: "write", bound: "read" },
    {
      name: "networkConfiguration",
      wire: "networkConfiguration",
      converter: { kind: "value", type: () => JobNetworkConfiguration },
      unbound: "write",
      bound: "patch",
    },
    {
      name: "metadata",
      wire: "metadata",
      converter: { kind: "array", item: { kind: "value", type: () => MetadataItem } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "executionInformation",
      wire: "executionInfo",
      converter: { kind: "value", type: () => JobExecutionInformation },
      unbound: "none",
      bound: "read",
    },
    {
      name: "statistics",
      wire: "stats",
      converter: { kind: "value", type: () => JobStatistics },
      unbound: "none",
      bound: "read",
    },
  ],
};

/** Fields accepted by the constructor of {@link CloudJob}; also usable as a plain object literal. */
export interface CloudJobInit {
  /** Sets {@link CloudJob.id}. */
  id?: string;
  /** Sets {@link CloudJob.displayName}. */
  displayName?: string;
  /** Sets {@link CloudJob.usesTaskDependencies}. */
  usesTaskDependencies?: boolean;
  /** Sets {@link CloudJob.priority}. */
  priority?: number;
  /** Sets {@link CloudJob.allowTaskPreemption}. */
  allowTaskPreemption?: boolean;
  /** Sets {@link CloudJob.maxParallelTasks}. */
  maxParallelTasks?: number;
  /** Sets {@link CloudJob.constraints}. */
  constraints?: JobConstraints | JobConstraintsInit;
  /** Sets {@link CloudJob.jobManagerTask}. */
  jobManagerTask?: JobManagerTask | JobManagerTaskInit;
  /** Sets {@link CloudJob.jobPreparationTask}. */
  jobPreparationTask?: JobPreparationTask | JobPreparationTaskInit;
  /** Sets {@link CloudJob.jobReleaseTask}. */
  jobReleaseTask?: JobReleaseTask | JobReleaseTaskInit;
  /** Sets {@link CloudJob.commonEnvironmentSettings}. */
  commonEnvironmentSettings?: readonly (EnvironmentSetting | EnvironmentSettingInit)[];
  /** Sets {@link CloudJob.poolInformation}. */
  poolInformation?: PoolInformation | PoolInformationInit;
  /** Sets {@link CloudJob.onAllTasksComplete}. */
  onAllTasksComplete?: OnAllTasksComplete;
  /** Sets {@link CloudJob.onTaskFailure}. */
  onTaskFailure?: OnTaskFailure;
  /** Sets {@link CloudJob.networkConfiguration}. */
  networkConfiguration?: JobNetworkConfiguration | JobNetworkConfigurationInit;
  /** Sets {@link CloudJob.metadata}. */
  metadata?: readonly (MetadataItem | MetadataItemInit)[];
}

/** The generated properties of {@link CloudJob}: access depends on the binding state. */
export abstract class CloudJobProperties extends PatchableEntity {
  /** @internal Registers the instance with the {@link CloudJob} property table and binds it to the service. */
  protected constructor(...service: ServiceEntityArguments) {
    super(CloudJobSpec, ...service);
  }

  /** `id` — wire `id`; writable until committed. */
  get id(): string | undefined {
    return readProperty(this, "id") as string | undefined;
  }
  /** Sets `id`; throws InvalidOperationException when the object's state does not allow it. */
  set id(value: string | undefined) {
    writeProperty(this, "id", value);
  }

  /** `displayName` — wire `displayName`; writable until committed. */
  get displayName(): string | undefined {
    return readProperty(this, "displayName") as string | undefined;
  }
  /** Sets `displayName`; throws InvalidOperationException when the object's state does not allow it. */
  set displayName(value: string | undefined) {
    writeProperty(this, "displayName", value);
  }

  /** `usesTaskDependencies` — wire `usesTaskDependencies`; writable until committed. */
  get usesTaskDependencies(): boolean | undefined {
    return readProperty(this, "usesTaskDependencies") as boolean | undefined;
  }
  /** Sets `usesTaskDependencies`; throws InvalidOperationException when the object's state does not allow it. */
  set usesTaskDependencies(value: boolean | undefined) {
    writeProperty(this, "usesTaskDependencies", value);
  }

  /** `url` — wire `url`; read-only. */
  get url(): string | undefined {
    return readProperty(this, "url") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set url(value: never) {
    writeProperty(this, "url", value);
  }

  /** `eTag` — wire `eTag`; read-only. */
  get eTag(): string | undefined {
    return readProperty(this, "eTag") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set eTag(value: never) {
    writeProperty(this, "eTag", value);
  }

  /** `lastModified` — wire `lastModified`; read-only. */
  get lastModified(): Date | undefined {
    return readProperty(this, "lastModified") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastModified(value: never) {
    writeProperty(this, "lastModified", value);
  }

  /** `creationTime` — wire `creationTime`; read-only. */
  get creationTime(): Date | undefined {
    return readProperty(this, "creationTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set creationTime(value: never) {
    writeProperty(this, "creationTime", value);
  }

  /** `state` — wire `state`; read-only. */
  get state(): JobState | undefined {
    return readProperty(this, "state") as JobState | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set state(value: never) {
    writeProperty(this, "state", value);
  }

  /** `stateTransitionTime` — wire `stateTransitionTime`; read-only. */
  get stateTransitionTime(): Date | undefined {
    return readProperty(this, "stateTransitionTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set stateTransitionTime(value: never) {
    writeProperty(this, "stateTransitionTime", value);
  }

  /** `previousState` — wire `previousState`; read-only. */
  get previousState(): JobState | undefined {
    return readProperty(this, "previousState") as JobState | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set previousState(value: never) {
    writeProperty(this, "previousState", value);
  }

  /** `previousStateTransitionTime` — wire `previousStateTransitionTime`; read-only. */
  get previousStateTransitionTime(): Date | undefined {
    return readProperty(this, "previousStateTransitionTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set previousStateTransitionTime(value: never) {
    writeProperty(this, "previousStateTransitionTime", value);
  }

  /** `priority` — wire `priority`; writable. */
  get priority(): number | undefined {
    return readProperty(this, "priority") as number | undefined;
  }
  /** Sets `priority`; throws InvalidOperationException when the object's state does not allow it. */
  set priority(value: number | undefined) {
    writeProperty(this, "priority", value);
  }

  /** `allowTaskPreemption` — wire `allowTaskPreemption`; writable. */
  get allowTaskPreemption(): boolean | undefined {
    return readProperty(this, "allowTaskPreemption") as boolean | undefined;
  }
  /** Sets `allowTaskPreemption`; throws InvalidOperationException when the object's state does not allow it. */
  set allowTaskPreemption(value: boolean | undefined) {
    writeProperty(this, "allowTaskPreemption", value);
  }

  /** `maxParallelTasks` — wire `maxParallelTasks`; writable. */
  get maxParallelTasks(): number | undefined {
    return readProperty(this, "maxParallelTasks") as number | undefined;
  }
  /** Sets `maxParallelTasks`; throws InvalidOperationException when the object's state does not allow it. */
  set maxParallelTasks(value: number | undefined) {
    writeProperty(this, "maxParallelTasks", value);
  }

  /** `constraints` — wire `constraints`; writable. */
  get constraints(): JobConstraints | undefined {
    return readProperty(this, "constraints") as JobConstraints | undefined;
  }
  /** Sets `constraints`; throws InvalidOperationException when the object's state does not allow it. */
  set constraints(value: JobConstraints | JobConstraintsInit | undefined) {
    writeProperty(this, "constraints", value);
  }

  /** `jobManagerTask` — wire `jobManagerTask`; writable until committed. */
  get jobManagerTask(): JobManagerTask | undefined {
    return readProperty(this, "jobManagerTask") as JobManagerTask | undefined;
  }
  /** Sets `jobManagerTask`; throws InvalidOperationException when the object's state does not allow it. */
  set jobManagerTask(value: JobManagerTask | JobManagerTaskInit | undefined) {
    writeProperty(this, "jobManagerTask", value);
  }

  /** `jobPreparationTask` — wire `jobPreparationTask`; writable until committed. */
  get jobPreparationTask(): JobPreparationTask | undefined {
    return readProperty(this, "jobPreparationTask") as JobPreparationTask | undefined;
  }
  /** Sets `jobPreparationTask`; throws InvalidOperationException when the object's state does not allow it. */
  set jobPreparationTask(value: JobPreparationTask | JobPreparationTaskInit | undefined) {
    writeProperty(this, "jobPreparationTask", value);
  }

  /** `jobReleaseTask` — wire `jobReleaseTask`; writable until committed. */
  get jobReleaseTask(): JobReleaseTask | undefined {
    return readProperty(this, "jobReleaseTask") as JobReleaseTask | undefined;
  }
  /** Sets `jobReleaseTask`; throws InvalidOperationException when the object's state does not allow it. */
  set jobReleaseTask(value: JobReleaseTask | JobReleaseTaskInit | undefined) {
    writeProperty(this, "jobReleaseTask", value);
  }

  /** `commonEnvironmentSettings` — wire `commonEnvironmentSettings`; writable until committed. */
  get commonEnvironmentSettings(): EnvironmentSetting[] | undefined {
    return readProperty(this, "commonEnvironmentSettings") as EnvironmentSetting[] | undefined;
  }
  /** Sets `commonEnvironmentSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set commonEnvironmentSettings(value: readonly (EnvironmentSetting | EnvironmentSettingInit)[] | undefined) {
    writeProperty(this, "commonEnvironmentSettings", value);
  }

  /** `poolInformation` — wire `poolInfo`; writable. */
  get poolInformation(): PoolInformation | undefined {
    return readProperty(this, "poolInformation") as PoolInformation | undefined;
  }
  /** Sets `poolInformation`; throws InvalidOperationException when the object's state does not allow it. */
  set poolInformation(value: PoolInformation | PoolInformationInit | undefined) {
    writeProperty(this, "poolInformation", value);
  }

  /** `onAllTasksComplete` — wire `onAllTasksComplete`; writable. */
  get onAllTasksComplete(): OnAllTasksComplete | undefined {
    return readProperty(this, "onAllTasksComplete") as OnAllTasksComplete | undefined;
  }
  /** Sets `onAllTasksComplete`; throws InvalidOperationException when the object's state does not allow it. */
  set onAllTasksComplete(value: OnAllTasksComplete | undefined) {
    writeProperty(this, "onAllTasksComplete", value);
  }

  /** `onTaskFailure` — wire `onTaskFailure`; writable until committed. */
  get onTaskFailure(): OnTaskFailure | undefined {
    return readProperty(this, "onTaskFailure") as OnTaskFailure | undefined;
  }
  /** Sets `onTaskFailure`; throws InvalidOperationException when the object's state does not allow it. */
  set onTaskFailure(value: OnTaskFailure | undefined) {
    writeProperty(this, "onTaskFailure", value);
  }

  /** `networkConfiguration` — wire `networkConfiguration`; writable; once bound, only `commitChanges()` sends a change. */
  get networkConfiguration(): JobNetworkConfiguration | undefined {
    return readProperty(this, "networkConfiguration") as JobNetworkConfiguration | undefined;
  }
  /** Sets `networkConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set networkConfiguration(value: JobNetworkConfiguration | JobNetworkConfigurationInit | undefined) {
    writeProperty(this, "networkConfiguration", value);
  }

  /** `metadata` — wire `metadata`; writable. */
  get metadata(): MetadataItem[] | undefined {
    return readProperty(this, "metadata") as MetadataItem[] | undefined;
  }
  /** Sets `metadata`; throws InvalidOperationException when the object's state does not allow it. */
  set metadata(value: readonly (MetadataItem | MetadataItemInit)[] | undefined) {
    writeProperty(this, "metadata", value);
  }

  /** `executionInformation` — wire `executionInfo`; read-only. */
  get executionInformation(): JobExecutionInformation | undefined {
    return readProperty(this, "executionInformation") as JobExecutionInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set executionInformation(value: never) {
    writeProperty(this, "executionInformation", value);
  }

  /** `statistics` — wire `stats`; read-only. */
  get statistics(): JobStatistics | undefined {
    return readProperty(this, "statistics") as JobStatistics | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set statistics(value: never) {
    writeProperty(this, "statistics", value);
  }
}

/** Property table of {@link CloudTask}. */
const CloudTaskSpec: TypeSpec = {
  typeName: "CloudTask",
  kind: "entity",
  properties: [
    { name: "id", wire: "id", converter: SCALAR, unbound: "write", bound: "read" },
    { name: "displayName", wire: "displayName", converter: SCALAR, unbound: "write", bound: "read" },
    { name: "url", wire: "url", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "eTag", wire: "eTag", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "lastModified", wire: "lastModified", converter: DATE, unbound: "none", bound: "read" },
    { name: "creationTime", wire: "creationTime", converter: DATE, unbound: "none", bound: "read" },
    {
      name: "exitConditions",
      wire: "exitConditions",
      converter: { kind: "value", type: () => ExitConditions },
      unbound: "write",
      bound: "read",
    },
    { name: "state", wire: "state", converter: SCALAR, unbound: "none", bound: "read" },
    {
      name: "stateTransitionTime",
      wire: "stateTransitionTime",
      converter: DATE,
      unbound: "none",
      bound: "read",
    },
    { name: "previousState", wire: "previousState", converter: SCALAR, unbound: "none", bound: "read" },
    {
      name: "previousStateTransitionTime",
      wire: "previousStateTransitionTime",
      converter: DATE,
      unbound: "none",
      bound: "read",
    },
    { name: "commandLine", wire: "commandLine", converter: SCALAR, unbound: "write", bound: "read" },
    {
      name: "containerSettings",
      wire: "containerSettings",
      converter: { kind: "value", type: () => TaskContainerSettings },
      unbound: "write",
      bound: "read",
    },
    {
      name: "resourceFiles",
      wire: "resourceFiles",
      converter: { kind: "array", item: resourceFileConverter },
      unbound: "write",
      bound: "read",
    },
    {
      name: "outputFiles",
      wire: "outputFiles",
      converter: { kind: "array", item: outputFileConverter },
      unbound: "write",
      bound: "read",
    },
    {
      name: "environmentSettings",
      wire: "environmentSettings",
      converter: { kind: "array", item: { kind: "value", type: () => EnvironmentSetting } },
      unbound: "write",
      bound: "read",
    },
    {
      name: "affinityInformation",
      wire: "affinityInfo",
      converter: { kind: "value", type: () => AffinityInformation },
      unbound: "write",
      bound: "read",
    },
    {
      name: "constraints",
      wire: "constraints",
      converter: { kind: "value", type: () => TaskConstraints },
      unbound: "write",
      bound: "write",
    },
    { name: "requiredSlots", wire: "requiredSlots", converter: SCALAR, unbound: "write", bound: "read" },
    {
      name: "userIdentity",
      wire: "userIdentity",
      converter: { kind: "value", type: () => UserIdentity },
      unbound: "write",
      bound: "read",
    },
    {
      name: "executionInformation",
      wire: "executionInfo",
      converter: { kind: "value", type: () => TaskExecutionInformation },
      unbound: "none",
      bound: "read",
    },
    {
      name: "computeNodeInformation",
      wire: "nodeInfo",
      converter: { kind: "value", type: () => ComputeNodeInformation },
      unbound: "none",
      bound: "read",
    },
    {
      name: "multiInstanceSettings",
      wire: "multiInstanceSettings",
      converter: { kind: "value", type: () => MultiInstanceSettings },
      unbound: "write",
      bound: "read",
    },
    {
      name: "statistics",
      wire: "stats",
      converter: { kind: "value", type: () => TaskStatistics },
      unbound: "none",
      bound: "read",
    },
    {
      name: "dependsOn",
      wire: "dependsOn",
      converter: { kind: "value", type: () => TaskDependencies },
      unbound: "write",
      bound: "read",
    },
    {
      name: "applicationPackageReferences",
      wire: "applicationPackageReferences",
      converter: { kind: "array", item: { kind: "value", type: () => ApplicationPackageReference } },
      unbound: "write",
      bound: "read",
    },
    {
      name: "authenticationTokenSettings",
      wire: "authenticationTokenSettings",
      converter: { kind: "value", type: () => AuthenticationTokenSettings },
      unbound: "write",
      bound: "read",
    },
  ],
};

/** Fields accepted by the constructor of {@link CloudTask}; also usable as a plain object literal. */
export interface CloudTaskInit {
  /** Sets {@link CloudTask.id}. */
  id?: string;
  /** Sets {@link CloudTask.displayName}. */
  displayName?: string;
  /** Sets {@link CloudTask.exitConditions}. */
  exitConditions?: ExitConditions | ExitConditionsInit;
  /** Sets {@link CloudTask.commandLine}. */
  commandLine?: string;
  /** Sets {@link CloudTask.containerSettings}. */
  containerSettings?: TaskContainerSettings | TaskContainerSettingsInit;
  /** Sets {@link CloudTask.resourceFiles}. */
  resourceFiles?: readonly (ResourceFile | ResourceFileInit)[];
  /** Sets {@link CloudTask.outputFiles}. */
  outputFiles?: readonly (OutputFile | OutputFileInit)[];
  /** Sets {@link CloudTask.environmentSettings}. */
  environmentSettings?: readonly (EnvironmentSetting | EnvironmentSettingInit)[];
  /** Sets {@link CloudTask.affinityInformation}. */
  affinityInformation?: AffinityInformation | AffinityInformationInit;
  /** Sets {@link CloudTask.constraints}. */
  constraints?: TaskConstraints | TaskConstraintsInit;
  /** Sets {@link CloudTask.requiredSlots}. */
  requiredSlots?: number;
  /** Sets {@link CloudTask.userIdentity}. */
  userIdentity?: UserIdentity | UserIdentityInit;
  /** Sets {@link CloudTask.multiInstanceSettings}. */
  multiInstanceSettings?: MultiInstanceSettings | MultiInstanceSettingsInit;
  /** Sets {@link CloudTask.dependsOn}. */
  dependsOn?: TaskDependencies | TaskDependenciesInit;
  /** Sets {@link CloudTask.applicationPackageReferences}. */
  applicationPackageReferences?: readonly (ApplicationPackageReference | ApplicationPackageReferenceInit)[];
  /** Sets {@link CloudTask.authenticationTokenSettings}. */
  authenticationTokenSettings?: AuthenticationTokenSettings | AuthenticationTokenSettingsInit;
}

/** The generated properties of {@link CloudTask}: access depends on the binding state. */
export abstract class CloudTaskProperties extends ServiceEntity {
  /** @internal Registers the instance with the {@link CloudTask} property table and binds it to the service. */
  protected constructor(...service: ServiceEntityArguments) {
    super(CloudTaskSpec, ...service);
  }

  /** `id` — wire `id`; writable until committed. */
  get id(): string | undefined {
    return readProperty(this, "id") as string | undefined;
  }
  /** Sets `id`; throws InvalidOperationException when the object's state does not allow it. */
  set id(value: string | undefined) {
    writeProperty(this, "id", value);
  }

  /** `displayName` — wire `displayName`; writable until committed. */
  get displayName(): string | undefined {
    return readProperty(this, "displayName") as string | undefined;
  }
  /** Sets `displayName`; throws InvalidOperationException when the object's state does not allow it. */
  set displayName(value: string | undefined) {
    writeProperty(this, "displayName", value);
  }

  /** `url` — wire `url`; read-only. */
  get url(): string | undefined {
    return readProperty(this, "url") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set url(value: never) {
    writeProperty(this, "url", value);
  }

  /** `eTag` — wire `eTag`; read-only. */
  get eTag(): string | undefined {
    return readProperty(this, "eTag") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set eTag(value: never) {
    writeProperty(this, "eTag", value);
  }

  /** `lastModified` — wire `lastModified`; read-only. */
  get lastModified(): Date | undefined {
    return readProperty(this, "lastModified") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastModified(value: never) {
    writeProperty(this, "lastModified", value);
  }

  /** `creationTime` — wire `creationTime`; read-only. */
  get creationTime(): Date | undefined {
    return readProperty(this, "creationTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set creationTime(value: never) {
    writeProperty(this, "creationTime", value);
  }

  /** `exitConditions` — wire `exitConditions`; writable until committed. */
  get exitConditions(): ExitConditions | undefined {
    return readProperty(this, "exitConditions") as ExitConditions | undefined;
  }
  /** Sets `exitConditions`; throws InvalidOperationException when the object's state does not allow it. */
  set exitConditions(value: ExitConditions | ExitConditionsInit | undefined) {
    writeProperty(this, "exitConditions", value);
  }

  /** `state` — wire `state`; read-only. */
  get state(): TaskState | undefined {
    return readProperty(this, "state") as TaskState | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set state(value: never) {
    writeProperty(this, "state", value);
  }

  /** `stateTransitionTime` — wire `stateTransitionTime`; read-only. */
  get stateTransitionTime(): Date | undefined {
    return readProperty(this, "stateTransitionTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set stateTransitionTime(value: never) {
    writeProperty(this, "stateTransitionTime", value);
  }

  /** `previousState` — wire `previousState`; read-only. */
  get previousState(): TaskState | undefined {
    return readProperty(this, "previousState") as TaskState | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set previousState(value: never) {
    writeProperty(this, "previousState", value);
  }

  /** `previousStateTransitionTime` — wire `previousStateTransitionTime`; read-only. */
  get previousStateTransitionTime(): Date | undefined {
    return readProperty(this, "previousStateTransitionTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set previousStateTransitionTime(value: never) {
    writeProperty(this, "previousStateTransitionTime", value);
  }

  /** `commandLine` — wire `commandLine`; writable until committed. */
  get commandLine(): string | undefined {
    return readProperty(this, "commandLine") as string | undefined;
  }
  /** Sets `commandLine`; throws InvalidOperationException when the object's state does not allow it. */
  set commandLine(value: string | undefined) {
    writeProperty(this, "commandLine", value);
  }

  /** `containerSettings` — wire `containerSettings`; writable until committed. */
  get containerSettings(): TaskContainerSettings | undefined {
    return readProperty(this, "containerSettings") as TaskContainerSettings | undefined;
  }
  /** Sets `containerSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set containerSettings(value: TaskContainerSettings | TaskContainerSettingsInit | undefined) {
    writeProperty(this, "containerSettings", value);
  }

  /** `resourceFiles` — wire `resourceFiles`; writable until committed. */
  get resourceFiles(): ResourceFile[] | undefined {
    return readProperty(this, "resourceFiles") as ResourceFile[] | undefined;
  }
  /** Sets `resourceFiles`; throws InvalidOperationException when the object's state does not allow it. */
  set resourceFiles(value: readonly (ResourceFile | ResourceFileInit)[] | undefined) {
    writeProperty(this, "resourceFiles", value);
  }

  /** `outputFiles` — wire `outputFiles`; writable until committed. */
  get outputFiles(): OutputFile[] | undefined {
    return readProperty(this, "outputFiles") as OutputFile[] | undefined;
  }
  /** Sets `outputFiles`; throws InvalidOperationException when the object's state does not allow it. */
  set outputFiles(value: readonly (OutputFile | OutputFileInit)[] | undefined) {
    writeProperty(this, "outputFiles", value);
  }

  /** `environmentSettings` — wire `environmentSettings`; writable until committed. */
  get environmentSettings(): EnvironmentSetting[] | undefined {
    return readProperty(this, "environmentSettings") as EnvironmentSetting[] | undefined;
  }
  /** Sets `environmentSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set environmentSettings(value: readonly (EnvironmentSetting | EnvironmentSettingInit)[] | undefined) {
    writeProperty(this, "environmentSettings", value);
  }

  /** `affinityInformation` — wire `affinityInfo`; writable until committed. */
  get affinityInformation(): AffinityInformation | undefined {
    return readProperty(this, "affinityInformation") as AffinityInformation | undefined;
  }
  /** Sets `affinityInformation`; throws InvalidOperationException when the object's state does not allow it. */
  set affinityInformation(value: AffinityInformation | AffinityInformationInit | undefined) {
    writeProperty(this, "affinityInformation", value);
  }

  /** `constraints` — wire `constraints`; writable. */
  get constraints(): TaskConstraints | undefined {
    return readProperty(this, "constraints") as TaskConstraints | undefined;
  }
  /** Sets `constraints`; throws InvalidOperationException when the object's state does not allow it. */
  set constraints(value: TaskConstraints | TaskConstraintsInit | undefined) {
    writeProperty(this, "constraints", value);
  }

  /** `requiredSlots` — wire `requiredSlots`; writable until committed. */
  get requiredSlots(): number | undefined {
    return readProperty(this, "requiredSlots") as number | undefined;
  }
  /** Sets `requiredSlots`; throws InvalidOperationException when the object's state does not allow it. */
  set requiredSlots(value: number | undefined) {
    writeProperty(this, "requiredSlots", value);
  }

  /** `userIdentity` — wire `userIdentity`; writable until committed. */
  get userIdentity(): UserIdentity | undefined {
    return readProperty(this, "userIdentity") as UserIdentity | undefined;
  }
  /** Sets `userIdentity`; throws InvalidOperationException when the object's state does not allow it. */
  set userIdentity(value: UserIdentity | UserIdentityInit | undefined) {
    writeProperty(this, "userIdentity", value);
  }

  /** `executionInformation` — wire `executionInfo`; read-only. */
  get executionInformation(): TaskExecutionInformation | undefined {
    return readProperty(this, "executionInformation") as TaskExecutionInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set executionInformation(value: never) {
    writeProperty(this, "executionInformation", value);
  }

  /** `computeNodeInformation` — wire `nodeInfo`; read-only. */
  get computeNodeInformation(): ComputeNodeInformation | undefined {
    return readProperty(this, "computeNodeInformation") as ComputeNodeInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set computeNodeInformation(value: never) {
    writeProperty(this, "computeNodeInformation", value);
  }

  /** `multiInstanceSettings` — wire `multiInstanceSettings`; writable until committed. */
  get multiInstanceSettings(): MultiInstanceSettings | undefined {
    return readProperty(this, "multiInstanceSettings") as MultiInstanceSettings | undefined;
  }
  /** Sets `multiInstanceSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set multiInstanceSettings(value: MultiInstanceSettings | MultiInstanceSettingsInit | undefined) {
    writeProperty(this, "multiInstanceSettings", value);
  }

  /** `statistics` — wire `stats`; read-only. */
  get statistics(): TaskStatistics | undefined {
    return readProperty(this, "statistics") as TaskStatistics | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set statistics(value: never) {
    writeProperty(this, "statistics", value);
  }

  /** `dependsOn` — wire `dependsOn`; writable until committed. */
  get dependsOn(): TaskDependencies | undefined {
    return readProperty(this, "dependsOn") as TaskDependencies | undefined;
  }
  /** Sets `dependsOn`; throws InvalidOperationException when the object's state does not allow it. */
  set dependsOn(value: TaskDependencies | TaskDependenciesInit | undefined) {
    writeProperty(this, "dependsOn", value);
  }

  /** `applicationPackageReferences` — wire `applicationPackageReferences`; writable until committed. */
  get applicationPackageReferences(): ApplicationPackageReference[] | undefined {
    return readProperty(this, "applicationPackageReferences") as ApplicationPackageReference[] | undefined;
  }
  /** Sets `applicationPackageReferences`; throws InvalidOperationException when the object's state does not allow it. */
  set applicationPackageReferences(
    value: readonly (ApplicationPackageReference | ApplicationPackageReferenceInit)[] | undefined,
  ) {
    writeProperty(this, "applicationPackageReferences", value);
  }

  /** `authenticationTokenSettings` — wire `authenticationTokenSettings`; writable until committed. */
  get authenticationTokenSettings(): AuthenticationTokenSettings | undefined {
    return readProperty(this, "authenticationTokenSettings") as AuthenticationTokenSettings | undefined;
  }
  /** Sets `authenticationTokenSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set authenticationTokenSettings(
    value: AuthenticationTokenSettings | AuthenticationTokenSettingsInit | undefined,
  ) {
    writeProperty(this, "authenticationTokenSettings", value);
  }
}

/** Property table of {@link CloudJobSchedule}. */
const CloudJobScheduleSpec: TypeSpec = {
  typeName: "CloudJobSchedule",
  kind: "entity",
  properties: [
    { name: "id", wire: "id", converter: SCALAR, unbound: "write", bound: "read" },
    { name: "displayName", wire: "displayName", converter: SCALAR, unbound: "write", bound: "read" },
    { name: "url", wire: "url", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "eTag", wire: "eTag", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "lastModified", wire: "lastModified", converter: DATE, unbound: "none", bound: "read" },
    { name: "creationTime", wire: "creationTime", converter: DATE, unbound: "none", bound: "read" },
    { name: "state", wire: "state", converter: SCALAR, unbound: "none", bound: "read" },
    {
      name: "stateTransitionTime",
      wire: "stateTransitionTime",
      converter: DATE,
      unbound: "none",
      bound: "read",
    },
    { name: "previousState", wire: "previousState", converter: SCALAR, unbound: "none", bound: "read" },
    {
      name: "previousStateTransitionTime",
      wire: "previousStateTransitionTime",
      converter: DATE,
      unbound: "none",
      bound: "read",
    },
    {
      name: "schedule",
      wire: "schedule",
      converter: { kind: "value", type: () => Schedule },
      unbound: "write",
      bound: "write",
    },
    {
      name: "jobSpecification",
      wire: "jobSpecification",
      converter: { kind: "value", type: () => JobSpecification },
      unbound: "write",
      bound: "write",
    },
    {
      name: "executionInformation",
      wire: "executionInfo",
      converter: { kind: "value", type: () => JobScheduleExecutionInformation },
      unbound: "none",
      bound: "read",
    },
    {
      name: "metadata",
      wire: "metadata",
      converter: { kind: "array", item: { kind: "value", type: () => MetadataItem } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "statistics",
      wire: "stats",
      converter: { kind: "value", type: () => JobScheduleStatistics },
      unbound: "none",
      bound: "read",
    },
  ],
};

/** Fields accepted by the constructor of {@link CloudJobSchedule}; also usable as a plain object literal. */
export interface CloudJobScheduleInit {
  /** Sets {@link CloudJobSchedule.id}. */
  id?: string;
  /** Sets {@link CloudJobSchedule.displayName}. */
  displayName?: string;
  /** Sets {@link CloudJobSchedule.schedule}. */
  schedule?: Schedule | ScheduleInit;
  /** Sets {@link CloudJobSchedule.jobSpecification}. */
  jobSpecification?: JobSpecification | JobSpecificationInit;
  /** Sets {@link CloudJobSchedule.metadata}. */
  metadata?: readonly (MetadataItem | MetadataItemInit)[];
}

/** The generated properties of {@link CloudJobSchedule}: access depends on the binding state. */
export abstract class CloudJobScheduleProperties extends PatchableEntity {
  /** @internal Registers the instance with the {@link CloudJobSchedule} property table and binds it to the service. */
  protected constructor(...service: ServiceEntityArguments) {
    super(CloudJobScheduleSpec, ...service);
  }

  /** `id` — wire `id`; writable until committed. */
  get id(): string | undefined {
    return readProperty(this, "id") as string | undefined;
  }
  /** Sets `id`; throws InvalidOperationException when the object's state does not allow it. */
  set id(value: string | undefined) {
    writeProperty(this, "id", value);
  }

  /** `displayName` — wire `displayName`; writable until committed. */
  get displayName(): string | undefined {
    return readProperty(this, "displayName") as string | undefined;
  }
  /** Sets `displayName`; throws InvalidOperationException when the object's state does not allow it. */
  set displayName(value: string | undefined) {
    writeProperty(this, "displayName", value);
  }

  /** `url` — wire `url`; read-only. */
  get url(): string | undefined {
    return readProperty(this, "url") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set url(value: never) {
    writeProperty(this, "url", value);
  }

  /** `eTag` — wire `eTag`; read-only. */
  get eTag(): string | undefined {
    return readProperty(this, "eTag") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set eTag(value: never) {
    writeProperty(this, "eTag", value);
  }

  /** `lastModified` — wire `lastModified`; read-only. */
  get lastModified(): Date | undefined {
    return readProperty(this, "lastModified") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastModified(value: never) {
    writeProperty(this, "lastModified", value);
  }

  /** `creationTime` — wire `creationTime`; read-only. */
  get creationTime(): Date | undefined {
    return readProperty(this, "creationTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set creationTime(value: never) {
    writeProperty(this, "creationTime", value);
  }

  /** `state` — wire `state`; read-only. */
  get state(): JobScheduleState | undefined {
    return readProperty(this, "state") as JobScheduleState | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set state(value: never) {
    writeProperty(this, "state", value);
  }

  /** `stateTransitionTime` — wire `stateTransitionTime`; read-only. */
  get stateTransitionTime(): Date | undefined {
    return readProperty(this, "stateTransitionTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set stateTransitionTime(value: never) {
    writeProperty(this, "stateTransitionTime", value);
  }

  /** `previousState` — wire `previousState`; read-only. */
  get previousState(): JobScheduleState | undefined {
    return readProperty(this, "previousState") as JobScheduleState | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set previousState(value: never) {
    writeProperty(this, "previousState", value);
  }

  /** `previousStateTransitionTime` — wire `previousStateTransitionTime`; read-only. */
  get previousStateTransitionTime(): Date | undefined {
    return readProperty(this, "previousStateTransitionTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set previousStateTransitionTime(value: never) {
    writeProperty(this, "previousStateTransitionTime", value);
  }

  /** `schedule` — wire `schedule`; writable. */
  get schedule(): Schedule | undefined {
    return readProperty(this, "schedule") as Schedule | undefined;
  }
  /** Sets `schedule`; throws InvalidOperationException when the object's state does not allow it. */
  set schedule(value: Schedule | ScheduleInit | undefined) {
    writeProperty(this, "schedule", value);
  }

  /** `jobSpecification` — wire `jobSpecification`; writable. */
  get jobSpecification(): JobSpecification | undefined {
    return readProperty(this, "jobSpecification") as JobSpecification | undefined;
  }
  /** Sets `jobSpecification`; throws InvalidOperationException when the object's state does not allow it. */
  set jobSpecification(value: JobSpecification | JobSpecificationInit | undefined) {
    writeProperty(this, "jobSpecification", value);
  }

  /** `executionInformation` — wire `executionInfo`; read-only. */
  get executionInformation(): JobScheduleExecutionInformation | undefined {
    return readProperty(this, "executionInformation") as JobScheduleExecutionInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set executionInformation(value: never) {
    writeProperty(this, "executionInformation", value);
  }

  /** `metadata` — wire `metadata`; writable. */
  get metadata(): MetadataItem[] | undefined {
    return readProperty(this, "metadata") as MetadataItem[] | undefined;
  }
  /** Sets `metadata`; throws InvalidOperationException when the object's state does not allow it. */
  set metadata(value: readonly (MetadataItem | MetadataItemInit)[] | undefined) {
    writeProperty(this, "metadata", value);
  }

  /** `statistics` — wire `stats`; read-only. */
  get statistics(): JobScheduleStatistics | undefined {
    return readProperty(this, "statistics") as JobScheduleStatistics | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set statistics(value: never) {
    writeProperty(this, "statistics", value);
  }
}

/** Property table of {@link Certificate}. */
const CertificateSpec: TypeSpec = {
  typeName: "Certificate",
  kind: "entity",
  properties: [
    { name: "thumbprint", wire: "thumbprint", converter: SCALAR, unbound: "write", bound: "read" },
    {
      name: "thumbprintAlgorithm",
      wire: "thumbprintAlgorithm",
      converter: SCALAR,
      unbound: "write",
      bound: "read",
    },
    { name: "url", wire: "url", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "state", wire: "state", converter: SCALAR, unbound: "none", bound: "read" },
    {
      name: "stateTransitionTime",
      wire: "stateTransitionTime",
      converter: DATE,
      unbound: "none",
      bound: "read",
    },
    { name: "previousState", wire: "previousState", converter: SCALAR, unbound: "none", bound: "read" },
    {
      name: "previousStateTransitionTime",
      wire: "previousStateTransitionTime",
      converter: DATE,
      unbound: "none",
      bound: "read",
    },
    { name: "publicData", wire: "publicData", converter: SCALAR, unbound: "none", bound: "read" },
    {
      name: "deleteCertificateError",
      wire: "deleteCertificateError",
      converter: { kind: "value", type: () => DeleteCertificateError },
      unbound: "none",
      bound: "read",
    },
    { name: "data", wire: "data", converter: SCALAR, unbound: "write", bound: "none" },
    {
      name: "certificateFormat",
      wire: "certificateFormat",
      converter: SCALAR,
      unbound: "write",
      bound: "none",
    },
    { name: "password", wire: "password", converter: SCALAR, unbound: "write", bound: "none" },
  ],
};

/** Fields accepted by the constructor of {@link Certificate}; also usable as a plain object literal. */
export interface CertificateInit {
  /** Sets {@link Certificate.thumbprint}. */
  thumbprint?: string;
  /** Sets {@link Certificate.thumbprintAlgorithm}. */
  thumbprintAlgorithm?: string;
  /** Sets {@link Certificate.data}. */
  data?: string;
  /** Sets {@link Certificate.certificateFormat}. */
  certificateFormat?: CertificateFormat;
  /** Sets {@link Certificate.password}. */
  password?: string;
}

/** The generated properties of {@link Certificate}: access depends on the binding state. */
export abstract class CertificateProperties extends ServiceEntity {
  /** @internal Registers the instance with the {@link Certificate} property table and binds it to the service. */
  protected constructor(...service: ServiceEntityArguments) {
    super(CertificateSpec, ...service);
  }

  /** `thumbprint` — wire `thumbprint`; writable until committed. */
  get thumbprint(): string | undefined {
    return readProperty(this, "thumbprint") as string | undefined;
  }
  /** Sets `thumbprint`; throws InvalidOperationException when the object's state does not allow it. */
  set thumbprint(value: string | undefined) {
    writeProperty(this, "thumbprint", value);
  }

  /** `thumbprintAlgorithm` — wire `thumbprintAlgorithm`; writable until committed. */
  get thumbprintAlgorithm(): string | undefined {
    return readProperty(this, "thumbprintAlgorithm") as string | undefined;
  }
  /** Sets `thumbprintAlgorithm`; throws InvalidOperationException when the object's state does not allow it. */
  set thumbprintAlgorithm(value: string | undefined) {
    writeProperty(this, "thumbprintAlgorithm", value);
  }

  /** `url` — wire `url`; read-only. */
  get url(): string | undefined {
    return readProperty(this, "url") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set url(value: never) {
    writeProperty(this, "url", value);
  }

  /** `state` — wire `state`; read-only. */
  get state(): CertificateState | undefined {
    return readProperty(this, "state") as CertificateState | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set state(value: never) {
    writeProperty(this, "state", value);
  }

  /** `stateTransitionTime` — wire `stateTransitionTime`; read-only. */
  get stateTransitionTime(): Date | undefined {
    return readProperty(this, "stateTransitionTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set stateTransitionTime(value: never) {
    writeProperty(this, "stateTransitionTime", value);
  }

  /** `previousState` — wire `previousState`; read-only. */
  get previousState(): CertificateState | undefined {
    return readProperty(this, "previousState") as CertificateState | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set previousState(value: never) {
    writeProperty(this, "previousState", value);
  }

  /** `previousStateTransitionTime` — wire `previousStateTransitionTime`; read-only. */
  get previousStateTransitionTime(): Date | undefined {
    return readProperty(this, "previousStateTransitionTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set previousStateTransitionTime(value: never) {
    writeProperty(this, "previousStateTransitionTime", value);
  }

  /** `publicData` — wire `publicData`; read-only. */
  get publicData(): string | undefined {
    return readProperty(this, "publicData") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set publicData(value: never) {
    writeProperty(this, "publicData", value);
  }

  /** `deleteCertificateError` — wire `deleteCertificateError`; read-only. */
  get deleteCertificateError(): DeleteCertificateError | undefined {
    return readProperty(this, "deleteCertificateError") as DeleteCertificateError | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set deleteCertificateError(value: never) {
    writeProperty(this, "deleteCertificateError", value);
  }

  /** `data` — wire `data`; writable before commit, not returned by the service. */
  get data(): string | undefined {
    return readProperty(this, "data") as string | undefined;
  }
  /** Sets `data`; throws InvalidOperationException when the object's state does not allow it. */
  set data(value: string | undefined) {
    writeProperty(this, "data", value);
  }

  /** `certificateFormat` — wire `certificateFormat`; writable before commit, not returned by the service. */
  get certificateFormat(): CertificateFormat | undefined {
    return readProperty(this, "certificateFormat") as CertificateFormat | undefined;
  }
  /** Sets `certificateFormat`; throws InvalidOperationException when the object's state does not allow it. */
  set certificateFormat(value: CertificateFormat | undefined) {
    writeProperty(this, "certificateFormat", value);
  }

  /** `password` — wire `password`; writable before commit, not returned by the service. */
  get password(): string | undefined {
    return readProperty(this, "password") as string | undefined;
  }
  /** Sets `password`; throws InvalidOperationException when the object's state does not allow it. */
  set password(value: string | undefined) {
    writeProperty(this, "password", value);
  }
}

/** Property table of {@link ComputeNode}. */
const ComputeNodeSpec: TypeSpec = {
  typeName: "ComputeNode",
  kind: "entity",
  properties: [
    { name: "id", wire: "id", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "url", wire: "url", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "state", wire: "state", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "schedulingState", wire: "schedulingState", converter: SCALAR, unbound: "none", bound: "read" },
    {
      name: "stateTransitionTime",
      wire: "stateTransitionTime",
      converter: DATE,
      unbound: "none",
      bound: "read",
    },
    { name: "lastBootTime", wire: "lastBootTime", converter: DATE, unbound: "none", bound: "read" },
    { name: "allocationTime", wire: "allocationTime", converter: DATE, unbound: "none", bound: "read" },
    { name: "ipAddress", wire: "ipAddress", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "affinityId", wire: "affinityId", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "virtualMachineSize", wire: "vmSize", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "totalTasksRun", wire: "totalTasksRun", converter: SCALAR, unbound: "none", bound: "read" },
    {
      name: "runningTasksCount",
      wire: "runningTasksCount",
      converter: SCALAR,
      unbound: "none",
      bound: "read",
    },
    {
      name: "runningTaskSlotsCount",
      wire: "runningTaskSlotsCount",
      converter: SCALAR,
      unbound: "none",
      bound: "read",
    },
    {
      name: "totalTasksSucceeded",
      wire: "totalTasksSucceeded",
      converter: SCALAR,
      unbound: "none",
      bound: "read",
    },
    {
      name: "recentTasks",
      wire: "recentTasks",
      converter: { kind: "array", item: { kind: "value", type: () => TaskInformation } },
      unbound: "none",
      bound: "read",
    },
    {
      name: "startTask",
      wire: "startTask",
      converter: { kind: "value", type: () => StartTask },
      unbound: "none",
      bound: "read",
    },
    {
      name: "startTaskInformation",
      wire: "startTaskInfo",
      converter: { kind: "value", type: () => StartTaskInformation },
      unbound: "none",
      bound: "read",
    },
    {
      name: "certificateReferences",
      wire: "certificateReferences",
      converter: { kind: "array", item: { kind: "value", type: () => CertificateReference } },
      unbound: "none",
      bound: "read",
    },
    {
      name: "errors",
      wire: "errors",
      converter: { kind: "array", item: { kind: "value", type: () => ComputeNodeError } },
      unbound: "none",
      bound: "read",
    },
    { name: "isDedicated", wire: "isDedicated", converter: SCALAR, unbound: "none", bound: "read" },
    {
      name: "endpointConfiguration",
      wire: "endpointConfiguration",
      converter: { kind: "value", type: () => ComputeNodeEndpointConfiguration },
      unbound: "none",
      bound: "read",
    },
    {
      name: "nodeAgentInformation",
      wire: "nodeAgentInfo",
      converter: { kind: "value", type: () => NodeAgentInformation },
      unbound: "none",
      bound: "read",
    },
    {
      name: "virtualMachineInfo",
      wire: "virtualMachineInfo",
      converter: { kind: "value", type: () => VirtualMachineInfo },
      unbound: "none",
      bound: "read",
    },
  ],
};

/** Fields accepted by the constructor of {@link ComputeNode}; also usable as a plain object literal. */
export interface ComputeNodeInit {}

/** The generated properties of {@link ComputeNode}: access depends on the binding state. */
export abstract class ComputeNodeProperties extends EntityBase {
  /** @internal Registers the instance with the {@link ComputeNode} property table and binds it to the service. */
  protected constructor(...service: ServiceEntityArguments) {
    super(ComputeNodeSpec, ...service);
  }

  /** `id` — wire `id`; read-only. */
  get id(): string | undefined {
    return readProperty(this, "id") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set id(value: never) {
    writeProperty(this, "id", value);
  }

  /** `url` — wire `url`; read-only. */
  get url(): string | undefined {
    return readProperty(this, "url") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set url(value: never) {
    writeProperty(this, "url", value);
  }

  /** `state` — wire `state`; read-only. */
  get state(): ComputeNodeState | undefined {
    return readProperty(this, "state") as ComputeNodeState | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set state(value: never) {
    writeProperty(this, "state", value);
  }

  /** `schedulingState` — wire `schedulingState`; read-only. */
  get schedulingState(): SchedulingState | undefined {
    return readProperty(this, "schedulingState") as SchedulingState | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set schedulingState(value: never) {
    writeProperty(this, "schedulingState", value);
  }

  /** `stateTransitionTime` — wire `stateTransitionTime`; read-only. */
  get stateTransitionTime(): Date | undefined {
    return readProperty(this, "stateTransitionTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set stateTransitionTime(value: never) {
    writeProperty(this, "stateTransitionTime", value);
  }

  /** `lastBootTime` — wire `lastBootTime`; read-only. */
  get lastBootTime(): Date | undefined {
    return readProperty(this, "lastBootTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastBootTime(value: never) {
    writeProperty(this, "lastBootTime", value);
  }

  /** `allocationTime` — wire `allocationTime`; read-only. */
  get allocationTime(): Date | undefined {
    return readProperty(this, "allocationTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set allocationTime(value: never) {
    writeProperty(this, "allocationTime", value);
  }

  /** `ipAddress` — wire `ipAddress`; read-only. */
  get ipAddress(): string | undefined {
    return readProperty(this, "ipAddress") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set ipAddress(value: never) {
    writeProperty(this, "ipAddress", value);
  }

  /** `affinityId` — wire `affinityId`; read-only. */
  get affinityId(): string | undefined {
    return readProperty(this, "affinityId") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set affinityId(value: never) {
    writeProperty(this, "affinityId", value);
  }

  /** `virtualMachineSize` — wire `vmSize`; read-only. */
  get virtualMachineSize(): string | undefined {
    return readProperty(this, "virtualMachineSize") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set virtualMachineSize(value: never) {
    writeProperty(this, "virtualMachineSize", value);
  }

  /** `totalTasksRun` — wire `totalTasksRun`; read-only. */
  get totalTasksRun(): number | undefined {
    return readProperty(this, "totalTasksRun") as number | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set totalTasksRun(value: never) {
    writeProperty(this, "totalTasksRun", value);
  }

  /** `runningTasksCount` — wire `runningTasksCount`; read-only. */
  get runningTasksCount(): number | undefined {
    return readProperty(this, "runningTasksCount") as number | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set runningTasksCount(value: never) {
    writeProperty(this, "runningTasksCount", value);
  }

  /** `runningTaskSlotsCount` — wire `runningTaskSlotsCount`; read-only. */
  get runningTaskSlotsCount(): number | undefined {
    return readProperty(this, "runningTaskSlotsCount") as number | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set runningTaskSlotsCount(value: never) {
    writeProperty(this, "runningTaskSlotsCount", value);
  }

  /** `totalTasksSucceeded` — wire `totalTasksSucceeded`; read-only. */
  get totalTasksSucceeded(): number | undefined {
    return readProperty(this, "totalTasksSucceeded") as number | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set totalTasksSucceeded(value: never) {
    writeProperty(this, "totalTasksSucceeded", value);
  }

  /** `recentTasks` — wire `recentTasks`; read-only. */
  get recentTasks(): TaskInformation[] | undefined {
    return readProperty(this, "recentTasks") as TaskInformation[] | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set recentTasks(value: never) {
    writeProperty(this, "recentTasks", value);
  }

  /** `startTask` — wire `startTask`; read-only. */
  get startTask(): StartTask | undefined {
    return readProperty(this, "startTask") as StartTask | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set startTask(value: never) {
    writeProperty(this, "startTask", value);
  }

  /** `startTaskInformation` — wire `startTaskInfo`; read-only. */
  get startTaskInformation(): StartTaskInformation | undefined {
    return readProperty(this, "startTaskInformation") as StartTaskInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set startTaskInformation(value: never) {
    writeProperty(this, "startTaskInformation", value);
  }

  /** `certificateReferences` — wire `certificateReferences`; read-only. */
  get certificateReferences(): CertificateReference[] | undefined {
    return readProperty(this, "certificateReferences") as CertificateReference[] | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set certificateReferences(value: never) {
    writeProperty(this, "certificateReferences", value);
  }

  /** `errors` — wire `errors`; read-only. */
  get errors(): ComputeNodeError[] | undefined {
    return readProperty(this, "errors") as ComputeNodeError[] | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set errors(value: never) {
    writeProperty(this, "errors", value);
  }

  /** `isDedicated` — wire `isDedicated`; read-only. */
  get isDedicated(): boolean | undefined {
    return readProperty(this, "isDedicated") as boolean | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set isDedicated(value: never) {
    writeProperty(this, "isDedicated", value);
  }

  /** `endpointConfiguration` — wire `endpointConfiguration`; read-only. */
  get endpointConfiguration(): ComputeNodeEndpointConfiguration | undefined {
    return readProperty(this, "endpointConfiguration") as ComputeNodeEndpointConfiguration | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set endpointConfiguration(value: never) {
    writeProperty(this, "endpointConfiguration", value);
  }

  /** `nodeAgentInformation` — wire `nodeAgentInfo`; read-only. */
  get nodeAgentInformation(): NodeAgentInformation | undefined {
    return readProperty(this, "nodeAgentInformation") as NodeAgentInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set nodeAgentInformation(value: never) {
    writeProperty(this, "nodeAgentInformation", value);
  }

  /** `virtualMachineInfo` — wire `virtualMachineInfo`; read-only. */
  get virtualMachineInfo(): VirtualMachineInfo | undefined {
    return readProperty(this, "virtualMachineInfo") as VirtualMachineInfo | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set virtualMachineInfo(value: never) {
    writeProperty(this, "virtualMachineInfo", value);
  }
}

/** Property table of {@link ComputeNodeUser}. */
const ComputeNodeUserSpec: TypeSpec = {
  typeName: "ComputeNodeUser",
  kind: "entity",
  properties: [
    { name: "name", wire: "name", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "isAdmin", wire: "isAdmin", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "expiryTime", wire: "expiryTime", converter: DATE, unbound: "write", bound: "write" },
    { name: "password", wire: "password", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "sshPublicKey", wire: "sshPublicKey", converter: SCALAR, unbound: "write", bound: "write" },
  ],
};

/** Fields accepted by the constructor of {@link ComputeNodeUser}; also usable as a plain object literal. */
export interface ComputeNodeUserInit {
  /** Sets {@link ComputeNodeUser.name}. */
  name?: string;
  /** Sets {@link ComputeNodeUser.isAdmin}. */
  isAdmin?: boolean;
  /** Sets {@link ComputeNodeUser.expiryTime}. */
  expiryTime?: Date;
  /** Sets {@link ComputeNodeUser.password}. */
  password?: string;
  /** Sets {@link ComputeNodeUser.sshPublicKey}. */
  sshPublicKey?: string;
}

/** The generated properties of {@link ComputeNodeUser}: access depends on the binding state. */
export abstract class ComputeNodeUserProperties extends EntityBase {
  /** @internal Registers the instance with the {@link ComputeNodeUser} property table and binds it to the service. */
  protected constructor(...service: ServiceEntityArguments) {
    super(ComputeNodeUserSpec, ...service);
  }

  /** `name` — wire `name`; writable. */
  get name(): string | undefined {
    return readProperty(this, "name") as string | undefined;
  }
  /** Sets `name`; throws InvalidOperationException when the object's state does not allow it. */
  set name(value: string | undefined) {
    writeProperty(this, "name", value);
  }

  /** `isAdmin` — wire `isAdmin`; writable. */
  get isAdmin(): boolean | undefined {
    return readProperty(this, "isAdmin") as boolean | undefined;
  }
  /** Sets `isAdmin`; throws InvalidOperationException when the object's state does not allow it. */
  set isAdmin(value: boolean | undefined) {
    writeProperty(this, "isAdmin", value);
  }

  /** `expiryTime` — wire `expiryTime`; writable. */
  get expiryTime(): Date | undefined {
    return readProperty(this, "expiryTime") as Date | undefined;
  }
  /** Sets `expiryTime`; throws InvalidOperationException when the object's state does not allow it. */
  set expiryTime(value: Date | undefined) {
    writeProperty(this, "expiryTime", value);
  }

  /** `password` — wire `password`; writable. */
  get password(): string | undefined {
    return readProperty(this, "password") as string | undefined;
  }
  /** Sets `password`; throws InvalidOperationException when the object's state does not allow it. */
  set password(value: string | undefined) {
    writeProperty(this, "password", value);
  }

  /** `sshPublicKey` — wire `sshPublicKey`; writable. */
  get sshPublicKey(): string | undefined {
    return readProperty(this, "sshPublicKey") as string | undefined;
  }
  /** Sets `sshPublicKey`; throws InvalidOperationException when the object's state does not allow it. */
  set sshPublicKey(value: string | undefined) {
    writeProperty(this, "sshPublicKey", value);
  }
}

/** Property table of {@link NodeFile}. */
const NodeFileSpec: TypeSpec = {
  typeName: "NodeFile",
  kind: "entity",
  properties: [
    { name: "path", wire: "name", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "url", wire: "url", converter: SCALAR, unbound: "none", bound: "read" },
    { name: "isDirectory", wire: "isDirectory", converter: SCALAR, unbound: "none", bound: "read" },
    {
      name: "properties",
      wire: "properties",
      converter: { kind: "value", type: () => FileProperties },
      unbound: "none",
      bound: "read",
    },
  ],
};

/** Fields accepted by the constructor of {@link NodeFile}; also usable as a plain object literal. */
export interface NodeFileInit {}

/** The generated properties of {@link NodeFile}: access depends on the binding state. */
export abstract class NodeFileProperties extends EntityBase {
  /** @internal Registers the instance with the {@link NodeFile} property table and binds it to the service. */
  protected constructor(...service: ServiceEntityArguments) {
    super(NodeFileSpec, ...service);
  }

  /** `path` — wire `name`; read-only. */
  get path(): string | undefined {
    return readProperty(this, "path") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set path(value: never) {
    writeProperty(this, "path", value);
  }

  /** `url` — wire `url`; read-only. */
  get url(): string | undefined {
    return readProperty(this, "url") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set url(value: never) {
    writeProperty(this, "url", value);
  }

  /** `isDirectory` — wire `isDirectory`; read-only. */
  get isDirectory(): boolean | undefined {
    return readProperty(this, "isDirectory") as boolean | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set isDirectory(value: never) {
    writeProperty(this, "isDirectory", value);
  }

  /** `properties` — wire `properties`; read-only. */
  get properties(): FileProperties | undefined {
    return readProperty(this, "properties") as FileProperties | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set properties(value: never) {
    writeProperty(this, "properties", value);
  }
}
