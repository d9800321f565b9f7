// generated — do not edit. Produced by scripts/objectmodel/generate.ts from BatchService.json and scripts/objectmodel/names.ts.
/**
 * Value types of the object model, one class per REST definition an entity or operation result holds.
 * @module
 */
/* eslint-disable @typescript-eslint/no-unused-vars */
import {
  PropertyContainer,
  readProperty,
  writeProperty,
  type TypeSpec,
  initFromArguments,
  initFromForms,
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

/** Property table of {@link AffinityInformation}. */
const AffinityInformationSpec: TypeSpec = {
  typeName: "AffinityInformation",
  kind: "value",
  properties: [
    { name: "affinityId", wire: "affinityId", converter: SCALAR, unbound: "write", bound: "write" },
  ],
};

/** Fields accepted by the constructor of {@link AffinityInformation}; also usable as a plain object literal. */
export interface AffinityInformationInit {
  /** Sets {@link AffinityInformation.affinityId}. */
  affinityId?: string;
}

/** Batch .NET `AffinityInformation` (wire `AffinityInformation`). Writable while its owner allows it. */
export class AffinityInformation extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: AffinityInformationInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(affinityId: string, init?: AffinityInformationInit);
  constructor(...args: unknown[]) {
    super(AffinityInformationSpec);
    initFromArguments(this, args, ["affinityId"]);
  }

  /** `affinityId` — wire `affinityId`; writable. */
  get affinityId(): string | undefined {
    return readProperty(this, "affinityId") as string | undefined;
  }
  /** Sets `affinityId`; throws InvalidOperationException when the object's state does not allow it. */
  set affinityId(value: string | undefined) {
    writeProperty(this, "affinityId", value);
  }
}

/** Property table of {@link ApplicationPackageReference}. */
const ApplicationPackageReferenceSpec: TypeSpec = {
  typeName: "ApplicationPackageReference",
  kind: "value",
  properties: [
    { name: "applicationId", wire: "applicationId", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "version", wire: "version", converter: SCALAR, unbound: "write", bound: "write" },
  ],
};

/** Fields accepted by the constructor of {@link ApplicationPackageReference}; also usable as a plain object literal. */
export interface ApplicationPackageReferenceInit {
  /** Sets {@link ApplicationPackageReference.applicationId}. */
  applicationId?: string;
  /** Sets {@link ApplicationPackageReference.version}. */
  version?: string;
}

/** Batch .NET `ApplicationPackageReference` (wire `ApplicationPackageReference`). Writable while its owner allows it. */
export class ApplicationPackageReference extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: ApplicationPackageReferenceInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(applicationId: string, version: string, init?: ApplicationPackageReferenceInit);
  constructor(...args: unknown[]) {
    super(ApplicationPackageReferenceSpec);
    initFromArguments(this, args, ["applicationId", "version"]);
  }

  /** `applicationId` — wire `applicationId`; writable. */
  get applicationId(): string | undefined {
    return readProperty(this, "applicationId") as string | undefined;
  }
  /** Sets `applicationId`; throws InvalidOperationException when the object's state does not allow it. */
  set applicationId(value: string | undefined) {
    writeProperty(this, "applicationId", value);
  }

  /** `version` — wire `version`; writable. */
  get version(): string | undefined {
    return readProperty(this, "version") as string | undefined;
  }
  /** Sets `version`; throws InvalidOperationException when the object's state does not allow it. */
  set version(value: string | undefined) {
    writeProperty(this, "version", value);
  }
}

/** Property table of {@link ApplicationSummary}. */
const ApplicationSummarySpec: TypeSpec = {
  typeName: "ApplicationSummary",
  kind: "value",
  properties: [
    { name: "id", wire: "id", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "displayName", wire: "displayName", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "versions",
      wire: "versions",
      converter: { kind: "array", item: SCALAR },
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `ApplicationSummary` (wire `ApplicationSummary`), reported by the service; read-only. */
export class ApplicationSummary extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(ApplicationSummarySpec);
  }

  /** `id` — wire `id`; read-only. */
  get id(): string {
    return readProperty(this, "id") as string;
  }
  /** Not settable: always throws InvalidOperationException. */
  set id(value: never) {
    writeProperty(this, "id", value);
  }

  /** `displayName` — wire `displayName`; read-only. */
  get displayName(): string {
    return readProperty(this, "displayName") as string;
  }
  /** Not settable: always throws InvalidOperationException. */
  set displayName(value: never) {
    writeProperty(this, "displayName", value);
  }

  /** `versions` — wire `versions`; read-only. */
  get versions(): string[] {
    return readProperty(this, "versions") as string[];
  }
  /** Not settable: always throws InvalidOperationException. */
  set versions(value: never) {
    writeProperty(this, "versions", value);
  }
}

/** Property table of {@link AuthenticationTokenSettings}. */
const AuthenticationTokenSettingsSpec: TypeSpec = {
  typeName: "AuthenticationTokenSettings",
  kind: "value",
  properties: [
    {
      name: "access",
      wire: "access",
      converter: { kind: "array", item: SCALAR },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link AuthenticationTokenSettings}; also usable as a plain object literal. */
export interface AuthenticationTokenSettingsInit {
  /** Sets {@link AuthenticationTokenSettings.access}. */
  access?: readonly AccessScope[];
}

/** Batch .NET `AuthenticationTokenSettings` (wire `AuthenticationTokenSettings`). Writable while its owner allows it. */
export class AuthenticationTokenSettings extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: AuthenticationTokenSettingsInit);
  constructor(...args: unknown[]) {
    super(AuthenticationTokenSettingsSpec);
    initFromArguments(this, args, []);
  }

  /** `access` — wire `access`; writable. */
  get access(): AccessScope[] | undefined {
    return readProperty(this, "access") as AccessScope[] | undefined;
  }
  /** Sets `access`; throws InvalidOperationException when the object's state does not allow it. */
  set access(value: readonly AccessScope[] | undefined) {
    writeProperty(this, "access", value);
  }
}

/** Property table of {@link AutomaticOSUpgradePolicy}. */
const AutomaticOSUpgradePolicySpec: TypeSpec = {
  typeName: "AutomaticOSUpgradePolicy",
  kind: "value",
  properties: [
    {
      name: "disableAutomaticRollback",
      wire: "disableAutomaticRollback",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "enableAutomaticOSUpgrade",
      wire: "enableAutomaticOSUpgrade",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "useRollingUpgradePolicy",
      wire: "useRollingUpgradePolicy",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "osRollingUpgradeDeferral",
      wire: "osRollingUpgradeDeferral",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link AutomaticOSUpgradePolicy}; also usable as a plain object literal. */
export interface AutomaticOSUpgradePolicyInit {
  /** Sets {@link AutomaticOSUpgradePolicy.disableAutomaticRollback}. */
  disableAutomaticRollback?: boolean;
  /** Sets {@link AutomaticOSUpgradePolicy.enableAutomaticOSUpgrade}. */
  enableAutomaticOSUpgrade?: boolean;
  /** Sets {@link AutomaticOSUpgradePolicy.useRollingUpgradePolicy}. */
  useRollingUpgradePolicy?: boolean;
  /** Sets {@link AutomaticOSUpgradePolicy.osRollingUpgradeDeferral}. */
  osRollingUpgradeDeferral?: boolean;
}

/** Batch .NET `AutomaticOSUpgradePolicy` (wire `AutomaticOSUpgradePolicy`). Writable while its owner allows it. */
export class AutomaticOSUpgradePolicy extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: AutomaticOSUpgradePolicyInit);
  constructor(...args: unknown[]) {
    super(AutomaticOSUpgradePolicySpec);
    initFromArguments(this, args, []);
  }

  /** `disableAutomaticRollback` — wire `disableAutomaticRollback`; writable. */
  get disableAutomaticRollback(): boolean | undefined {
    return readProperty(this, "disableAutomaticRollback") as boolean | undefined;
  }
  /** Sets `disableAutomaticRollback`; throws InvalidOperationException when the object's state does not allow it. */
  set disableAutomaticRollback(value: boolean | undefined) {
    writeProperty(this, "disableAutomaticRollback", value);
  }

  /** `enableAutomaticOSUpgrade` — wire `enableAutomaticOSUpgrade`; writable. */
  get enableAutomaticOSUpgrade(): boolean | undefined {
    return readProperty(this, "enableAutomaticOSUpgrade") as boolean | undefined;
  }
  /** Sets `enableAutomaticOSUpgrade`; throws InvalidOperationException when the object's state does not allow it. */
  set enableAutomaticOSUpgrade(value: boolean | undefined) {
    writeProperty(this, "enableAutomaticOSUpgrade", value);
  }

  /** `useRollingUpgradePolicy` — wire `useRollingUpgradePolicy`; writable. */
  get useRollingUpgradePolicy(): boolean | undefined {
    return readProperty(this, "useRollingUpgradePolicy") as boolean | undefined;
  }
  /** Sets `useRollingUpgradePolicy`; throws InvalidOperationException when the object's state does not allow it. */
  set useRollingUpgradePolicy(value: boolean | undefined) {
    writeProperty(this, "useRollingUpgradePolicy", value);
  }

  /** `osRollingUpgradeDeferral` — wire `osRollingUpgradeDeferral`; writable. */
  get osRollingUpgradeDeferral(): boolean | undefined {
    return readProperty(this, "osRollingUpgradeDeferral") as boolean | undefined;
  }
  /** Sets `osRollingUpgradeDeferral`; throws InvalidOperationException when the object's state does not allow it. */
  set osRollingUpgradeDeferral(value: boolean | undefined) {
    writeProperty(this, "osRollingUpgradeDeferral", value);
  }
}

/** Property table of {@link AutoPoolSpecification}. */
const AutoPoolSpecificationSpec: TypeSpec = {
  typeName: "AutoPoolSpecification",
  kind: "value",
  properties: [
    {
      name: "autoPoolIdPrefix",
      wire: "autoPoolIdPrefix",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "poolLifetimeOption",
      wire: "poolLifetimeOption",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    { name: "keepAlive", wire: "keepAlive", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "poolSpecification",
      wire: "pool",
      converter: { kind: "value", type: () => PoolSpecification },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link AutoPoolSpecification}; also usable as a plain object literal. */
export interface AutoPoolSpecificationInit {
  /** Sets {@link AutoPoolSpecification.autoPoolIdPrefix}. */
  autoPoolIdPrefix?: string;
  /** Sets {@link AutoPoolSpecification.poolLifetimeOption}. */
  poolLifetimeOption?: PoolLifetimeOption;
  /** Sets {@link AutoPoolSpecification.keepAlive}. */
  keepAlive?: boolean;
  /** Sets {@link AutoPoolSpecification.poolSpecification}. */
  poolSpecification?: PoolSpecification | PoolSpecificationInit;
}

/** Batch .NET `AutoPoolSpecification` (wire `AutoPoolSpecification`). Writable while its owner allows it. */
export class AutoPoolSpecification extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: AutoPoolSpecificationInit);
  constructor(...args: unknown[]) {
    super(AutoPoolSpecificationSpec);
    initFromArguments(this, args, []);
  }

  /** `autoPoolIdPrefix` — wire `autoPoolIdPrefix`; writable. */
  get autoPoolIdPrefix(): string | undefined {
    return readProperty(this, "autoPoolIdPrefix") as string | undefined;
  }
  /** Sets `autoPoolIdPrefix`; throws InvalidOperationException when the object's state does not allow it. */
  set autoPoolIdPrefix(value: string | undefined) {
    writeProperty(this, "autoPoolIdPrefix", value);
  }

  /** `poolLifetimeOption` — wire `poolLifetimeOption`; writable. */
  get poolLifetimeOption(): PoolLifetimeOption | undefined {
    return readProperty(this, "poolLifetimeOption") as PoolLifetimeOption | undefined;
  }
  /** Sets `poolLifetimeOption`; throws InvalidOperationException when the object's state does not allow it. */
  set poolLifetimeOption(value: PoolLifetimeOption | undefined) {
    writeProperty(this, "poolLifetimeOption", value);
  }

  /** `keepAlive` — wire `keepAlive`; writable. */
  get keepAlive(): boolean | undefined {
    return readProperty(this, "keepAlive") as boolean | undefined;
  }
  /** Sets `keepAlive`; throws InvalidOperationException when the object's state does not allow it. */
  set keepAlive(value: boolean | undefined) {
    writeProperty(this, "keepAlive", value);
  }

  /** `poolSpecification` — wire `pool`; writable. */
  get poolSpecification(): PoolSpecification | undefined {
    return readProperty(this, "poolSpecification") as PoolSpecification | undefined;
  }
  /** Sets `poolSpecification`; throws InvalidOperationException when the object's state does not allow it. */
  set poolSpecification(value: PoolSpecification | PoolSpecificationInit | undefined) {
    writeProperty(this, "poolSpecification", value);
  }
}

/** Property table of {@link AutoScaleRun}. */
const AutoScaleRunSpec: TypeSpec = {
  typeName: "AutoScaleRun",
  kind: "value",
  properties: [
    { name: "timestamp", wire: "timestamp", converter: DATE, unbound: "read", bound: "read" },
    { name: "results", wire: "results", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "error",
      wire: "error",
      converter: { kind: "value", type: () => AutoScaleRunError },
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `AutoScaleRun` (wire `AutoScaleRun`), reported by the service; read-only. */
export class AutoScaleRun extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(AutoScaleRunSpec);
  }

  /** `timestamp` — wire `timestamp`; read-only. */
  get timestamp(): Date {
    return readProperty(this, "timestamp") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set timestamp(value: never) {
    writeProperty(this, "timestamp", value);
  }

  /** `results` — wire `results`; read-only. */
  get results(): string | undefined {
    return readProperty(this, "results") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set results(value: never) {
    writeProperty(this, "results", value);
  }

  /** `error` — wire `error`; read-only. */
  get error(): AutoScaleRunError | undefined {
    return readProperty(this, "error") as AutoScaleRunError | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set error(value: never) {
    writeProperty(this, "error", value);
  }
}

/** Property table of {@link AutoScaleRunError}. */
const AutoScaleRunErrorSpec: TypeSpec = {
  typeName: "AutoScaleRunError",
  kind: "value",
  properties: [
    { name: "code", wire: "code", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "message", wire: "message", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "values",
      wire: "values",
      converter: { kind: "array", item: { kind: "value", type: () => NameValuePair } },
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `AutoScaleRunError` (wire `AutoScaleRunError`), reported by the service; read-only. */
export class AutoScaleRunError extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(AutoScaleRunErrorSpec);
  }

  /** `code` — wire `code`; read-only. */
  get code(): string | undefined {
    return readProperty(this, "code") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set code(value: never) {
    writeProperty(this, "code", value);
  }

  /** `message` — wire `message`; read-only. */
  get message(): string | undefined {
    return readProperty(this, "message") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set message(value: never) {
    writeProperty(this, "message", value);
  }

  /** `values` — wire `values`; read-only. */
  get values(): NameValuePair[] | undefined {
    return readProperty(this, "values") as NameValuePair[] | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set values(value: never) {
    writeProperty(this, "values", value);
  }
}

/** Property table of {@link AutoUserSpecification}. */
const AutoUserSpecificationSpec: TypeSpec = {
  typeName: "AutoUserSpecification",
  kind: "value",
  properties: [
    { name: "scope", wire: "scope", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "elevationLevel", wire: "elevationLevel", converter: SCALAR, unbound: "write", bound: "write" },
  ],
};

/** Fields accepted by the constructor of {@link AutoUserSpecification}; also usable as a plain object literal. */
export interface AutoUserSpecificationInit {
  /** Sets {@link AutoUserSpecification.scope}. */
  scope?: AutoUserScope;
  /** Sets {@link AutoUserSpecification.elevationLevel}. */
  elevationLevel?: ElevationLevel;
}

/** Batch .NET `AutoUserSpecification` (wire `AutoUserSpecification`). Writable while its owner allows it. */
export class AutoUserSpecification extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: AutoUserSpecificationInit);
  constructor(...args: unknown[]) {
    super(AutoUserSpecificationSpec);
    initFromArguments(this, args, []);
  }

  /** `scope` — wire `scope`; writable. */
  get scope(): AutoUserScope | undefined {
    return readProperty(this, "scope") as AutoUserScope | undefined;
  }
  /** Sets `scope`; throws InvalidOperationException when the object's state does not allow it. */
  set scope(value: AutoUserScope | undefined) {
    writeProperty(this, "scope", value);
  }

  /** `elevationLevel` — wire `elevationLevel`; writable. */
  get elevationLevel(): ElevationLevel | undefined {
    return readProperty(this, "elevationLevel") as ElevationLevel | undefined;
  }
  /** Sets `elevationLevel`; throws InvalidOperationException when the object's state does not allow it. */
  set elevationLevel(value: ElevationLevel | undefined) {
    writeProperty(this, "elevationLevel", value);
  }
}

/** Property table of {@link AzureBlobFileSystemConfiguration}. */
const AzureBlobFileSystemConfigurationSpec: TypeSpec = {
  typeName: "AzureBlobFileSystemConfiguration",
  kind: "value",
  properties: [
    { name: "accountName", wire: "accountName", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "containerName", wire: "containerName", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "accountKey", wire: "accountKey", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "sasKey", wire: "sasKey", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "blobfuseOptions", wire: "blobfuseOptions", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "relativeMountPath",
      wire: "relativeMountPath",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "identityReference",
      wire: "identityReference",
      converter: identityReferenceConverter,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link AzureBlobFileSystemConfiguration}; also usable as a plain object literal. */
export interface AzureBlobFileSystemConfigurationInit {
  /** Sets {@link AzureBlobFileSystemConfiguration.accountName}. */
  accountName?: string;
  /** Sets {@link AzureBlobFileSystemConfiguration.containerName}. */
  containerName?: string;
  /** Sets {@link AzureBlobFileSystemConfiguration.accountKey}. */
  accountKey?: string;
  /** Sets {@link AzureBlobFileSystemConfiguration.sasKey}. */
  sasKey?: string;
  /** Sets {@link AzureBlobFileSystemConfiguration.blobfuseOptions}. */
  blobfuseOptions?: string;
  /** Sets {@link AzureBlobFileSystemConfiguration.relativeMountPath}. */
  relativeMountPath?: string;
  /** Sets {@link AzureBlobFileSystemConfiguration.identityReference}. */
  identityReference?: ComputeNodeIdentityReference | ComputeNodeIdentityReferenceInit;
}

/** Batch .NET `AzureBlobFileSystemConfiguration` (wire `AzureBlobFileSystemConfiguration`). Writable while its owner allows it. */
export class AzureBlobFileSystemConfiguration extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: AzureBlobFileSystemConfigurationInit);
  constructor(...args: unknown[]) {
    super(AzureBlobFileSystemConfigurationSpec);
    initFromArguments(this, args, []);
  }

  /** `accountName` — wire `accountName`; writable. */
  get accountName(): string | undefined {
    return readProperty(this, "accountName") as string | undefined;
  }
  /** Sets `accountName`; throws InvalidOperationException when the object's state does not allow it. */
  set accountName(value: string | undefined) {
    writeProperty(this, "accountName", value);
  }

  /** `containerName` — wire `containerName`; writable. */
  get containerName(): string | undefined {
    return readProperty(this, "containerName") as string | undefined;
  }
  /** Sets `containerName`; throws InvalidOperationException when the object's state does not allow it. */
  set containerName(value: string | undefined) {
    writeProperty(this, "containerName", value);
  }

  /** `accountKey` — wire `accountKey`; writable. */
  get accountKey(): string | undefined {
    return readProperty(this, "accountKey") as string | undefined;
  }
  /** Sets `accountKey`; throws InvalidOperationException when the object's state does not allow it. */
  set accountKey(value: string | undefined) {
    writeProperty(this, "accountKey", value);
  }

  /** `sasKey` — wire `sasKey`; writable. */
  get sasKey(): string | undefined {
    return readProperty(this, "sasKey") as string | undefined;
  }
  /** Sets `sasKey`; throws InvalidOperationException when the object's state does not allow it. */
  set sasKey(value: string | undefined) {
    writeProperty(this, "sasKey", value);
  }

  /** `blobfuseOptions` — wire `blobfuseOptions`; writable. */
  get blobfuseOptions(): string | undefined {
    return readProperty(this, "blobfuseOptions") as string | undefined;
  }
  /** Sets `blobfuseOptions`; throws InvalidOperationException when the object's state does not allow it. */
  set blobfuseOptions(value: string | undefined) {
    writeProperty(this, "blobfuseOptions", value);
  }

  /** `relativeMountPath` — wire `relativeMountPath`; writable. */
  get relativeMountPath(): string | undefined {
    return readProperty(this, "relativeMountPath") as string | undefined;
  }
  /** Sets `relativeMountPath`; throws InvalidOperationException when the object's state does not allow it. */
  set relativeMountPath(value: string | undefined) {
    writeProperty(this, "relativeMountPath", value);
  }

  /** `identityReference` — wire `identityReference`; writable. */
  get identityReference(): ComputeNodeIdentityReference | undefined {
    return readProperty(this, "identityReference") as ComputeNodeIdentityReference | undefined;
  }
  /** Sets `identityReference`; throws InvalidOperationException when the object's state does not allow it. */
  set identityReference(value: ComputeNodeIdentityReference | ComputeNodeIdentityReferenceInit | undefined) {
    writeProperty(this, "identityReference", value);
  }
}

/** Property table of {@link AzureFileShareConfiguration}. */
const AzureFileShareConfigurationSpec: TypeSpec = {
  typeName: "AzureFileShareConfiguration",
  kind: "value",
  properties: [
    { name: "accountName", wire: "accountName", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "azureFileUrl", wire: "azureFileUrl", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "accountKey", wire: "accountKey", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "relativeMountPath",
      wire: "relativeMountPath",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    { name: "mountOptions", wire: "mountOptions", converter: SCALAR, unbound: "write", bound: "write" },
  ],
};

/** Fields accepted by the constructor of {@link AzureFileShareConfiguration}; also usable as a plain object literal. */
export interface AzureFileShareConfigurationInit {
  /** Sets {@link AzureFileShareConfiguration.accountName}. */
  accountName?: string;
  /** Sets {@link AzureFileShareConfiguration.azureFileUrl}. */
  azureFileUrl?: string;
  /** Sets {@link AzureFileShareConfiguration.accountKey}. */
  accountKey?: string;
  /** Sets {@link AzureFileShareConfiguration.relativeMountPath}. */
  relativeMountPath?: string;
  /** Sets {@link AzureFileShareConfiguration.mountOptions}. */
  mountOptions?: string;
}

/** Batch .NET `AzureFileShareConfiguration` (wire `AzureFileShareConfiguration`). Writable while its owner allows it. */
export class AzureFileShareConfiguration extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: AzureFileShareConfigurationInit);
  constructor(...args: unknown[]) {
    super(AzureFileShareConfigurationSpec);
    initFromArguments(this, args, []);
  }

  /** `accountName` — wire `accountName`; writable. */
  get accountName(): string | undefined {
    return readProperty(this, "accountName") as string | undefined;
  }
  /** Sets `accountName`; throws InvalidOperationException when the object's state does not allow it. */
  set accountName(value: string | undefined) {
    writeProperty(this, "accountName", value);
  }

  /** `azureFileUrl` — wire `azureFileUrl`; writable. */
  get azureFileUrl(): string | undefined {
    return readProperty(this, "azureFileUrl") as string | undefined;
  }
  /** Sets `azureFileUrl`; throws InvalidOperationException when the object's state does not allow it. */
  set azureFileUrl(value: string | undefined) {
    writeProperty(this, "azureFileUrl", value);
  }

  /** `accountKey` — wire `accountKey`; writable. */
  get accountKey(): string | undefined {
    return readProperty(this, "accountKey") as string | undefined;
  }
  /** Sets `accountKey`; throws InvalidOperationException when the object's state does not allow it. */
  set accountKey(value: string | undefined) {
    writeProperty(this, "accountKey", value);
  }

  /** `relativeMountPath` — wire `relativeMountPath`; writable. */
  get relativeMountPath(): string | undefined {
    return readProperty(this, "relativeMountPath") as string | undefined;
  }
  /** Sets `relativeMountPath`; throws InvalidOperationException when the object's state does not allow it. */
  set relativeMountPath(value: string | undefined) {
    writeProperty(this, "relativeMountPath", value);
  }

  /** `mountOptions` — wire `mountOptions`; writable. */
  get mountOptions(): string | undefined {
    return readProperty(this, "mountOptions") as string | undefined;
  }
  /** Sets `mountOptions`; throws InvalidOperationException when the object's state does not allow it. */
  set mountOptions(value: string | undefined) {
    writeProperty(this, "mountOptions", value);
  }
}

/** Property table of {@link BatchPoolIdentity}. */
const BatchPoolIdentitySpec: TypeSpec = {
  typeName: "BatchPoolIdentity",
  kind: "value",
  properties: [
    { name: "type", wire: "type", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "userAssignedIdentities",
      wire: "userAssignedIdentities",
      converter: { kind: "array", item: { kind: "value", type: () => UserAssignedIdentity } },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link BatchPoolIdentity}; also usable as a plain object literal. */
export interface BatchPoolIdentityInit {
  /** Sets {@link BatchPoolIdentity.type}. */
  type?: PoolIdentityType;
  /** Sets {@link BatchPoolIdentity.userAssignedIdentities}. */
  userAssignedIdentities?: readonly (UserAssignedIdentity | UserAssignedIdentityInit)[];
}

/** Batch .NET `BatchPoolIdentity` (wire `BatchPoolIdentity`). Writable while its owner allows it. */
export class BatchPoolIdentity extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: BatchPoolIdentityInit);
  constructor(...args: unknown[]) {
    super(BatchPoolIdentitySpec);
    initFromArguments(this, args, []);
  }

  /** `type` — wire `type`; writable. */
  get type(): PoolIdentityType | undefined {
    return readProperty(this, "type") as PoolIdentityType | undefined;
  }
  /** Sets `type`; throws InvalidOperationException when the object's state does not allow it. */
  set type(value: PoolIdentityType | undefined) {
    writeProperty(this, "type", value);
  }

  /** `userAssignedIdentities` — wire `userAssignedIdentities`; writable. */
  get userAssignedIdentities(): UserAssignedIdentity[] | undefined {
    return readProperty(this, "userAssignedIdentities") as UserAssignedIdentity[] | undefined;
  }
  /** Sets `userAssignedIdentities`; throws InvalidOperationException when the object's state does not allow it. */
  set userAssignedIdentities(
    value: readonly (UserAssignedIdentity | UserAssignedIdentityInit)[] | undefined,
  ) {
    writeProperty(this, "userAssignedIdentities", value);
  }
}

/** Property table of {@link CertificateReference}. */
const CertificateReferenceSpec: TypeSpec = {
  typeName: "CertificateReference",
  kind: "value",
  properties: [
    { name: "thumbprint", wire: "thumbprint", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "thumbprintAlgorithm",
      wire: "thumbprintAlgorithm",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    { name: "storeLocation", wire: "storeLocation", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "storeName", wire: "storeName", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "visibility",
      wire: "visibility",
      converter: { kind: "array", item: SCALAR, omit: ["none"] },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link CertificateReference}; also usable as a plain object literal. */
export interface CertificateReferenceInit {
  /** Sets {@link CertificateReference.thumbprint}. */
  thumbprint?: string;
  /** Sets {@link CertificateReference.thumbprintAlgorithm}. */
  thumbprintAlgorithm?: string;
  /** Sets {@link CertificateReference.storeLocation}. */
  storeLocation?: CertStoreLocation;
  /** Sets {@link CertificateReference.storeName}. */
  storeName?: string;
  /** Sets {@link CertificateReference.visibility}. */
  visibility?: readonly CertificateVisibility[];
}

/** Batch .NET `CertificateReference` (wire `CertificateReference`). Writable while its owner allows it. */
export class CertificateReference extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: CertificateReferenceInit);
  constructor(...args: unknown[]) {
    super(CertificateReferenceSpec);
    initFromArguments(this, args, []);
  }

  /** `thumbprint` — wire `thumbprint`; writable. */
  get thumbprint(): string | undefined {
    return readProperty(this, "thumbprint") as string | undefined;
  }
  /** Sets `thumbprint`; throws InvalidOperationException when the object's state does not allow it. */
  set thumbprint(value: string | undefined) {
    writeProperty(this, "thumbprint", value);
  }

  /** `thumbprintAlgorithm` — wire `thumbprintAlgorithm`; writable. */
  get thumbprintAlgorithm(): string | undefined {
    return readProperty(this, "thumbprintAlgorithm") as string | undefined;
  }
  /** Sets `thumbprintAlgorithm`; throws InvalidOperationException when the object's state does not allow it. */
  set thumbprintAlgorithm(value: string | undefined) {
    writeProperty(this, "thumbprintAlgorithm", value);
  }

  /** `storeLocation` — wire `storeLocation`; writable. */
  get storeLocation(): CertStoreLocation | undefined {
    return readProperty(this, "storeLocation") as CertStoreLocation | undefined;
  }
  /** Sets `storeLocation`; throws InvalidOperationException when the object's state does not allow it. */
  set storeLocation(value: CertStoreLocation | undefined) {
    writeProperty(this, "storeLocation", value);
  }

  /** `storeName` — wire `storeName`; writable. */
  get storeName(): string | undefined {
    return readProperty(this, "storeName") as string | undefined;
  }
  /** Sets `storeName`; throws InvalidOperationException when the object's state does not allow it. */
  set storeName(value: string | undefined) {
    writeProperty(this, "storeName", value);
  }

  /** `visibility` — wire `visibility`; writable. */
  get visibility(): CertificateVisibility[] | undefined {
    return readProperty(this, "visibility") as CertificateVisibility[] | undefined;
  }
  /** Sets `visibility`; throws InvalidOperationException when the object's state does not allow it. */
  set visibility(value: readonly CertificateVisibility[] | undefined) {
    writeProperty(this, "visibility", value);
  }
}

/** Property table of {@link CifsMountConfiguration}. */
const CifsMountConfigurationSpec: TypeSpec = {
  typeName: "CifsMountConfiguration",
  kind: "value",
  properties: [
    { name: "username", wire: "username", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "source", wire: "source", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "relativeMountPath",
      wire: "relativeMountPath",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    { name: "mountOptions", wire: "mountOptions", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "password", wire: "password", converter: SCALAR, unbound: "write", bound: "write" },
  ],
};

/** Fields accepted by the constructor of {@link CifsMountConfiguration}; also usable as a plain object literal. */
export interface CifsMountConfigurationInit {
  /** Sets {@link CifsMountConfiguration.username}. */
  username?: string;
  /** Sets {@link CifsMountConfiguration.source}. */
  source?: string;
  /** Sets {@link CifsMountConfiguration.relativeMountPath}. */
  relativeMountPath?: string;
  /** Sets {@link CifsMountConfiguration.mountOptions}. */
  mountOptions?: string;
  /** Sets {@link CifsMountConfiguration.password}. */
  password?: string;
}

/** Batch .NET `CifsMountConfiguration` (wire `CIFSMountConfiguration`). Writable while its owner allows it. */
export class CifsMountConfiguration extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: CifsMountConfigurationInit);
  constructor(...args: unknown[]) {
    super(CifsMountConfigurationSpec);
    initFromArguments(this, args, []);
  }

  /** `username` — wire `username`; writable. */
  get username(): string | undefined {
    return readProperty(this, "username") as string | undefined;
  }
  /** Sets `username`; throws InvalidOperationException when the object's state does not allow it. */
  set username(value: string | undefined) {
    writeProperty(this, "username", value);
  }

  /** `source` — wire `source`; writable. */
  get source(): string | undefined {
    return readProperty(this, "source") as string | undefined;
  }
  /** Sets `source`; throws InvalidOperationException when the object's state does not allow it. */
  set source(value: string | undefined) {
    writeProperty(this, "source", value);
  }

  /** `relativeMountPath` — wire `relativeMountPath`; writable. */
  get relativeMountPath(): string | undefined {
    return readProperty(this, "relativeMountPath") as string | undefined;
  }
  /** Sets `relativeMountPath`; throws InvalidOperationException when the object's state does not allow it. */
  set relativeMountPath(value: string | undefined) {
    writeProperty(this, "relativeMountPath", value);
  }

  /** `mountOptions` — wire `mountOptions`; writable. */
  get mountOptions(): string | undefined {
    return readProperty(this, "mountOptions") as string | undefined;
  }
  /** Sets `mountOptions`; throws InvalidOperationException when the object's state does not allow it. */
  set mountOptions(value: string | undefined) {
    writeProperty(this, "mountOptions", value);
  }

  /** `password` — wire `password`; writable. */
  get password(): string | undefined {
    return readProperty(this, "password") as string | undefined;
  }
  /** Sets `password`; throws InvalidOperationException when the object's state does not allow it. */
  set password(value: string | undefined) {
    writeProperty(this, "password", value);
  }
}

/** Property table of {@link ComputeNodeEndpointConfiguration}. */
const ComputeNodeEndpointConfigurationSpec: TypeSpec = {
  typeName: "ComputeNodeEndpointConfiguration",
  kind: "value",
  properties: [
    {
      name: "inboundEndpoints",
      wire: "inboundEndpoints",
      converter: { kind: "array", item: { kind: "value", type: () => InboundEndpoint } },
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `ComputeNodeEndpointConfiguration` (wire `ComputeNodeEndpointConfiguration`), reported by the service; read-only. */
export class ComputeNodeEndpointConfiguration extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(ComputeNodeEndpointConfigurationSpec);
  }

  /** `inboundEndpoints` — wire `inboundEndpoints`; read-only. */
  get inboundEndpoints(): InboundEndpoint[] {
    return readProperty(this, "inboundEndpoints") as InboundEndpoint[];
  }
  /** Not settable: always throws InvalidOperationException. */
  set inboundEndpoints(value: never) {
    writeProperty(this, "inboundEndpoints", value);
  }
}

/** Property table of {@link ComputeNodeError}. */
const ComputeNodeErrorSpec: TypeSpec = {
  typeName: "ComputeNodeError",
  kind: "value",
  properties: [
    { name: "code", wire: "code", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "message", wire: "message", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "errorDetails",
      wire: "errorDetails",
      converter: { kind: "array", item: { kind: "value", type: () => NameValuePair } },
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `ComputeNodeError` (wire `ComputeNodeError`), reported by the service; read-only. */
export class ComputeNodeError extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(ComputeNodeErrorSpec);
  }

  /** `code` — wire `code`; read-only. */
  get code(): string | undefined {
    return readProperty(this, "code") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set code(value: never) {
    writeProperty(this, "code", value);
  }

  /** `message` — wire `message`; read-only. */
  get message(): string | undefined {
    return readProperty(this, "message") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set message(value: never) {
    writeProperty(this, "message", value);
  }

  /** `errorDetails` — wire `errorDetails`; read-only. */
  get errorDetails(): NameValuePair[] | undefined {
    return readProperty(this, "errorDetails") as NameValuePair[] | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set errorDetails(value: never) {
    writeProperty(this, "errorDetails", value);
  }
}

/** Property table of {@link ComputeNodeInformation}. */
const ComputeNodeInformationSpec: TypeSpec = {
  typeName: "ComputeNodeInformation",
  kind: "value",
  properties: [
    { name: "affinityId", wire: "affinityId", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "computeNodeUrl", wire: "nodeUrl", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "poolId", wire: "poolId", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "computeNodeId", wire: "nodeId", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "taskRootDirectory",
      wire: "taskRootDirectory",
      converter: SCALAR,
      unbound: "read",
      bound: "read",
    },
    {
      name: "taskRootDirectoryUrl",
      wire: "taskRootDirectoryUrl",
      converter: SCALAR,
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `ComputeNodeInformation` (wire `ComputeNodeInformation`), reported by the service; read-only. */
export class ComputeNodeInformation extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(ComputeNodeInformationSpec);
  }

  /** `affinityId` — wire `affinityId`; read-only. */
  get affinityId(): string | undefined {
    return readProperty(this, "affinityId") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set affinityId(value: never) {
    writeProperty(this, "affinityId", value);
  }

  /** `computeNodeUrl` — wire `nodeUrl`; read-only. */
  get computeNodeUrl(): string | undefined {
    return readProperty(this, "computeNodeUrl") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set computeNodeUrl(value: never) {
    writeProperty(this, "computeNodeUrl", value);
  }

  /** `poolId` — wire `poolId`; read-only. */
  get poolId(): string | undefined {
    return readProperty(this, "poolId") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set poolId(value: never) {
    writeProperty(this, "poolId", value);
  }

  /** `computeNodeId` — wire `nodeId`; read-only. */
  get computeNodeId(): string | undefined {
    return readProperty(this, "computeNodeId") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set computeNodeId(value: never) {
    writeProperty(this, "computeNodeId", value);
  }

  /** `taskRootDirectory` — wire `taskRootDirectory`; read-only. */
  get taskRootDirectory(): string | undefined {
    return readProperty(this, "taskRootDirectory") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set taskRootDirectory(value: never) {
    writeProperty(this, "taskRootDirectory", value);
  }

  /** `taskRootDirectoryUrl` — wire `taskRootDirectoryUrl`; read-only. */
  get taskRootDirectoryUrl(): string | undefined {
    return readProperty(this, "taskRootDirectoryUrl") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set taskRootDirectoryUrl(value: never) {
    writeProperty(this, "taskRootDirectoryUrl", value);
  }
}

/** Property table of {@link ContainerConfiguration}. */
const ContainerConfigurationSpec: TypeSpec = {
  typeName: "ContainerConfiguration",
  kind: "value",
  properties: [
    { name: "type", wire: "type", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "containerImageNames",
      wire: "containerImageNames",
      converter: { kind: "array", item: SCALAR },
      unbound: "write",
      bound: "write",
    },
    {
      name: "containerRegistries",
      wire: "containerRegistries",
      converter: { kind: "array", item: { kind: "value", type: () => ContainerRegistry } },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link ContainerConfiguration}; also usable as a plain object literal. */
export interface ContainerConfigurationInit {
  /** Sets {@link ContainerConfiguration.type}. */
  type?: ContainerType;
  /** Sets {@link ContainerConfiguration.containerImageNames}. */
  containerImageNames?: readonly string[];
  /** Sets {@link ContainerConfiguration.containerRegistries}. */
  containerRegistries?: readonly (ContainerRegistry | ContainerRegistryInit)[];
}

/** Batch .NET `ContainerConfiguration` (wire `ContainerConfiguration`). Writable while its owner allows it. */
export class ContainerConfiguration extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: ContainerConfigurationInit);
  constructor(...args: unknown[]) {
    super(ContainerConfigurationSpec);
    initFromArguments(this, args, []);
  }

  /** `type` — wire `type`; writable. */
  get type(): ContainerType | undefined {
    return readProperty(this, "type") as ContainerType | undefined;
  }
  /** Sets `type`; throws InvalidOperationException when the object's state does not allow it. */
  set type(value: ContainerType | undefined) {
    writeProperty(this, "type", value);
  }

  /** `containerImageNames` — wire `containerImageNames`; writable. */
  get containerImageNames(): string[] | undefined {
    return readProperty(this, "containerImageNames") as string[] | undefined;
  }
  /** Sets `containerImageNames`; throws InvalidOperationException when the object's state does not allow it. */
  set containerImageNames(value: readonly string[] | undefined) {
    writeProperty(this, "containerImageNames", value);
  }

  /** `containerRegistries` — wire `containerRegistries`; writable. */
  get containerRegistries(): ContainerRegistry[] | undefined {
    return readProperty(this, "containerRegistries") as ContainerRegistry[] | undefined;
  }
  /** Sets `containerRegistries`; throws InvalidOperationException when the object's state does not allow it. */
  set containerRegistries(value: readonly (ContainerRegistry | ContainerRegistryInit)[] | undefined) {
    writeProperty(this, "containerRegistries", value);
  }
}

/** Property table of {@link ContainerHostBatchBindMountEntry}. */
const ContainerHostBatchBindMountEntrySpec: TypeSpec = {
  typeName: "ContainerHostBatchBindMountEntry",
  kind: "value",
  properties: [
    { name: "source", wire: "source", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "isReadOnly", wire: "isReadOnly", converter: SCALAR, unbound: "write", bound: "write" },
  ],
};

/** Fields accepted by the constructor of {@link ContainerHostBatchBindMountEntry}; also usable as a plain object literal. */
export interface ContainerHostBatchBindMountEntryInit {
  /** Sets {@link ContainerHostBatchBindMountEntry.source}. */
  source?: ContainerHostDataPath;
  /** Sets {@link ContainerHostBatchBindMountEntry.isReadOnly}. */
  isReadOnly?: boolean;
}

/** Batch .NET `ContainerHostBatchBindMountEntry` (wire `ContainerHostBatchBindMountEntry`). Writable while its owner allows it. */
export class ContainerHostBatchBindMountEntry extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: ContainerHostBatchBindMountEntryInit);
  constructor(...args: unknown[]) {
    super(ContainerHostBatchBindMountEntrySpec);
    initFromArguments(this, args, []);
  }

  /** `source` — wire `source`; writable. */
  get source(): ContainerHostDataPath | undefined {
    return readProperty(this, "source") as ContainerHostDataPath | undefined;
  }
  /** Sets `source`; throws InvalidOperationException when the object's state does not allow it. */
  set source(value: ContainerHostDataPath | undefined) {
    writeProperty(this, "source", value);
  }

  /** `isReadOnly` — wire `isReadOnly`; writable. */
  get isReadOnly(): boolean | undefined {
    return readProperty(this, "isReadOnly") as boolean | undefined;
  }
  /** Sets `isReadOnly`; throws InvalidOperationException when the object's state does not allow it. */
  set isReadOnly(value: boolean | undefined) {
    writeProperty(this, "isReadOnly", value);
  }
}

/** Property table of {@link ContainerRegistry}. */
const ContainerRegistrySpec: TypeSpec = {
  typeName: "ContainerRegistry",
  kind: "value",
  properties: [
    { name: "userName", wire: "username", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "password", wire: "password", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "registryServer", wire: "registryServer", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "identityReference",
      wire: "identityReference",
      converter: identityReferenceConverter,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link ContainerRegistry}; also usable as a plain object literal. */
export interface ContainerRegistryInit {
  /** Sets {@link ContainerRegistry.userName}. */
  userName?: string;
  /** Sets {@link ContainerRegistry.password}. */
  password?: string;
  /** Sets {@link ContainerRegistry.registryServer}. */
  registryServer?: string;
  /** Sets {@link ContainerRegistry.identityReference}. */
  identityReference?: ComputeNodeIdentityReference | ComputeNodeIdentityReferenceInit;
}

/** Batch .NET `ContainerRegistry` (wire `ContainerRegistry`). Writable while its owner allows it. */
export class ContainerRegistry extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: ContainerRegistryInit);
  constructor(...args: unknown[]) {
    super(ContainerRegistrySpec);
    initFromArguments(this, args, []);
  }

  /** `userName` — wire `username`; writable. */
  get userName(): string | undefined {
    return readProperty(this, "userName") as string | undefined;
  }
  /** Sets `userName`; throws InvalidOperationException when the object's state does not allow it. */
  set userName(value: string | undefined) {
    writeProperty(this, "userName", value);
  }

  /** `password` — wire `password`; writable. */
  get password(): string | undefined {
    return readProperty(this, "password") as string | undefined;
  }
  /** Sets `password`; throws InvalidOperationException when the object's state does not allow it. */
  set password(value: string | undefined) {
    writeProperty(this, "password", value);
  }

  /** `registryServer` — wire `registryServer`; writable. */
  get registryServer(): string | undefined {
    return readProperty(this, "registryServer") as string | undefined;
  }
  /** Sets `registryServer`; throws InvalidOperationException when the object's state does not allow it. */
  set registryServer(value: string | undefined) {
    writeProperty(this, "registryServer", value);
  }

  /** `identityReference` — wire `identityReference`; writable. */
  get identityReference(): ComputeNodeIdentityReference | undefined {
    return readProperty(this, "identityReference") as ComputeNodeIdentityReference | undefined;
  }
  /** Sets `identityReference`; throws InvalidOperationException when the object's state does not allow it. */
  set identityReference(value: ComputeNodeIdentityReference | ComputeNodeIdentityReferenceInit | undefined) {
    writeProperty(this, "identityReference", value);
  }
}

/** Property table of {@link DataDisk}. */
const DataDiskSpec: TypeSpec = {
  typeName: "DataDisk",
  kind: "value",
  properties: [
    { name: "lun", wire: "lun", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "caching", wire: "caching", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "diskSizeGB", wire: "diskSizeGB", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "storageAccountType",
      wire: "storageAccountType",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link DataDisk}; also usable as a plain object literal. */
export interface DataDiskInit {
  /** Sets {@link DataDisk.lun}. */
  lun?: number;
  /** Sets {@link DataDisk.caching}. */
  caching?: CachingType;
  /** Sets {@link DataDisk.diskSizeGB}. */
  diskSizeGB?: number;
  /** Sets {@link DataDisk.storageAccountType}. */
  storageAccountType?: StorageAccountType;
}

/** Batch .NET `DataDisk` (wire `DataDisk`). Writable while its owner allows it. */
export class DataDisk extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: DataDiskInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(lun: number, diskSizeGB: number, init?: DataDiskInit);
  constructor(...args: unknown[]) {
    super(DataDiskSpec);
    initFromArguments(this, args, ["lun", "diskSizeGB"]);
  }

  /** `lun` — wire `lun`; writable. */
  get lun(): number | undefined {
    return readProperty(this, "lun") as number | undefined;
  }
  /** Sets `lun`; throws InvalidOperationException when the object's state does not allow it. */
  set lun(value: number | undefined) {
    writeProperty(this, "lun", value);
  }

  /** `caching` — wire `caching`; writable. */
  get caching(): CachingType | undefined {
    return readProperty(this, "caching") as CachingType | undefined;
  }
  /** Sets `caching`; throws InvalidOperationException when the object's state does not allow it. */
  set caching(value: CachingType | undefined) {
    writeProperty(this, "caching", value);
  }

  /** `diskSizeGB` — wire `diskSizeGB`; writable. */
  get diskSizeGB(): number | undefined {
    return readProperty(this, "diskSizeGB") as number | undefined;
  }
  /** Sets `diskSizeGB`; throws InvalidOperationException when the object's state does not allow it. */
  set diskSizeGB(value: number | undefined) {
    writeProperty(this, "diskSizeGB", value);
  }

  /** `storageAccountType` — wire `storageAccountType`; writable. */
  get storageAccountType(): StorageAccountType | undefined {
    return readProperty(this, "storageAccountType") as StorageAccountType | undefined;
  }
  /** Sets `storageAccountType`; throws InvalidOperationException when the object's state does not allow it. */
  set storageAccountType(value: StorageAccountType | undefined) {
    writeProperty(this, "storageAccountType", value);
  }
}

/** Property table of {@link DeleteCertificateError}. */
const DeleteCertificateErrorSpec: TypeSpec = {
  typeName: "DeleteCertificateError",
  kind: "value",
  properties: [
    { name: "code", wire: "code", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "message", wire: "message", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "values",
      wire: "values",
      converter: { kind: "array", item: { kind: "value", type: () => NameValuePair } },
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `DeleteCertificateError` (wire `DeleteCertificateError`), reported by the service; read-only. */
export class DeleteCertificateError extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(DeleteCertificateErrorSpec);
  }

  /** `code` — wire `code`; read-only. */
  get code(): string | undefined {
    return readProperty(this, "code") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set code(value: never) {
    writeProperty(this, "code", value);
  }

  /** `message` — wire `message`; read-only. */
  get message(): string | undefined {
    return readProperty(this, "message") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set message(value: never) {
    writeProperty(this, "message", value);
  }

  /** `values` — wire `values`; read-only. */
  get values(): NameValuePair[] | undefined {
    return readProperty(this, "values") as NameValuePair[] | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set values(value: never) {
    writeProperty(this, "values", value);
  }
}

/** Property table of {@link DiffDiskSettings}. */
const DiffDiskSettingsSpec: TypeSpec = {
  typeName: "DiffDiskSettings",
  kind: "value",
  properties: [{ name: "placement", wire: "placement", converter: SCALAR, unbound: "write", bound: "write" }],
};

/** Fields accepted by the constructor of {@link DiffDiskSettings}; also usable as a plain object literal. */
export interface DiffDiskSettingsInit {
  /** Sets {@link DiffDiskSettings.placement}. */
  placement?: DiffDiskPlacement;
}

/** Batch .NET `DiffDiskSettings` (wire `DiffDiskSettings`). Writable while its owner allows it. */
export class DiffDiskSettings extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: DiffDiskSettingsInit);
  constructor(...args: unknown[]) {
    super(DiffDiskSettingsSpec);
    initFromArguments(this, args, []);
  }

  /** `placement` — wire `placement`; writable. */
  get placement(): DiffDiskPlacement | undefined {
    return readProperty(this, "placement") as DiffDiskPlacement | undefined;
  }
  /** Sets `placement`; throws InvalidOperationException when the object's state does not allow it. */
  set placement(value: DiffDiskPlacement | undefined) {
    writeProperty(this, "placement", value);
  }
}

/** Property table of {@link DiskEncryptionConfiguration}. */
const DiskEncryptionConfigurationSpec: TypeSpec = {
  typeName: "DiskEncryptionConfiguration",
  kind: "value",
  properties: [
    {
      name: "targets",
      wire: "targets",
      converter: { kind: "array", item: SCALAR },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link DiskEncryptionConfiguration}; also usable as a plain object literal. */
export interface DiskEncryptionConfigurationInit {
  /** Sets {@link DiskEncryptionConfiguration.targets}. */
  targets?: readonly DiskEncryptionTarget[];
}

/** Batch .NET `DiskEncryptionConfiguration` (wire `DiskEncryptionConfiguration`). Writable while its owner allows it. */
export class DiskEncryptionConfiguration extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: DiskEncryptionConfigurationInit);
  constructor(...args: unknown[]) {
    super(DiskEncryptionConfigurationSpec);
    initFromArguments(this, args, []);
  }

  /** `targets` — wire `targets`; writable. */
  get targets(): DiskEncryptionTarget[] | undefined {
    return readProperty(this, "targets") as DiskEncryptionTarget[] | undefined;
  }
  /** Sets `targets`; throws InvalidOperationException when the object's state does not allow it. */
  set targets(value: readonly DiskEncryptionTarget[] | undefined) {
    writeProperty(this, "targets", value);
  }
}

/** Property table of {@link EnvironmentSetting}. */
const EnvironmentSettingSpec: TypeSpec = {
  typeName: "EnvironmentSetting",
  kind: "value",
  properties: [
    { name: "name", wire: "name", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "value", wire: "value", converter: SCALAR, unbound: "write", bound: "write" },
  ],
};

/** Fields accepted by the constructor of {@link EnvironmentSetting}; also usable as a plain object literal. */
export interface EnvironmentSettingInit {
  /** Sets {@link EnvironmentSetting.name}. */
  name?: string;
  /** Sets {@link EnvironmentSetting.value}. */
  value?: string;
}

/** Batch .NET `EnvironmentSetting` (wire `EnvironmentSetting`). Writable while its owner allows it. */
export class EnvironmentSetting extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: EnvironmentSettingInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(name: string, value: string, init?: EnvironmentSettingInit);
  constructor(...args: unknown[]) {
    super(EnvironmentSettingSpec);
    initFromArguments(this, args, ["name", "value"]);
  }

  /** `name` — wire `name`; writable. */
  get name(): string | undefined {
    return readProperty(this, "name") as string | undefined;
  }
  /** Sets `name`; throws InvalidOperationException when the object's state does not allow it. */
  set name(value: string | undefined) {
    writeProperty(this, "name", value);
  }

  /** `value` — wire `value`; writable. */
  get value(): string | undefined {
    return readProperty(this, "value") as string | undefined;
  }
  /** Sets `value`; throws InvalidOperationException when the object's state does not allow it. */
  set value(value: string | undefined) {
    writeProperty(this, "value", value);
  }
}

/** Property table of {@link ExitCodeMapping}. */
const ExitCodeMappingSpec: TypeSpec = {
  typeName: "ExitCodeMapping",
  kind: "value",
  properties: [
    { name: "code", wire: "code", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "exitOptions",
      wire: "exitOptions",
      converter: { kind: "value", type: () => ExitOptions },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link ExitCodeMapping}; also usable as a plain object literal. */
export interface ExitCodeMappingInit {
  /** Sets {@link ExitCodeMapping.code}. */
  code?: number;
  /** Sets {@link ExitCodeMapping.exitOptions}. */
  exitOptions?: ExitOptions | ExitOptionsInit;
}

/** Batch .NET `ExitCodeMapping` (wire `ExitCodeMapping`). Writable while its owner allows it. */
export class ExitCodeMapping extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: ExitCodeMappingInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(code: number, exitOptions: ExitOptions | ExitOptionsInit, init?: ExitCodeMappingInit);
  constructor(...args: unknown[]) {
    super(ExitCodeMappingSpec);
    initFromArguments(this, args, ["code", "exitOptions"]);
  }

  /** `code` — wire `code`; writable. */
  get code(): number | undefined {
    return readProperty(this, "code") as number | undefined;
  }
  /** Sets `code`; throws InvalidOperationException when the object's state does not allow it. */
  set code(value: number | undefined) {
    writeProperty(this, "code", value);
  }

  /** `exitOptions` — wire `exitOptions`; writable. */
  get exitOptions(): ExitOptions | undefined {
    return readProperty(this, "exitOptions") as ExitOptions | undefined;
  }
  /** Sets `exitOptions`; throws InvalidOperationException when the object's state does not allow it. */
  set exitOptions(value: ExitOptions | ExitOptionsInit | undefined) {
    writeProperty(this, "exitOptions", value);
  }
}

/** Property table of {@link ExitCodeRangeMapping}. */
const ExitCodeRangeMappingSpec: TypeSpec = {
  typeName: "ExitCodeRangeMapping",
  kind: "value",
  properties: [
    { name: "start", wire: "start", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "end", wire: "end", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "exitOptions",
      wire: "exitOptions",
      converter: { kind: "value", type: () => ExitOptions },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link ExitCodeRangeMapping}; also usable as a plain object literal. */
export interface ExitCodeRangeMappingInit {
  /** Sets {@link ExitCodeRangeMapping.start}. */
  start?: number;
  /** Sets {@link ExitCodeRangeMapping.end}. */
  end?: number;
  /** Sets {@link ExitCodeRangeMapping.exitOptions}. */
  exitOptions?: ExitOptions | ExitOptionsInit;
}

/** Batch .NET `ExitCodeRangeMapping` (wire `ExitCodeRangeMapping`). Writable while its owner allows it. */
export class ExitCodeRangeMapping extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: ExitCodeRangeMappingInit);
  constructor(...args: unknown[]) {
    super(ExitCodeRangeMappingSpec);
    initFromArguments(this, args, []);
  }

  /** `start` — wire `start`; writable. */
  get start(): number | undefined {
    return readProperty(this, "start") as number | undefined;
  }
  /** Sets `start`; throws InvalidOperationException when the object's state does not allow it. */
  set start(value: number | undefined) {
    writeProperty(this, "start", value);
  }

  /** `end` — wire `end`; writable. */
  get end(): number | undefined {
    return readProperty(this, "end") as number | undefined;
  }
  /** Sets `end`; throws InvalidOperationException when the object's state does not allow it. */
  set end(value: number | undefined) {
    writeProperty(this, "end", value);
  }

  /** `exitOptions` — wire `exitOptions`; writable. */
  get exitOptions(): ExitOptions | undefined {
    return readProperty(this, "exitOptions") as ExitOptions | undefined;
  }
  /** Sets `exitOptions`; throws InvalidOperationException when the object's state does not allow it. */
  set exitOptions(value: ExitOptions | ExitOptionsInit | undefined) {
    writeProperty(this, "exitOptions", value);
  }
}

/** Property table of {@link ExitConditions}. */
const ExitConditionsSpec: TypeSpec = {
  typeName: "ExitConditions",
  kind: "value",
  properties: [
    {
      name: "exitCodes",
      wire: "exitCodes",
      converter: { kind: "array", item: { kind: "value", type: () => ExitCodeMapping } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "exitCodeRanges",
      wire: "exitCodeRanges",
      converter: { kind: "array", item: { kind: "value", type: () => ExitCodeRangeMapping } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "preProcessingError",
      wire: "preProcessingError",
      converter: { kind: "value", type: () => ExitOptions },
      unbound: "write",
      bound: "write",
    },
    {
      name: "fileUploadError",
      wire: "fileUploadError",
      converter: { kind: "value", type: () => ExitOptions },
      unbound: "write",
      bound: "write",
    },
    {
      name: "default",
      wire: "default",
      converter: { kind: "value", type: () => ExitOptions },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link ExitConditions}; also usable as a plain object literal. */
export interface ExitConditionsInit {
  /** Sets {@link ExitConditions.exitCodes}. */
  exitCodes?: readonly (ExitCodeMapping | ExitCodeMappingInit)[];
  /** Sets {@link ExitConditions.exitCodeRanges}. */
  exitCodeRanges?: readonly (ExitCodeRangeMapping | ExitCodeRangeMappingInit)[];
  /** Sets {@link ExitConditions.preProcessingError}. */
  preProcessingError?: ExitOptions | ExitOptionsInit;
  /** Sets {@link ExitConditions.fileUploadError}. */
  fileUploadError?: ExitOptions | ExitOptionsInit;
  /** Sets {@link ExitConditions.default}. */
  default?: ExitOptions | ExitOptionsInit;
}

/** Batch .NET `ExitConditions` (wire `ExitConditions`). Writable while its owner allows it. */
export class ExitConditions extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: ExitConditionsInit);
  constructor(...args: unknown[]) {
    super(ExitConditionsSpec);
    initFromArguments(this, args, []);
  }

  /** `exitCodes` — wire `exitCodes`; writable. */
  get exitCodes(): ExitCodeMapping[] | undefined {
    return readProperty(this, "exitCodes") as ExitCodeMapping[] | undefined;
  }
  /** Sets `exitCodes`; throws InvalidOperationException when the object's state does not allow it. */
  set exitCodes(value: readonly (ExitCodeMapping | ExitCodeMappingInit)[] | undefined) {
    writeProperty(this, "exitCodes", value);
  }

  /** `exitCodeRanges` — wire `exitCodeRanges`; writable. */
  get exitCodeRanges(): ExitCodeRangeMapping[] | undefined {
    return readProperty(this, "exitCodeRanges") as ExitCodeRangeMapping[] | undefined;
  }
  /** Sets `exitCodeRanges`; throws InvalidOperationException when the object's state does not allow it. */
  set exitCodeRanges(value: readonly (ExitCodeRangeMapping | ExitCodeRangeMappingInit)[] | undefined) {
    writeProperty(this, "exitCodeRanges", value);
  }

  /** `preProcessingError` — wire `preProcessingError`; writable. */
  get preProcessingError(): ExitOptions | undefined {
    return readProperty(this, "preProcessingError") as ExitOptions | undefined;
  }
  /** Sets `preProcessingError`; throws InvalidOperationException when the object's state does not allow it. */
  set preProcessingError(value: ExitOptions | ExitOptionsInit | undefined) {
    writeProperty(this, "preProcessingError", value);
  }

  /** `fileUploadError` — wire `fileUploadError`; writable. */
  get fileUploadError(): ExitOptions | undefined {
    return readProperty(this, "fileUploadError") as ExitOptions | undefined;
  }
  /** Sets `fileUploadError`; throws InvalidOperationException when the object's state does not allow it. */
  set fileUploadError(value: ExitOptions | ExitOptionsInit | undefined) {
    writeProperty(this, "fileUploadError", value);
  }

  /** `default` — wire `default`; writable. */
  get default(): ExitOptions | undefined {
    return readProperty(this, "default") as ExitOptions | undefined;
  }
  /** Sets `default`; throws InvalidOperationException when the object's state does not allow it. */
  set default(value: ExitOptions | ExitOptionsInit | undefined) {
    writeProperty(this, "default", value);
  }
}

/** Property table of {@link ExitOptions}. */
const ExitOptionsSpec: TypeSpec = {
  typeName: "ExitOptions",
  kind: "value",
  properties: [
    { name: "jobAction", wire: "jobAction", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "dependencyAction",
      wire: "dependencyAction",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link ExitOptions}; also usable as a plain object literal. */
export interface ExitOptionsInit {
  /** Sets {@link ExitOptions.jobAction}. */
  jobAction?: JobAction;
  /** Sets {@link ExitOptions.dependencyAction}. */
  dependencyAction?: DependencyAction;
}

/** Batch .NET `ExitOptions` (wire `ExitOptions`). Writable while its owner allows it. */
export class ExitOptions extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: ExitOptionsInit);
  constructor(...args: unknown[]) {
    super(ExitOptionsSpec);
    initFromArguments(this, args, []);
  }

  /** `jobAction` — wire `jobAction`; writable. */
  get jobAction(): JobAction | undefined {
    return readProperty(this, "jobAction") as JobAction | undefined;
  }
  /** Sets `jobAction`; throws InvalidOperationException when the object's state does not allow it. */
  set jobAction(value: JobAction | undefined) {
    writeProperty(this, "jobAction", value);
  }

  /** `dependencyAction` — wire `dependencyAction`; writable. */
  get dependencyAction(): DependencyAction | undefined {
    return readProperty(this, "dependencyAction") as DependencyAction | undefined;
  }
  /** Sets `dependencyAction`; throws InvalidOperationException when the object's state does not allow it. */
  set dependencyAction(value: DependencyAction | undefined) {
    writeProperty(this, "dependencyAction", value);
  }
}

/** Property table of {@link FileProperties}. */
const FilePropertiesSpec: TypeSpec = {
  typeName: "FileProperties",
  kind: "value",
  properties: [
    { name: "creationTime", wire: "creationTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "lastModified", wire: "lastModified", converter: DATE, unbound: "read", bound: "read" },
    { name: "contentLength", wire: "contentLength", converter: INT64, unbound: "read", bound: "read" },
    { name: "contentType", wire: "contentType", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "fileMode", wire: "fileMode", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `FileProperties` (wire `FileProperties`), reported by the service; read-only. */
export class FileProperties extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(FilePropertiesSpec);
  }

  /** `creationTime` — wire `creationTime`; read-only. */
  get creationTime(): Date | undefined {
    return readProperty(this, "creationTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set creationTime(value: never) {
    writeProperty(this, "creationTime", value);
  }

  /** `lastModified` — wire `lastModified`; read-only. */
  get lastModified(): Date {
    return readProperty(this, "lastModified") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastModified(value: never) {
    writeProperty(this, "lastModified", value);
  }

  /** `contentLength` — wire `contentLength`; read-only. */
  get contentLength(): number {
    return readProperty(this, "contentLength") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set contentLength(value: never) {
    writeProperty(this, "contentLength", value);
  }

  /** `contentType` — wire `contentType`; read-only. */
  get contentType(): string | undefined {
    return readProperty(this, "contentType") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set contentType(value: never) {
    writeProperty(this, "contentType", value);
  }

  /** `fileMode` — wire `fileMode`; read-only. */
  get fileMode(): string | undefined {
    return readProperty(this, "fileMode") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set fileMode(value: never) {
    writeProperty(this, "fileMode", value);
  }
}

/** Property table of {@link ImageInformation}. */
const ImageInformationSpec: TypeSpec = {
  typeName: "ImageInformation",
  kind: "value",
  properties: [
    { name: "nodeAgentSkuId", wire: "nodeAgentSKUId", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "imageReference",
      wire: "imageReference",
      converter: { kind: "value", type: () => ImageReference },
      unbound: "read",
      bound: "read",
    },
    { name: "osType", wire: "osType", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "capabilities",
      wire: "capabilities",
      converter: { kind: "array", item: SCALAR },
      unbound: "read",
      bound: "read",
    },
    {
      name: "batchSupportEndOfLife",
      wire: "batchSupportEndOfLife",
      converter: DATE,
      unbound: "read",
      bound: "read",
    },
    { name: "verificationType", wire: "verificationType", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `ImageInformation` (wire `ImageInformation`), reported by the service; read-only. */
export class ImageInformation extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(ImageInformationSpec);
  }

  /** `nodeAgentSkuId` — wire `nodeAgentSKUId`; read-only. */
  get nodeAgentSkuId(): string {
    return readProperty(this, "nodeAgentSkuId") as string;
  }
  /** Not settable: always throws InvalidOperationException. */
  set nodeAgentSkuId(value: never) {
    writeProperty(this, "nodeAgentSkuId", value);
  }

  /** `imageReference` — wire `imageReference`; read-only. */
  get imageReference(): ImageReference {
    return readProperty(this, "imageReference") as ImageReference;
  }
  /** Not settable: always throws InvalidOperationException. */
  set imageReference(value: never) {
    writeProperty(this, "imageReference", value);
  }

  /** `osType` — wire `osType`; read-only. */
  get osType(): OSType {
    return readProperty(this, "osType") as OSType;
  }
  /** Not settable: always throws InvalidOperationException. */
  set osType(value: never) {
    writeProperty(this, "osType", value);
  }

  /** `capabilities` — wire `capabilities`; read-only. */
  get capabilities(): string[] | undefined {
    return readProperty(this, "capabilities") as string[] | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set capabilities(value: never) {
    writeProperty(this, "capabilities", value);
  }

  /** `batchSupportEndOfLife` — wire `batchSupportEndOfLife`; read-only. */
  get batchSupportEndOfLife(): Date | undefined {
    return readProperty(this, "batchSupportEndOfLife") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set batchSupportEndOfLife(value: never) {
    writeProperty(this, "batchSupportEndOfLife", value);
  }

  /** `verificationType` — wire `verificationType`; read-only. */
  get verificationType(): VerificationType {
    return readProperty(this, "verificationType") as VerificationType;
  }
  /** Not settable: always throws InvalidOperationException. */
  set verificationType(value: never) {
    writeProperty(this, "verificationType", value);
  }
}

/** Property table of {@link ImageReference}. */
const ImageReferenceSpec: TypeSpec = {
  typeName: "ImageReference",
  kind: "value",
  properties: [
    { name: "publisher", wire: "publisher", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "offer", wire: "offer", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "sku", wire: "sku", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "version", wire: "version", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "virtualMachineImageId",
      wire: "virtualMachineImageId",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    { name: "exactVersion", wire: "exactVersion", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "sharedGalleryImageId",
      wire: "sharedGalleryImageId",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "communityGalleryImageId",
      wire: "communityGalleryImageId",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link ImageReference}; also usable as a plain object literal. */
export interface ImageReferenceInit {
  /** Sets {@link ImageReference.publisher}. */
  publisher?: string;
  /** Sets {@link ImageReference.offer}. */
  offer?: string;
  /** Sets {@link ImageReference.sku}. */
  sku?: string;
  /** Sets {@link ImageReference.version}. */
  version?: string;
  /** Sets {@link ImageReference.virtualMachineImageId}. */
  virtualMachineImageId?: string;
  /** Sets {@link ImageReference.sharedGalleryImageId}. */
  sharedGalleryImageId?: string;
  /** Sets {@link ImageReference.communityGalleryImageId}. */
  communityGalleryImageId?: string;
}

/** Batch .NET `ImageReference` (wire `ImageReference`). Writable while its owner allows it. */
export class ImageReference extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: ImageReferenceInit);
  constructor(...args: unknown[]) {
    super(ImageReferenceSpec);
    initFromArguments(this, args, []);
  }

  /** `publisher` — wire `publisher`; writable. */
  get publisher(): string | undefined {
    return readProperty(this, "publisher") as string | undefined;
  }
  /** Sets `publisher`; throws InvalidOperationException when the object's state does not allow it. */
  set publisher(value: string | undefined) {
    writeProperty(this, "publisher", value);
  }

  /** `offer` — wire `offer`; writable. */
  get offer(): string | undefined {
    return readProperty(this, "offer") as string | undefined;
  }
  /** Sets `offer`; throws InvalidOperationException when the object's state does not allow it. */
  set offer(value: string | undefined) {
    writeProperty(this, "offer", value);
  }

  /** `sku` — wire `sku`; writable. */
  get sku(): string | undefined {
    return readProperty(this, "sku") as string | undefined;
  }
  /** Sets `sku`; throws InvalidOperationException when the object's state does not allow it. */
  set sku(value: string | undefined) {
    writeProperty(this, "sku", value);
  }

  /** `version` — wire `version`; writable. */
  get version(): string | undefined {
    return readProperty(this, "version") as string | undefined;
  }
  /** Sets `version`; throws InvalidOperationException when the object's state does not allow it. */
  set version(value: string | undefined) {
    writeProperty(this, "version", value);
  }

  /** `virtualMachineImageId` — wire `virtualMachineImageId`; writable. */
  get virtualMachineImageId(): string | undefined {
    return readProperty(this, "virtualMachineImageId") as string | undefined;
  }
  /** Sets `virtualMachineImageId`; throws InvalidOperationException when the object's state does not allow it. */
  set virtualMachineImageId(value: string | undefined) {
    writeProperty(this, "virtualMachineImageId", value);
  }

  /** `exactVersion` — wire `exactVersion`; read-only. */
  get exactVersion(): string | undefined {
    return readProperty(this, "exactVersion") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set exactVersion(value: never) {
    writeProperty(this, "exactVersion", value);
  }

  /** `sharedGalleryImageId` — wire `sharedGalleryImageId`; writable. */
  get sharedGalleryImageId(): string | undefined {
    return readProperty(this, "sharedGalleryImageId") as string | undefined;
  }
  /** Sets `sharedGalleryImageId`; throws InvalidOperationException when the object's state does not allow it. */
  set sharedGalleryImageId(value: string | undefined) {
    writeProperty(this, "sharedGalleryImageId", value);
  }

  /** `communityGalleryImageId` — wire `communityGalleryImageId`; writable. */
  get communityGalleryImageId(): string | undefined {
    return readProperty(this, "communityGalleryImageId") as string | undefined;
  }
  /** Sets `communityGalleryImageId`; throws InvalidOperationException when the object's state does not allow it. */
  set communityGalleryImageId(value: string | undefined) {
    writeProperty(this, "communityGalleryImageId", value);
  }
}

/** Property table of {@link InboundEndpoint}. */
const InboundEndpointSpec: TypeSpec = {
  typeName: "InboundEndpoint",
  kind: "value",
  properties: [
    { name: "name", wire: "name", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "protocol", wire: "protocol", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "publicIPAddress", wire: "publicIPAddress", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "publicFqdn", wire: "publicFQDN", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "frontendPort", wire: "frontendPort", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "backendPort", wire: "backendPort", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `InboundEndpoint` (wire `InboundEndpoint`), reported by the service; read-only. */
export class InboundEndpoint extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(InboundEndpointSpec);
  }

  /** `name` — wire `name`; read-only. */
  get name(): string {
    return readProperty(this, "name") as string;
  }
  /** Not settable: always throws InvalidOperationException. */
  set name(value: never) {
    writeProperty(this, "name", value);
  }

  /** `protocol` — wire `protocol`; read-only. */
  get protocol(): InboundEndpointProtocol {
    return readProperty(this, "protocol") as InboundEndpointProtocol;
  }
  /** Not settable: always throws InvalidOperationException. */
  set protocol(value: never) {
    writeProperty(this, "protocol", value);
  }

  /** `publicIPAddress` — wire `publicIPAddress`; read-only. */
  get publicIPAddress(): string {
    return readProperty(this, "publicIPAddress") as string;
  }
  /** Not settable: always throws InvalidOperationException. */
  set publicIPAddress(value: never) {
    writeProperty(this, "publicIPAddress", value);
  }

  /** `publicFqdn` — wire `publicFQDN`; read-only. */
  get publicFqdn(): string {
    return readProperty(this, "publicFqdn") as string;
  }
  /** Not settable: always throws InvalidOperationException. */
  set publicFqdn(value: never) {
    writeProperty(this, "publicFqdn", value);
  }

  /** `frontendPort` — wire `frontendPort`; read-only. */
  get frontendPort(): number {
    return readProperty(this, "frontendPort") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set frontendPort(value: never) {
    writeProperty(this, "frontendPort", value);
  }

  /** `backendPort` — wire `backendPort`; read-only. */
  get backendPort(): number {
    return readProperty(this, "backendPort") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set backendPort(value: never) {
    writeProperty(this, "backendPort", value);
  }
}

/** Property table of {@link InboundNatPool}. */
const InboundNatPoolSpec: TypeSpec = {
  typeName: "InboundNatPool",
  kind: "value",
  properties: [
    { name: "name", wire: "name", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "protocol", wire: "protocol", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "backendPort", wire: "backendPort", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "frontendPortRangeStart",
      wire: "frontendPortRangeStart",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "frontendPortRangeEnd",
      wire: "frontendPortRangeEnd",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "networkSecurityGroupRules",
      wire: "networkSecurityGroupRules",
      converter: { kind: "array", item: { kind: "value", type: () => NetworkSecurityGroupRule } },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link InboundNatPool}; also usable as a plain object literal. */
export interface InboundNatPoolInit {
  /** Sets {@link InboundNatPool.name}. */
  name?: string;
  /** Sets {@link InboundNatPool.protocol}. */
  protocol?: InboundEndpointProtocol;
  /** Sets {@link InboundNatPool.backendPort}. */
  backendPort?: number;
  /** Sets {@link InboundNatPool.frontendPortRangeStart}. */
  frontendPortRangeStart?: number;
  /** Sets {@link InboundNatPool.frontendPortRangeEnd}. */
  frontendPortRangeEnd?: number;
  /** Sets {@link InboundNatPool.networkSecurityGroupRules}. */
  networkSecurityGroupRules?: readonly (NetworkSecurityGroupRule | NetworkSecurityGroupRuleInit)[];
}

/** Batch .NET `InboundNatPool` (wire `InboundNATPool`). Writable while its owner allows it. */
export class InboundNatPool extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: InboundNatPoolInit);
  constructor(...args: unknown[]) {
    super(InboundNatPoolSpec);
    initFromArguments(this, args, []);
  }

  /** `name` — wire `name`; writable. */
  get name(): string | undefined {
    return readProperty(this, "name") as string | undefined;
  }
  /** Sets `name`; throws InvalidOperationException when the object's state does not allow it. */
  set name(value: string | undefined) {
    writeProperty(this, "name", value);
  }

  /** `protocol` — wire `protocol`; writable. */
  get protocol(): InboundEndpointProtocol | undefined {
    return readProperty(this, "protocol") as InboundEndpointProtocol | undefined;
  }
  /** Sets `protocol`; throws InvalidOperationException when the object's state does not allow it. */
  set protocol(value: InboundEndpointProtocol | undefined) {
    writeProperty(this, "protocol", value);
  }

  /** `backendPort` — wire `backendPort`; writable. */
  get backendPort(): number | undefined {
    return readProperty(this, "backendPort") as number | undefined;
  }
  /** Sets `backendPort`; throws InvalidOperationException when the object's state does not allow it. */
  set backendPort(value: number | undefined) {
    writeProperty(this, "backendPort", value);
  }

  /** `frontendPortRangeStart` — wire `frontendPortRangeStart`; writable. */
  get frontendPortRangeStart(): number | undefined {
    return readProperty(this, "frontendPortRangeStart") as number | undefined;
  }
  /** Sets `frontendPortRangeStart`; throws InvalidOperationException when the object's state does not allow it. */
  set frontendPortRangeStart(value: number | undefined) {
    writeProperty(this, "frontendPortRangeStart", value);
  }

  /** `frontendPortRangeEnd` — wire `frontendPortRangeEnd`; writable. */
  get frontendPortRangeEnd(): number | undefined {
    return readProperty(this, "frontendPortRangeEnd") as number | undefined;
  }
  /** Sets `frontendPortRangeEnd`; throws InvalidOperationException when the object's state does not allow it. */
  set frontendPortRangeEnd(value: number | undefined) {
    writeProperty(this, "frontendPortRangeEnd", value);
  }

  /** `networkSecurityGroupRules` — wire `networkSecurityGroupRules`; writable. */
  get networkSecurityGroupRules(): NetworkSecurityGroupRule[] | undefined {
    return readProperty(this, "networkSecurityGroupRules") as NetworkSecurityGroupRule[] | undefined;
  }
  /** Sets `networkSecurityGroupRules`; throws InvalidOperationException when the object's state does not allow it. */
  set networkSecurityGroupRules(
    value: readonly (NetworkSecurityGroupRule | NetworkSecurityGroupRuleInit)[] | undefined,
  ) {
    writeProperty(this, "networkSecurityGroupRules", value);
  }
}

/** Property table of {@link InstanceViewStatus}. */
const InstanceViewStatusSpec: TypeSpec = {
  typeName: "InstanceViewStatus",
  kind: "value",
  properties: [
    { name: "code", wire: "code", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "displayStatus", wire: "displayStatus", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "level", wire: "level", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "message", wire: "message", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "time", wire: "time", converter: SCALAR, unbound: "write", bound: "write" },
  ],
};

/** Fields accepted by the constructor of {@link InstanceViewStatus}; also usable as a plain object literal. */
export interface InstanceViewStatusInit {
  /** Sets {@link InstanceViewStatus.code}. */
  code?: string;
  /** Sets {@link InstanceViewStatus.displayStatus}. */
  displayStatus?: string;
  /** Sets {@link InstanceViewStatus.level}. */
  level?: StatusLevelTypes;
  /** Sets {@link InstanceViewStatus.message}. */
  message?: string;
  /** Sets {@link InstanceViewStatus.time}. */
  time?: string;
}

/** Batch .NET `InstanceViewStatus` (wire `InstanceViewStatus`). Writable while its owner allows it. */
export class InstanceViewStatus extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: InstanceViewStatusInit);
  constructor(...args: unknown[]) {
    super(InstanceViewStatusSpec);
    initFromArguments(this, args, []);
  }

  /** `code` — wire `code`; writable. */
  get code(): string | undefined {
    return readProperty(this, "code") as string | undefined;
  }
  /** Sets `code`; throws InvalidOperationException when the object's state does not allow it. */
  set code(value: string | undefined) {
    writeProperty(this, "code", value);
  }

  /** `displayStatus` — wire `displayStatus`; writable. */
  get displayStatus(): string | undefined {
    return readProperty(this, "displayStatus") as string | undefined;
  }
  /** Sets `displayStatus`; throws InvalidOperationException when the object's state does not allow it. */
  set displayStatus(value: string | undefined) {
    writeProperty(this, "displayStatus", value);
  }

  /** `level` — wire `level`; writable. */
  get level(): StatusLevelTypes | undefined {
    return readProperty(this, "level") as StatusLevelTypes | undefined;
  }
  /** Sets `level`; throws InvalidOperationException when the object's state does not allow it. */
  set level(value: StatusLevelTypes | undefined) {
    writeProperty(this, "level", value);
  }

  /** `message` — wire `message`; writable. */
  get message(): string | undefined {
    return readProperty(this, "message") as string | undefined;
  }
  /** Sets `message`; throws InvalidOperationException when the object's state does not allow it. */
  set message(value: string | undefined) {
    writeProperty(this, "message", value);
  }

  /** `time` — wire `time`; writable. */
  get time(): string | undefined {
    return readProperty(this, "time") as string | undefined;
  }
  /** Sets `time`; throws InvalidOperationException when the object's state does not allow it. */
  set time(value: string | undefined) {
    writeProperty(this, "time", value);
  }
}

/** Property table of {@link JobConstraints}. */
const JobConstraintsSpec: TypeSpec = {
  typeName: "JobConstraints",
  kind: "value",
  properties: [
    {
      name: "maxWallClockTime",
      wire: "maxWallClockTime",
      converter: DURATION,
      unbound: "write",
      bound: "write",
    },
    {
      name: "maxTaskRetryCount",
      wire: "maxTaskRetryCount",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link JobConstraints}; also usable as a plain object literal. */
export interface JobConstraintsInit {
  /** Sets {@link JobConstraints.maxWallClockTime}. */
  maxWallClockTime?: number;
  /** Sets {@link JobConstraints.maxTaskRetryCount}. */
  maxTaskRetryCount?: number;
}

/** Batch .NET `JobConstraints` (wire `JobConstraints`). Writable while its owner allows it. */
export class JobConstraints extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: JobConstraintsInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(maxWallClockTime: number, maxTaskRetryCount: number, init?: JobConstraintsInit);
  constructor(...args: unknown[]) {
    super(JobConstraintsSpec);
    initFromArguments(this, args, ["maxWallClockTime", "maxTaskRetryCount"]);
  }

  /** `maxWallClockTime` — wire `maxWallClockTime`; writable. */
  get maxWallClockTime(): number | undefined {
    return readProperty(this, "maxWallClockTime") as number | undefined;
  }
  /** Sets `maxWallClockTime`; throws InvalidOperationException when the object's state does not allow it. */
  set maxWallClockTime(value: number | undefined) {
    writeProperty(this, "maxWallClockTime", value);
  }

  /** `maxTaskRetryCount` — wire `maxTaskRetryCount`; writable. */
  get maxTaskRetryCount(): number | undefined {
    return readProperty(this, "maxTaskRetryCount") as number | undefined;
  }
  /** Sets `maxTaskRetryCount`; throws InvalidOperationException when the object's state does not allow it. */
  set maxTaskRetryCount(value: number | undefined) {
    writeProperty(this, "maxTaskRetryCount", value);
  }
}

/** Property table of {@link JobExecutionInformation}. */
const JobExecutionInformationSpec: TypeSpec = {
  typeName: "JobExecutionInformation",
  kind: "value",
  properties: [
    { name: "startTime", wire: "startTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "endTime", wire: "endTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "poolId", wire: "poolId", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "schedulingError",
      wire: "schedulingError",
      converter: { kind: "value", type: () => JobSchedulingError },
      unbound: "read",
      bound: "read",
    },
    { name: "terminateReason", wire: "terminateReason", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `JobExecutionInformation` (wire `JobExecutionInformation`), reported by the service; read-only. */
export class JobExecutionInformation extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(JobExecutionInformationSpec);
  }

  /** `startTime` — wire `startTime`; read-only. */
  get startTime(): Date {
    return readProperty(this, "startTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set startTime(value: never) {
    writeProperty(this, "startTime", value);
  }

  /** `endTime` — wire `endTime`; read-only. */
  get endTime(): Date | undefined {
    return readProperty(this, "endTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set endTime(value: never) {
    writeProperty(this, "endTime", value);
  }

  /** `poolId` — wire `poolId`; read-only. */
  get poolId(): string | undefined {
    return readProperty(this, "poolId") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set poolId(value: never) {
    writeProperty(this, "poolId", value);
  }

  /** `schedulingError` — wire `schedulingError`; read-only. */
  get schedulingError(): JobSchedulingError | undefined {
    return readProperty(this, "schedulingError") as JobSchedulingError | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set schedulingError(value: never) {
    writeProperty(this, "schedulingError", value);
  }

  /** `terminateReason` — wire `terminateReason`; read-only. */
  get terminateReason(): string | undefined {
    return readProperty(this, "terminateReason") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set terminateReason(value: never) {
    writeProperty(this, "terminateReason", value);
  }
}

/** Property table of {@link JobManagerTask}. */
const JobManagerTaskSpec: TypeSpec = {
  typeName: "JobManagerTask",
  kind: "value",
  properties: [
    { name: "id", wire: "id", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "displayName", wire: "displayName", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "commandLine", wire: "commandLine", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "containerSettings",
      wire: "containerSettings",
      converter: { kind: "value", type: () => TaskContainerSettings },
      unbound: "write",
      bound: "write",
    },
    {
      name: "resourceFiles",
      wire: "resourceFiles",
      converter: { kind: "array", item: resourceFileConverter },
      unbound: "write",
      bound: "write",
    },
    {
      name: "outputFiles",
      wire: "outputFiles",
      converter: { kind: "array", item: outputFileConverter },
      unbound: "write",
      bound: "write",
    },
    {
      name: "environmentSettings",
      wire: "environmentSettings",
      converter: { kind: "array", item: { kind: "value", type: () => EnvironmentSetting } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "constraints",
      wire: "constraints",
      converter: { kind: "value", type: () => TaskConstraints },
      unbound: "write",
      bound: "write",
    },
    { name: "requiredSlots", wire: "requiredSlots", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "killJobOnCompletion",
      wire: "killJobOnCompletion",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "userIdentity",
      wire: "userIdentity",
      converter: { kind: "value", type: () => UserIdentity },
      unbound: "write",
      bound: "write",
    },
    { name: "runExclusive", wire: "runExclusive", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "applicationPackageReferences",
      wire: "applicationPackageReferences",
      converter: { kind: "array", item: { kind: "value", type: () => ApplicationPackageReference } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "authenticationTokenSettings",
      wire: "authenticationTokenSettings",
      converter: { kind: "value", type: () => AuthenticationTokenSettings },
      unbound: "write",
      bound: "write",
    },
    {
      name: "allowLowPriorityNode",
      wire: "allowLowPriorityNode",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link JobManagerTask}; also usable as a plain object literal. */
export interface JobManagerTaskInit {
  /** Sets {@link JobManagerTask.id}. */
  id?: string;
  /** Sets {@link JobManagerTask.displayName}. */
  displayName?: string;
  /** Sets {@link JobManagerTask.commandLine}. */
  commandLine?: string;
  /** Sets {@link JobManagerTask.containerSettings}. */
  containerSettings?: TaskContainerSettings | TaskContainerSettingsInit;
  /** Sets {@link JobManagerTask.resourceFiles}. */
  resourceFiles?: readonly (ResourceFile | ResourceFileInit)[];
  /** Sets {@link JobManagerTask.outputFiles}. */
  outputFiles?: readonly (OutputFile | OutputFileInit)[];
  /** Sets {@link JobManagerTask.environmentSettings}. */
  environmentSettings?: readonly (EnvironmentSetting | EnvironmentSettingInit)[];
  /** Sets {@link JobManagerTask.constraints}. */
  constraints?: TaskConstraints | TaskConstraintsInit;
  /** Sets {@link JobManagerTask.requiredSlots}. */
  requiredSlots?: number;
  /** Sets {@link JobManagerTask.killJobOnCompletion}. */
  killJobOnCompletion?: boolean;
  /** Sets {@link JobManagerTask.userIdentity}. */
  userIdentity?: UserIdentity | UserIdentityInit;
  /** Sets {@link JobManagerTask.runExclusive}. */
  runExclusive?: boolean;
  /** Sets {@link JobManagerTask.applicationPackageReferences}. */
  applicationPackageReferences?: readonly (ApplicationPackageReference | ApplicationPackageReferenceInit)[];
  /** Sets {@link JobManagerTask.authenticationTokenSettings}. */
  authenticationTokenSettings?: AuthenticationTokenSettings | AuthenticationTokenSettingsInit;
  /** Sets {@link JobManagerTask.allowLowPriorityNode}. */
  allowLowPriorityNode?: boolean;
}

/** Batch .NET `JobManagerTask` (wire `JobManagerTask`). Writable while its owner allows it. */
export class JobManagerTask extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: JobManagerTaskInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(id: string, commandLine: string, init?: JobManagerTaskInit);
  constructor(...args: unknown[]) {
    super(JobManagerTaskSpec);
    initFromArguments(this, args, ["id", "commandLine"]);
  }

  /** `id` — wire `id`; writable. */
  get id(): string | undefined {
    return readProperty(this, "id") as string | undefined;
  }
  /** Sets `id`; throws InvalidOperationException when the object's state does not allow it. */
  set id(value: string | undefined) {
    writeProperty(this, "id", value);
  }

  /** `displayName` — wire `displayName`; writable. */
  get displayName(): string | undefined {
    return readProperty(this, "displayName") as string | undefined;
  }
  /** Sets `displayName`; throws InvalidOperationException when the object's state does not allow it. */
  set displayName(value: string | undefined) {
    writeProperty(this, "displayName", value);
  }

  /** `commandLine` — wire `commandLine`; writable. */
  get commandLine(): string | undefined {
    return readProperty(this, "commandLine") as string | undefined;
  }
  /** Sets `commandLine`; throws InvalidOperationException when the object's state does not allow it. */
  set commandLine(value: string | undefined) {
    writeProperty(this, "commandLine", value);
  }

  /** `containerSettings` — wire `containerSettings`; writable. */
  get containerSettings(): TaskContainerSettings | undefined {
    return readProperty(this, "containerSettings") as TaskContainerSettings | undefined;
  }
  /** Sets `containerSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set containerSettings(value: TaskContainerSettings | TaskContainerSettingsInit | undefined) {
    writeProperty(this, "containerSettings", value);
  }

  /** `resourceFiles` — wire `resourceFiles`; writable. */
  get resourceFiles(): ResourceFile[] | undefined {
    return readProperty(this, "resourceFiles") as ResourceFile[] | undefined;
  }
  /** Sets `resourceFiles`; throws InvalidOperationException when the object's state does not allow it. */
  set resourceFiles(value: readonly (ResourceFile | ResourceFileInit)[] | undefined) {
    writeProperty(this, "resourceFiles", value);
  }

  /** `outputFiles` — wire `outputFiles`; writable. */
  get outputFiles(): OutputFile[] | undefined {
    return readProperty(this, "outputFiles") as OutputFile[] | undefined;
  }
  /** Sets `outputFiles`; throws InvalidOperationException when the object's state does not allow it. */
  set outputFiles(value: readonly (OutputFile | OutputFileInit)[] | undefined) {
    writeProperty(this, "outputFiles", value);
  }

  /** `environmentSettings` — wire `environmentSettings`; writable. */
  get environmentSettings(): EnvironmentSetting[] | undefined {
    return readProperty(this, "environmentSettings") as EnvironmentSetting[] | undefined;
  }
  /** Sets `environmentSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set environmentSettings(value: readonly (EnvironmentSetting | EnvironmentSettingInit)[] | undefined) {
    writeProperty(this, "environmentSettings", value);
  }

  /** `constraints` — wire `constraints`; writable. */
  get constraints(): TaskConstraints | undefined {
    return readProperty(this, "constraints") as TaskConstraints | undefined;
  }
  /** Sets `constraints`; throws InvalidOperationException when the object's state does not allow it. */
  set constraints(value: TaskConstraints | TaskConstraintsInit | undefined) {
    writeProperty(this, "constraints", value);
  }

  /** `requiredSlots` — wire `requiredSlots`; writable. */
  get requiredSlots(): number | undefined {
    return readProperty(this, "requiredSlots") as number | undefined;
  }
  /** Sets `requiredSlots`; throws InvalidOperationException when the object's state does not allow it. */
  set requiredSlots(value: number | undefined) {
    writeProperty(this, "requiredSlots", value);
  }

  /** `killJobOnCompletion` — wire `killJobOnCompletion`; writable. */
  get killJobOnCompletion(): boolean | undefined {
    return readProperty(this, "killJobOnCompletion") as boolean | undefined;
  }
  /** Sets `killJobOnCompletion`; throws InvalidOperationException when the object's state does not allow it. */
  set killJobOnCompletion(value: boolean | undefined) {
    writeProperty(this, "killJobOnCompletion", value);
  }

  /** `userIdentity` — wire `userIdentity`; writable. */
  get userIdentity(): UserIdentity | undefined {
    return readProperty(this, "userIdentity") as UserIdentity | undefined;
  }
  /** Sets `userIdentity`; throws InvalidOperationException when the object's state does not allow it. */
  set userIdentity(value: UserIdentity | UserIdentityInit | undefined) {
    writeProperty(this, "userIdentity", value);
  }

  /** `runExclusive` — wire `runExclusive`; writable. */
  get runExclusive(): boolean | undefined {
    return readProperty(this, "runExclusive") as boolean | undefined;
  }
  /** Sets `runExclusive`; throws InvalidOperationException when the object's state does not allow it. */
  set runExclusive(value: boolean | undefined) {
    writeProperty(this, "runExclusive", value);
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

  /** `authenticationTokenSettings` — wire `authenticationTokenSettings`; writable. */
  get authenticationTokenSettings(): AuthenticationTokenSettings | undefined {
    return readProperty(this, "authenticationTokenSettings") as AuthenticationTokenSettings | undefined;
  }
  /** Sets `authenticationTokenSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set authenticationTokenSettings(
    value: AuthenticationTokenSettings | AuthenticationTokenSettingsInit | undefined,
  ) {
    writeProperty(this, "authenticationTokenSettings", value);
  }

  /** `allowLowPriorityNode` — wire `allowLowPriorityNode`; writable. */
  get allowLowPriorityNode(): boolean | undefined {
    return readProperty(this, "allowLowPriorityNode") as boolean | undefined;
  }
  /** Sets `allowLowPriorityNode`; throws InvalidOperationException when the object's state does not allow it. */
  set allowLowPriorityNode(value: boolean | undefined) {
    writeProperty(this, "allowLowPriorityNode", value);
  }
}

/** Property table of {@link JobNetworkConfiguration}. */
const JobNetworkConfigurationSpec: TypeSpec = {
  typeName: "JobNetworkConfiguration",
  kind: "value",
  properties: [
    { name: "subnetId", wire: "subnetId", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "skipWithdrawFromVNet",
      wire: "skipWithdrawFromVNet",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link JobNetworkConfiguration}; also usable as a plain object literal. */
export interface JobNetworkConfigurationInit {
  /** Sets {@link JobNetworkConfiguration.subnetId}. */
  subnetId?: string;
  /** Sets {@link JobNetworkConfiguration.skipWithdrawFromVNet}. */
  skipWithdrawFromVNet?: boolean;
}

/** Batch .NET `JobNetworkConfiguration` (wire `JobNetworkConfiguration`). Writable while its owner allows it. */
export class JobNetworkConfiguration extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: JobNetworkConfigurationInit);
  constructor(...args: unknown[]) {
    super(JobNetworkConfigurationSpec);
    initFromArguments(this, args, []);
  }

  /** `subnetId` — wire `subnetId`; writable. */
  get subnetId(): string | undefined {
    return readProperty(this, "subnetId") as string | undefined;
  }
  /** Sets `subnetId`; throws InvalidOperationException when the object's state does not allow it. */
  set subnetId(value: string | undefined) {
    writeProperty(this, "subnetId", value);
  }

  /** `skipWithdrawFromVNet` — wire `skipWithdrawFromVNet`; writable. */
  get skipWithdrawFromVNet(): boolean | undefined {
    return readProperty(this, "skipWithdrawFromVNet") as boolean | undefined;
  }
  /** Sets `skipWithdrawFromVNet`; throws InvalidOperationException when the object's state does not allow it. */
  set skipWithdrawFromVNet(value: boolean | undefined) {
    writeProperty(this, "skipWithdrawFromVNet", value);
  }
}

/** Property table of {@link JobPreparationAndReleaseTaskExecutionInformation}. */
const JobPreparationAndReleaseTaskExecutionInformationSpec: TypeSpec = {
  typeName: "JobPreparationAndReleaseTaskExecutionInformation",
  kind: "value",
  properties: [
    { name: "poolId", wire: "poolId", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "computeNodeId", wire: "nodeId", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "computeNodeUrl", wire: "nodeUrl", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "jobPreparationTaskExecutionInformation",
      wire: "jobPreparationTaskExecutionInfo",
      converter: { kind: "value", type: () => JobPreparationTaskExecutionInformation },
      unbound: "read",
      bound: "read",
    },
    {
      name: "jobReleaseTaskExecutionInformation",
      wire: "jobReleaseTaskExecutionInfo",
      converter: { kind: "value", type: () => JobReleaseTaskExecutionInformation },
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `JobPreparationAndReleaseTaskExecutionInformation` (wire `JobPreparationAndReleaseTaskExecutionInformation`), reported by the service; read-only. */
export class JobPreparationAndReleaseTaskExecutionInformation extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(JobPreparationAndReleaseTaskExecutionInformationSpec);
  }

  /** `poolId` — wire `poolId`; read-only. */
  get poolId(): string | undefined {
    return readProperty(this, "poolId") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set poolId(value: never) {
    writeProperty(this, "poolId", value);
  }

  /** `computeNodeId` — wire `nodeId`; read-only. */
  get computeNodeId(): string | undefined {
    return readProperty(this, "computeNodeId") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set computeNodeId(value: never) {
    writeProperty(this, "computeNodeId", value);
  }

  /** `computeNodeUrl` — wire `nodeUrl`; read-only. */
  get computeNodeUrl(): string | undefined {
    return readProperty(this, "computeNodeUrl") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set computeNodeUrl(value: never) {
    writeProperty(this, "computeNodeUrl", value);
  }

  /** `jobPreparationTaskExecutionInformation` — wire `jobPreparationTaskExecutionInfo`; read-only. */
  get jobPreparationTaskExecutionInformation(): JobPreparationTaskExecutionInformation | undefined {
    return readProperty(this, "jobPreparationTaskExecutionInformation") as
      JobPreparationTaskExecutionInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set jobPreparationTaskExecutionInformation(value: never) {
    writeProperty(this, "jobPreparationTaskExecutionInformation", value);
  }

  /** `jobReleaseTaskExecutionInformation` — wire `jobReleaseTaskExecutionInfo`; read-only. */
  get jobReleaseTaskExecutionInformation(): JobReleaseTaskExecutionInformation | undefined {
    return readProperty(this, "jobReleaseTaskExecutionInformation") as
      JobReleaseTaskExecutionInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set jobReleaseTaskExecutionInformation(value: never) {
    writeProperty(this, "jobReleaseTaskExecutionInformation", value);
  }
}

/** Property table of {@link JobPreparationTask}. */
const JobPreparationTaskSpec: TypeSpec = {
  typeName: "JobPreparationTask",
  kind: "value",
  properties: [
    { name: "id", wire: "id", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "commandLine", wire: "commandLine", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "containerSettings",
      wire: "containerSettings",
      converter: { kind: "value", type: () => TaskContainerSettings },
      unbound: "write",
      bound: "write",
    },
    {
      name: "resourceFiles",
      wire: "resourceFiles",
      converter: { kind: "array", item: resourceFileConverter },
      unbound: "write",
      bound: "write",
    },
    {
      name: "environmentSettings",
      wire: "environmentSettings",
      converter: { kind: "array", item: { kind: "value", type: () => EnvironmentSetting } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "constraints",
      wire: "constraints",
      converter: { kind: "value", type: () => TaskConstraints },
      unbound: "write",
      bound: "write",
    },
    { name: "waitForSuccess", wire: "waitForSuccess", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "userIdentity",
      wire: "userIdentity",
      converter: { kind: "value", type: () => UserIdentity },
      unbound: "write",
      bound: "write",
    },
    {
      name: "rerunOnComputeNodeRebootAfterSuccess",
      wire: "rerunOnNodeRebootAfterSuccess",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link JobPreparationTask}; also usable as a plain object literal. */
export interface JobPreparationTaskInit {
  /** Sets {@link JobPreparationTask.id}. */
  id?: string;
  /** Sets {@link JobPreparationTask.commandLine}. */
  commandLine?: string;
  /** Sets {@link JobPreparationTask.containerSettings}. */
  containerSettings?: TaskContainerSettings | TaskContainerSettingsInit;
  /** Sets {@link JobPreparationTask.resourceFiles}. */
  resourceFiles?: readonly (ResourceFile | ResourceFileInit)[];
  /** Sets {@link JobPreparationTask.environmentSettings}. */
  environmentSettings?: readonly (EnvironmentSetting | EnvironmentSettingInit)[];
  /** Sets {@link JobPreparationTask.constraints}. */
  constraints?: TaskConstraints | TaskConstraintsInit;
  /** Sets {@link JobPreparationTask.waitForSuccess}. */
  waitForSuccess?: boolean;
  /** Sets {@link JobPreparationTask.userIdentity}. */
  userIdentity?: UserIdentity | UserIdentityInit;
  /** Sets {@link JobPreparationTask.rerunOnComputeNodeRebootAfterSuccess}. */
  rerunOnComputeNodeRebootAfterSuccess?: boolean;
}

/** Batch .NET `JobPreparationTask` (wire `JobPreparationTask`). Writable while its owner allows it. */
export class JobPreparationTask extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: JobPreparationTaskInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(commandLine: string, init?: JobPreparationTaskInit);
  constructor(...args: unknown[]) {
    super(JobPreparationTaskSpec);
    initFromArguments(this, args, ["commandLine"]);
  }

  /** `id` — wire `id`; writable. */
  get id(): string | undefined {
    return readProperty(this, "id") as string | undefined;
  }
  /** Sets `id`; throws InvalidOperationException when the object's state does not allow it. */
  set id(value: string | undefined) {
    writeProperty(this, "id", value);
  }

  /** `commandLine` — wire `commandLine`; writable. */
  get commandLine(): string | undefined {
    return readProperty(this, "commandLine") as string | undefined;
  }
  /** Sets `commandLine`; throws InvalidOperationException when the object's state does not allow it. */
  set commandLine(value: string | undefined) {
    writeProperty(this, "commandLine", value);
  }

  /** `containerSettings` — wire `containerSettings`; writable. */
  get containerSettings(): TaskContainerSettings | undefined {
    return readProperty(this, "containerSettings") as TaskContainerSettings | undefined;
  }
  /** Sets `containerSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set containerSettings(value: TaskContainerSettings | TaskContainerSettingsInit | undefined) {
    writeProperty(this, "containerSettings", value);
  }

  /** `resourceFiles` — wire `resourceFiles`; writable. */
  get resourceFiles(): ResourceFile[] | undefined {
    return readProperty(this, "resourceFiles") as ResourceFile[] | undefined;
  }
  /** Sets `resourceFiles`; throws InvalidOperationException when the object's state does not allow it. */
  set resourceFiles(value: readonly (ResourceFile | ResourceFileInit)[] | undefined) {
    writeProperty(this, "resourceFiles", value);
  }

  /** `environmentSettings` — wire `environmentSettings`; writable. */
  get environmentSettings(): EnvironmentSetting[] | undefined {
    return readProperty(this, "environmentSettings") as EnvironmentSetting[] | undefined;
  }
  /** Sets `environmentSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set environmentSettings(value: readonly (EnvironmentSetting | EnvironmentSettingInit)[] | undefined) {
    writeProperty(this, "environmentSettings", value);
  }

  /** `constraints` — wire `constraints`; writable. */
  get constraints(): TaskConstraints | undefined {
    return readProperty(this, "constraints") as TaskConstraints | undefined;
  }
  /** Sets `constraints`; throws InvalidOperationException when the object's state does not allow it. */
  set constraints(value: TaskConstraints | TaskConstraintsInit | undefined) {
    writeProperty(this, "constraints", value);
  }

  /** `waitForSuccess` — wire `waitForSuccess`; writable. */
  get waitForSuccess(): boolean | undefined {
    return readProperty(this, "waitForSuccess") as boolean | undefined;
  }
  /** Sets `waitForSuccess`; throws InvalidOperationException when the object's state does not allow it. */
  set waitForSuccess(value: boolean | undefined) {
    writeProperty(this, "waitForSuccess", value);
  }

  /** `userIdentity` — wire `userIdentity`; writable. */
  get userIdentity(): UserIdentity | undefined {
    return readProperty(this, "userIdentity") as UserIdentity | undefined;
  }
  /** Sets `userIdentity`; throws InvalidOperationException when the object's state does not allow it. */
  set userIdentity(value: UserIdentity | UserIdentityInit | undefined) {
    writeProperty(this, "userIdentity", value);
  }

  /** `rerunOnComputeNodeRebootAfterSuccess` — wire `rerunOnNodeRebootAfterSuccess`; writable. */
  get rerunOnComputeNodeRebootAfterSuccess(): boolean | undefined {
    return readProperty(this, "rerunOnComputeNodeRebootAfterSuccess") as boolean | undefined;
  }
  /** Sets `rerunOnComputeNodeRebootAfterSuccess`; throws InvalidOperationException when the object's state does not allow it. */
  set rerunOnComputeNodeRebootAfterSuccess(value: boolean | undefined) {
    writeProperty(this, "rerunOnComputeNodeRebootAfterSuccess", value);
  }
}

/** Property table of {@link JobPreparationTaskExecutionInformation}. */
const JobPreparationTaskExecutionInformationSpec: TypeSpec = {
  typeName: "JobPreparationTaskExecutionInformation",
  kind: "value",
  properties: [
    { name: "startTime", wire: "startTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "endTime", wire: "endTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "state", wire: "state", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "taskRootDirectory",
      wire: "taskRootDirectory",
      converter: SCALAR,
      unbound: "read",
      bound: "read",
    },
    {
      name: "taskRootDirectoryUrl",
      wire: "taskRootDirectoryUrl",
      converter: SCALAR,
      unbound: "read",
      bound: "read",
    },
    { name: "exitCode", wire: "exitCode", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "containerInformation",
      wire: "containerInfo",
      converter: { kind: "value", type: () => TaskContainerExecutionInformation },
      unbound: "read",
      bound: "read",
    },
    {
      name: "failureInformation",
      wire: "failureInfo",
      converter: { kind: "value", type: () => TaskFailureInformation },
      unbound: "read",
      bound: "read",
    },
    { name: "retryCount", wire: "retryCount", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "lastRetryTime", wire: "lastRetryTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "result", wire: "result", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `JobPreparationTaskExecutionInformation` (wire `JobPreparationTaskExecutionInformation`), reported by the service; read-only. */
export class JobPreparationTaskExecutionInformation extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(JobPreparationTaskExecutionInformationSpec);
  }

  /** `startTime` — wire `startTime`; read-only. */
  get startTime(): Date {
    return readProperty(this, "startTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set startTime(value: never) {
    writeProperty(this, "startTime", value);
  }

  /** `endTime` — wire `endTime`; read-only. */
  get endTime(): Date | undefined {
    return readProperty(this, "endTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set endTime(value: never) {
    writeProperty(this, "endTime", value);
  }

  /** `state` — wire `state`; read-only. */
  get state(): JobPreparationTaskState {
    return readProperty(this, "state") as JobPreparationTaskState;
  }
  /** Not settable: always throws InvalidOperationException. */
  set state(value: never) {
    writeProperty(this, "state", value);
  }

  /** `taskRootDirectory` — wire `taskRootDirectory`; read-only. */
  get taskRootDirectory(): string | undefined {
    return readProperty(this, "taskRootDirectory") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set taskRootDirectory(value: never) {
    writeProperty(this, "taskRootDirectory", value);
  }

  /** `taskRootDirectoryUrl` — wire `taskRootDirectoryUrl`; read-only. */
  get taskRootDirectoryUrl(): string | undefined {
    return readProperty(this, "taskRootDirectoryUrl") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set taskRootDirectoryUrl(value: never) {
    writeProperty(this, "taskRootDirectoryUrl", value);
  }

  /** `exitCode` — wire `exitCode`; read-only. */
  get exitCode(): number | undefined {
    return readProperty(this, "exitCode") as number | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set exitCode(value: never) {
    writeProperty(this, "exitCode", value);
  }

  /** `containerInformation` — wire `containerInfo`; read-only. */
  get containerInformation(): TaskContainerExecutionInformation | undefined {
    return readProperty(this, "containerInformation") as TaskContainerExecutionInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set containerInformation(value: never) {
    writeProperty(this, "containerInformation", value);
  }

  /** `failureInformation` — wire `failureInfo`; read-only. */
  get failureInformation(): TaskFailureInformation | undefined {
    return readProperty(this, "failureInformation") as TaskFailureInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set failureInformation(value: never) {
    writeProperty(this, "failureInformation", value);
  }

  /** `retryCount` — wire `retryCount`; read-only. */
  get retryCount(): number {
    return readProperty(this, "retryCount") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set retryCount(value: never) {
    writeProperty(this, "retryCount", value);
  }

  /** `lastRetryTime` — wire `lastRetryTime`; read-only. */
  get lastRetryTime(): Date | undefined {
    return readProperty(this, "lastRetryTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastRetryTime(value: never) {
    writeProperty(this, "lastRetryTime", value);
  }

  /** `result` — wire `result`; read-only. */
  get result(): TaskExecutionResult | undefined {
    return readProperty(this, "result") as TaskExecutionResult | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set result(value: never) {
    writeProperty(this, "result", value);
  }
}

/** Property table of {@link JobReleaseTask}. */
const JobReleaseTaskSpec: TypeSpec = {
  typeName: "JobReleaseTask",
  kind: "value",
  properties: [
    { name: "id", wire: "id", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "commandLine", wire: "commandLine", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "containerSettings",
      wire: "containerSettings",
      converter: { kind: "value", type: () => TaskContainerSettings },
      unbound: "write",
      bound: "write",
    },
    {
      name: "resourceFiles",
      wire: "resourceFiles",
      converter: { kind: "array", item: resourceFileConverter },
      unbound: "write",
      bound: "write",
    },
    {
      name: "environmentSettings",
      wire: "environmentSettings",
      converter: { kind: "array", item: { kind: "value", type: () => EnvironmentSetting } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "maxWallClockTime",
      wire: "maxWallClockTime",
      converter: DURATION,
      unbound: "write",
      bound: "write",
    },
    { name: "retentionTime", wire: "retentionTime", converter: DURATION, unbound: "write", bound: "write" },
    {
      name: "userIdentity",
      wire: "userIdentity",
      converter: { kind: "value", type: () => UserIdentity },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link JobReleaseTask}; also usable as a plain object literal. */
export interface JobReleaseTaskInit {
  /** Sets {@link JobReleaseTask.id}. */
  id?: string;
  /** Sets {@link JobReleaseTask.commandLine}. */
  commandLine?: string;
  /** Sets {@link JobReleaseTask.containerSettings}. */
  containerSettings?: TaskContainerSettings | TaskContainerSettingsInit;
  /** Sets {@link JobReleaseTask.resourceFiles}. */
  resourceFiles?: readonly (ResourceFile | ResourceFileInit)[];
  /** Sets {@link JobReleaseTask.environmentSettings}. */
  environmentSettings?: readonly (EnvironmentSetting | EnvironmentSettingInit)[];
  /** Sets {@link JobReleaseTask.maxWallClockTime}. */
  maxWallClockTime?: number;
  /** Sets {@link JobReleaseTask.retentionTime}. */
  retentionTime?: number;
  /** Sets {@link JobReleaseTask.userIdentity}. */
  userIdentity?: UserIdentity | UserIdentityInit;
}

/** Batch .NET `JobReleaseTask` (wire `JobReleaseTask`). Writable while its owner allows it. */
export class JobReleaseTask extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: JobReleaseTaskInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(commandLine: string, init?: JobReleaseTaskInit);
  constructor(...args: unknown[]) {
    super(JobReleaseTaskSpec);
    initFromArguments(this, args, ["commandLine"]);
  }

  /** `id` — wire `id`; writable. */
  get id(): string | undefined {
    return readProperty(this, "id") as string | undefined;
  }
  /** Sets `id`; throws InvalidOperationException when the object's state does not allow it. */
  set id(value: string | undefined) {
    writeProperty(this, "id", value);
  }

  /** `commandLine` — wire `commandLine`; writable. */
  get commandLine(): string | undefined {
    return readProperty(this, "commandLine") as string | undefined;
  }
  /** Sets `commandLine`; throws InvalidOperationException when the object's state does not allow it. */
  set commandLine(value: string | undefined) {
    writeProperty(this, "commandLine", value);
  }

  /** `containerSettings` — wire `containerSettings`; writable. */
  get containerSettings(): TaskContainerSettings | undefined {
    return readProperty(this, "containerSettings") as TaskContainerSettings | undefined;
  }
  /** Sets `containerSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set containerSettings(value: TaskContainerSettings | TaskContainerSettingsInit | undefined) {
    writeProperty(this, "containerSettings", value);
  }

  /** `resourceFiles` — wire `resourceFiles`; writable. */
  get resourceFiles(): ResourceFile[] | undefined {
    return readProperty(this, "resourceFiles") as ResourceFile[] | undefined;
  }
  /** Sets `resourceFiles`; throws InvalidOperationException when the object's state does not allow it. */
  set resourceFiles(value: readonly (ResourceFile | ResourceFileInit)[] | undefined) {
    writeProperty(this, "resourceFiles", value);
  }

  /** `environmentSettings` — wire `environmentSettings`; writable. */
  get environmentSettings(): EnvironmentSetting[] | undefined {
    return readProperty(this, "environmentSettings") as EnvironmentSetting[] | undefined;
  }
  /** Sets `environmentSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set environmentSettings(value: readonly (EnvironmentSetting | EnvironmentSettingInit)[] | undefined) {
    writeProperty(this, "environmentSettings", value);
  }

  /** `maxWallClockTime` — wire `maxWallClockTime`; writable. */
  get maxWallClockTime(): number | undefined {
    return readProperty(this, "maxWallClockTime") as number | undefined;
  }
  /** Sets `maxWallClockTime`; throws InvalidOperationException when the object's state does not allow it. */
  set maxWallClockTime(value: number | undefined) {
    writeProperty(this, "maxWallClockTime", value);
  }

  /** `retentionTime` — wire `retentionTime`; writable. */
  get retentionTime(): number | undefined {
    return readProperty(this, "retentionTime") as number | undefined;
  }
  /** Sets `retentionTime`; throws InvalidOperationException when the object's state does not allow it. */
  set retentionTime(value: number | undefined) {
    writeProperty(this, "retentionTime", value);
  }

  /** `userIdentity` — wire `userIdentity`; writable. */
  get userIdentity(): UserIdentity | undefined {
    return readProperty(this, "userIdentity") as UserIdentity | undefined;
  }
  /** Sets `userIdentity`; throws InvalidOperationException when the object's state does not allow it. */
  set userIdentity(value: UserIdentity | UserIdentityInit | undefined) {
    writeProperty(this, "userIdentity", value);
  }
}

/** Property table of {@link JobReleaseTaskExecutionInformation}. */
const JobReleaseTaskExecutionInformationSpec: TypeSpec = {
  typeName: "JobReleaseTaskExecutionInformation",
  kind: "value",
  properties: [
    { name: "startTime", wire: "startTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "endTime", wire: "endTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "state", wire: "state", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "taskRootDirectory",
      wire: "taskRootDirectory",
      converter: SCALAR,
      unbound: "read",
      bound: "read",
    },
    {
      name: "taskRootDirectoryUrl",
      wire: "taskRootDirectoryUrl",
      converter: SCALAR,
      unbound: "read",
      bound: "read",
    },
    { name: "exitCode", wire: "exitCode", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "containerInformation",
      wire: "containerInfo",
      converter: { kind: "value", type: () => TaskContainerExecutionInformation },
      unbound: "read",
      bound: "read",
    },
    {
      name: "failureInformation",
      wire: "failureInfo",
      converter: { kind: "value", type: () => TaskFailureInformation },
      unbound: "read",
      bound: "read",
    },
    { name: "result", wire: "result", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `JobReleaseTaskExecutionInformation` (wire `JobReleaseTaskExecutionInformation`), reported by the service; read-only. */
export class JobReleaseTaskExecutionInformation extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(JobReleaseTaskExecutionInformationSpec);
  }

  /** `startTime` — wire `startTime`; read-only. */
  get startTime(): Date {
    return readProperty(this, "startTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set startTime(value: never) {
    writeProperty(this, "startTime", value);
  }

  /** `endTime` — wire `endTime`; read-only. */
  get endTime(): Date | undefined {
    return readProperty(this, "endTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set endTime(value: never) {
    writeProperty(this, "endTime", value);
  }

  /** `state` — wire `state`; read-only. */
  get state(): JobReleaseTaskState {
    return readProperty(this, "state") as JobReleaseTaskState;
  }
  /** Not settable: always throws InvalidOperationException. */
  set state(value: never) {
    writeProperty(this, "state", value);
  }

  /** `taskRootDirectory` — wire `taskRootDirectory`; read-only. */
  get taskRootDirectory(): string | undefined {
    return readProperty(this, "taskRootDirectory") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set taskRootDirectory(value: never) {
    writeProperty(this, "taskRootDirectory", value);
  }

  /** `taskRootDirectoryUrl` — wire `taskRootDirectoryUrl`; read-only. */
  get taskRootDirectoryUrl(): string | undefined {
    return readProperty(this, "taskRootDirectoryUrl") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set taskRootDirectoryUrl(value: never) {
    writeProperty(this, "taskRootDirectoryUrl", value);
  }

  /** `exitCode` — wire `exitCode`; read-only. */
  get exitCode(): number | undefined {
    return readProperty(this, "exitCode") as number | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set exitCode(value: never) {
    writeProperty(this, "exitCode", value);
  }

  /** `containerInformation` — wire `containerInfo`; read-only. */
  get containerInformation(): TaskContainerExecutionInformation | undefined {
    return readProperty(this, "containerInformation") as TaskContainerExecutionInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set containerInformation(value: never) {
    writeProperty(this, "containerInformation", value);
  }

  /** `failureInformation` — wire `failureInfo`; read-only. */
  get failureInformation(): TaskFailureInformation | undefined {
    return readProperty(this, "failureInformation") as TaskFailureInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set failureInformation(value: never) {
    writeProperty(this, "failureInformation", value);
  }

  /** `result` — wire `result`; read-only. */
  get result(): TaskExecutionResult | undefined {
    return readProperty(this, "result") as TaskExecutionResult | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set result(value: never) {
    writeProperty(this, "result", value);
  }
}

/** Property table of {@link JobScheduleExecutionInformation}. */
const JobScheduleExecutionInformationSpec: TypeSpec = {
  typeName: "JobScheduleExecutionInformation",
  kind: "value",
  properties: [
    { name: "nextRunTime", wire: "nextRunTime", converter: DATE, unbound: "read", bound: "read" },
    {
      name: "recentJob",
      wire: "recentJob",
      converter: { kind: "value", type: () => RecentJob },
      unbound: "read",
      bound: "read",
    },
    { name: "endTime", wire: "endTime", converter: DATE, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `JobScheduleExecutionInformation` (wire `JobScheduleExecutionInformation`), reported by the service; read-only. */
export class JobScheduleExecutionInformation extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(JobScheduleExecutionInformationSpec);
  }

  /** `nextRunTime` — wire `nextRunTime`; read-only. */
  get nextRunTime(): Date | undefined {
    return readProperty(this, "nextRunTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set nextRunTime(value: never) {
    writeProperty(this, "nextRunTime", value);
  }

  /** `recentJob` — wire `recentJob`; read-only. */
  get recentJob(): RecentJob | undefined {
    return readProperty(this, "recentJob") as RecentJob | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set recentJob(value: never) {
    writeProperty(this, "recentJob", value);
  }

  /** `endTime` — wire `endTime`; read-only. */
  get endTime(): Date | undefined {
    return readProperty(this, "endTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set endTime(value: never) {
    writeProperty(this, "endTime", value);
  }
}

/** Property table of {@link JobScheduleStatistics}. */
const JobScheduleStatisticsSpec: TypeSpec = {
  typeName: "JobScheduleStatistics",
  kind: "value",
  properties: [
    { name: "url", wire: "url", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "startTime", wire: "startTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "lastUpdateTime", wire: "lastUpdateTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "userCpuTime", wire: "userCPUTime", converter: DURATION, unbound: "read", bound: "read" },
    { name: "kernelCpuTime", wire: "kernelCPUTime", converter: DURATION, unbound: "read", bound: "read" },
    { name: "wallClockTime", wire: "wallClockTime", converter: DURATION, unbound: "read", bound: "read" },
    { name: "readIOps", wire: "readIOps", converter: INT64, unbound: "read", bound: "read" },
    { name: "writeIOps", wire: "writeIOps", converter: INT64, unbound: "read", bound: "read" },
    { name: "readIOGiB", wire: "readIOGiB", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "writeIOGiB", wire: "writeIOGiB", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "succeededTaskCount",
      wire: "numSucceededTasks",
      converter: INT64,
      unbound: "read",
      bound: "read",
    },
    { name: "failedTaskCount", wire: "numFailedTasks", converter: INT64, unbound: "read", bound: "read" },
    { name: "taskRetryCount", wire: "numTaskRetries", converter: INT64, unbound: "read", bound: "read" },
    { name: "waitTime", wire: "waitTime", converter: DURATION, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `JobScheduleStatistics` (wire `JobScheduleStatistics`), reported by the service; read-only. */
export class JobScheduleStatistics extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(JobScheduleStatisticsSpec);
  }

  /** `url` — wire `url`; read-only. */
  get url(): string {
    return readProperty(this, "url") as string;
  }
  /** Not settable: always throws InvalidOperationException. */
  set url(value: never) {
    writeProperty(this, "url", value);
  }

  /** `startTime` — wire `startTime`; read-only. */
  get startTime(): Date {
    return readProperty(this, "startTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set startTime(value: never) {
    writeProperty(this, "startTime", value);
  }

  /** `lastUpdateTime` — wire `lastUpdateTime`; read-only. */
  get lastUpdateTime(): Date {
    return readProperty(this, "lastUpdateTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastUpdateTime(value: never) {
    writeProperty(this, "lastUpdateTime", value);
  }

  /** `userCpuTime` — wire `userCPUTime`; read-only. */
  get userCpuTime(): number {
    return readProperty(this, "userCpuTime") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set userCpuTime(value: never) {
    writeProperty(this, "userCpuTime", value);
  }

  /** `kernelCpuTime` — wire `kernelCPUTime`; read-only. */
  get kernelCpuTime(): number {
    return readProperty(this, "kernelCpuTime") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set kernelCpuTime(value: never) {
    writeProperty(this, "kernelCpuTime", value);
  }

  /** `wallClockTime` — wire `wallClockTime`; read-only. */
  get wallClockTime(): number {
    return readProperty(this, "wallClockTime") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set wallClockTime(value: never) {
    writeProperty(this, "wallClockTime", value);
  }

  /** `readIOps` — wire `readIOps`; read-only. */
  get readIOps(): number {
    return readProperty(this, "readIOps") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set readIOps(value: never) {
    writeProperty(this, "readIOps", value);
  }

  /** `writeIOps` — wire `writeIOps`; read-only. */
  get writeIOps(): number {
    return readProperty(this, "writeIOps") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set writeIOps(value: never) {
    writeProperty(this, "writeIOps", value);
  }

  /** `readIOGiB` — wire `readIOGiB`; read-only. */
  get readIOGiB(): number {
    return readProperty(this, "readIOGiB") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set readIOGiB(value: never) {
    writeProperty(this, "readIOGiB", value);
  }

  /** `writeIOGiB` — wire `writeIOGiB`; read-only. */
  get writeIOGiB(): number {
    return readProperty(this, "writeIOGiB") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set writeIOGiB(value: never) {
    writeProperty(this, "writeIOGiB", value);
  }

  /** `succeededTaskCount` — wire `numSucceededTasks`; read-only. */
  get succeededTaskCount(): number {
    return readProperty(this, "succeededTaskCount") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set succeededTaskCount(value: never) {
    writeProperty(this, "succeededTaskCount", value);
  }

  /** `failedTaskCount` — wire `numFailedTasks`; read-only. */
  get failedTaskCount(): number {
    return readProperty(this, "failedTaskCount") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set failedTaskCount(value: never) {
    writeProperty(this, "failedTaskCount", value);
  }

  /** `taskRetryCount` — wire `numTaskRetries`; read-only. */
  get taskRetryCount(): number {
    return readProperty(this, "taskRetryCount") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set taskRetryCount(value: never) {
    writeProperty(this, "taskRetryCount", value);
  }

  /** `waitTime` — wire `waitTime`; read-only. */
  get waitTime(): number {
    return readProperty(this, "waitTime") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set waitTime(value: never) {
    writeProperty(this, "waitTime", value);
  }
}

/** Property table of {@link JobSchedulingError}. */
const JobSchedulingErrorSpec: TypeSpec = {
  typeName: "JobSchedulingError",
  kind: "value",
  properties: [
    { name: "category", wire: "category", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "code", wire: "code", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "message", wire: "message", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "details",
      wire: "details",
      converter: { kind: "array", item: { kind: "value", type: () => NameValuePair } },
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `JobSchedulingError` (wire `JobSchedulingError`), reported by the service; read-only. */
export class JobSchedulingError extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(JobSchedulingErrorSpec);
  }

  /** `category` — wire `category`; read-only. */
  get category(): ErrorCategory {
    return readProperty(this, "category") as ErrorCategory;
  }
  /** Not settable: always throws InvalidOperationException. */
  set category(value: never) {
    writeProperty(this, "category", value);
  }

  /** `code` — wire `code`; read-only. */
  get code(): string | undefined {
    return readProperty(this, "code") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set code(value: never) {
    writeProperty(this, "code", value);
  }

  /** `message` — wire `message`; read-only. */
  get message(): string | undefined {
    return readProperty(this, "message") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set message(value: never) {
    writeProperty(this, "message", value);
  }

  /** `details` — wire `details`; read-only. */
  get details(): NameValuePair[] | undefined {
    return readProperty(this, "details") as NameValuePair[] | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set details(value: never) {
    writeProperty(this, "details", value);
  }
}

/** Property table of {@link JobSpecification}. */
const JobSpecificationSpec: TypeSpec = {
  typeName: "JobSpecification",
  kind: "value",
  properties: [
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
    { name: "displayName", wire: "displayName", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "usesTaskDependencies",
      wire: "usesTaskDependencies",
      converter: SCALAR,
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
    { name: "onTaskFailure", wire: "onTaskFailure", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "networkConfiguration",
      wire: "networkConfiguration",
      converter: { kind: "value", type: () => JobNetworkConfiguration },
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
      bound: "write",
    },
    {
      name: "jobPreparationTask",
      wire: "jobPreparationTask",
      converter: { kind: "value", type: () => JobPreparationTask },
      unbound: "write",
      bound: "write",
    },
    {
      name: "jobReleaseTask",
      wire: "jobReleaseTask",
      converter: { kind: "value", type: () => JobReleaseTask },
      unbound: "write",
      bound: "write",
    },
    {
      name: "commonEnvironmentSettings",
      wire: "commonEnvironmentSettings",
      converter: { kind: "array", item: { kind: "value", type: () => EnvironmentSetting } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "poolInformation",
      wire: "poolInfo",
      converter: { kind: "value", type: () => PoolInformation },
      unbound: "write",
      bound: "write",
    },
    {
      name: "metadata",
      wire: "metadata",
      converter: { kind: "array", item: { kind: "value", type: () => MetadataItem } },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link JobSpecification}; also usable as a plain object literal. */
export interface JobSpecificationInit {
  /** Sets {@link JobSpecification.priority}. */
  priority?: number;
  /** Sets {@link JobSpecification.allowTaskPreemption}. */
  allowTaskPreemption?: boolean;
  /** Sets {@link JobSpecification.maxParallelTasks}. */
  maxParallelTasks?: number;
  /** Sets {@link JobSpecification.displayName}. */
  displayName?: string;
  /** Sets {@link JobSpecification.usesTaskDependencies}. */
  usesTaskDependencies?: boolean;
  /** Sets {@link JobSpecification.onAllTasksComplete}. */
  onAllTasksComplete?: OnAllTasksComplete;
  /** Sets {@link JobSpecification.onTaskFailure}. */
  onTaskFailure?: OnTaskFailure;
  /** Sets {@link JobSpecification.networkConfiguration}. */
  networkConfiguration?: JobNetworkConfiguration | JobNetworkConfigurationInit;
  /** Sets {@link JobSpecification.constraints}. */
  constraints?: JobConstraints | JobConstraintsInit;
  /** Sets {@link JobSpecification.jobManagerTask}. */
  jobManagerTask?: JobManagerTask | JobManagerTaskInit;
  /** Sets {@link JobSpecification.jobPreparationTask}. */
  jobPreparationTask?: JobPreparationTask | JobPreparationTaskInit;
  /** Sets {@link JobSpecification.jobReleaseTask}. */
  jobReleaseTask?: JobReleaseTask | JobReleaseTaskInit;
  /** Sets {@link JobSpecification.commonEnvironmentSettings}. */
  commonEnvironmentSettings?: readonly (EnvironmentSetting | EnvironmentSettingInit)[];
  /** Sets {@link JobSpecification.poolInformation}. */
  poolInformation?: PoolInformation | PoolInformationInit;
  /** Sets {@link JobSpecification.metadata}. */
  metadata?: readonly (MetadataItem | MetadataItemInit)[];
}

/** Batch .NET `JobSpecification` (wire `JobSpecification`). Writable while its owner allows it. */
export class JobSpecification extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: JobSpecificationInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(poolInformation: PoolInformation | PoolInformationInit, init?: JobSpecificationInit);
  constructor(...args: unknown[]) {
    super(JobSpecificationSpec);
    initFromArguments(this, args, ["poolInformation"]);
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

  /** `displayName` — wire `displayName`; writable. */
  get displayName(): string | undefined {
    return readProperty(this, "displayName") as string | undefined;
  }
  /** Sets `displayName`; throws InvalidOperationException when the object's state does not allow it. */
  set displayName(value: string | undefined) {
    writeProperty(this, "displayName", value);
  }

  /** `usesTaskDependencies` — wire `usesTaskDependencies`; writable. */
  get usesTaskDependencies(): boolean | undefined {
    return readProperty(this, "usesTaskDependencies") as boolean | undefined;
  }
  /** Sets `usesTaskDependencies`; throws InvalidOperationException when the object's state does not allow it. */
  set usesTaskDependencies(value: boolean | undefined) {
    writeProperty(this, "usesTaskDependencies", value);
  }

  /** `onAllTasksComplete` — wire `onAllTasksComplete`; writable. */
  get onAllTasksComplete(): OnAllTasksComplete | undefined {
    return readProperty(this, "onAllTasksComplete") as OnAllTasksComplete | undefined;
  }
  /** Sets `onAllTasksComplete`; throws InvalidOperationException when the object's state does not allow it. */
  set onAllTasksComplete(value: OnAllTasksComplete | undefined) {
    writeProperty(this, "onAllTasksComplete", value);
  }

  /** `onTaskFailure` — wire `onTaskFailure`; writable. */
  get onTaskFailure(): OnTaskFailure | undefined {
    return readProperty(this, "onTaskFailure") as OnTaskFailure | undefined;
  }
  /** Sets `onTaskFailure`; throws InvalidOperationException when the object's state does not allow it. */
  set onTaskFailure(value: OnTaskFailure | undefined) {
    writeProperty(this, "onTaskFailure", value);
  }

  /** `networkConfiguration` — wire `networkConfiguration`; writable. */
  get networkConfiguration(): JobNetworkConfiguration | undefined {
    return readProperty(this, "networkConfiguration") as JobNetworkConfiguration | undefined;
  }
  /** Sets `networkConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set networkConfiguration(value: JobNetworkConfiguration | JobNetworkConfigurationInit | undefined) {
    writeProperty(this, "networkConfiguration", value);
  }

  /** `constraints` — wire `constraints`; writable. */
  get constraints(): JobConstraints | undefined {
    return readProperty(this, "constraints") as JobConstraints | undefined;
  }
  /** Sets `constraints`; throws InvalidOperationException when the object's state does not allow it. */
  set constraints(value: JobConstraints | JobConstraintsInit | undefined) {
    writeProperty(this, "constraints", value);
  }

  /** `jobManagerTask` — wire `jobManagerTask`; writable. */
  get jobManagerTask(): JobManagerTask | undefined {
    return readProperty(this, "jobManagerTask") as JobManagerTask | undefined;
  }
  /** Sets `jobManagerTask`; throws InvalidOperationException when the object's state does not allow it. */
  set jobManagerTask(value: JobManagerTask | JobManagerTaskInit | undefined) {
    writeProperty(this, "jobManagerTask", value);
  }

  /** `jobPreparationTask` — wire `jobPreparationTask`; writable. */
  get jobPreparationTask(): JobPreparationTask | undefined {
    return readProperty(this, "jobPreparationTask") as JobPreparationTask | undefined;
  }
  /** Sets `jobPreparationTask`; throws InvalidOperationException when the object's state does not allow it. */
  set jobPreparationTask(value: JobPreparationTask | JobPreparationTaskInit | undefined) {
    writeProperty(this, "jobPreparationTask", value);
  }

  /** `jobReleaseTask` — wire `jobReleaseTask`; writable. */
  get jobReleaseTask(): JobReleaseTask | undefined {
    return readProperty(this, "jobReleaseTask") as JobReleaseTask | undefined;
  }
  /** Sets `jobReleaseTask`; throws InvalidOperationException when the object's state does not allow it. */
  set jobReleaseTask(value: JobReleaseTask | JobReleaseTaskInit | undefined) {
    writeProperty(this, "jobReleaseTask", value);
  }

  /** `commonEnvironmentSettings` — wire `commonEnvironmentSettings`; writable. */
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

  /** `metadata` — wire `metadata`; writable. */
  get metadata(): MetadataItem[] | undefined {
    return readProperty(this, "metadata") as MetadataItem[] | undefined;
  }
  /** Sets `metadata`; throws InvalidOperationException when the object's state does not allow it. */
  set metadata(value: readonly (MetadataItem | MetadataItemInit)[] | undefined) {
    writeProperty(this, "metadata", value);
  }
}

/** Property table of {@link JobStatistics}. */
const JobStatisticsSpec: TypeSpec = {
  typeName: "JobStatistics",
  kind: "value",
  properties: [
    { name: "url", wire: "url", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "startTime", wire: "startTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "lastUpdateTime", wire: "lastUpdateTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "userCpuTime", wire: "userCPUTime", converter: DURATION, unbound: "read", bound: "read" },
    { name: "kernelCpuTime", wire: "kernelCPUTime", converter: DURATION, unbound: "read", bound: "read" },
    { name: "wallClockTime", wire: "wallClockTime", converter: DURATION, unbound: "read", bound: "read" },
    { name: "readIOps", wire: "readIOps", converter: INT64, unbound: "read", bound: "read" },
    { name: "writeIOps", wire: "writeIOps", converter: INT64, unbound: "read", bound: "read" },
    { name: "readIOGiB", wire: "readIOGiB", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "writeIOGiB", wire: "writeIOGiB", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "succeededTaskCount",
      wire: "numSucceededTasks",
      converter: INT64,
      unbound: "read",
      bound: "read",
    },
    { name: "failedTaskCount", wire: "numFailedTasks", converter: INT64, unbound: "read", bound: "read" },
    { name: "taskRetryCount", wire: "numTaskRetries", converter: INT64, unbound: "read", bound: "read" },
    { name: "waitTime", wire: "waitTime", converter: DURATION, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `JobStatistics` (wire `JobStatistics`), reported by the service; read-only. */
export class JobStatistics extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(JobStatisticsSpec);
  }

  /** `url` — wire `url`; read-only. */
  get url(): string {
    return readProperty(this, "url") as string;
  }
  /** Not settable: always throws InvalidOperationException. */
  set url(value: never) {
    writeProperty(this, "url", value);
  }

  /** `startTime` — wire `startTime`; read-only. */
  get startTime(): Date {
    return readProperty(this, "startTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set startTime(value: never) {
    writeProperty(this, "startTime", value);
  }

  /** `lastUpdateTime` — wire `lastUpdateTime`; read-only. */
  get lastUpdateTime(): Date {
    return readProperty(this, "lastUpdateTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastUpdateTime(value: never) {
    writeProperty(this, "lastUpdateTime", value);
  }

  /** `userCpuTime` — wire `userCPUTime`; read-only. */
  get userCpuTime(): number {
    return readProperty(this, "userCpuTime") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set userCpuTime(value: never) {
    writeProperty(this, "userCpuTime", value);
  }

  /** `kernelCpuTime` — wire `kernelCPUTime`; read-only. */
  get kernelCpuTime(): number {
    return readProperty(this, "kernelCpuTime") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set kernelCpuTime(value: never) {
    writeProperty(this, "kernelCpuTime", value);
  }

  /** `wallClockTime` — wire `wallClockTime`; read-only. */
  get wallClockTime(): number {
    return readProperty(this, "wallClockTime") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set wallClockTime(value: never) {
    writeProperty(this, "wallClockTime", value);
  }

  /** `readIOps` — wire `readIOps`; read-only. */
  get readIOps(): number {
    return readProperty(this, "readIOps") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set readIOps(value: never) {
    writeProperty(this, "readIOps", value);
  }

  /** `writeIOps` — wire `writeIOps`; read-only. */
  get writeIOps(): number {
    return readProperty(this, "writeIOps") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set writeIOps(value: never) {
    writeProperty(this, "writeIOps", value);
  }

  /** `readIOGiB` — wire `readIOGiB`; read-only. */
  get readIOGiB(): number {
    return readProperty(this, "readIOGiB") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set readIOGiB(value: never) {
    writeProperty(this, "readIOGiB", value);
  }

  /** `writeIOGiB` — wire `writeIOGiB`; read-only. */
  get writeIOGiB(): number {
    return readProperty(this, "writeIOGiB") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set writeIOGiB(value: never) {
    writeProperty(this, "writeIOGiB", value);
  }

  /** `succeededTaskCount` — wire `numSucceededTasks`; read-only. */
  get succeededTaskCount(): number {
    return readProperty(this, "succeededTaskCount") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set succeededTaskCount(value: never) {
    writeProperty(this, "succeededTaskCount", value);
  }

  /** `failedTaskCount` — wire `numFailedTasks`; read-only. */
  get failedTaskCount(): number {
    return readProperty(this, "failedTaskCount") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set failedTaskCount(value: never) {
    writeProperty(this, "failedTaskCount", value);
  }

  /** `taskRetryCount` — wire `numTaskRetries`; read-only. */
  get taskRetryCount(): number {
    return readProperty(this, "taskRetryCount") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set taskRetryCount(value: never) {
    writeProperty(this, "taskRetryCount", value);
  }

  /** `waitTime` — wire `waitTime`; read-only. */
  get waitTime(): number {
    return readProperty(this, "waitTime") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set waitTime(value: never) {
    writeProperty(this, "waitTime", value);
  }
}

/** Property table of {@link LinuxUserConfiguration}. */
const LinuxUserConfigurationSpec: TypeSpec = {
  typeName: "LinuxUserConfiguration",
  kind: "value",
  properties: [
    { name: "uid", wire: "uid", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "gid", wire: "gid", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "sshPrivateKey", wire: "sshPrivateKey", converter: SCALAR, unbound: "write", bound: "write" },
  ],
};

/** Fields accepted by the constructor of {@link LinuxUserConfiguration}; also usable as a plain object literal. */
export interface LinuxUserConfigurationInit {
  /** Sets {@link LinuxUserConfiguration.uid}. */
  uid?: number;
  /** Sets {@link LinuxUserConfiguration.gid}. */
  gid?: number;
  /** Sets {@link LinuxUserConfiguration.sshPrivateKey}. */
  sshPrivateKey?: string;
}

/** Batch .NET `LinuxUserConfiguration` (wire `LinuxUserConfiguration`). Writable while its owner allows it. */
export class LinuxUserConfiguration extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: LinuxUserConfigurationInit);
  constructor(...args: unknown[]) {
    super(LinuxUserConfigurationSpec);
    initFromArguments(this, args, []);
  }

  /** `uid` — wire `uid`; writable. */
  get uid(): number | undefined {
    return readProperty(this, "uid") as number | undefined;
  }
  /** Sets `uid`; throws InvalidOperationException when the object's state does not allow it. */
  set uid(value: number | undefined) {
    writeProperty(this, "uid", value);
  }

  /** `gid` — wire `gid`; writable. */
  get gid(): number | undefined {
    return readProperty(this, "gid") as number | undefined;
  }
  /** Sets `gid`; throws InvalidOperationException when the object's state does not allow it. */
  set gid(value: number | undefined) {
    writeProperty(this, "gid", value);
  }

  /** `sshPrivateKey` — wire `sshPrivateKey`; writable. */
  get sshPrivateKey(): string | undefined {
    return readProperty(this, "sshPrivateKey") as string | undefined;
  }
  /** Sets `sshPrivateKey`; throws InvalidOperationException when the object's state does not allow it. */
  set sshPrivateKey(value: string | undefined) {
    writeProperty(this, "sshPrivateKey", value);
  }
}

/** Property table of {@link ManagedDisk}. */
const ManagedDiskSpec: TypeSpec = {
  typeName: "ManagedDisk",
  kind: "value",
  properties: [
    {
      name: "storageAccountType",
      wire: "storageAccountType",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "securityProfile",
      wire: "securityProfile",
      converter: { kind: "value", type: () => VMDiskSecurityProfile },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link ManagedDisk}; also usable as a plain object literal. */
export interface ManagedDiskInit {
  /** Sets {@link ManagedDisk.storageAccountType}. */
  storageAccountType?: StorageAccountType;
  /** Sets {@link ManagedDisk.securityProfile}. */
  securityProfile?: VMDiskSecurityProfile | VMDiskSecurityProfileInit;
}

/** Batch .NET `ManagedDisk` (wire `ManagedDisk`). Writable while its owner allows it. */
export class ManagedDisk extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: ManagedDiskInit);
  constructor(...args: unknown[]) {
    super(ManagedDiskSpec);
    initFromArguments(this, args, []);
  }

  /** `storageAccountType` — wire `storageAccountType`; writable. */
  get storageAccountType(): StorageAccountType | undefined {
    return readProperty(this, "storageAccountType") as StorageAccountType | undefined;
  }
  /** Sets `storageAccountType`; throws InvalidOperationException when the object's state does not allow it. */
  set storageAccountType(value: StorageAccountType | undefined) {
    writeProperty(this, "storageAccountType", value);
  }

  /** `securityProfile` — wire `securityProfile`; writable. */
  get securityProfile(): VMDiskSecurityProfile | undefined {
    return readProperty(this, "securityProfile") as VMDiskSecurityProfile | undefined;
  }
  /** Sets `securityProfile`; throws InvalidOperationException when the object's state does not allow it. */
  set securityProfile(value: VMDiskSecurityProfile | VMDiskSecurityProfileInit | undefined) {
    writeProperty(this, "securityProfile", value);
  }
}

/** Property table of {@link MetadataItem}. */
const MetadataItemSpec: TypeSpec = {
  typeName: "MetadataItem",
  kind: "value",
  properties: [
    { name: "name", wire: "name", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "value", wire: "value", converter: SCALAR, unbound: "write", bound: "write" },
  ],
};

/** Fields accepted by the constructor of {@link MetadataItem}; also usable as a plain object literal. */
export interface MetadataItemInit {
  /** Sets {@link MetadataItem.name}. */
  name?: string;
  /** Sets {@link MetadataItem.value}. */
  value?: string;
}

/** Batch .NET `MetadataItem` (wire `MetadataItem`). Writable while its owner allows it. */
export class MetadataItem extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: MetadataItemInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(name: string, value: string, init?: MetadataItemInit);
  constructor(...args: unknown[]) {
    super(MetadataItemSpec);
    initFromArguments(this, args, ["name", "value"]);
  }

  /** `name` — wire `name`; writable. */
  get name(): string | undefined {
    return readProperty(this, "name") as string | undefined;
  }
  /** Sets `name`; throws InvalidOperationException when the object's state does not allow it. */
  set name(value: string | undefined) {
    writeProperty(this, "name", value);
  }

  /** `value` — wire `value`; writable. */
  get value(): string | undefined {
    return readProperty(this, "value") as string | undefined;
  }
  /** Sets `value`; throws InvalidOperationException when the object's state does not allow it. */
  set value(value: string | undefined) {
    writeProperty(this, "value", value);
  }
}

/** Property table of {@link MountConfiguration}. */
const MountConfigurationSpec: TypeSpec = {
  typeName: "MountConfiguration",
  kind: "value",
  properties: [
    {
      name: "azureBlobFileSystemConfiguration",
      wire: "azureBlobFileSystemConfiguration",
      converter: { kind: "value", type: () => AzureBlobFileSystemConfiguration },
      unbound: "write",
      bound: "write",
    },
    {
      name: "nfsMountConfiguration",
      wire: "nfsMountConfiguration",
      converter: { kind: "value", type: () => NfsMountConfiguration },
      unbound: "write",
      bound: "write",
    },
    {
      name: "cifsMountConfiguration",
      wire: "cifsMountConfiguration",
      converter: { kind: "value", type: () => CifsMountConfiguration },
      unbound: "write",
      bound: "write",
    },
    {
      name: "azureFileShareConfiguration",
      wire: "azureFileShareConfiguration",
      converter: { kind: "value", type: () => AzureFileShareConfiguration },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link MountConfiguration}; also usable as a plain object literal. */
export interface MountConfigurationInit {
  /** Sets {@link MountConfiguration.azureBlobFileSystemConfiguration}. */
  azureBlobFileSystemConfiguration?: AzureBlobFileSystemConfiguration | AzureBlobFileSystemConfigurationInit;
  /** Sets {@link MountConfiguration.nfsMountConfiguration}. */
  nfsMountConfiguration?: NfsMountConfiguration | NfsMountConfigurationInit;
  /** Sets {@link MountConfiguration.cifsMountConfiguration}. */
  cifsMountConfiguration?: CifsMountConfiguration | CifsMountConfigurationInit;
  /** Sets {@link MountConfiguration.azureFileShareConfiguration}. */
  azureFileShareConfiguration?: AzureFileShareConfiguration | AzureFileShareConfigurationInit;
}

/** Batch .NET `MountConfiguration` (wire `MountConfiguration`). Writable while its owner allows it. */
export class MountConfiguration extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: MountConfigurationInit);
  constructor(...args: unknown[]) {
    super(MountConfigurationSpec);
    initFromArguments(this, args, []);
  }

  /** `azureBlobFileSystemConfiguration` — wire `azureBlobFileSystemConfiguration`; writable. */
  get azureBlobFileSystemConfiguration(): AzureBlobFileSystemConfiguration | undefined {
    return readProperty(this, "azureBlobFileSystemConfiguration") as
      AzureBlobFileSystemConfiguration | undefined;
  }
  /** Sets `azureBlobFileSystemConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set azureBlobFileSystemConfiguration(
    value: AzureBlobFileSystemConfiguration | AzureBlobFileSystemConfigurationInit | undefined,
  ) {
    writeProperty(this, "azureBlobFileSystemConfiguration", value);
  }

  /** `nfsMountConfiguration` — wire `nfsMountConfiguration`; writable. */
  get nfsMountConfiguration(): NfsMountConfiguration | undefined {
    return readProperty(this, "nfsMountConfiguration") as NfsMountConfiguration | undefined;
  }
  /** Sets `nfsMountConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set nfsMountConfiguration(value: NfsMountConfiguration | NfsMountConfigurationInit | undefined) {
    writeProperty(this, "nfsMountConfiguration", value);
  }

  /** `cifsMountConfiguration` — wire `cifsMountConfiguration`; writable. */
  get cifsMountConfiguration(): CifsMountConfiguration | undefined {
    return readProperty(this, "cifsMountConfiguration") as CifsMountConfiguration | undefined;
  }
  /** Sets `cifsMountConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set cifsMountConfiguration(value: CifsMountConfiguration | CifsMountConfigurationInit | undefined) {
    writeProperty(this, "cifsMountConfiguration", value);
  }

  /** `azureFileShareConfiguration` — wire `azureFileShareConfiguration`; writable. */
  get azureFileShareConfiguration(): AzureFileShareConfiguration | undefined {
    return readProperty(this, "azureFileShareConfiguration") as AzureFileShareConfiguration | undefined;
  }
  /** Sets `azureFileShareConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set azureFileShareConfiguration(
    value: AzureFileShareConfiguration | AzureFileShareConfigurationInit | undefined,
  ) {
    writeProperty(this, "azureFileShareConfiguration", value);
  }
}

/** Property table of {@link MultiInstanceSettings}. */
const MultiInstanceSettingsSpec: TypeSpec = {
  typeName: "MultiInstanceSettings",
  kind: "value",
  properties: [
    {
      name: "numberOfInstances",
      wire: "numberOfInstances",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "coordinationCommandLine",
      wire: "coordinationCommandLine",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "commonResourceFiles",
      wire: "commonResourceFiles",
      converter: { kind: "array", item: resourceFileConverter },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link MultiInstanceSettings}; also usable as a plain object literal. */
export interface MultiInstanceSettingsInit {
  /** Sets {@link MultiInstanceSettings.numberOfInstances}. */
  numberOfInstances?: number;
  /** Sets {@link MultiInstanceSettings.coordinationCommandLine}. */
  coordinationCommandLine?: string;
  /** Sets {@link MultiInstanceSettings.commonResourceFiles}. */
  commonResourceFiles?: readonly (ResourceFile | ResourceFileInit)[];
}

/** Batch .NET `MultiInstanceSettings` (wire `MultiInstanceSettings`). Writable while its owner allows it. */
export class MultiInstanceSettings extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: MultiInstanceSettingsInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(coordinationCommandLine: string, numberOfInstances: number, init?: MultiInstanceSettingsInit);
  constructor(...args: unknown[]) {
    super(MultiInstanceSettingsSpec);
    initFromArguments(this, args, ["coordinationCommandLine", "numberOfInstances"]);
  }

  /** `numberOfInstances` — wire `numberOfInstances`; writable. */
  get numberOfInstances(): number | undefined {
    return readProperty(this, "numberOfInstances") as number | undefined;
  }
  /** Sets `numberOfInstances`; throws InvalidOperationException when the object's state does not allow it. */
  set numberOfInstances(value: number | undefined) {
    writeProperty(this, "numberOfInstances", value);
  }

  /** `coordinationCommandLine` — wire `coordinationCommandLine`; writable. */
  get coordinationCommandLine(): string | undefined {
    return readProperty(this, "coordinationCommandLine") as string | undefined;
  }
  /** Sets `coordinationCommandLine`; throws InvalidOperationException when the object's state does not allow it. */
  set coordinationCommandLine(value: string | undefined) {
    writeProperty(this, "coordinationCommandLine", value);
  }

  /** `commonResourceFiles` — wire `commonResourceFiles`; writable. */
  get commonResourceFiles(): ResourceFile[] | undefined {
    return readProperty(this, "commonResourceFiles") as ResourceFile[] | undefined;
  }
  /** Sets `commonResourceFiles`; throws InvalidOperationException when the object's state does not allow it. */
  set commonResourceFiles(value: readonly (ResourceFile | ResourceFileInit)[] | undefined) {
    writeProperty(this, "commonResourceFiles", value);
  }
}

/** Property table of {@link NameValuePair}. */
const NameValuePairSpec: TypeSpec = {
  typeName: "NameValuePair",
  kind: "value",
  properties: [
    { name: "name", wire: "name", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "value", wire: "value", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `NameValuePair` (wire `NameValuePair`), reported by the service; read-only. */
export class NameValuePair extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(NameValuePairSpec);
  }

  /** `name` — wire `name`; read-only. */
  get name(): string | undefined {
    return readProperty(this, "name") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set name(value: never) {
    writeProperty(this, "name", value);
  }

  /** `value` — wire `value`; read-only. */
  get value(): string | undefined {
    return readProperty(this, "value") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set value(value: never) {
    writeProperty(this, "value", value);
  }
}

/** Property table of {@link NetworkConfiguration}. */
const NetworkConfigurationSpec: TypeSpec = {
  typeName: "NetworkConfiguration",
  kind: "value",
  properties: [
    { name: "subnetId", wire: "subnetId", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "dynamicVNetAssignmentScope",
      wire: "dynamicVNetAssignmentScope",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "endpointConfiguration",
      wire: "endpointConfiguration",
      converter: { kind: "value", type: () => PoolEndpointConfiguration },
      unbound: "write",
      bound: "write",
    },
    {
      name: "publicIPAddressConfiguration",
      wire: "publicIPAddressConfiguration",
      converter: { kind: "value", type: () => PublicIPAddressConfiguration },
      unbound: "write",
      bound: "write",
    },
    {
      name: "enableAcceleratedNetworking",
      wire: "enableAcceleratedNetworking",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link NetworkConfiguration}; also usable as a plain object literal. */
export interface NetworkConfigurationInit {
  /** Sets {@link NetworkConfiguration.subnetId}. */
  subnetId?: string;
  /** Sets {@link NetworkConfiguration.dynamicVNetAssignmentScope}. */
  dynamicVNetAssignmentScope?: DynamicVNetAssignmentScope;
  /** Sets {@link NetworkConfiguration.endpointConfiguration}. */
  endpointConfiguration?: PoolEndpointConfiguration | PoolEndpointConfigurationInit;
  /** Sets {@link NetworkConfiguration.publicIPAddressConfiguration}. */
  publicIPAddressConfiguration?: PublicIPAddressConfiguration | PublicIPAddressConfigurationInit;
  /** Sets {@link NetworkConfiguration.enableAcceleratedNetworking}. */
  enableAcceleratedNetworking?: boolean;
}

/** Batch .NET `NetworkConfiguration` (wire `NetworkConfiguration`). Writable while its owner allows it. */
export class NetworkConfiguration extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: NetworkConfigurationInit);
  constructor(...args: unknown[]) {
    super(NetworkConfigurationSpec);
    initFromArguments(this, args, []);
  }

  /** `subnetId` — wire `subnetId`; writable. */
  get subnetId(): string | undefined {
    return readProperty(this, "subnetId") as string | undefined;
  }
  /** Sets `subnetId`; throws InvalidOperationException when the object's state does not allow it. */
  set subnetId(value: string | undefined) {
    writeProperty(this, "subnetId", value);
  }

  /** `dynamicVNetAssignmentScope` — wire `dynamicVNetAssignmentScope`; writable. */
  get dynamicVNetAssignmentScope(): DynamicVNetAssignmentScope | undefined {
    return readProperty(this, "dynamicVNetAssignmentScope") as DynamicVNetAssignmentScope | undefined;
  }
  /** Sets `dynamicVNetAssignmentScope`; throws InvalidOperationException when the object's state does not allow it. */
  set dynamicVNetAssignmentScope(value: DynamicVNetAssignmentScope | undefined) {
    writeProperty(this, "dynamicVNetAssignmentScope", value);
  }

  /** `endpointConfiguration` — wire `endpointConfiguration`; writable. */
  get endpointConfiguration(): PoolEndpointConfiguration | undefined {
    return readProperty(this, "endpointConfiguration") as PoolEndpointConfiguration | undefined;
  }
  /** Sets `endpointConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set endpointConfiguration(value: PoolEndpointConfiguration | PoolEndpointConfigurationInit | undefined) {
    writeProperty(this, "endpointConfiguration", value);
  }

  /** `publicIPAddressConfiguration` — wire `publicIPAddressConfiguration`; writable. */
  get publicIPAddressConfiguration(): PublicIPAddressConfiguration | undefined {
    return readProperty(this, "publicIPAddressConfiguration") as PublicIPAddressConfiguration | undefined;
  }
  /** Sets `publicIPAddressConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set publicIPAddressConfiguration(
    value: PublicIPAddressConfiguration | PublicIPAddressConfigurationInit | undefined,
  ) {
    writeProperty(this, "publicIPAddressConfiguration", value);
  }

  /** `enableAcceleratedNetworking` — wire `enableAcceleratedNetworking`; writable. */
  get enableAcceleratedNetworking(): boolean | undefined {
    return readProperty(this, "enableAcceleratedNetworking") as boolean | undefined;
  }
  /** Sets `enableAcceleratedNetworking`; throws InvalidOperationException when the object's state does not allow it. */
  set enableAcceleratedNetworking(value: boolean | undefined) {
    writeProperty(this, "enableAcceleratedNetworking", value);
  }
}

/** Property table of {@link NetworkSecurityGroupRule}. */
const NetworkSecurityGroupRuleSpec: TypeSpec = {
  typeName: "NetworkSecurityGroupRule",
  kind: "value",
  properties: [
    { name: "priority", wire: "priority", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "access", wire: "access", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "sourceAddressPrefix",
      wire: "sourceAddressPrefix",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "sourcePortRanges",
      wire: "sourcePortRanges",
      converter: { kind: "array", item: SCALAR },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link NetworkSecurityGroupRule}; also usable as a plain object literal. */
export interface NetworkSecurityGroupRuleInit {
  /** Sets {@link NetworkSecurityGroupRule.priority}. */
  priority?: number;
  /** Sets {@link NetworkSecurityGroupRule.access}. */
  access?: NetworkSecurityGroupRuleAccess;
  /** Sets {@link NetworkSecurityGroupRule.sourceAddressPrefix}. */
  sourceAddressPrefix?: string;
  /** Sets {@link NetworkSecurityGroupRule.sourcePortRanges}. */
  sourcePortRanges?: readonly string[];
}

/** Batch .NET `NetworkSecurityGroupRule` (wire `NetworkSecurityGroupRule`). Writable while its owner allows it. */
export class NetworkSecurityGroupRule extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: NetworkSecurityGroupRuleInit);
  constructor(...args: unknown[]) {
    super(NetworkSecurityGroupRuleSpec);
    initFromArguments(this, args, []);
  }

  /** `priority` — wire `priority`; writable. */
  get priority(): number | undefined {
    return readProperty(this, "priority") as number | undefined;
  }
  /** Sets `priority`; throws InvalidOperationException when the object's state does not allow it. */
  set priority(value: number | undefined) {
    writeProperty(this, "priority", value);
  }

  /** `access` — wire `access`; writable. */
  get access(): NetworkSecurityGroupRuleAccess | undefined {
    return readProperty(this, "access") as NetworkSecurityGroupRuleAccess | undefined;
  }
  /** Sets `access`; throws InvalidOperationException when the object's state does not allow it. */
  set access(value: NetworkSecurityGroupRuleAccess | undefined) {
    writeProperty(this, "access", value);
  }

  /** `sourceAddressPrefix` — wire `sourceAddressPrefix`; writable. */
  get sourceAddressPrefix(): string | undefined {
    return readProperty(this, "sourceAddressPrefix") as string | undefined;
  }
  /** Sets `sourceAddressPrefix`; throws InvalidOperationException when the object's state does not allow it. */
  set sourceAddressPrefix(value: string | undefined) {
    writeProperty(this, "sourceAddressPrefix", value);
  }

  /** `sourcePortRanges` — wire `sourcePortRanges`; writable. */
  get sourcePortRanges(): string[] | undefined {
    return readProperty(this, "sourcePortRanges") as string[] | undefined;
  }
  /** Sets `sourcePortRanges`; throws InvalidOperationException when the object's state does not allow it. */
  set sourcePortRanges(value: readonly string[] | undefined) {
    writeProperty(this, "sourcePortRanges", value);
  }
}

/** Property table of {@link NfsMountConfiguration}. */
const NfsMountConfigurationSpec: TypeSpec = {
  typeName: "NfsMountConfiguration",
  kind: "value",
  properties: [
    { name: "source", wire: "source", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "relativeMountPath",
      wire: "relativeMountPath",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    { name: "mountOptions", wire: "mountOptions", converter: SCALAR, unbound: "write", bound: "write" },
  ],
};

/** Fields accepted by the constructor of {@link NfsMountConfiguration}; also usable as a plain object literal. */
export interface NfsMountConfigurationInit {
  /** Sets {@link NfsMountConfiguration.source}. */
  source?: string;
  /** Sets {@link NfsMountConfiguration.relativeMountPath}. */
  relativeMountPath?: string;
  /** Sets {@link NfsMountConfiguration.mountOptions}. */
  mountOptions?: string;
}

/** Batch .NET `NfsMountConfiguration` (wire `NFSMountConfiguration`). Writable while its owner allows it. */
export class NfsMountConfiguration extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: NfsMountConfigurationInit);
  constructor(...args: unknown[]) {
    super(NfsMountConfigurationSpec);
    initFromArguments(this, args, []);
  }

  /** `source` — wire `source`; writable. */
  get source(): string | undefined {
    return readProperty(this, "source") as string | undefined;
  }
  /** Sets `source`; throws InvalidOperationException when the object's state does not allow it. */
  set source(value: string | undefined) {
    writeProperty(this, "source", value);
  }

  /** `relativeMountPath` — wire `relativeMountPath`; writable. */
  get relativeMountPath(): string | undefined {
    return readProperty(this, "relativeMountPath") as string | undefined;
  }
  /** Sets `relativeMountPath`; throws InvalidOperationException when the object's state does not allow it. */
  set relativeMountPath(value: string | undefined) {
    writeProperty(this, "relativeMountPath", value);
  }

  /** `mountOptions` — wire `mountOptions`; writable. */
  get mountOptions(): string | undefined {
    return readProperty(this, "mountOptions") as string | undefined;
  }
  /** Sets `mountOptions`; throws InvalidOperationException when the object's state does not allow it. */
  set mountOptions(value: string | undefined) {
    writeProperty(this, "mountOptions", value);
  }
}

/** Property table of {@link NodeAgentInformation}. */
const NodeAgentInformationSpec: TypeSpec = {
  typeName: "NodeAgentInformation",
  kind: "value",
  properties: [
    { name: "version", wire: "version", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "lastUpdateTime", wire: "lastUpdateTime", converter: DATE, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `NodeAgentInformation` (wire `NodeAgentInformation`), reported by the service; read-only. */
export class NodeAgentInformation extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(NodeAgentInformationSpec);
  }

  /** `version` — wire `version`; read-only. */
  get version(): string {
    return readProperty(this, "version") as string;
  }
  /** Not settable: always throws InvalidOperationException. */
  set version(value: never) {
    writeProperty(this, "version", value);
  }

  /** `lastUpdateTime` — wire `lastUpdateTime`; read-only. */
  get lastUpdateTime(): Date {
    return readProperty(this, "lastUpdateTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastUpdateTime(value: never) {
    writeProperty(this, "lastUpdateTime", value);
  }
}

/** Property table of {@link NodeCounts}. */
const NodeCountsSpec: TypeSpec = {
  typeName: "NodeCounts",
  kind: "value",
  properties: [
    { name: "creating", wire: "creating", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "idle", wire: "idle", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "offline", wire: "offline", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "preempted", wire: "preempted", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "rebooting", wire: "rebooting", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "reimaging", wire: "reimaging", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "running", wire: "running", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "starting", wire: "starting", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "startTaskFailed", wire: "startTaskFailed", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "leavingPool", wire: "leavingPool", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "unknown", wire: "unknown", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "unusable", wire: "unusable", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "waitingForStartTask",
      wire: "waitingForStartTask",
      converter: SCALAR,
      unbound: "read",
      bound: "read",
    },
    { name: "upgradingOS", wire: "upgradingOS", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "deallocated", wire: "deallocated", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "deallocating", wire: "deallocating", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "total", wire: "total", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `NodeCounts` (wire `NodeCounts`), reported by the service; read-only. */
export class NodeCounts extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(NodeCountsSpec);
  }

  /** `creating` — wire `creating`; read-only. */
  get creating(): number {
    return readProperty(this, "creating") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set creating(value: never) {
    writeProperty(this, "creating", value);
  }

  /** `idle` — wire `idle`; read-only. */
  get idle(): number {
    return readProperty(this, "idle") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set idle(value: never) {
    writeProperty(this, "idle", value);
  }

  /** `offline` — wire `offline`; read-only. */
  get offline(): number {
    return readProperty(this, "offline") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set offline(value: never) {
    writeProperty(this, "offline", value);
  }

  /** `preempted` — wire `preempted`; read-only. */
  get preempted(): number {
    return readProperty(this, "preempted") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set preempted(value: never) {
    writeProperty(this, "preempted", value);
  }

  /** `rebooting` — wire `rebooting`; read-only. */
  get rebooting(): number {
    return readProperty(this, "rebooting") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set rebooting(value: never) {
    writeProperty(this, "rebooting", value);
  }

  /** `reimaging` — wire `reimaging`; read-only. */
  get reimaging(): number {
    return readProperty(this, "reimaging") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set reimaging(value: never) {
    writeProperty(this, "reimaging", value);
  }

  /** `running` — wire `running`; read-only. */
  get running(): number {
    return readProperty(this, "running") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set running(value: never) {
    writeProperty(this, "running", value);
  }

  /** `starting` — wire `starting`; read-only. */
  get starting(): number {
    return readProperty(this, "starting") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set starting(value: never) {
    writeProperty(this, "starting", value);
  }

  /** `startTaskFailed` — wire `startTaskFailed`; read-only. */
  get startTaskFailed(): number {
    return readProperty(this, "startTaskFailed") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set startTaskFailed(value: never) {
    writeProperty(this, "startTaskFailed", value);
  }

  /** `leavingPool` — wire `leavingPool`; read-only. */
  get leavingPool(): number {
    return readProperty(this, "leavingPool") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set leavingPool(value: never) {
    writeProperty(this, "leavingPool", value);
  }

  /** `unknown` — wire `unknown`; read-only. */
  get unknown(): number {
    return readProperty(this, "unknown") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set unknown(value: never) {
    writeProperty(this, "unknown", value);
  }

  /** `unusable` — wire `unusable`; read-only. */
  get unusable(): number {
    return readProperty(this, "unusable") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set unusable(value: never) {
    writeProperty(this, "unusable", value);
  }

  /** `waitingForStartTask` — wire `waitingForStartTask`; read-only. */
  get waitingForStartTask(): number {
    return readProperty(this, "waitingForStartTask") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set waitingForStartTask(value: never) {
    writeProperty(this, "waitingForStartTask", value);
  }

  /** `upgradingOS` — wire `upgradingOS`; read-only. */
  get upgradingOS(): number {
    return readProperty(this, "upgradingOS") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set upgradingOS(value: never) {
    writeProperty(this, "upgradingOS", value);
  }

  /** `deallocated` — wire `deallocated`; read-only. */
  get deallocated(): number {
    return readProperty(this, "deallocated") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set deallocated(value: never) {
    writeProperty(this, "deallocated", value);
  }

  /** `deallocating` — wire `deallocating`; read-only. */
  get deallocating(): number {
    return readProperty(this, "deallocating") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set deallocating(value: never) {
    writeProperty(this, "deallocating", value);
  }

  /** `total` — wire `total`; read-only. */
  get total(): number {
    return readProperty(this, "total") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set total(value: never) {
    writeProperty(this, "total", value);
  }
}

/** Property table of {@link NodePlacementConfiguration}. */
const NodePlacementConfigurationSpec: TypeSpec = {
  typeName: "NodePlacementConfiguration",
  kind: "value",
  properties: [{ name: "policy", wire: "policy", converter: SCALAR, unbound: "write", bound: "write" }],
};

/** Fields accepted by the constructor of {@link NodePlacementConfiguration}; also usable as a plain object literal. */
export interface NodePlacementConfigurationInit {
  /** Sets {@link NodePlacementConfiguration.policy}. */
  policy?: NodePlacementPolicyType;
}

/** Batch .NET `NodePlacementConfiguration` (wire `NodePlacementConfiguration`). Writable while its owner allows it. */
export class NodePlacementConfiguration extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: NodePlacementConfigurationInit);
  constructor(...args: unknown[]) {
    super(NodePlacementConfigurationSpec);
    initFromArguments(this, args, []);
  }

  /** `policy` — wire `policy`; writable. */
  get policy(): NodePlacementPolicyType | undefined {
    return readProperty(this, "policy") as NodePlacementPolicyType | undefined;
  }
  /** Sets `policy`; throws InvalidOperationException when the object's state does not allow it. */
  set policy(value: NodePlacementPolicyType | undefined) {
    writeProperty(this, "policy", value);
  }
}

/** Property table of {@link NodeVMExtension}. */
const NodeVMExtensionSpec: TypeSpec = {
  typeName: "NodeVMExtension",
  kind: "value",
  properties: [
    {
      name: "provisioningState",
      wire: "provisioningState",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "vmExtension",
      wire: "vmExtension",
      converter: { kind: "value", type: () => VMExtension },
      unbound: "write",
      bound: "write",
    },
    {
      name: "instanceView",
      wire: "instanceView",
      converter: { kind: "value", type: () => VMExtensionInstanceView },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link NodeVMExtension}; also usable as a plain object literal. */
export interface NodeVMExtensionInit {
  /** Sets {@link NodeVMExtension.provisioningState}. */
  provisioningState?: string;
  /** Sets {@link NodeVMExtension.vmExtension}. */
  vmExtension?: VMExtension | VMExtensionInit;
  /** Sets {@link NodeVMExtension.instanceView}. */
  instanceView?: VMExtensionInstanceView | VMExtensionInstanceViewInit;
}

/** Batch .NET `NodeVMExtension` (wire `NodeVMExtension`). Writable while its owner allows it. */
export class NodeVMExtension extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: NodeVMExtensionInit);
  constructor(...args: unknown[]) {
    super(NodeVMExtensionSpec);
    initFromArguments(this, args, []);
  }

  /** `provisioningState` — wire `provisioningState`; writable. */
  get provisioningState(): string | undefined {
    return readProperty(this, "provisioningState") as string | undefined;
  }
  /** Sets `provisioningState`; throws InvalidOperationException when the object's state does not allow it. */
  set provisioningState(value: string | undefined) {
    writeProperty(this, "provisioningState", value);
  }

  /** `vmExtension` — wire `vmExtension`; writable. */
  get vmExtension(): VMExtension | undefined {
    return readProperty(this, "vmExtension") as VMExtension | undefined;
  }
  /** Sets `vmExtension`; throws InvalidOperationException when the object's state does not allow it. */
  set vmExtension(value: VMExtension | VMExtensionInit | undefined) {
    writeProperty(this, "vmExtension", value);
  }

  /** `instanceView` — wire `instanceView`; writable. */
  get instanceView(): VMExtensionInstanceView | undefined {
    return readProperty(this, "instanceView") as VMExtensionInstanceView | undefined;
  }
  /** Sets `instanceView`; throws InvalidOperationException when the object's state does not allow it. */
  set instanceView(value: VMExtensionInstanceView | VMExtensionInstanceViewInit | undefined) {
    writeProperty(this, "instanceView", value);
  }
}

/** Property table of {@link OSDisk}. */
const OSDiskSpec: TypeSpec = {
  typeName: "OSDisk",
  kind: "value",
  properties: [
    {
      name: "ephemeralOSDiskSettings",
      wire: "ephemeralOSDiskSettings",
      converter: { kind: "value", type: () => DiffDiskSettings },
      unbound: "write",
      bound: "write",
    },
    { name: "caching", wire: "caching", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "managedDisk",
      wire: "managedDisk",
      converter: { kind: "value", type: () => ManagedDisk },
      unbound: "write",
      bound: "write",
    },
    { name: "diskSizeGB", wire: "diskSizeGB", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "writeAcceleratorEnabled",
      wire: "writeAcceleratorEnabled",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link OSDisk}; also usable as a plain object literal. */
export interface OSDiskInit {
  /** Sets {@link OSDisk.ephemeralOSDiskSettings}. */
  ephemeralOSDiskSettings?: DiffDiskSettings | DiffDiskSettingsInit;
  /** Sets {@link OSDisk.caching}. */
  caching?: CachingType;
  /** Sets {@link OSDisk.managedDisk}. */
  managedDisk?: ManagedDisk | ManagedDiskInit;
  /** Sets {@link OSDisk.diskSizeGB}. */
  diskSizeGB?: number;
  /** Sets {@link OSDisk.writeAcceleratorEnabled}. */
  writeAcceleratorEnabled?: boolean;
}

/** Batch .NET `OSDisk` (wire `OSDisk`). Writable while its owner allows it. */
export class OSDisk extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: OSDiskInit);
  constructor(...args: unknown[]) {
    super(OSDiskSpec);
    initFromArguments(this, args, []);
  }

  /** `ephemeralOSDiskSettings` — wire `ephemeralOSDiskSettings`; writable. */
  get ephemeralOSDiskSettings(): DiffDiskSettings | undefined {
    return readProperty(this, "ephemeralOSDiskSettings") as DiffDiskSettings | undefined;
  }
  /** Sets `ephemeralOSDiskSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set ephemeralOSDiskSettings(value: DiffDiskSettings | DiffDiskSettingsInit | undefined) {
    writeProperty(this, "ephemeralOSDiskSettings", value);
  }

  /** `caching` — wire `caching`; writable. */
  get caching(): CachingType | undefined {
    return readProperty(this, "caching") as CachingType | undefined;
  }
  /** Sets `caching`; throws InvalidOperationException when the object's state does not allow it. */
  set caching(value: CachingType | undefined) {
    writeProperty(this, "caching", value);
  }

  /** `managedDisk` — wire `managedDisk`; writable. */
  get managedDisk(): ManagedDisk | undefined {
    return readProperty(this, "managedDisk") as ManagedDisk | undefined;
  }
  /** Sets `managedDisk`; throws InvalidOperationException when the object's state does not allow it. */
  set managedDisk(value: ManagedDisk | ManagedDiskInit | undefined) {
    writeProperty(this, "managedDisk", value);
  }

  /** `diskSizeGB` — wire `diskSizeGB`; writable. */
  get diskSizeGB(): number | undefined {
    return readProperty(this, "diskSizeGB") as number | undefined;
  }
  /** Sets `diskSizeGB`; throws InvalidOperationException when the object's state does not allow it. */
  set diskSizeGB(value: number | undefined) {
    writeProperty(this, "diskSizeGB", value);
  }

  /** `writeAcceleratorEnabled` — wire `writeAcceleratorEnabled`; writable. */
  get writeAcceleratorEnabled(): boolean | undefined {
    return readProperty(this, "writeAcceleratorEnabled") as boolean | undefined;
  }
  /** Sets `writeAcceleratorEnabled`; throws InvalidOperationException when the object's state does not allow it. */
  set writeAcceleratorEnabled(value: boolean | undefined) {
    writeProperty(this, "writeAcceleratorEnabled", value);
  }
}

/** Property table of {@link PoolEndpointConfiguration}. */
const PoolEndpointConfigurationSpec: TypeSpec = {
  typeName: "PoolEndpointConfiguration",
  kind: "value",
  properties: [
    {
      name: "inboundNatPools",
      wire: "inboundNATPools",
      converter: { kind: "array", item: { kind: "value", type: () => InboundNatPool } },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link PoolEndpointConfiguration}; also usable as a plain object literal. */
export interface PoolEndpointConfigurationInit {
  /** Sets {@link PoolEndpointConfiguration.inboundNatPools}. */
  inboundNatPools?: readonly (InboundNatPool | InboundNatPoolInit)[];
}

/** Batch .NET `PoolEndpointConfiguration` (wire `PoolEndpointConfiguration`). Writable while its owner allows it. */
export class PoolEndpointConfiguration extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: PoolEndpointConfigurationInit);
  constructor(...args: unknown[]) {
    super(PoolEndpointConfigurationSpec);
    initFromArguments(this, args, []);
  }

  /** `inboundNatPools` — wire `inboundNATPools`; writable. */
  get inboundNatPools(): InboundNatPool[] | undefined {
    return readProperty(this, "inboundNatPools") as InboundNatPool[] | undefined;
  }
  /** Sets `inboundNatPools`; throws InvalidOperationException when the object's state does not allow it. */
  set inboundNatPools(value: readonly (InboundNatPool | InboundNatPoolInit)[] | undefined) {
    writeProperty(this, "inboundNatPools", value);
  }
}

/** Property table of {@link PoolInformation}. */
const PoolInformationSpec: TypeSpec = {
  typeName: "PoolInformation",
  kind: "value",
  properties: [
    { name: "poolId", wire: "poolId", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "autoPoolSpecification",
      wire: "autoPoolSpecification",
      converter: { kind: "value", type: () => AutoPoolSpecification },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link PoolInformation}; also usable as a plain object literal. */
export interface PoolInformationInit {
  /** Sets {@link PoolInformation.poolId}. */
  poolId?: string;
  /** Sets {@link PoolInformation.autoPoolSpecification}. */
  autoPoolSpecification?: AutoPoolSpecification | AutoPoolSpecificationInit;
}

/** Batch .NET `PoolInformation` (wire `PoolInformation`). Writable while its owner allows it. */
export class PoolInformation extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: PoolInformationInit);
  constructor(...args: unknown[]) {
    super(PoolInformationSpec);
    initFromArguments(this, args, []);
  }

  /** `poolId` — wire `poolId`; writable. */
  get poolId(): string | undefined {
    return readProperty(this, "poolId") as string | undefined;
  }
  /** Sets `poolId`; throws InvalidOperationException when the object's state does not allow it. */
  set poolId(value: string | undefined) {
    writeProperty(this, "poolId", value);
  }

  /** `autoPoolSpecification` — wire `autoPoolSpecification`; writable. */
  get autoPoolSpecification(): AutoPoolSpecification | undefined {
    return readProperty(this, "autoPoolSpecification") as AutoPoolSpecification | undefined;
  }
  /** Sets `autoPoolSpecification`; throws InvalidOperationException when the object's state does not allow it. */
  set autoPoolSpecification(value: AutoPoolSpecification | AutoPoolSpecificationInit | undefined) {
    writeProperty(this, "autoPoolSpecification", value);
  }
}

/** Property table of {@link PoolNodeCounts}. */
const PoolNodeCountsSpec: TypeSpec = {
  typeName: "PoolNodeCounts",
  kind: "value",
  properties: [
    { name: "poolId", wire: "poolId", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "dedicated",
      wire: "dedicated",
      converter: { kind: "value", type: () => NodeCounts },
      unbound: "read",
      bound: "read",
    },
    {
      name: "lowPriority",
      wire: "lowPriority",
      converter: { kind: "value", type: () => NodeCounts },
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `PoolNodeCounts` (wire `PoolNodeCounts`), reported by the service; read-only. */
export class PoolNodeCounts extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(PoolNodeCountsSpec);
  }

  /** `poolId` — wire `poolId`; read-only. */
  get poolId(): string {
    return readProperty(this, "poolId") as string;
  }
  /** Not settable: always throws InvalidOperationException. */
  set poolId(value: never) {
    writeProperty(this, "poolId", value);
  }

  /** `dedicated` — wire `dedicated`; read-only. */
  get dedicated(): NodeCounts | undefined {
    return readProperty(this, "dedicated") as NodeCounts | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set dedicated(value: never) {
    writeProperty(this, "dedicated", value);
  }

  /** `lowPriority` — wire `lowPriority`; read-only. */
  get lowPriority(): NodeCounts | undefined {
    return readProperty(this, "lowPriority") as NodeCounts | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lowPriority(value: never) {
    writeProperty(this, "lowPriority", value);
  }
}

/** Property table of {@link PoolSpecification}. */
const PoolSpecificationSpec: TypeSpec = {
  typeName: "PoolSpecification",
  kind: "value",
  properties: [
    { name: "displayName", wire: "displayName", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "virtualMachineSize", wire: "vmSize", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "virtualMachineConfiguration",
      wire: "virtualMachineConfiguration",
      converter: { kind: "value", type: () => VirtualMachineConfiguration },
      unbound: "write",
      bound: "write",
    },
    {
      name: "taskSlotsPerNode",
      wire: "taskSlotsPerNode",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "taskSchedulingPolicy",
      wire: "taskSchedulingPolicy",
      converter: { kind: "value", type: () => TaskSchedulingPolicy },
      unbound: "write",
      bound: "write",
    },
    { name: "resizeTimeout", wire: "resizeTimeout", converter: DURATION, unbound: "write", bound: "write" },
    {
      name: "targetDedicatedComputeNodes",
      wire: "targetDedicatedNodes",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "targetLowPriorityComputeNodes",
      wire: "targetLowPriorityNodes",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "autoScaleEnabled",
      wire: "enableAutoScale",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "autoScaleFormula",
      wire: "autoScaleFormula",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "autoScaleEvaluationInterval",
      wire: "autoScaleEvaluationInterval",
      converter: DURATION,
      unbound: "write",
      bound: "write",
    },
    {
      name: "interComputeNodeCommunicationEnabled",
      wire: "enableInterNodeCommunication",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "networkConfiguration",
      wire: "networkConfiguration",
      converter: { kind: "value", type: () => NetworkConfiguration },
      unbound: "write",
      bound: "write",
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
      name: "userAccounts",
      wire: "userAccounts",
      converter: { kind: "array", item: { kind: "value", type: () => UserAccount } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "metadata",
      wire: "metadata",
      converter: { kind: "array", item: { kind: "value", type: () => MetadataItem } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "mountConfiguration",
      wire: "mountConfiguration",
      converter: { kind: "array", item: { kind: "value", type: () => MountConfiguration } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "targetNodeCommunicationMode",
      wire: "targetNodeCommunicationMode",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "upgradePolicy",
      wire: "upgradePolicy",
      converter: { kind: "value", type: () => UpgradePolicy },
      unbound: "write",
      bound: "write",
    },
    { name: "resourceTags", wire: "resourceTags", converter: MAP, unbound: "write", bound: "write" },
  ],
};

/** Fields accepted by the constructor of {@link PoolSpecification}; also usable as a plain object literal. */
export interface PoolSpecificationInit {
  /** Sets {@link PoolSpecification.displayName}. */
  displayName?: string;
  /** Sets {@link PoolSpecification.virtualMachineSize}. */
  virtualMachineSize?: string;
  /** Sets {@link PoolSpecification.virtualMachineConfiguration}. */
  virtualMachineConfiguration?: VirtualMachineConfiguration | VirtualMachineConfigurationInit;
  /** Sets {@link PoolSpecification.taskSlotsPerNode}. */
  taskSlotsPerNode?: number;
  /** Sets {@link PoolSpecification.taskSchedulingPolicy}. */
  taskSchedulingPolicy?: TaskSchedulingPolicy | TaskSchedulingPolicyInit;
  /** Sets {@link PoolSpecification.resizeTimeout}. */
  resizeTimeout?: number;
  /** Sets {@link PoolSpecification.targetDedicatedComputeNodes}. */
  targetDedicatedComputeNodes?: number;
  /** Sets {@link PoolSpecification.targetLowPriorityComputeNodes}. */
  targetLowPriorityComputeNodes?: number;
  /** Sets {@link PoolSpecification.autoScaleEnabled}. */
  autoScaleEnabled?: boolean;
  /** Sets {@link PoolSpecification.autoScaleFormula}. */
  autoScaleFormula?: string;
  /** Sets {@link PoolSpecification.autoScaleEvaluationInterval}. */
  autoScaleEvaluationInterval?: number;
  /** Sets {@link PoolSpecification.interComputeNodeCommunicationEnabled}. */
  interComputeNodeCommunicationEnabled?: boolean;
  /** Sets {@link PoolSpecification.networkConfiguration}. */
  networkConfiguration?: NetworkConfiguration | NetworkConfigurationInit;
  /** Sets {@link PoolSpecification.startTask}. */
  startTask?: StartTask | StartTaskInit;
  /** Sets {@link PoolSpecification.certificateReferences}. */
  certificateReferences?: readonly (CertificateReference | CertificateReferenceInit)[];
  /** Sets {@link PoolSpecification.applicationPackageReferences}. */
  applicationPackageReferences?: readonly (ApplicationPackageReference | ApplicationPackageReferenceInit)[];
  /** Sets {@link PoolSpecification.userAccounts}. */
  userAccounts?: readonly (UserAccount | UserAccountInit)[];
  /** Sets {@link PoolSpecification.metadata}. */
  metadata?: readonly (MetadataItem | MetadataItemInit)[];
  /** Sets {@link PoolSpecification.mountConfiguration}. */
  mountConfiguration?: readonly (MountConfiguration | MountConfigurationInit)[];
  /** Sets {@link PoolSpecification.targetNodeCommunicationMode}. */
  targetNodeCommunicationMode?: NodeCommunicationMode;
  /** Sets {@link PoolSpecification.upgradePolicy}. */
  upgradePolicy?: UpgradePolicy | UpgradePolicyInit;
  /** Sets {@link PoolSpecification.resourceTags}. */
  resourceTags?: Record<string, string>;
}

/** Batch .NET `PoolSpecification` (wire `PoolSpecification`). Writable while its owner allows it. */
export class PoolSpecification extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: PoolSpecificationInit);
  constructor(...args: unknown[]) {
    super(PoolSpecificationSpec);
    initFromArguments(this, args, []);
  }

  /** `displayName` — wire `displayName`; writable. */
  get displayName(): string | undefined {
    return readProperty(this, "displayName") as string | undefined;
  }
  /** Sets `displayName`; throws InvalidOperationException when the object's state does not allow it. */
  set displayName(value: string | undefined) {
    writeProperty(this, "displayName", value);
  }

  /** `virtualMachineSize` — wire `vmSize`; writable. */
  get virtualMachineSize(): string | undefined {
    return readProperty(this, "virtualMachineSize") as string | undefined;
  }
  /** Sets `virtualMachineSize`; throws InvalidOperationException when the object's state does not allow it. */
  set virtualMachineSize(value: string | undefined) {
    writeProperty(this, "virtualMachineSize", value);
  }

  /** `virtualMachineConfiguration` — wire `virtualMachineConfiguration`; writable. */
  get virtualMachineConfiguration(): VirtualMachineConfiguration | undefined {
    return readProperty(this, "virtualMachineConfiguration") as VirtualMachineConfiguration | undefined;
  }
  /** Sets `virtualMachineConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set virtualMachineConfiguration(
    value: VirtualMachineConfiguration | VirtualMachineConfigurationInit | undefined,
  ) {
    writeProperty(this, "virtualMachineConfiguration", value);
  }

  /** `taskSlotsPerNode` — wire `taskSlotsPerNode`; writable. */
  get taskSlotsPerNode(): number | undefined {
    return readProperty(this, "taskSlotsPerNode") as number | undefined;
  }
  /** Sets `taskSlotsPerNode`; throws InvalidOperationException when the object's state does not allow it. */
  set taskSlotsPerNode(value: number | undefined) {
    writeProperty(this, "taskSlotsPerNode", value);
  }

  /** `taskSchedulingPolicy` — wire `taskSchedulingPolicy`; writable. */
  get taskSchedulingPolicy(): TaskSchedulingPolicy | undefined {
    return readProperty(this, "taskSchedulingPolicy") as TaskSchedulingPolicy | undefined;
  }
  /** Sets `taskSchedulingPolicy`; throws InvalidOperationException when the object's state does not allow it. */
  set taskSchedulingPolicy(value: TaskSchedulingPolicy | TaskSchedulingPolicyInit | undefined) {
    writeProperty(this, "taskSchedulingPolicy", value);
  }

  /** `resizeTimeout` — wire `resizeTimeout`; writable. */
  get resizeTimeout(): number | undefined {
    return readProperty(this, "resizeTimeout") as number | undefined;
  }
  /** Sets `resizeTimeout`; throws InvalidOperationException when the object's state does not allow it. */
  set resizeTimeout(value: number | undefined) {
    writeProperty(this, "resizeTimeout", value);
  }

  /** `targetDedicatedComputeNodes` — wire `targetDedicatedNodes`; writable. */
  get targetDedicatedComputeNodes(): number | undefined {
    return readProperty(this, "targetDedicatedComputeNodes") as number | undefined;
  }
  /** Sets `targetDedicatedComputeNodes`; throws InvalidOperationException when the object's state does not allow it. */
  set targetDedicatedComputeNodes(value: number | undefined) {
    writeProperty(this, "targetDedicatedComputeNodes", value);
  }

  /** `targetLowPriorityComputeNodes` — wire `targetLowPriorityNodes`; writable. */
  get targetLowPriorityComputeNodes(): number | undefined {
    return readProperty(this, "targetLowPriorityComputeNodes") as number | undefined;
  }
  /** Sets `targetLowPriorityComputeNodes`; throws InvalidOperationException when the object's state does not allow it. */
  set targetLowPriorityComputeNodes(value: number | undefined) {
    writeProperty(this, "targetLowPriorityComputeNodes", value);
  }

  /** `autoScaleEnabled` — wire `enableAutoScale`; writable. */
  get autoScaleEnabled(): boolean | undefined {
    return readProperty(this, "autoScaleEnabled") as boolean | undefined;
  }
  /** Sets `autoScaleEnabled`; throws InvalidOperationException when the object's state does not allow it. */
  set autoScaleEnabled(value: boolean | undefined) {
    writeProperty(this, "autoScaleEnabled", value);
  }

  /** `autoScaleFormula` — wire `autoScaleFormula`; writable. */
  get autoScaleFormula(): string | undefined {
    return readProperty(this, "autoScaleFormula") as string | undefined;
  }
  /** Sets `autoScaleFormula`; throws InvalidOperationException when the object's state does not allow it. */
  set autoScaleFormula(value: string | undefined) {
    writeProperty(this, "autoScaleFormula", value);
  }

  /** `autoScaleEvaluationInterval` — wire `autoScaleEvaluationInterval`; writable. */
  get autoScaleEvaluationInterval(): number | undefined {
    return readProperty(this, "autoScaleEvaluationInterval") as number | undefined;
  }
  /** Sets `autoScaleEvaluationInterval`; throws InvalidOperationException when the object's state does not allow it. */
  set autoScaleEvaluationInterval(value: number | undefined) {
    writeProperty(this, "autoScaleEvaluationInterval", value);
  }

  /** `interComputeNodeCommunicationEnabled` — wire `enableInterNodeCommunication`; writable. */
  get interComputeNodeCommunicationEnabled(): boolean | undefined {
    return readProperty(this, "interComputeNodeCommunicationEnabled") as boolean | undefined;
  }
  /** Sets `interComputeNodeCommunicationEnabled`; throws InvalidOperationException when the object's state does not allow it. */
  set interComputeNodeCommunicationEnabled(value: boolean | undefined) {
    writeProperty(this, "interComputeNodeCommunicationEnabled", value);
  }

  /** `networkConfiguration` — wire `networkConfiguration`; writable. */
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

  /** `userAccounts` — wire `userAccounts`; writable. */
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

  /** `mountConfiguration` — wire `mountConfiguration`; writable. */
  get mountConfiguration(): MountConfiguration[] | undefined {
    return readProperty(this, "mountConfiguration") as MountConfiguration[] | undefined;
  }
  /** Sets `mountConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set mountConfiguration(value: readonly (MountConfiguration | MountConfigurationInit)[] | undefined) {
    writeProperty(this, "mountConfiguration", value);
  }

  /** `targetNodeCommunicationMode` — wire `targetNodeCommunicationMode`; writable. */
  get targetNodeCommunicationMode(): NodeCommunicationMode | undefined {
    return readProperty(this, "targetNodeCommunicationMode") as NodeCommunicationMode | undefined;
  }
  /** Sets `targetNodeCommunicationMode`; throws InvalidOperationException when the object's state does not allow it. */
  set targetNodeCommunicationMode(value: NodeCommunicationMode | undefined) {
    writeProperty(this, "targetNodeCommunicationMode", value);
  }

  /** `upgradePolicy` — wire `upgradePolicy`; writable. */
  get upgradePolicy(): UpgradePolicy | undefined {
    return readProperty(this, "upgradePolicy") as UpgradePolicy | undefined;
  }
  /** Sets `upgradePolicy`; throws InvalidOperationException when the object's state does not allow it. */
  set upgradePolicy(value: UpgradePolicy | UpgradePolicyInit | undefined) {
    writeProperty(this, "upgradePolicy", value);
  }

  /** `resourceTags` — wire `resourceTags`; writable. */
  get resourceTags(): Record<string, string> | undefined {
    return readProperty(this, "resourceTags") as Record<string, string> | undefined;
  }
  /** Sets `resourceTags`; throws InvalidOperationException when the object's state does not allow it. */
  set resourceTags(value: Record<string, string> | undefined) {
    writeProperty(this, "resourceTags", value);
  }
}

/** Property table of {@link PoolStatistics}. */
const PoolStatisticsSpec: TypeSpec = {
  typeName: "PoolStatistics",
  kind: "value",
  properties: [
    { name: "url", wire: "url", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "startTime", wire: "startTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "lastUpdateTime", wire: "lastUpdateTime", converter: DATE, unbound: "read", bound: "read" },
    {
      name: "usageStatistics",
      wire: "usageStats",
      converter: { kind: "value", type: () => UsageStatistics },
      unbound: "read",
      bound: "read",
    },
    {
      name: "resourceStatistics",
      wire: "resourceStats",
      converter: { kind: "value", type: () => ResourceStatistics },
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `PoolStatistics` (wire `PoolStatistics`), reported by the service; read-only. */
export class PoolStatistics extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(PoolStatisticsSpec);
  }

  /** `url` — wire `url`; read-only. */
  get url(): string {
    return readProperty(this, "url") as string;
  }
  /** Not settable: always throws InvalidOperationException. */
  set url(value: never) {
    writeProperty(this, "url", value);
  }

  /** `startTime` — wire `startTime`; read-only. */
  get startTime(): Date {
    return readProperty(this, "startTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set startTime(value: never) {
    writeProperty(this, "startTime", value);
  }

  /** `lastUpdateTime` — wire `lastUpdateTime`; read-only. */
  get lastUpdateTime(): Date {
    return readProperty(this, "lastUpdateTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastUpdateTime(value: never) {
    writeProperty(this, "lastUpdateTime", value);
  }

  /** `usageStatistics` — wire `usageStats`; read-only. */
  get usageStatistics(): UsageStatistics | undefined {
    return readProperty(this, "usageStatistics") as UsageStatistics | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set usageStatistics(value: never) {
    writeProperty(this, "usageStatistics", value);
  }

  /** `resourceStatistics` — wire `resourceStats`; read-only. */
  get resourceStatistics(): ResourceStatistics | undefined {
    return readProperty(this, "resourceStatistics") as ResourceStatistics | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set resourceStatistics(value: never) {
    writeProperty(this, "resourceStatistics", value);
  }
}

/** Property table of {@link PoolUsageMetrics}. */
const PoolUsageMetricsSpec: TypeSpec = {
  typeName: "PoolUsageMetrics",
  kind: "value",
  properties: [
    { name: "poolId", wire: "poolId", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "startTime", wire: "startTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "endTime", wire: "endTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "virtualMachineSize", wire: "vmSize", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "totalCoreHours", wire: "totalCoreHours", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `PoolUsageMetrics` (wire `PoolUsageMetrics`), reported by the service; read-only. */
export class PoolUsageMetrics extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(PoolUsageMetricsSpec);
  }

  /** `poolId` — wire `poolId`; read-only. */
  get poolId(): string {
    return readProperty(this, "poolId") as string;
  }
  /** Not settable: always throws InvalidOperationException. */
  set poolId(value: never) {
    writeProperty(this, "poolId", value);
  }

  /** `startTime` — wire `startTime`; read-only. */
  get startTime(): Date {
    return readProperty(this, "startTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set startTime(value: never) {
    writeProperty(this, "startTime", value);
  }

  /** `endTime` — wire `endTime`; read-only. */
  get endTime(): Date {
    return readProperty(this, "endTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set endTime(value: never) {
    writeProperty(this, "endTime", value);
  }

  /** `virtualMachineSize` — wire `vmSize`; read-only. */
  get virtualMachineSize(): string {
    return readProperty(this, "virtualMachineSize") as string;
  }
  /** Not settable: always throws InvalidOperationException. */
  set virtualMachineSize(value: never) {
    writeProperty(this, "virtualMachineSize", value);
  }

  /** `totalCoreHours` — wire `totalCoreHours`; read-only. */
  get totalCoreHours(): number {
    return readProperty(this, "totalCoreHours") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set totalCoreHours(value: never) {
    writeProperty(this, "totalCoreHours", value);
  }
}

/** Property table of {@link PublicIPAddressConfiguration}. */
const PublicIPAddressConfigurationSpec: TypeSpec = {
  typeName: "PublicIPAddressConfiguration",
  kind: "value",
  properties: [
    { name: "provision", wire: "provision", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "ipAddressIds",
      wire: "ipAddressIds",
      converter: { kind: "array", item: SCALAR },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link PublicIPAddressConfiguration}; also usable as a plain object literal. */
export interface PublicIPAddressConfigurationInit {
  /** Sets {@link PublicIPAddressConfiguration.provision}. */
  provision?: IPAddressProvisioningType;
  /** Sets {@link PublicIPAddressConfiguration.ipAddressIds}. */
  ipAddressIds?: readonly string[];
}

/** Batch .NET `PublicIPAddressConfiguration` (wire `PublicIPAddressConfiguration`). Writable while its owner allows it. */
export class PublicIPAddressConfiguration extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: PublicIPAddressConfigurationInit);
  constructor(...args: unknown[]) {
    super(PublicIPAddressConfigurationSpec);
    initFromArguments(this, args, []);
  }

  /** `provision` — wire `provision`; writable. */
  get provision(): IPAddressProvisioningType | undefined {
    return readProperty(this, "provision") as IPAddressProvisioningType | undefined;
  }
  /** Sets `provision`; throws InvalidOperationException when the object's state does not allow it. */
  set provision(value: IPAddressProvisioningType | undefined) {
    writeProperty(this, "provision", value);
  }

  /** `ipAddressIds` — wire `ipAddressIds`; writable. */
  get ipAddressIds(): string[] | undefined {
    return readProperty(this, "ipAddressIds") as string[] | undefined;
  }
  /** Sets `ipAddressIds`; throws InvalidOperationException when the object's state does not allow it. */
  set ipAddressIds(value: readonly string[] | undefined) {
    writeProperty(this, "ipAddressIds", value);
  }
}

/** Property table of {@link RecentJob}. */
const RecentJobSpec: TypeSpec = {
  typeName: "RecentJob",
  kind: "value",
  properties: [
    { name: "id", wire: "id", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "url", wire: "url", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `RecentJob` (wire `RecentJob`), reported by the service; read-only. */
export class RecentJob extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(RecentJobSpec);
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
}

/** Property table of {@link RemoteLoginSettings}. */
const RemoteLoginSettingsSpec: TypeSpec = {
  typeName: "RemoteLoginSettings",
  kind: "value",
  properties: [
    { name: "ipAddress", wire: "remoteLoginIPAddress", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "port", wire: "remoteLoginPort", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `RemoteLoginSettings` (wire `ComputeNodeGetRemoteLoginSettingsResult`), reported by the service; read-only. */
export class RemoteLoginSettings extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(RemoteLoginSettingsSpec);
  }

  /** `ipAddress` — wire `remoteLoginIPAddress`; read-only. */
  get ipAddress(): string {
    return readProperty(this, "ipAddress") as string;
  }
  /** Not settable: always throws InvalidOperationException. */
  set ipAddress(value: never) {
    writeProperty(this, "ipAddress", value);
  }

  /** `port` — wire `remoteLoginPort`; read-only. */
  get port(): number {
    return readProperty(this, "port") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set port(value: never) {
    writeProperty(this, "port", value);
  }
}

/** Property table of {@link ResizeError}. */
const ResizeErrorSpec: TypeSpec = {
  typeName: "ResizeError",
  kind: "value",
  properties: [
    { name: "code", wire: "code", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "message", wire: "message", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "values",
      wire: "values",
      converter: { kind: "array", item: { kind: "value", type: () => NameValuePair } },
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `ResizeError` (wire `ResizeError`), reported by the service; read-only. */
export class ResizeError extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(ResizeErrorSpec);
  }

  /** `code` — wire `code`; read-only. */
  get code(): string | undefined {
    return readProperty(this, "code") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set code(value: never) {
    writeProperty(this, "code", value);
  }

  /** `message` — wire `message`; read-only. */
  get message(): string | undefined {
    return readProperty(this, "message") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set message(value: never) {
    writeProperty(this, "message", value);
  }

  /** `values` — wire `values`; read-only. */
  get values(): NameValuePair[] | undefined {
    return readProperty(this, "values") as NameValuePair[] | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set values(value: never) {
    writeProperty(this, "values", value);
  }
}

/** Property table of {@link ResourceStatistics}. */
const ResourceStatisticsSpec: TypeSpec = {
  typeName: "ResourceStatistics",
  kind: "value",
  properties: [
    { name: "startTime", wire: "startTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "lastUpdateTime", wire: "lastUpdateTime", converter: DATE, unbound: "read", bound: "read" },
    {
      name: "averageCpuPercentage",
      wire: "avgCPUPercentage",
      converter: SCALAR,
      unbound: "read",
      bound: "read",
    },
    { name: "averageMemoryGiB", wire: "avgMemoryGiB", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "peakMemoryGiB", wire: "peakMemoryGiB", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "averageDiskGiB", wire: "avgDiskGiB", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "peakDiskGiB", wire: "peakDiskGiB", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "diskReadIOps", wire: "diskReadIOps", converter: INT64, unbound: "read", bound: "read" },
    { name: "diskWriteIOps", wire: "diskWriteIOps", converter: INT64, unbound: "read", bound: "read" },
    { name: "diskReadGiB", wire: "diskReadGiB", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "diskWriteGiB", wire: "diskWriteGiB", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "networkReadGiB", wire: "networkReadGiB", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "networkWriteGiB", wire: "networkWriteGiB", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `ResourceStatistics` (wire `ResourceStatistics`), reported by the service; read-only. */
export class ResourceStatistics extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(ResourceStatisticsSpec);
  }

  /** `startTime` — wire `startTime`; read-only. */
  get startTime(): Date {
    return readProperty(this, "startTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set startTime(value: never) {
    writeProperty(this, "startTime", value);
  }

  /** `lastUpdateTime` — wire `lastUpdateTime`; read-only. */
  get lastUpdateTime(): Date {
    return readProperty(this, "lastUpdateTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastUpdateTime(value: never) {
    writeProperty(this, "lastUpdateTime", value);
  }

  /** `averageCpuPercentage` — wire `avgCPUPercentage`; read-only. */
  get averageCpuPercentage(): number {
    return readProperty(this, "averageCpuPercentage") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set averageCpuPercentage(value: never) {
    writeProperty(this, "averageCpuPercentage", value);
  }

  /** `averageMemoryGiB` — wire `avgMemoryGiB`; read-only. */
  get averageMemoryGiB(): number {
    return readProperty(this, "averageMemoryGiB") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set averageMemoryGiB(value: never) {
    writeProperty(this, "averageMemoryGiB", value);
  }

  /** `peakMemoryGiB` — wire `peakMemoryGiB`; read-only. */
  get peakMemoryGiB(): number {
    return readProperty(this, "peakMemoryGiB") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set peakMemoryGiB(value: never) {
    writeProperty(this, "peakMemoryGiB", value);
  }

  /** `averageDiskGiB` — wire `avgDiskGiB`; read-only. */
  get averageDiskGiB(): number {
    return readProperty(this, "averageDiskGiB") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set averageDiskGiB(value: never) {
    writeProperty(this, "averageDiskGiB", value);
  }

  /** `peakDiskGiB` — wire `peakDiskGiB`; read-only. */
  get peakDiskGiB(): number {
    return readProperty(this, "peakDiskGiB") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set peakDiskGiB(value: never) {
    writeProperty(this, "peakDiskGiB", value);
  }

  /** `diskReadIOps` — wire `diskReadIOps`; read-only. */
  get diskReadIOps(): number {
    return readProperty(this, "diskReadIOps") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set diskReadIOps(value: never) {
    writeProperty(this, "diskReadIOps", value);
  }

  /** `diskWriteIOps` — wire `diskWriteIOps`; read-only. */
  get diskWriteIOps(): number {
    return readProperty(this, "diskWriteIOps") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set diskWriteIOps(value: never) {
    writeProperty(this, "diskWriteIOps", value);
  }

  /** `diskReadGiB` — wire `diskReadGiB`; read-only. */
  get diskReadGiB(): number {
    return readProperty(this, "diskReadGiB") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set diskReadGiB(value: never) {
    writeProperty(this, "diskReadGiB", value);
  }

  /** `diskWriteGiB` — wire `diskWriteGiB`; read-only. */
  get diskWriteGiB(): number {
    return readProperty(this, "diskWriteGiB") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set diskWriteGiB(value: never) {
    writeProperty(this, "diskWriteGiB", value);
  }

  /** `networkReadGiB` — wire `networkReadGiB`; read-only. */
  get networkReadGiB(): number {
    return readProperty(this, "networkReadGiB") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set networkReadGiB(value: never) {
    writeProperty(this, "networkReadGiB", value);
  }

  /** `networkWriteGiB` — wire `networkWriteGiB`; read-only. */
  get networkWriteGiB(): number {
    return readProperty(this, "networkWriteGiB") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set networkWriteGiB(value: never) {
    writeProperty(this, "networkWriteGiB", value);
  }
}

/** Property table of {@link RollingUpgradePolicy}. */
const RollingUpgradePolicySpec: TypeSpec = {
  typeName: "RollingUpgradePolicy",
  kind: "value",
  properties: [
    {
      name: "enableCrossZoneUpgrade",
      wire: "enableCrossZoneUpgrade",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "maxBatchInstancePercent",
      wire: "maxBatchInstancePercent",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "maxUnhealthyInstancePercent",
      wire: "maxUnhealthyInstancePercent",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "maxUnhealthyUpgradedInstancePercent",
      wire: "maxUnhealthyUpgradedInstancePercent",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "pauseTimeBetweenBatches",
      wire: "pauseTimeBetweenBatches",
      converter: DURATION,
      unbound: "write",
      bound: "write",
    },
    {
      name: "prioritizeUnhealthyInstances",
      wire: "prioritizeUnhealthyInstances",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "rollbackFailedInstancesOnPolicyBreach",
      wire: "rollbackFailedInstancesOnPolicyBreach",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link RollingUpgradePolicy}; also usable as a plain object literal. */
export interface RollingUpgradePolicyInit {
  /** Sets {@link RollingUpgradePolicy.enableCrossZoneUpgrade}. */
  enableCrossZoneUpgrade?: boolean;
  /** Sets {@link RollingUpgradePolicy.maxBatchInstancePercent}. */
  maxBatchInstancePercent?: number;
  /** Sets {@link RollingUpgradePolicy.maxUnhealthyInstancePercent}. */
  maxUnhealthyInstancePercent?: number;
  /** Sets {@link RollingUpgradePolicy.maxUnhealthyUpgradedInstancePercent}. */
  maxUnhealthyUpgradedInstancePercent?: number;
  /** Sets {@link RollingUpgradePolicy.pauseTimeBetweenBatches}. */
  pauseTimeBetweenBatches?: number;
  /** Sets {@link RollingUpgradePolicy.prioritizeUnhealthyInstances}. */
  prioritizeUnhealthyInstances?: boolean;
  /** Sets {@link RollingUpgradePolicy.rollbackFailedInstancesOnPolicyBreach}. */
  rollbackFailedInstancesOnPolicyBreach?: boolean;
}

/** Batch .NET `RollingUpgradePolicy` (wire `RollingUpgradePolicy`). Writable while its owner allows it. */
export class RollingUpgradePolicy extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: RollingUpgradePolicyInit);
  constructor(...args: unknown[]) {
    super(RollingUpgradePolicySpec);
    initFromArguments(this, args, []);
  }

  /** `enableCrossZoneUpgrade` — wire `enableCrossZoneUpgrade`; writable. */
  get enableCrossZoneUpgrade(): boolean | undefined {
    return readProperty(this, "enableCrossZoneUpgrade") as boolean | undefined;
  }
  /** Sets `enableCrossZoneUpgrade`; throws InvalidOperationException when the object's state does not allow it. */
  set enableCrossZoneUpgrade(value: boolean | undefined) {
    writeProperty(this, "enableCrossZoneUpgrade", value);
  }

  /** `maxBatchInstancePercent` — wire `maxBatchInstancePercent`; writable. */
  get maxBatchInstancePercent(): number | undefined {
    return readProperty(this, "maxBatchInstancePercent") as number | undefined;
  }
  /** Sets `maxBatchInstancePercent`; throws InvalidOperationException when the object's state does not allow it. */
  set maxBatchInstancePercent(value: number | undefined) {
    writeProperty(this, "maxBatchInstancePercent", value);
  }

  /** `maxUnhealthyInstancePercent` — wire `maxUnhealthyInstancePercent`; writable. */
  get maxUnhealthyInstancePercent(): number | undefined {
    return readProperty(this, "maxUnhealthyInstancePercent") as number | undefined;
  }
  /** Sets `maxUnhealthyInstancePercent`; throws InvalidOperationException when the object's state does not allow it. */
  set maxUnhealthyInstancePercent(value: number | undefined) {
    writeProperty(this, "maxUnhealthyInstancePercent", value);
  }

  /** `maxUnhealthyUpgradedInstancePercent` — wire `maxUnhealthyUpgradedInstancePercent`; writable. */
  get maxUnhealthyUpgradedInstancePercent(): number | undefined {
    return readProperty(this, "maxUnhealthyUpgradedInstancePercent") as number | undefined;
  }
  /** Sets `maxUnhealthyUpgradedInstancePercent`; throws InvalidOperationException when the object's state does not allow it. */
  set maxUnhealthyUpgradedInstancePercent(value: number | undefined) {
    writeProperty(this, "maxUnhealthyUpgradedInstancePercent", value);
  }

  /** `pauseTimeBetweenBatches` — wire `pauseTimeBetweenBatches`; writable. */
  get pauseTimeBetweenBatches(): number | undefined {
    return readProperty(this, "pauseTimeBetweenBatches") as number | undefined;
  }
  /** Sets `pauseTimeBetweenBatches`; throws InvalidOperationException when the object's state does not allow it. */
  set pauseTimeBetweenBatches(value: number | undefined) {
    writeProperty(this, "pauseTimeBetweenBatches", value);
  }

  /** `prioritizeUnhealthyInstances` — wire `prioritizeUnhealthyInstances`; writable. */
  get prioritizeUnhealthyInstances(): boolean | undefined {
    return readProperty(this, "prioritizeUnhealthyInstances") as boolean | undefined;
  }
  /** Sets `prioritizeUnhealthyInstances`; throws InvalidOperationException when the object's state does not allow it. */
  set prioritizeUnhealthyInstances(value: boolean | undefined) {
    writeProperty(this, "prioritizeUnhealthyInstances", value);
  }

  /** `rollbackFailedInstancesOnPolicyBreach` — wire `rollbackFailedInstancesOnPolicyBreach`; writable. */
  get rollbackFailedInstancesOnPolicyBreach(): boolean | undefined {
    return readProperty(this, "rollbackFailedInstancesOnPolicyBreach") as boolean | undefined;
  }
  /** Sets `rollbackFailedInstancesOnPolicyBreach`; throws InvalidOperationException when the object's state does not allow it. */
  set rollbackFailedInstancesOnPolicyBreach(value: boolean | undefined) {
    writeProperty(this, "rollbackFailedInstancesOnPolicyBreach", value);
  }
}

/** Property table of {@link Schedule}. */
const ScheduleSpec: TypeSpec = {
  typeName: "Schedule",
  kind: "value",
  properties: [
    { name: "doNotRunUntil", wire: "doNotRunUntil", converter: DATE, unbound: "write", bound: "write" },
    { name: "doNotRunAfter", wire: "doNotRunAfter", converter: DATE, unbound: "write", bound: "write" },
    { name: "startWindow", wire: "startWindow", converter: DURATION, unbound: "write", bound: "write" },
    {
      name: "recurrenceInterval",
      wire: "recurrenceInterval",
      converter: DURATION,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link Schedule}; also usable as a plain object literal. */
export interface ScheduleInit {
  /** Sets {@link Schedule.doNotRunUntil}. */
  doNotRunUntil?: Date;
  /** Sets {@link Schedule.doNotRunAfter}. */
  doNotRunAfter?: Date;
  /** Sets {@link Schedule.startWindow}. */
  startWindow?: number;
  /** Sets {@link Schedule.recurrenceInterval}. */
  recurrenceInterval?: number;
}

/** Batch .NET `Schedule` (wire `Schedule`). Writable while its owner allows it. */
export class Schedule extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: ScheduleInit);
  constructor(...args: unknown[]) {
    super(ScheduleSpec);
    initFromArguments(this, args, []);
  }

  /** `doNotRunUntil` — wire `doNotRunUntil`; writable. */
  get doNotRunUntil(): Date | undefined {
    return readProperty(this, "doNotRunUntil") as Date | undefined;
  }
  /** Sets `doNotRunUntil`; throws InvalidOperationException when the object's state does not allow it. */
  set doNotRunUntil(value: Date | undefined) {
    writeProperty(this, "doNotRunUntil", value);
  }

  /** `doNotRunAfter` — wire `doNotRunAfter`; writable. */
  get doNotRunAfter(): Date | undefined {
    return readProperty(this, "doNotRunAfter") as Date | undefined;
  }
  /** Sets `doNotRunAfter`; throws InvalidOperationException when the object's state does not allow it. */
  set doNotRunAfter(value: Date | undefined) {
    writeProperty(this, "doNotRunAfter", value);
  }

  /** `startWindow` — wire `startWindow`; writable. */
  get startWindow(): number | undefined {
    return readProperty(this, "startWindow") as number | undefined;
  }
  /** Sets `startWindow`; throws InvalidOperationException when the object's state does not allow it. */
  set startWindow(value: number | undefined) {
    writeProperty(this, "startWindow", value);
  }

  /** `recurrenceInterval` — wire `recurrenceInterval`; writable. */
  get recurrenceInterval(): number | undefined {
    return readProperty(this, "recurrenceInterval") as number | undefined;
  }
  /** Sets `recurrenceInterval`; throws InvalidOperationException when the object's state does not allow it. */
  set recurrenceInterval(value: number | undefined) {
    writeProperty(this, "recurrenceInterval", value);
  }
}

/** Property table of {@link SecurityProfile}. */
const SecurityProfileSpec: TypeSpec = {
  typeName: "SecurityProfile",
  kind: "value",
  properties: [
    { name: "securityType", wire: "securityType", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "encryptionAtHost",
      wire: "encryptionAtHost",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "uefiSettings",
      wire: "uefiSettings",
      converter: { kind: "value", type: () => UefiSettings },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link SecurityProfile}; also usable as a plain object literal. */
export interface SecurityProfileInit {
  /** Sets {@link SecurityProfile.securityType}. */
  securityType?: SecurityTypes;
  /** Sets {@link SecurityProfile.encryptionAtHost}. */
  encryptionAtHost?: boolean;
  /** Sets {@link SecurityProfile.uefiSettings}. */
  uefiSettings?: UefiSettings | UefiSettingsInit;
}

/** Batch .NET `SecurityProfile` (wire `SecurityProfile`). Writable while its owner allows it. */
export class SecurityProfile extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: SecurityProfileInit);
  constructor(...args: unknown[]) {
    super(SecurityProfileSpec);
    initFromArguments(this, args, []);
  }

  /** `securityType` — wire `securityType`; writable. */
  get securityType(): SecurityTypes | undefined {
    return readProperty(this, "securityType") as SecurityTypes | undefined;
  }
  /** Sets `securityType`; throws InvalidOperationException when the object's state does not allow it. */
  set securityType(value: SecurityTypes | undefined) {
    writeProperty(this, "securityType", value);
  }

  /** `encryptionAtHost` — wire `encryptionAtHost`; writable. */
  get encryptionAtHost(): boolean | undefined {
    return readProperty(this, "encryptionAtHost") as boolean | undefined;
  }
  /** Sets `encryptionAtHost`; throws InvalidOperationException when the object's state does not allow it. */
  set encryptionAtHost(value: boolean | undefined) {
    writeProperty(this, "encryptionAtHost", value);
  }

  /** `uefiSettings` — wire `uefiSettings`; writable. */
  get uefiSettings(): UefiSettings | undefined {
    return readProperty(this, "uefiSettings") as UefiSettings | undefined;
  }
  /** Sets `uefiSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set uefiSettings(value: UefiSettings | UefiSettingsInit | undefined) {
    writeProperty(this, "uefiSettings", value);
  }
}

/** Property table of {@link ServiceArtifactReference}. */
const ServiceArtifactReferenceSpec: TypeSpec = {
  typeName: "ServiceArtifactReference",
  kind: "value",
  properties: [{ name: "id", wire: "id", converter: SCALAR, unbound: "write", bound: "write" }],
};

/** Fields accepted by the constructor of {@link ServiceArtifactReference}; also usable as a plain object literal. */
export interface ServiceArtifactReferenceInit {
  /** Sets {@link ServiceArtifactReference.id}. */
  id?: string;
}

/** Batch .NET `ServiceArtifactReference` (wire `ServiceArtifactReference`). Writable while its owner allows it. */
export class ServiceArtifactReference extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: ServiceArtifactReferenceInit);
  constructor(...args: unknown[]) {
    super(ServiceArtifactReferenceSpec);
    initFromArguments(this, args, []);
  }

  /** `id` — wire `id`; writable. */
  get id(): string | undefined {
    return readProperty(this, "id") as string | undefined;
  }
  /** Sets `id`; throws InvalidOperationException when the object's state does not allow it. */
  set id(value: string | undefined) {
    writeProperty(this, "id", value);
  }
}

/** Property table of {@link StartTask}. */
const StartTaskSpec: TypeSpec = {
  typeName: "StartTask",
  kind: "value",
  properties: [
    { name: "commandLine", wire: "commandLine", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "containerSettings",
      wire: "containerSettings",
      converter: { kind: "value", type: () => TaskContainerSettings },
      unbound: "write",
      bound: "write",
    },
    {
      name: "resourceFiles",
      wire: "resourceFiles",
      converter: { kind: "array", item: resourceFileConverter },
      unbound: "write",
      bound: "write",
    },
    {
      name: "environmentSettings",
      wire: "environmentSettings",
      converter: { kind: "array", item: { kind: "value", type: () => EnvironmentSetting } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "userIdentity",
      wire: "userIdentity",
      converter: { kind: "value", type: () => UserIdentity },
      unbound: "write",
      bound: "write",
    },
    {
      name: "maxTaskRetryCount",
      wire: "maxTaskRetryCount",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    { name: "waitForSuccess", wire: "waitForSuccess", converter: SCALAR, unbound: "write", bound: "write" },
  ],
};

/** Fields accepted by the constructor of {@link StartTask}; also usable as a plain object literal. */
export interface StartTaskInit {
  /** Sets {@link StartTask.commandLine}. */
  commandLine?: string;
  /** Sets {@link StartTask.containerSettings}. */
  containerSettings?: TaskContainerSettings | TaskContainerSettingsInit;
  /** Sets {@link StartTask.resourceFiles}. */
  resourceFiles?: readonly (ResourceFile | ResourceFileInit)[];
  /** Sets {@link StartTask.environmentSettings}. */
  environmentSettings?: readonly (EnvironmentSetting | EnvironmentSettingInit)[];
  /** Sets {@link StartTask.userIdentity}. */
  userIdentity?: UserIdentity | UserIdentityInit;
  /** Sets {@link StartTask.maxTaskRetryCount}. */
  maxTaskRetryCount?: number;
  /** Sets {@link StartTask.waitForSuccess}. */
  waitForSuccess?: boolean;
}

/** Batch .NET `StartTask` (wire `StartTask`). Writable while its owner allows it. */
export class StartTask extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: StartTaskInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(commandLine: string, init?: StartTaskInit);
  constructor(...args: unknown[]) {
    super(StartTaskSpec);
    initFromArguments(this, args, ["commandLine"]);
  }

  /** `commandLine` — wire `commandLine`; writable. */
  get commandLine(): string | undefined {
    return readProperty(this, "commandLine") as string | undefined;
  }
  /** Sets `commandLine`; throws InvalidOperationException when the object's state does not allow it. */
  set commandLine(value: string | undefined) {
    writeProperty(this, "commandLine", value);
  }

  /** `containerSettings` — wire `containerSettings`; writable. */
  get containerSettings(): TaskContainerSettings | undefined {
    return readProperty(this, "containerSettings") as TaskContainerSettings | undefined;
  }
  /** Sets `containerSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set containerSettings(value: TaskContainerSettings | TaskContainerSettingsInit | undefined) {
    writeProperty(this, "containerSettings", value);
  }

  /** `resourceFiles` — wire `resourceFiles`; writable. */
  get resourceFiles(): ResourceFile[] | undefined {
    return readProperty(this, "resourceFiles") as ResourceFile[] | undefined;
  }
  /** Sets `resourceFiles`; throws InvalidOperationException when the object's state does not allow it. */
  set resourceFiles(value: readonly (ResourceFile | ResourceFileInit)[] | undefined) {
    writeProperty(this, "resourceFiles", value);
  }

  /** `environmentSettings` — wire `environmentSettings`; writable. */
  get environmentSettings(): EnvironmentSetting[] | undefined {
    return readProperty(this, "environmentSettings") as EnvironmentSetting[] | undefined;
  }
  /** Sets `environmentSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set environmentSettings(value: readonly (EnvironmentSetting | EnvironmentSettingInit)[] | undefined) {
    writeProperty(this, "environmentSettings", value);
  }

  /** `userIdentity` — wire `userIdentity`; writable. */
  get userIdentity(): UserIdentity | undefined {
    return readProperty(this, "userIdentity") as UserIdentity | undefined;
  }
  /** Sets `userIdentity`; throws InvalidOperationException when the object's state does not allow it. */
  set userIdentity(value: UserIdentity | UserIdentityInit | undefined) {
    writeProperty(this, "userIdentity", value);
  }

  /** `maxTaskRetryCount` — wire `maxTaskRetryCount`; writable. */
  get maxTaskRetryCount(): number | undefined {
    return readProperty(this, "maxTaskRetryCount") as number | undefined;
  }
  /** Sets `maxTaskRetryCount`; throws InvalidOperationException when the object's state does not allow it. */
  set maxTaskRetryCount(value: number | undefined) {
    writeProperty(this, "maxTaskRetryCount", value);
  }

  /** `waitForSuccess` — wire `waitForSuccess`; writable. */
  get waitForSuccess(): boolean | undefined {
    return readProperty(this, "waitForSuccess") as boolean | undefined;
  }
  /** Sets `waitForSuccess`; throws InvalidOperationException when the object's state does not allow it. */
  set waitForSuccess(value: boolean | undefined) {
    writeProperty(this, "waitForSuccess", value);
  }
}

/** Property table of {@link StartTaskInformation}. */
const StartTaskInformationSpec: TypeSpec = {
  typeName: "StartTaskInformation",
  kind: "value",
  properties: [
    { name: "state", wire: "state", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "startTime", wire: "startTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "endTime", wire: "endTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "exitCode", wire: "exitCode", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "containerInformation",
      wire: "containerInfo",
      converter: { kind: "value", type: () => TaskContainerExecutionInformation },
      unbound: "read",
      bound: "read",
    },
    {
      name: "failureInformation",
      wire: "failureInfo",
      converter: { kind: "value", type: () => TaskFailureInformation },
      unbound: "read",
      bound: "read",
    },
    { name: "retryCount", wire: "retryCount", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "lastRetryTime", wire: "lastRetryTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "result", wire: "result", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `StartTaskInformation` (wire `StartTaskInformation`), reported by the service; read-only. */
export class StartTaskInformation extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(StartTaskInformationSpec);
  }

  /** `state` — wire `state`; read-only. */
  get state(): StartTaskState {
    return readProperty(this, "state") as StartTaskState;
  }
  /** Not settable: always throws InvalidOperationException. */
  set state(value: never) {
    writeProperty(this, "state", value);
  }

  /** `startTime` — wire `startTime`; read-only. */
  get startTime(): Date {
    return readProperty(this, "startTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set startTime(value: never) {
    writeProperty(this, "startTime", value);
  }

  /** `endTime` — wire `endTime`; read-only. */
  get endTime(): Date | undefined {
    return readProperty(this, "endTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set endTime(value: never) {
    writeProperty(this, "endTime", value);
  }

  /** `exitCode` — wire `exitCode`; read-only. */
  get exitCode(): number | undefined {
    return readProperty(this, "exitCode") as number | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set exitCode(value: never) {
    writeProperty(this, "exitCode", value);
  }

  /** `containerInformation` — wire `containerInfo`; read-only. */
  get containerInformation(): TaskContainerExecutionInformation | undefined {
    return readProperty(this, "containerInformation") as TaskContainerExecutionInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set containerInformation(value: never) {
    writeProperty(this, "containerInformation", value);
  }

  /** `failureInformation` — wire `failureInfo`; read-only. */
  get failureInformation(): TaskFailureInformation | undefined {
    return readProperty(this, "failureInformation") as TaskFailureInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set failureInformation(value: never) {
    writeProperty(this, "failureInformation", value);
  }

  /** `retryCount` — wire `retryCount`; read-only. */
  get retryCount(): number {
    return readProperty(this, "retryCount") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set retryCount(value: never) {
    writeProperty(this, "retryCount", value);
  }

  /** `lastRetryTime` — wire `lastRetryTime`; read-only. */
  get lastRetryTime(): Date | undefined {
    return readProperty(this, "lastRetryTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastRetryTime(value: never) {
    writeProperty(this, "lastRetryTime", value);
  }

  /** `result` — wire `result`; read-only. */
  get result(): TaskExecutionResult | undefined {
    return readProperty(this, "result") as TaskExecutionResult | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set result(value: never) {
    writeProperty(this, "result", value);
  }
}

/** Property table of {@link SubtaskInformation}. */
const SubtaskInformationSpec: TypeSpec = {
  typeName: "SubtaskInformation",
  kind: "value",
  properties: [
    { name: "id", wire: "id", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "computeNodeInformation",
      wire: "nodeInfo",
      converter: { kind: "value", type: () => ComputeNodeInformation },
      unbound: "read",
      bound: "read",
    },
    { name: "startTime", wire: "startTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "endTime", wire: "endTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "exitCode", wire: "exitCode", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "containerInformation",
      wire: "containerInfo",
      converter: { kind: "value", type: () => TaskContainerExecutionInformation },
      unbound: "read",
      bound: "read",
    },
    {
      name: "failureInformation",
      wire: "failureInfo",
      converter: { kind: "value", type: () => TaskFailureInformation },
      unbound: "read",
      bound: "read",
    },
    { name: "state", wire: "state", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "stateTransitionTime",
      wire: "stateTransitionTime",
      converter: DATE,
      unbound: "read",
      bound: "read",
    },
    { name: "previousState", wire: "previousState", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "previousStateTransitionTime",
      wire: "previousStateTransitionTime",
      converter: DATE,
      unbound: "read",
      bound: "read",
    },
    { name: "result", wire: "result", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `SubtaskInformation` (wire `SubtaskInformation`), reported by the service; read-only. */
export class SubtaskInformation extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(SubtaskInformationSpec);
  }

  /** `id` — wire `id`; read-only. */
  get id(): number | undefined {
    return readProperty(this, "id") as number | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set id(value: never) {
    writeProperty(this, "id", value);
  }

  /** `computeNodeInformation` — wire `nodeInfo`; read-only. */
  get computeNodeInformation(): ComputeNodeInformation | undefined {
    return readProperty(this, "computeNodeInformation") as ComputeNodeInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set computeNodeInformation(value: never) {
    writeProperty(this, "computeNodeInformation", value);
  }

  /** `startTime` — wire `startTime`; read-only. */
  get startTime(): Date | undefined {
    return readProperty(this, "startTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set startTime(value: never) {
    writeProperty(this, "startTime", value);
  }

  /** `endTime` — wire `endTime`; read-only. */
  get endTime(): Date | undefined {
    return readProperty(this, "endTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set endTime(value: never) {
    writeProperty(this, "endTime", value);
  }

  /** `exitCode` — wire `exitCode`; read-only. */
  get exitCode(): number | undefined {
    return readProperty(this, "exitCode") as number | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set exitCode(value: never) {
    writeProperty(this, "exitCode", value);
  }

  /** `containerInformation` — wire `containerInfo`; read-only. */
  get containerInformation(): TaskContainerExecutionInformation | undefined {
    return readProperty(this, "containerInformation") as TaskContainerExecutionInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set containerInformation(value: never) {
    writeProperty(this, "containerInformation", value);
  }

  /** `failureInformation` — wire `failureInfo`; read-only. */
  get failureInformation(): TaskFailureInformation | undefined {
    return readProperty(this, "failureInformation") as TaskFailureInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set failureInformation(value: never) {
    writeProperty(this, "failureInformation", value);
  }

  /** `state` — wire `state`; read-only. */
  get state(): SubtaskState | undefined {
    return readProperty(this, "state") as SubtaskState | undefined;
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
  get previousState(): SubtaskState | undefined {
    return readProperty(this, "previousState") as SubtaskState | undefined;
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

  /** `result` — wire `result`; read-only. */
  get result(): TaskExecutionResult | undefined {
    return readProperty(this, "result") as TaskExecutionResult | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set result(value: never) {
    writeProperty(this, "result", value);
  }
}

/** Property table of {@link TaskConstraints}. */
const TaskConstraintsSpec: TypeSpec = {
  typeName: "TaskConstraints",
  kind: "value",
  properties: [
    {
      name: "maxWallClockTime",
      wire: "maxWallClockTime",
      converter: DURATION,
      unbound: "write",
      bound: "write",
    },
    { name: "retentionTime", wire: "retentionTime", converter: DURATION, unbound: "write", bound: "write" },
    {
      name: "maxTaskRetryCount",
      wire: "maxTaskRetryCount",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link TaskConstraints}; also usable as a plain object literal. */
export interface TaskConstraintsInit {
  /** Sets {@link TaskConstraints.maxWallClockTime}. */
  maxWallClockTime?: number;
  /** Sets {@link TaskConstraints.retentionTime}. */
  retentionTime?: number;
  /** Sets {@link TaskConstraints.maxTaskRetryCount}. */
  maxTaskRetryCount?: number;
}

/** Batch .NET `TaskConstraints` (wire `TaskConstraints`). Writable while its owner allows it. */
export class TaskConstraints extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: TaskConstraintsInit);
  constructor(...args: unknown[]) {
    super(TaskConstraintsSpec);
    initFromArguments(this, args, []);
  }

  /** `maxWallClockTime` — wire `maxWallClockTime`; writable. */
  get maxWallClockTime(): number | undefined {
    return readProperty(this, "maxWallClockTime") as number | undefined;
  }
  /** Sets `maxWallClockTime`; throws InvalidOperationException when the object's state does not allow it. */
  set maxWallClockTime(value: number | undefined) {
    writeProperty(this, "maxWallClockTime", value);
  }

  /** `retentionTime` — wire `retentionTime`; writable. */
  get retentionTime(): number | undefined {
    return readProperty(this, "retentionTime") as number | undefined;
  }
  /** Sets `retentionTime`; throws InvalidOperationException when the object's state does not allow it. */
  set retentionTime(value: number | undefined) {
    writeProperty(this, "retentionTime", value);
  }

  /** `maxTaskRetryCount` — wire `maxTaskRetryCount`; writable. */
  get maxTaskRetryCount(): number | undefined {
    return readProperty(this, "maxTaskRetryCount") as number | undefined;
  }
  /** Sets `maxTaskRetryCount`; throws InvalidOperationException when the object's state does not allow it. */
  set maxTaskRetryCount(value: number | undefined) {
    writeProperty(this, "maxTaskRetryCount", value);
  }
}

/** Property table of {@link TaskContainerExecutionInformation}. */
const TaskContainerExecutionInformationSpec: TypeSpec = {
  typeName: "TaskContainerExecutionInformation",
  kind: "value",
  properties: [
    { name: "containerId", wire: "containerId", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "state", wire: "state", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "error", wire: "error", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `TaskContainerExecutionInformation` (wire `TaskContainerExecutionInformation`), reported by the service; read-only. */
export class TaskContainerExecutionInformation extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(TaskContainerExecutionInformationSpec);
  }

  /** `containerId` — wire `containerId`; read-only. */
  get containerId(): string | undefined {
    return readProperty(this, "containerId") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set containerId(value: never) {
    writeProperty(this, "containerId", value);
  }

  /** `state` — wire `state`; read-only. */
  get state(): string | undefined {
    return readProperty(this, "state") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set state(value: never) {
    writeProperty(this, "state", value);
  }

  /** `error` — wire `error`; read-only. */
  get error(): string | undefined {
    return readProperty(this, "error") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set error(value: never) {
    writeProperty(this, "error", value);
  }
}

/** Property table of {@link TaskContainerSettings}. */
const TaskContainerSettingsSpec: TypeSpec = {
  typeName: "TaskContainerSettings",
  kind: "value",
  properties: [
    {
      name: "containerRunOptions",
      wire: "containerRunOptions",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    { name: "imageName", wire: "imageName", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "registry",
      wire: "registry",
      converter: { kind: "value", type: () => ContainerRegistry },
      unbound: "write",
      bound: "write",
    },
    {
      name: "workingDirectory",
      wire: "workingDirectory",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "containerHostBatchBindMounts",
      wire: "containerHostBatchBindMounts",
      converter: { kind: "array", item: { kind: "value", type: () => ContainerHostBatchBindMountEntry } },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link TaskContainerSettings}; also usable as a plain object literal. */
export interface TaskContainerSettingsInit {
  /** Sets {@link TaskContainerSettings.containerRunOptions}. */
  containerRunOptions?: string;
  /** Sets {@link TaskContainerSettings.imageName}. */
  imageName?: string;
  /** Sets {@link TaskContainerSettings.registry}. */
  registry?: ContainerRegistry | ContainerRegistryInit;
  /** Sets {@link TaskContainerSettings.workingDirectory}. */
  workingDirectory?: ContainerWorkingDirectory;
  /** Sets {@link TaskContainerSettings.containerHostBatchBindMounts}. */
  containerHostBatchBindMounts?: readonly (
    ContainerHostBatchBindMountEntry | ContainerHostBatchBindMountEntryInit
  )[];
}

/** Batch .NET `TaskContainerSettings` (wire `TaskContainerSettings`). Writable while its owner allows it. */
export class TaskContainerSettings extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: TaskContainerSettingsInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(imageName: string, init?: TaskContainerSettingsInit);
  constructor(...args: unknown[]) {
    super(TaskContainerSettingsSpec);
    initFromArguments(this, args, ["imageName"]);
  }

  /** `containerRunOptions` — wire `containerRunOptions`; writable. */
  get containerRunOptions(): string | undefined {
    return readProperty(this, "containerRunOptions") as string | undefined;
  }
  /** Sets `containerRunOptions`; throws InvalidOperationException when the object's state does not allow it. */
  set containerRunOptions(value: string | undefined) {
    writeProperty(this, "containerRunOptions", value);
  }

  /** `imageName` — wire `imageName`; writable. */
  get imageName(): string | undefined {
    return readProperty(this, "imageName") as string | undefined;
  }
  /** Sets `imageName`; throws InvalidOperationException when the object's state does not allow it. */
  set imageName(value: string | undefined) {
    writeProperty(this, "imageName", value);
  }

  /** `registry` — wire `registry`; writable. */
  get registry(): ContainerRegistry | undefined {
    return readProperty(this, "registry") as ContainerRegistry | undefined;
  }
  /** Sets `registry`; throws InvalidOperationException when the object's state does not allow it. */
  set registry(value: ContainerRegistry | ContainerRegistryInit | undefined) {
    writeProperty(this, "registry", value);
  }

  /** `workingDirectory` — wire `workingDirectory`; writable. */
  get workingDirectory(): ContainerWorkingDirectory | undefined {
    return readProperty(this, "workingDirectory") as ContainerWorkingDirectory | undefined;
  }
  /** Sets `workingDirectory`; throws InvalidOperationException when the object's state does not allow it. */
  set workingDirectory(value: ContainerWorkingDirectory | undefined) {
    writeProperty(this, "workingDirectory", value);
  }

  /** `containerHostBatchBindMounts` — wire `containerHostBatchBindMounts`; writable. */
  get containerHostBatchBindMounts(): ContainerHostBatchBindMountEntry[] | undefined {
    return readProperty(this, "containerHostBatchBindMounts") as
      ContainerHostBatchBindMountEntry[] | undefined;
  }
  /** Sets `containerHostBatchBindMounts`; throws InvalidOperationException when the object's state does not allow it. */
  set containerHostBatchBindMounts(
    value: readonly (ContainerHostBatchBindMountEntry | ContainerHostBatchBindMountEntryInit)[] | undefined,
  ) {
    writeProperty(this, "containerHostBatchBindMounts", value);
  }
}

/** Property table of {@link TaskCounts}. */
const TaskCountsSpec: TypeSpec = {
  typeName: "TaskCounts",
  kind: "value",
  properties: [
    { name: "active", wire: "active", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "running", wire: "running", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "completed", wire: "completed", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "succeeded", wire: "succeeded", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "failed", wire: "failed", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `TaskCounts` (wire `TaskCounts`), reported by the service; read-only. */
export class TaskCounts extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(TaskCountsSpec);
  }

  /** `active` — wire `active`; read-only. */
  get active(): number {
    return readProperty(this, "active") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set active(value: never) {
    writeProperty(this, "active", value);
  }

  /** `running` — wire `running`; read-only. */
  get running(): number {
    return readProperty(this, "running") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set running(value: never) {
    writeProperty(this, "running", value);
  }

  /** `completed` — wire `completed`; read-only. */
  get completed(): number {
    return readProperty(this, "completed") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set completed(value: never) {
    writeProperty(this, "completed", value);
  }

  /** `succeeded` — wire `succeeded`; read-only. */
  get succeeded(): number {
    return readProperty(this, "succeeded") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set succeeded(value: never) {
    writeProperty(this, "succeeded", value);
  }

  /** `failed` — wire `failed`; read-only. */
  get failed(): number {
    return readProperty(this, "failed") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set failed(value: never) {
    writeProperty(this, "failed", value);
  }
}

/** Property table of {@link TaskCountsResult}. */
const TaskCountsResultSpec: TypeSpec = {
  typeName: "TaskCountsResult",
  kind: "value",
  properties: [
    {
      name: "taskCounts",
      wire: "taskCounts",
      converter: { kind: "value", type: () => TaskCounts },
      unbound: "read",
      bound: "read",
    },
    {
      name: "taskSlotCounts",
      wire: "taskSlotCounts",
      converter: { kind: "value", type: () => TaskSlotCounts },
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `TaskCountsResult` (wire `TaskCountsResult`), reported by the service; read-only. */
export class TaskCountsResult extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(TaskCountsResultSpec);
  }

  /** `taskCounts` — wire `taskCounts`; read-only. */
  get taskCounts(): TaskCounts {
    return readProperty(this, "taskCounts") as TaskCounts;
  }
  /** Not settable: always throws InvalidOperationException. */
  set taskCounts(value: never) {
    writeProperty(this, "taskCounts", value);
  }

  /** `taskSlotCounts` — wire `taskSlotCounts`; read-only. */
  get taskSlotCounts(): TaskSlotCounts {
    return readProperty(this, "taskSlotCounts") as TaskSlotCounts;
  }
  /** Not settable: always throws InvalidOperationException. */
  set taskSlotCounts(value: never) {
    writeProperty(this, "taskSlotCounts", value);
  }
}

/** Property table of {@link TaskDependencies}. */
const TaskDependenciesSpec: TypeSpec = {
  typeName: "TaskDependencies",
  kind: "value",
  properties: [
    {
      name: "taskIds",
      wire: "taskIds",
      converter: { kind: "array", item: SCALAR },
      unbound: "write",
      bound: "write",
    },
    {
      name: "taskIdRanges",
      wire: "taskIdRanges",
      converter: { kind: "array", item: { kind: "value", type: () => TaskIdRange } },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link TaskDependencies}; also usable as a plain object literal. */
export interface TaskDependenciesInit {
  /** Sets {@link TaskDependencies.taskIds}. */
  taskIds?: readonly string[];
  /** Sets {@link TaskDependencies.taskIdRanges}. */
  taskIdRanges?: readonly (TaskIdRange | TaskIdRangeInit)[];
}

/** Batch .NET `TaskDependencies` (wire `TaskDependencies`). Writable while its owner allows it. */
export class TaskDependencies extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: TaskDependenciesInit);
  constructor(...args: unknown[]) {
    super(TaskDependenciesSpec);
    initFromArguments(this, args, []);
  }

  /** Depends on one task. */
  static onId(taskId: string): TaskDependencies {
    return new TaskDependencies({ taskIds: [taskId] });
  }

  /** Depends on every task in the list. */
  static onIds(...taskIds: string[]): TaskDependencies {
    return new TaskDependencies({ taskIds: taskIds.flat() });
  }

  /**
   * Depends on the given tasks (`CloudTask`s or anything with an id), passed one by one or as one
   * iterable, as Batch .NET's `OnTasks(params CloudTask[])` and `OnTasks(IEnumerable<CloudTask>)`.
   * @throws TypeError when a task has no id.
   */
  static onTasks(
    ...tasks: ({ readonly id?: string } | Iterable<{ readonly id?: string }>)[]
  ): TaskDependencies {
    const flat = tasks.flatMap((t) => (Symbol.iterator in t ? [...t] : [t]));
    return new TaskDependencies({
      taskIds: flat.map((task) => {
        if (typeof task?.id !== "string" || task.id === "") {
          throw new TypeError("TaskDependencies.onTasks: every task needs an id");
        }
        return task.id;
      }),
    });
  }

  /** Depends on the tasks whose integer ids lie in `start`…`end` (inclusive). */
  static onIdRange(start: number, end: number): TaskDependencies {
    return new TaskDependencies({ taskIdRanges: [new TaskIdRange(start, end)] });
  }

  /** `taskIds` — wire `taskIds`; writable. */
  get taskIds(): string[] | undefined {
    return readProperty(this, "taskIds") as string[] | undefined;
  }
  /** Sets `taskIds`; throws InvalidOperationException when the object's state does not allow it. */
  set taskIds(value: readonly string[] | undefined) {
    writeProperty(this, "taskIds", value);
  }

  /** `taskIdRanges` — wire `taskIdRanges`; writable. */
  get taskIdRanges(): TaskIdRange[] | undefined {
    return readProperty(this, "taskIdRanges") as TaskIdRange[] | undefined;
  }
  /** Sets `taskIdRanges`; throws InvalidOperationException when the object's state does not allow it. */
  set taskIdRanges(value: readonly (TaskIdRange | TaskIdRangeInit)[] | undefined) {
    writeProperty(this, "taskIdRanges", value);
  }
}

/** Property table of {@link TaskExecutionInformation}. */
const TaskExecutionInformationSpec: TypeSpec = {
  typeName: "TaskExecutionInformation",
  kind: "value",
  properties: [
    { name: "startTime", wire: "startTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "endTime", wire: "endTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "exitCode", wire: "exitCode", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "containerInformation",
      wire: "containerInfo",
      converter: { kind: "value", type: () => TaskContainerExecutionInformation },
      unbound: "read",
      bound: "read",
    },
    {
      name: "failureInformation",
      wire: "failureInfo",
      converter: { kind: "value", type: () => TaskFailureInformation },
      unbound: "read",
      bound: "read",
    },
    { name: "retryCount", wire: "retryCount", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "lastRetryTime", wire: "lastRetryTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "requeueCount", wire: "requeueCount", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "lastRequeueTime", wire: "lastRequeueTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "result", wire: "result", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `TaskExecutionInformation` (wire `TaskExecutionInformation`), reported by the service; read-only. */
export class TaskExecutionInformation extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(TaskExecutionInformationSpec);
  }

  /** `startTime` — wire `startTime`; read-only. */
  get startTime(): Date | undefined {
    return readProperty(this, "startTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set startTime(value: never) {
    writeProperty(this, "startTime", value);
  }

  /** `endTime` — wire `endTime`; read-only. */
  get endTime(): Date | undefined {
    return readProperty(this, "endTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set endTime(value: never) {
    writeProperty(this, "endTime", value);
  }

  /** `exitCode` — wire `exitCode`; read-only. */
  get exitCode(): number | undefined {
    return readProperty(this, "exitCode") as number | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set exitCode(value: never) {
    writeProperty(this, "exitCode", value);
  }

  /** `containerInformation` — wire `containerInfo`; read-only. */
  get containerInformation(): TaskContainerExecutionInformation | undefined {
    return readProperty(this, "containerInformation") as TaskContainerExecutionInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set containerInformation(value: never) {
    writeProperty(this, "containerInformation", value);
  }

  /** `failureInformation` — wire `failureInfo`; read-only. */
  get failureInformation(): TaskFailureInformation | undefined {
    return readProperty(this, "failureInformation") as TaskFailureInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set failureInformation(value: never) {
    writeProperty(this, "failureInformation", value);
  }

  /** `retryCount` — wire `retryCount`; read-only. */
  get retryCount(): number {
    return readProperty(this, "retryCount") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set retryCount(value: never) {
    writeProperty(this, "retryCount", value);
  }

  /** `lastRetryTime` — wire `lastRetryTime`; read-only. */
  get lastRetryTime(): Date | undefined {
    return readProperty(this, "lastRetryTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastRetryTime(value: never) {
    writeProperty(this, "lastRetryTime", value);
  }

  /** `requeueCount` — wire `requeueCount`; read-only. */
  get requeueCount(): number {
    return readProperty(this, "requeueCount") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set requeueCount(value: never) {
    writeProperty(this, "requeueCount", value);
  }

  /** `lastRequeueTime` — wire `lastRequeueTime`; read-only. */
  get lastRequeueTime(): Date | undefined {
    return readProperty(this, "lastRequeueTime") as Date | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastRequeueTime(value: never) {
    writeProperty(this, "lastRequeueTime", value);
  }

  /** `result` — wire `result`; read-only. */
  get result(): TaskExecutionResult | undefined {
    return readProperty(this, "result") as TaskExecutionResult | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set result(value: never) {
    writeProperty(this, "result", value);
  }
}

/** Property table of {@link TaskFailureInformation}. */
const TaskFailureInformationSpec: TypeSpec = {
  typeName: "TaskFailureInformation",
  kind: "value",
  properties: [
    { name: "category", wire: "category", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "code", wire: "code", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "message", wire: "message", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "details",
      wire: "details",
      converter: { kind: "array", item: { kind: "value", type: () => NameValuePair } },
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `TaskFailureInformation` (wire `TaskFailureInformation`), reported by the service; read-only. */
export class TaskFailureInformation extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(TaskFailureInformationSpec);
  }

  /** `category` — wire `category`; read-only. */
  get category(): ErrorCategory {
    return readProperty(this, "category") as ErrorCategory;
  }
  /** Not settable: always throws InvalidOperationException. */
  set category(value: never) {
    writeProperty(this, "category", value);
  }

  /** `code` — wire `code`; read-only. */
  get code(): string | undefined {
    return readProperty(this, "code") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set code(value: never) {
    writeProperty(this, "code", value);
  }

  /** `message` — wire `message`; read-only. */
  get message(): string | undefined {
    return readProperty(this, "message") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set message(value: never) {
    writeProperty(this, "message", value);
  }

  /** `details` — wire `details`; read-only. */
  get details(): NameValuePair[] | undefined {
    return readProperty(this, "details") as NameValuePair[] | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set details(value: never) {
    writeProperty(this, "details", value);
  }
}

/** Property table of {@link TaskIdRange}. */
const TaskIdRangeSpec: TypeSpec = {
  typeName: "TaskIdRange",
  kind: "value",
  properties: [
    { name: "start", wire: "start", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "end", wire: "end", converter: SCALAR, unbound: "write", bound: "write" },
  ],
};

/** Fields accepted by the constructor of {@link TaskIdRange}; also usable as a plain object literal. */
export interface TaskIdRangeInit {
  /** Sets {@link TaskIdRange.start}. */
  start?: number;
  /** Sets {@link TaskIdRange.end}. */
  end?: number;
}

/** Batch .NET `TaskIdRange` (wire `TaskIdRange`). Writable while its owner allows it. */
export class TaskIdRange extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: TaskIdRangeInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(start: number, end: number, init?: TaskIdRangeInit);
  constructor(...args: unknown[]) {
    super(TaskIdRangeSpec);
    initFromArguments(this, args, ["start", "end"]);
  }

  /** `start` — wire `start`; writable. */
  get start(): number | undefined {
    return readProperty(this, "start") as number | undefined;
  }
  /** Sets `start`; throws InvalidOperationException when the object's state does not allow it. */
  set start(value: number | undefined) {
    writeProperty(this, "start", value);
  }

  /** `end` — wire `end`; writable. */
  get end(): number | undefined {
    return readProperty(this, "end") as number | undefined;
  }
  /** Sets `end`; throws InvalidOperationException when the object's state does not allow it. */
  set end(value: number | undefined) {
    writeProperty(this, "end", value);
  }
}

/** Property table of {@link TaskInformation}. */
const TaskInformationSpec: TypeSpec = {
  typeName: "TaskInformation",
  kind: "value",
  properties: [
    { name: "taskUrl", wire: "taskUrl", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "jobId", wire: "jobId", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "taskId", wire: "taskId", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "subtaskId", wire: "subtaskId", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "taskState", wire: "taskState", converter: SCALAR, unbound: "read", bound: "read" },
    {
      name: "executionInformation",
      wire: "executionInfo",
      converter: { kind: "value", type: () => TaskExecutionInformation },
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `TaskInformation` (wire `TaskInformation`), reported by the service; read-only. */
export class TaskInformation extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(TaskInformationSpec);
  }

  /** `taskUrl` — wire `taskUrl`; read-only. */
  get taskUrl(): string | undefined {
    return readProperty(this, "taskUrl") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set taskUrl(value: never) {
    writeProperty(this, "taskUrl", value);
  }

  /** `jobId` — wire `jobId`; read-only. */
  get jobId(): string | undefined {
    return readProperty(this, "jobId") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set jobId(value: never) {
    writeProperty(this, "jobId", value);
  }

  /** `taskId` — wire `taskId`; read-only. */
  get taskId(): string | undefined {
    return readProperty(this, "taskId") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set taskId(value: never) {
    writeProperty(this, "taskId", value);
  }

  /** `subtaskId` — wire `subtaskId`; read-only. */
  get subtaskId(): number | undefined {
    return readProperty(this, "subtaskId") as number | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set subtaskId(value: never) {
    writeProperty(this, "subtaskId", value);
  }

  /** `taskState` — wire `taskState`; read-only. */
  get taskState(): TaskState {
    return readProperty(this, "taskState") as TaskState;
  }
  /** Not settable: always throws InvalidOperationException. */
  set taskState(value: never) {
    writeProperty(this, "taskState", value);
  }

  /** `executionInformation` — wire `executionInfo`; read-only. */
  get executionInformation(): TaskExecutionInformation | undefined {
    return readProperty(this, "executionInformation") as TaskExecutionInformation | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set executionInformation(value: never) {
    writeProperty(this, "executionInformation", value);
  }
}

/** Property table of {@link TaskSchedulingPolicy}. */
const TaskSchedulingPolicySpec: TypeSpec = {
  typeName: "TaskSchedulingPolicy",
  kind: "value",
  properties: [
    {
      name: "computeNodeFillType",
      wire: "nodeFillType",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link TaskSchedulingPolicy}; also usable as a plain object literal. */
export interface TaskSchedulingPolicyInit {
  /** Sets {@link TaskSchedulingPolicy.computeNodeFillType}. */
  computeNodeFillType?: ComputeNodeFillType;
}

/** Batch .NET `TaskSchedulingPolicy` (wire `TaskSchedulingPolicy`). Writable while its owner allows it. */
export class TaskSchedulingPolicy extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: TaskSchedulingPolicyInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(computeNodeFillType: ComputeNodeFillType, init?: TaskSchedulingPolicyInit);
  constructor(...args: unknown[]) {
    super(TaskSchedulingPolicySpec);
    initFromArguments(this, args, ["computeNodeFillType"]);
  }

  /** `computeNodeFillType` — wire `nodeFillType`; writable. */
  get computeNodeFillType(): ComputeNodeFillType | undefined {
    return readProperty(this, "computeNodeFillType") as ComputeNodeFillType | undefined;
  }
  /** Sets `computeNodeFillType`; throws InvalidOperationException when the object's state does not allow it. */
  set computeNodeFillType(value: ComputeNodeFillType | undefined) {
    writeProperty(this, "computeNodeFillType", value);
  }
}

/** Property table of {@link TaskSlotCounts}. */
const TaskSlotCountsSpec: TypeSpec = {
  typeName: "TaskSlotCounts",
  kind: "value",
  properties: [
    { name: "active", wire: "active", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "running", wire: "running", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "completed", wire: "completed", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "succeeded", wire: "succeeded", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "failed", wire: "failed", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `TaskSlotCounts` (wire `TaskSlotCounts`), reported by the service; read-only. */
export class TaskSlotCounts extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(TaskSlotCountsSpec);
  }

  /** `active` — wire `active`; read-only. */
  get active(): number {
    return readProperty(this, "active") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set active(value: never) {
    writeProperty(this, "active", value);
  }

  /** `running` — wire `running`; read-only. */
  get running(): number {
    return readProperty(this, "running") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set running(value: never) {
    writeProperty(this, "running", value);
  }

  /** `completed` — wire `completed`; read-only. */
  get completed(): number {
    return readProperty(this, "completed") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set completed(value: never) {
    writeProperty(this, "completed", value);
  }

  /** `succeeded` — wire `succeeded`; read-only. */
  get succeeded(): number {
    return readProperty(this, "succeeded") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set succeeded(value: never) {
    writeProperty(this, "succeeded", value);
  }

  /** `failed` — wire `failed`; read-only. */
  get failed(): number {
    return readProperty(this, "failed") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set failed(value: never) {
    writeProperty(this, "failed", value);
  }
}

/** Property table of {@link TaskStatistics}. */
const TaskStatisticsSpec: TypeSpec = {
  typeName: "TaskStatistics",
  kind: "value",
  properties: [
    { name: "url", wire: "url", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "startTime", wire: "startTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "lastUpdateTime", wire: "lastUpdateTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "userCpuTime", wire: "userCPUTime", converter: DURATION, unbound: "read", bound: "read" },
    { name: "kernelCpuTime", wire: "kernelCPUTime", converter: DURATION, unbound: "read", bound: "read" },
    { name: "wallClockTime", wire: "wallClockTime", converter: DURATION, unbound: "read", bound: "read" },
    { name: "readIOps", wire: "readIOps", converter: INT64, unbound: "read", bound: "read" },
    { name: "writeIOps", wire: "writeIOps", converter: INT64, unbound: "read", bound: "read" },
    { name: "readIOGiB", wire: "readIOGiB", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "writeIOGiB", wire: "writeIOGiB", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "waitTime", wire: "waitTime", converter: DURATION, unbound: "read", bound: "read" },
  ],
};

/** Batch .NET `TaskStatistics` (wire `TaskStatistics`), reported by the service; read-only. */
export class TaskStatistics extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(TaskStatisticsSpec);
  }

  /** `url` — wire `url`; read-only. */
  get url(): string {
    return readProperty(this, "url") as string;
  }
  /** Not settable: always throws InvalidOperationException. */
  set url(value: never) {
    writeProperty(this, "url", value);
  }

  /** `startTime` — wire `startTime`; read-only. */
  get startTime(): Date {
    return readProperty(this, "startTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set startTime(value: never) {
    writeProperty(this, "startTime", value);
  }

  /** `lastUpdateTime` — wire `lastUpdateTime`; read-only. */
  get lastUpdateTime(): Date {
    return readProperty(this, "lastUpdateTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastUpdateTime(value: never) {
    writeProperty(this, "lastUpdateTime", value);
  }

  /** `userCpuTime` — wire `userCPUTime`; read-only. */
  get userCpuTime(): number {
    return readProperty(this, "userCpuTime") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set userCpuTime(value: never) {
    writeProperty(this, "userCpuTime", value);
  }

  /** `kernelCpuTime` — wire `kernelCPUTime`; read-only. */
  get kernelCpuTime(): number {
    return readProperty(this, "kernelCpuTime") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set kernelCpuTime(value: never) {
    writeProperty(this, "kernelCpuTime", value);
  }

  /** `wallClockTime` — wire `wallClockTime`; read-only. */
  get wallClockTime(): number {
    return readProperty(this, "wallClockTime") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set wallClockTime(value: never) {
    writeProperty(this, "wallClockTime", value);
  }

  /** `readIOps` — wire `readIOps`; read-only. */
  get readIOps(): number {
    return readProperty(this, "readIOps") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set readIOps(value: never) {
    writeProperty(this, "readIOps", value);
  }

  /** `writeIOps` — wire `writeIOps`; read-only. */
  get writeIOps(): number {
    return readProperty(this, "writeIOps") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set writeIOps(value: never) {
    writeProperty(this, "writeIOps", value);
  }

  /** `readIOGiB` — wire `readIOGiB`; read-only. */
  get readIOGiB(): number {
    return readProperty(this, "readIOGiB") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set readIOGiB(value: never) {
    writeProperty(this, "readIOGiB", value);
  }

  /** `writeIOGiB` — wire `writeIOGiB`; read-only. */
  get writeIOGiB(): number {
    return readProperty(this, "writeIOGiB") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set writeIOGiB(value: never) {
    writeProperty(this, "writeIOGiB", value);
  }

  /** `waitTime` — wire `waitTime`; read-only. */
  get waitTime(): number {
    return readProperty(this, "waitTime") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set waitTime(value: never) {
    writeProperty(this, "waitTime", value);
  }
}

/** Property table of {@link UefiSettings}. */
const UefiSettingsSpec: TypeSpec = {
  typeName: "UefiSettings",
  kind: "value",
  properties: [
    {
      name: "secureBootEnabled",
      wire: "secureBootEnabled",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    { name: "vTpmEnabled", wire: "vTpmEnabled", converter: SCALAR, unbound: "write", bound: "write" },
  ],
};

/** Fields accepted by the constructor of {@link UefiSettings}; also usable as a plain object literal. */
export interface UefiSettingsInit {
  /** Sets {@link UefiSettings.secureBootEnabled}. */
  secureBootEnabled?: boolean;
  /** Sets {@link UefiSettings.vTpmEnabled}. */
  vTpmEnabled?: boolean;
}

/** Batch .NET `UefiSettings` (wire `UefiSettings`). Writable while its owner allows it. */
export class UefiSettings extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: UefiSettingsInit);
  constructor(...args: unknown[]) {
    super(UefiSettingsSpec);
    initFromArguments(this, args, []);
  }

  /** `secureBootEnabled` — wire `secureBootEnabled`; writable. */
  get secureBootEnabled(): boolean | undefined {
    return readProperty(this, "secureBootEnabled") as boolean | undefined;
  }
  /** Sets `secureBootEnabled`; throws InvalidOperationException when the object's state does not allow it. */
  set secureBootEnabled(value: boolean | undefined) {
    writeProperty(this, "secureBootEnabled", value);
  }

  /** `vTpmEnabled` — wire `vTpmEnabled`; writable. */
  get vTpmEnabled(): boolean | undefined {
    return readProperty(this, "vTpmEnabled") as boolean | undefined;
  }
  /** Sets `vTpmEnabled`; throws InvalidOperationException when the object's state does not allow it. */
  set vTpmEnabled(value: boolean | undefined) {
    writeProperty(this, "vTpmEnabled", value);
  }
}

/** Property table of {@link UpgradePolicy}. */
const UpgradePolicySpec: TypeSpec = {
  typeName: "UpgradePolicy",
  kind: "value",
  properties: [
    { name: "mode", wire: "mode", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "automaticOSUpgradePolicy",
      wire: "automaticOSUpgradePolicy",
      converter: { kind: "value", type: () => AutomaticOSUpgradePolicy },
      unbound: "write",
      bound: "write",
    },
    {
      name: "rollingUpgradePolicy",
      wire: "rollingUpgradePolicy",
      converter: { kind: "value", type: () => RollingUpgradePolicy },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link UpgradePolicy}; also usable as a plain object literal. */
export interface UpgradePolicyInit {
  /** Sets {@link UpgradePolicy.mode}. */
  mode?: UpgradeMode;
  /** Sets {@link UpgradePolicy.automaticOSUpgradePolicy}. */
  automaticOSUpgradePolicy?: AutomaticOSUpgradePolicy | AutomaticOSUpgradePolicyInit;
  /** Sets {@link UpgradePolicy.rollingUpgradePolicy}. */
  rollingUpgradePolicy?: RollingUpgradePolicy | RollingUpgradePolicyInit;
}

/** Batch .NET `UpgradePolicy` (wire `UpgradePolicy`). Writable while its owner allows it. */
export class UpgradePolicy extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: UpgradePolicyInit);
  constructor(...args: unknown[]) {
    super(UpgradePolicySpec);
    initFromArguments(this, args, []);
  }

  /** `mode` — wire `mode`; writable. */
  get mode(): UpgradeMode | undefined {
    return readProperty(this, "mode") as UpgradeMode | undefined;
  }
  /** Sets `mode`; throws InvalidOperationException when the object's state does not allow it. */
  set mode(value: UpgradeMode | undefined) {
    writeProperty(this, "mode", value);
  }

  /** `automaticOSUpgradePolicy` — wire `automaticOSUpgradePolicy`; writable. */
  get automaticOSUpgradePolicy(): AutomaticOSUpgradePolicy | undefined {
    return readProperty(this, "automaticOSUpgradePolicy") as AutomaticOSUpgradePolicy | undefined;
  }
  /** Sets `automaticOSUpgradePolicy`; throws InvalidOperationException when the object's state does not allow it. */
  set automaticOSUpgradePolicy(value: AutomaticOSUpgradePolicy | AutomaticOSUpgradePolicyInit | undefined) {
    writeProperty(this, "automaticOSUpgradePolicy", value);
  }

  /** `rollingUpgradePolicy` — wire `rollingUpgradePolicy`; writable. */
  get rollingUpgradePolicy(): RollingUpgradePolicy | undefined {
    return readProperty(this, "rollingUpgradePolicy") as RollingUpgradePolicy | undefined;
  }
  /** Sets `rollingUpgradePolicy`; throws InvalidOperationException when the object's state does not allow it. */
  set rollingUpgradePolicy(value: RollingUpgradePolicy | RollingUpgradePolicyInit | undefined) {
    writeProperty(this, "rollingUpgradePolicy", value);
  }
}

/** Property table of {@link UploadBatchServiceLogsResult}. */
const UploadBatchServiceLogsResultSpec: TypeSpec = {
  typeName: "UploadBatchServiceLogsResult",
  kind: "value",
  properties: [
    {
      name: "virtualDirectoryName",
      wire: "virtualDirectoryName",
      converter: SCALAR,
      unbound: "read",
      bound: "read",
    },
    {
      name: "numberOfFilesUploaded",
      wire: "numberOfFilesUploaded",
      converter: SCALAR,
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `UploadBatchServiceLogsResult` (wire `UploadBatchServiceLogsResult`), reported by the service; read-only. */
export class UploadBatchServiceLogsResult extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(UploadBatchServiceLogsResultSpec);
  }

  /** `virtualDirectoryName` — wire `virtualDirectoryName`; read-only. */
  get virtualDirectoryName(): string {
    return readProperty(this, "virtualDirectoryName") as string;
  }
  /** Not settable: always throws InvalidOperationException. */
  set virtualDirectoryName(value: never) {
    writeProperty(this, "virtualDirectoryName", value);
  }

  /** `numberOfFilesUploaded` — wire `numberOfFilesUploaded`; read-only. */
  get numberOfFilesUploaded(): number {
    return readProperty(this, "numberOfFilesUploaded") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set numberOfFilesUploaded(value: never) {
    writeProperty(this, "numberOfFilesUploaded", value);
  }
}

/** Property table of {@link UsageStatistics}. */
const UsageStatisticsSpec: TypeSpec = {
  typeName: "UsageStatistics",
  kind: "value",
  properties: [
    { name: "startTime", wire: "startTime", converter: DATE, unbound: "read", bound: "read" },
    { name: "lastUpdateTime", wire: "lastUpdateTime", converter: DATE, unbound: "read", bound: "read" },
    {
      name: "dedicatedCoreTime",
      wire: "dedicatedCoreTime",
      converter: DURATION,
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `UsageStatistics` (wire `UsageStatistics`), reported by the service; read-only. */
export class UsageStatistics extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(UsageStatisticsSpec);
  }

  /** `startTime` — wire `startTime`; read-only. */
  get startTime(): Date {
    return readProperty(this, "startTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set startTime(value: never) {
    writeProperty(this, "startTime", value);
  }

  /** `lastUpdateTime` — wire `lastUpdateTime`; read-only. */
  get lastUpdateTime(): Date {
    return readProperty(this, "lastUpdateTime") as Date;
  }
  /** Not settable: always throws InvalidOperationException. */
  set lastUpdateTime(value: never) {
    writeProperty(this, "lastUpdateTime", value);
  }

  /** `dedicatedCoreTime` — wire `dedicatedCoreTime`; read-only. */
  get dedicatedCoreTime(): number {
    return readProperty(this, "dedicatedCoreTime") as number;
  }
  /** Not settable: always throws InvalidOperationException. */
  set dedicatedCoreTime(value: never) {
    writeProperty(this, "dedicatedCoreTime", value);
  }
}

/** Property table of {@link UserAccount}. */
const UserAccountSpec: TypeSpec = {
  typeName: "UserAccount",
  kind: "value",
  properties: [
    { name: "name", wire: "name", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "password", wire: "password", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "elevationLevel", wire: "elevationLevel", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "linuxUserConfiguration",
      wire: "linuxUserConfiguration",
      converter: { kind: "value", type: () => LinuxUserConfiguration },
      unbound: "write",
      bound: "write",
    },
    {
      name: "windowsUserConfiguration",
      wire: "windowsUserConfiguration",
      converter: { kind: "value", type: () => WindowsUserConfiguration },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link UserAccount}; also usable as a plain object literal. */
export interface UserAccountInit {
  /** Sets {@link UserAccount.name}. */
  name?: string;
  /** Sets {@link UserAccount.password}. */
  password?: string;
  /** Sets {@link UserAccount.elevationLevel}. */
  elevationLevel?: ElevationLevel;
  /** Sets {@link UserAccount.linuxUserConfiguration}. */
  linuxUserConfiguration?: LinuxUserConfiguration | LinuxUserConfigurationInit;
  /** Sets {@link UserAccount.windowsUserConfiguration}. */
  windowsUserConfiguration?: WindowsUserConfiguration | WindowsUserConfigurationInit;
}

/** Batch .NET `UserAccount` (wire `UserAccount`). Writable while its owner allows it. */
export class UserAccount extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: UserAccountInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(name: string, password: string, init?: UserAccountInit);
  constructor(...args: unknown[]) {
    super(UserAccountSpec);
    initFromArguments(this, args, ["name", "password"]);
  }

  /** `name` — wire `name`; writable. */
  get name(): string | undefined {
    return readProperty(this, "name") as string | undefined;
  }
  /** Sets `name`; throws InvalidOperationException when the object's state does not allow it. */
  set name(value: string | undefined) {
    writeProperty(this, "name", value);
  }

  /** `password` — wire `password`; writable. */
  get password(): string | undefined {
    return readProperty(this, "password") as string | undefined;
  }
  /** Sets `password`; throws InvalidOperationException when the object's state does not allow it. */
  set password(value: string | undefined) {
    writeProperty(this, "password", value);
  }

  /** `elevationLevel` — wire `elevationLevel`; writable. */
  get elevationLevel(): ElevationLevel | undefined {
    return readProperty(this, "elevationLevel") as ElevationLevel | undefined;
  }
  /** Sets `elevationLevel`; throws InvalidOperationException when the object's state does not allow it. */
  set elevationLevel(value: ElevationLevel | undefined) {
    writeProperty(this, "elevationLevel", value);
  }

  /** `linuxUserConfiguration` — wire `linuxUserConfiguration`; writable. */
  get linuxUserConfiguration(): LinuxUserConfiguration | undefined {
    return readProperty(this, "linuxUserConfiguration") as LinuxUserConfiguration | undefined;
  }
  /** Sets `linuxUserConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set linuxUserConfiguration(value: LinuxUserConfiguration | LinuxUserConfigurationInit | undefined) {
    writeProperty(this, "linuxUserConfiguration", value);
  }

  /** `windowsUserConfiguration` — wire `windowsUserConfiguration`; writable. */
  get windowsUserConfiguration(): WindowsUserConfiguration | undefined {
    return readProperty(this, "windowsUserConfiguration") as WindowsUserConfiguration | undefined;
  }
  /** Sets `windowsUserConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set windowsUserConfiguration(value: WindowsUserConfiguration | WindowsUserConfigurationInit | undefined) {
    writeProperty(this, "windowsUserConfiguration", value);
  }
}

/** Property table of {@link UserAssignedIdentity}. */
const UserAssignedIdentitySpec: TypeSpec = {
  typeName: "UserAssignedIdentity",
  kind: "value",
  properties: [
    { name: "resourceId", wire: "resourceId", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "clientId", wire: "clientId", converter: SCALAR, unbound: "read", bound: "read" },
    { name: "principalId", wire: "principalId", converter: SCALAR, unbound: "read", bound: "read" },
  ],
};

/** Fields accepted by the constructor of {@link UserAssignedIdentity}; also usable as a plain object literal. */
export interface UserAssignedIdentityInit {
  /** Sets {@link UserAssignedIdentity.resourceId}. */
  resourceId?: string;
}

/** Batch .NET `UserAssignedIdentity` (wire `UserAssignedIdentity`). Writable while its owner allows it. */
export class UserAssignedIdentity extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: UserAssignedIdentityInit);
  constructor(...args: unknown[]) {
    super(UserAssignedIdentitySpec);
    initFromArguments(this, args, []);
  }

  /** `resourceId` — wire `resourceId`; writable. */
  get resourceId(): string | undefined {
    return readProperty(this, "resourceId") as string | undefined;
  }
  /** Sets `resourceId`; throws InvalidOperationException when the object's state does not allow it. */
  set resourceId(value: string | undefined) {
    writeProperty(this, "resourceId", value);
  }

  /** `clientId` — wire `clientId`; read-only. */
  get clientId(): string | undefined {
    return readProperty(this, "clientId") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set clientId(value: never) {
    writeProperty(this, "clientId", value);
  }

  /** `principalId` — wire `principalId`; read-only. */
  get principalId(): string | undefined {
    return readProperty(this, "principalId") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set principalId(value: never) {
    writeProperty(this, "principalId", value);
  }
}

/** Property table of {@link UserIdentity}. */
const UserIdentitySpec: TypeSpec = {
  typeName: "UserIdentity",
  kind: "value",
  properties: [
    { name: "userName", wire: "username", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "autoUser",
      wire: "autoUser",
      converter: { kind: "value", type: () => AutoUserSpecification },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link UserIdentity}; also usable as a plain object literal. */
export interface UserIdentityInit {
  /** Sets {@link UserIdentity.userName}. */
  userName?: string;
  /** Sets {@link UserIdentity.autoUser}. */
  autoUser?: AutoUserSpecification | AutoUserSpecificationInit;
}

/** Batch .NET `UserIdentity` (wire `UserIdentity`). Writable while its owner allows it. */
export class UserIdentity extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: UserIdentityInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(userName: string, init?: UserIdentityInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(autoUser: AutoUserSpecification | AutoUserSpecificationInit, init?: UserIdentityInit);
  constructor(...args: unknown[]) {
    super(UserIdentitySpec);
    initFromForms(this, args, [
      { positional: ["userName"], first: "string" },
      { positional: ["autoUser"], first: "object" },
    ]);
  }

  /** `userName` — wire `username`; writable. */
  get userName(): string | undefined {
    return readProperty(this, "userName") as string | undefined;
  }
  /** Sets `userName`; throws InvalidOperationException when the object's state does not allow it. */
  set userName(value: string | undefined) {
    writeProperty(this, "userName", value);
  }

  /** `autoUser` — wire `autoUser`; writable. */
  get autoUser(): AutoUserSpecification | undefined {
    return readProperty(this, "autoUser") as AutoUserSpecification | undefined;
  }
  /** Sets `autoUser`; throws InvalidOperationException when the object's state does not allow it. */
  set autoUser(value: AutoUserSpecification | AutoUserSpecificationInit | undefined) {
    writeProperty(this, "autoUser", value);
  }
}

/** Property table of {@link VirtualMachineConfiguration}. */
const VirtualMachineConfigurationSpec: TypeSpec = {
  typeName: "VirtualMachineConfiguration",
  kind: "value",
  properties: [
    {
      name: "imageReference",
      wire: "imageReference",
      converter: { kind: "value", type: () => ImageReference },
      unbound: "write",
      bound: "write",
    },
    { name: "nodeAgentSkuId", wire: "nodeAgentSKUId", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "windowsConfiguration",
      wire: "windowsConfiguration",
      converter: { kind: "value", type: () => WindowsConfiguration },
      unbound: "write",
      bound: "write",
    },
    {
      name: "dataDisks",
      wire: "dataDisks",
      converter: { kind: "array", item: { kind: "value", type: () => DataDisk } },
      unbound: "write",
      bound: "write",
    },
    { name: "licenseType", wire: "licenseType", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "containerConfiguration",
      wire: "containerConfiguration",
      converter: { kind: "value", type: () => ContainerConfiguration },
      unbound: "write",
      bound: "write",
    },
    {
      name: "diskEncryptionConfiguration",
      wire: "diskEncryptionConfiguration",
      converter: { kind: "value", type: () => DiskEncryptionConfiguration },
      unbound: "write",
      bound: "write",
    },
    {
      name: "nodePlacementConfiguration",
      wire: "nodePlacementConfiguration",
      converter: { kind: "value", type: () => NodePlacementConfiguration },
      unbound: "write",
      bound: "write",
    },
    {
      name: "extensions",
      wire: "extensions",
      converter: { kind: "array", item: { kind: "value", type: () => VMExtension } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "osDisk",
      wire: "osDisk",
      converter: { kind: "value", type: () => OSDisk },
      unbound: "write",
      bound: "write",
    },
    {
      name: "securityProfile",
      wire: "securityProfile",
      converter: { kind: "value", type: () => SecurityProfile },
      unbound: "write",
      bound: "write",
    },
    {
      name: "serviceArtifactReference",
      wire: "serviceArtifactReference",
      converter: { kind: "value", type: () => ServiceArtifactReference },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link VirtualMachineConfiguration}; also usable as a plain object literal. */
export interface VirtualMachineConfigurationInit {
  /** Sets {@link VirtualMachineConfiguration.imageReference}. */
  imageReference?: ImageReference | ImageReferenceInit;
  /** Sets {@link VirtualMachineConfiguration.nodeAgentSkuId}. */
  nodeAgentSkuId?: string;
  /** Sets {@link VirtualMachineConfiguration.windowsConfiguration}. */
  windowsConfiguration?: WindowsConfiguration | WindowsConfigurationInit;
  /** Sets {@link VirtualMachineConfiguration.dataDisks}. */
  dataDisks?: readonly (DataDisk | DataDiskInit)[];
  /** Sets {@link VirtualMachineConfiguration.licenseType}. */
  licenseType?: string;
  /** Sets {@link VirtualMachineConfiguration.containerConfiguration}. */
  containerConfiguration?: ContainerConfiguration | ContainerConfigurationInit;
  /** Sets {@link VirtualMachineConfiguration.diskEncryptionConfiguration}. */
  diskEncryptionConfiguration?: DiskEncryptionConfiguration | DiskEncryptionConfigurationInit;
  /** Sets {@link VirtualMachineConfiguration.nodePlacementConfiguration}. */
  nodePlacementConfiguration?: NodePlacementConfiguration | NodePlacementConfigurationInit;
  /** Sets {@link VirtualMachineConfiguration.extensions}. */
  extensions?: readonly (VMExtension | VMExtensionInit)[];
  /** Sets {@link VirtualMachineConfiguration.osDisk}. */
  osDisk?: OSDisk | OSDiskInit;
  /** Sets {@link VirtualMachineConfiguration.securityProfile}. */
  securityProfile?: SecurityProfile | SecurityProfileInit;
  /** Sets {@link VirtualMachineConfiguration.serviceArtifactReference}. */
  serviceArtifactReference?: ServiceArtifactReference | ServiceArtifactReferenceInit;
}

/** Batch .NET `VirtualMachineConfiguration` (wire `VirtualMachineConfiguration`). Writable while its owner allows it. */
export class VirtualMachineConfiguration extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: VirtualMachineConfigurationInit);
  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */
  constructor(
    imageReference: ImageReference | ImageReferenceInit,
    nodeAgentSkuId: string,
    init?: VirtualMachineConfigurationInit,
  );
  constructor(...args: unknown[]) {
    super(VirtualMachineConfigurationSpec);
    initFromArguments(this, args, ["imageReference", "nodeAgentSkuId"]);
  }

  /** `imageReference` — wire `imageReference`; writable. */
  get imageReference(): ImageReference | undefined {
    return readProperty(this, "imageReference") as ImageReference | undefined;
  }
  /** Sets `imageReference`; throws InvalidOperationException when the object's state does not allow it. */
  set imageReference(value: ImageReference | ImageReferenceInit | undefined) {
    writeProperty(this, "imageReference", value);
  }

  /** `nodeAgentSkuId` — wire `nodeAgentSKUId`; writable. */
  get nodeAgentSkuId(): string | undefined {
    return readProperty(this, "nodeAgentSkuId") as string | undefined;
  }
  /** Sets `nodeAgentSkuId`; throws InvalidOperationException when the object's state does not allow it. */
  set nodeAgentSkuId(value: string | undefined) {
    writeProperty(this, "nodeAgentSkuId", value);
  }

  /** `windowsConfiguration` — wire `windowsConfiguration`; writable. */
  get windowsConfiguration(): WindowsConfiguration | undefined {
    return readProperty(this, "windowsConfiguration") as WindowsConfiguration | undefined;
  }
  /** Sets `windowsConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set windowsConfiguration(value: WindowsConfiguration | WindowsConfigurationInit | undefined) {
    writeProperty(this, "windowsConfiguration", value);
  }

  /** `dataDisks` — wire `dataDisks`; writable. */
  get dataDisks(): DataDisk[] | undefined {
    return readProperty(this, "dataDisks") as DataDisk[] | undefined;
  }
  /** Sets `dataDisks`; throws InvalidOperationException when the object's state does not allow it. */
  set dataDisks(value: readonly (DataDisk | DataDiskInit)[] | undefined) {
    writeProperty(this, "dataDisks", value);
  }

  /** `licenseType` — wire `licenseType`; writable. */
  get licenseType(): string | undefined {
    return readProperty(this, "licenseType") as string | undefined;
  }
  /** Sets `licenseType`; throws InvalidOperationException when the object's state does not allow it. */
  set licenseType(value: string | undefined) {
    writeProperty(this, "licenseType", value);
  }

  /** `containerConfiguration` — wire `containerConfiguration`; writable. */
  get containerConfiguration(): ContainerConfiguration | undefined {
    return readProperty(this, "containerConfiguration") as ContainerConfiguration | undefined;
  }
  /** Sets `containerConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set containerConfiguration(value: ContainerConfiguration | ContainerConfigurationInit | undefined) {
    writeProperty(this, "containerConfiguration", value);
  }

  /** `diskEncryptionConfiguration` — wire `diskEncryptionConfiguration`; writable. */
  get diskEncryptionConfiguration(): DiskEncryptionConfiguration | undefined {
    return readProperty(this, "diskEncryptionConfiguration") as DiskEncryptionConfiguration | undefined;
  }
  /** Sets `diskEncryptionConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set diskEncryptionConfiguration(
    value: DiskEncryptionConfiguration | DiskEncryptionConfigurationInit | undefined,
  ) {
    writeProperty(this, "diskEncryptionConfiguration", value);
  }

  /** `nodePlacementConfiguration` — wire `nodePlacementConfiguration`; writable. */
  get nodePlacementConfiguration(): NodePlacementConfiguration | undefined {
    return readProperty(this, "nodePlacementConfiguration") as NodePlacementConfiguration | undefined;
  }
  /** Sets `nodePlacementConfiguration`; throws InvalidOperationException when the object's state does not allow it. */
  set nodePlacementConfiguration(
    value: NodePlacementConfiguration | NodePlacementConfigurationInit | undefined,
  ) {
    writeProperty(this, "nodePlacementConfiguration", value);
  }

  /** `extensions` — wire `extensions`; writable. */
  get extensions(): VMExtension[] | undefined {
    return readProperty(this, "extensions") as VMExtension[] | undefined;
  }
  /** Sets `extensions`; throws InvalidOperationException when the object's state does not allow it. */
  set extensions(value: readonly (VMExtension | VMExtensionInit)[] | undefined) {
    writeProperty(this, "extensions", value);
  }

  /** `osDisk` — wire `osDisk`; writable. */
  get osDisk(): OSDisk | undefined {
    return readProperty(this, "osDisk") as OSDisk | undefined;
  }
  /** Sets `osDisk`; throws InvalidOperationException when the object's state does not allow it. */
  set osDisk(value: OSDisk | OSDiskInit | undefined) {
    writeProperty(this, "osDisk", value);
  }

  /** `securityProfile` — wire `securityProfile`; writable. */
  get securityProfile(): SecurityProfile | undefined {
    return readProperty(this, "securityProfile") as SecurityProfile | undefined;
  }
  /** Sets `securityProfile`; throws InvalidOperationException when the object's state does not allow it. */
  set securityProfile(value: SecurityProfile | SecurityProfileInit | undefined) {
    writeProperty(this, "securityProfile", value);
  }

  /** `serviceArtifactReference` — wire `serviceArtifactReference`; writable. */
  get serviceArtifactReference(): ServiceArtifactReference | undefined {
    return readProperty(this, "serviceArtifactReference") as ServiceArtifactReference | undefined;
  }
  /** Sets `serviceArtifactReference`; throws InvalidOperationException when the object's state does not allow it. */
  set serviceArtifactReference(value: ServiceArtifactReference | ServiceArtifactReferenceInit | undefined) {
    writeProperty(this, "serviceArtifactReference", value);
  }
}

/** Property table of {@link VirtualMachineInfo}. */
const VirtualMachineInfoSpec: TypeSpec = {
  typeName: "VirtualMachineInfo",
  kind: "value",
  properties: [
    {
      name: "imageReference",
      wire: "imageReference",
      converter: { kind: "value", type: () => ImageReference },
      unbound: "read",
      bound: "read",
    },
    {
      name: "scaleSetVmResourceId",
      wire: "scaleSetVmResourceId",
      converter: SCALAR,
      unbound: "read",
      bound: "read",
    },
  ],
};

/** Batch .NET `VirtualMachineInfo` (wire `VirtualMachineInfo`), reported by the service; read-only. */
export class VirtualMachineInfo extends PropertyContainer {
  /** Creates an empty value; the runtime fills it from the service's response. */
  constructor() {
    super(VirtualMachineInfoSpec);
  }

  /** `imageReference` — wire `imageReference`; read-only. */
  get imageReference(): ImageReference | undefined {
    return readProperty(this, "imageReference") as ImageReference | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set imageReference(value: never) {
    writeProperty(this, "imageReference", value);
  }

  /** `scaleSetVmResourceId` — wire `scaleSetVmResourceId`; read-only. */
  get scaleSetVmResourceId(): string | undefined {
    return readProperty(this, "scaleSetVmResourceId") as string | undefined;
  }
  /** Not settable: always throws InvalidOperationException. */
  set scaleSetVmResourceId(value: never) {
    writeProperty(this, "scaleSetVmResourceId", value);
  }
}

/** Property table of {@link VMDiskSecurityProfile}. */
const VMDiskSecurityProfileSpec: TypeSpec = {
  typeName: "VMDiskSecurityProfile",
  kind: "value",
  properties: [
    {
      name: "securityEncryptionType",
      wire: "securityEncryptionType",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link VMDiskSecurityProfile}; also usable as a plain object literal. */
export interface VMDiskSecurityProfileInit {
  /** Sets {@link VMDiskSecurityProfile.securityEncryptionType}. */
  securityEncryptionType?: SecurityEncryptionTypes;
}

/** Batch .NET `VMDiskSecurityProfile` (wire `VMDiskSecurityProfile`). Writable while its owner allows it. */
export class VMDiskSecurityProfile extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: VMDiskSecurityProfileInit);
  constructor(...args: unknown[]) {
    super(VMDiskSecurityProfileSpec);
    initFromArguments(this, args, []);
  }

  /** `securityEncryptionType` — wire `securityEncryptionType`; writable. */
  get securityEncryptionType(): SecurityEncryptionTypes | undefined {
    return readProperty(this, "securityEncryptionType") as SecurityEncryptionTypes | undefined;
  }
  /** Sets `securityEncryptionType`; throws InvalidOperationException when the object's state does not allow it. */
  set securityEncryptionType(value: SecurityEncryptionTypes | undefined) {
    writeProperty(this, "securityEncryptionType", value);
  }
}

/** Property table of {@link VMExtension}. */
const VMExtensionSpec: TypeSpec = {
  typeName: "VMExtension",
  kind: "value",
  properties: [
    { name: "name", wire: "name", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "publisher", wire: "publisher", converter: SCALAR, unbound: "write", bound: "write" },
    { name: "type", wire: "type", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "typeHandlerVersion",
      wire: "typeHandlerVersion",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "autoUpgradeMinorVersion",
      wire: "autoUpgradeMinorVersion",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    {
      name: "enableAutomaticUpgrade",
      wire: "enableAutomaticUpgrade",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
    { name: "settings", wire: "settings", converter: MAP, unbound: "write", bound: "write" },
    {
      name: "protectedSettings",
      wire: "protectedSettings",
      converter: MAP,
      unbound: "write",
      bound: "write",
    },
    {
      name: "provisionAfterExtensions",
      wire: "provisionAfterExtensions",
      converter: { kind: "array", item: SCALAR },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link VMExtension}; also usable as a plain object literal. */
export interface VMExtensionInit {
  /** Sets {@link VMExtension.name}. */
  name?: string;
  /** Sets {@link VMExtension.publisher}. */
  publisher?: string;
  /** Sets {@link VMExtension.type}. */
  type?: string;
  /** Sets {@link VMExtension.typeHandlerVersion}. */
  typeHandlerVersion?: string;
  /** Sets {@link VMExtension.autoUpgradeMinorVersion}. */
  autoUpgradeMinorVersion?: boolean;
  /** Sets {@link VMExtension.enableAutomaticUpgrade}. */
  enableAutomaticUpgrade?: boolean;
  /** Sets {@link VMExtension.settings}. */
  settings?: Record<string, unknown>;
  /** Sets {@link VMExtension.protectedSettings}. */
  protectedSettings?: Record<string, unknown>;
  /** Sets {@link VMExtension.provisionAfterExtensions}. */
  provisionAfterExtensions?: readonly string[];
}

/** Batch .NET `VMExtension` (wire `VMExtension`). Writable while its owner allows it. */
export class VMExtension extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: VMExtensionInit);
  constructor(...args: unknown[]) {
    super(VMExtensionSpec);
    initFromArguments(this, args, []);
  }

  /** `name` — wire `name`; writable. */
  get name(): string | undefined {
    return readProperty(this, "name") as string | undefined;
  }
  /** Sets `name`; throws InvalidOperationException when the object's state does not allow it. */
  set name(value: string | undefined) {
    writeProperty(this, "name", value);
  }

  /** `publisher` — wire `publisher`; writable. */
  get publisher(): string | undefined {
    return readProperty(this, "publisher") as string | undefined;
  }
  /** Sets `publisher`; throws InvalidOperationException when the object's state does not allow it. */
  set publisher(value: string | undefined) {
    writeProperty(this, "publisher", value);
  }

  /** `type` — wire `type`; writable. */
  get type(): string | undefined {
    return readProperty(this, "type") as string | undefined;
  }
  /** Sets `type`; throws InvalidOperationException when the object's state does not allow it. */
  set type(value: string | undefined) {
    writeProperty(this, "type", value);
  }

  /** `typeHandlerVersion` — wire `typeHandlerVersion`; writable. */
  get typeHandlerVersion(): string | undefined {
    return readProperty(this, "typeHandlerVersion") as string | undefined;
  }
  /** Sets `typeHandlerVersion`; throws InvalidOperationException when the object's state does not allow it. */
  set typeHandlerVersion(value: string | undefined) {
    writeProperty(this, "typeHandlerVersion", value);
  }

  /** `autoUpgradeMinorVersion` — wire `autoUpgradeMinorVersion`; writable. */
  get autoUpgradeMinorVersion(): boolean | undefined {
    return readProperty(this, "autoUpgradeMinorVersion") as boolean | undefined;
  }
  /** Sets `autoUpgradeMinorVersion`; throws InvalidOperationException when the object's state does not allow it. */
  set autoUpgradeMinorVersion(value: boolean | undefined) {
    writeProperty(this, "autoUpgradeMinorVersion", value);
  }

  /** `enableAutomaticUpgrade` — wire `enableAutomaticUpgrade`; writable. */
  get enableAutomaticUpgrade(): boolean | undefined {
    return readProperty(this, "enableAutomaticUpgrade") as boolean | undefined;
  }
  /** Sets `enableAutomaticUpgrade`; throws InvalidOperationException when the object's state does not allow it. */
  set enableAutomaticUpgrade(value: boolean | undefined) {
    writeProperty(this, "enableAutomaticUpgrade", value);
  }

  /** `settings` — wire `settings`; writable. */
  get settings(): Record<string, unknown> | undefined {
    return readProperty(this, "settings") as Record<string, unknown> | undefined;
  }
  /** Sets `settings`; throws InvalidOperationException when the object's state does not allow it. */
  set settings(value: Record<string, unknown> | undefined) {
    writeProperty(this, "settings", value);
  }

  /** `protectedSettings` — wire `protectedSettings`; writable. */
  get protectedSettings(): Record<string, unknown> | undefined {
    return readProperty(this, "protectedSettings") as Record<string, unknown> | undefined;
  }
  /** Sets `protectedSettings`; throws InvalidOperationException when the object's state does not allow it. */
  set protectedSettings(value: Record<string, unknown> | undefined) {
    writeProperty(this, "protectedSettings", value);
  }

  /** `provisionAfterExtensions` — wire `provisionAfterExtensions`; writable. */
  get provisionAfterExtensions(): string[] | undefined {
    return readProperty(this, "provisionAfterExtensions") as string[] | undefined;
  }
  /** Sets `provisionAfterExtensions`; throws InvalidOperationException when the object's state does not allow it. */
  set provisionAfterExtensions(value: readonly string[] | undefined) {
    writeProperty(this, "provisionAfterExtensions", value);
  }
}

/** Property table of {@link VMExtensionInstanceView}. */
const VMExtensionInstanceViewSpec: TypeSpec = {
  typeName: "VMExtensionInstanceView",
  kind: "value",
  properties: [
    { name: "name", wire: "name", converter: SCALAR, unbound: "write", bound: "write" },
    {
      name: "statuses",
      wire: "statuses",
      converter: { kind: "array", item: { kind: "value", type: () => InstanceViewStatus } },
      unbound: "write",
      bound: "write",
    },
    {
      name: "subStatuses",
      wire: "subStatuses",
      converter: { kind: "array", item: { kind: "value", type: () => InstanceViewStatus } },
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link VMExtensionInstanceView}; also usable as a plain object literal. */
export interface VMExtensionInstanceViewInit {
  /** Sets {@link VMExtensionInstanceView.name}. */
  name?: string;
  /** Sets {@link VMExtensionInstanceView.statuses}. */
  statuses?: readonly (InstanceViewStatus | InstanceViewStatusInit)[];
  /** Sets {@link VMExtensionInstanceView.subStatuses}. */
  subStatuses?: readonly (InstanceViewStatus | InstanceViewStatusInit)[];
}

/** Batch .NET `VMExtensionInstanceView` (wire `VMExtensionInstanceView`). Writable while its owner allows it. */
export class VMExtensionInstanceView extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: VMExtensionInstanceViewInit);
  constructor(...args: unknown[]) {
    super(VMExtensionInstanceViewSpec);
    initFromArguments(this, args, []);
  }

  /** `name` — wire `name`; writable. */
  get name(): string | undefined {
    return readProperty(this, "name") as string | undefined;
  }
  /** Sets `name`; throws InvalidOperationException when the object's state does not allow it. */
  set name(value: string | undefined) {
    writeProperty(this, "name", value);
  }

  /** `statuses` — wire `statuses`; writable. */
  get statuses(): InstanceViewStatus[] | undefined {
    return readProperty(this, "statuses") as InstanceViewStatus[] | undefined;
  }
  /** Sets `statuses`; throws InvalidOperationException when the object's state does not allow it. */
  set statuses(value: readonly (InstanceViewStatus | InstanceViewStatusInit)[] | undefined) {
    writeProperty(this, "statuses", value);
  }

  /** `subStatuses` — wire `subStatuses`; writable. */
  get subStatuses(): InstanceViewStatus[] | undefined {
    return readProperty(this, "subStatuses") as InstanceViewStatus[] | undefined;
  }
  /** Sets `subStatuses`; throws InvalidOperationException when the object's state does not allow it. */
  set subStatuses(value: readonly (InstanceViewStatus | InstanceViewStatusInit)[] | undefined) {
    writeProperty(this, "subStatuses", value);
  }
}

/** Property table of {@link WindowsConfiguration}. */
const WindowsConfigurationSpec: TypeSpec = {
  typeName: "WindowsConfiguration",
  kind: "value",
  properties: [
    {
      name: "enableAutomaticUpdates",
      wire: "enableAutomaticUpdates",
      converter: SCALAR,
      unbound: "write",
      bound: "write",
    },
  ],
};

/** Fields accepted by the constructor of {@link WindowsConfiguration}; also usable as a plain object literal. */
export interface WindowsConfigurationInit {
  /** Sets {@link WindowsConfiguration.enableAutomaticUpdates}. */
  enableAutomaticUpdates?: boolean;
}

/** Batch .NET `WindowsConfiguration` (wire `WindowsConfiguration`). Writable while its owner allows it. */
export class WindowsConfiguration extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: WindowsConfigurationInit);
  constructor(...args: unknown[]) {
    super(WindowsConfigurationSpec);
    initFromArguments(this, args, []);
  }

  /** `enableAutomaticUpdates` — wire `enableAutomaticUpdates`; writable. */
  get enableAutomaticUpdates(): boolean | undefined {
    return readProperty(this, "enableAutomaticUpdates") as boolean | undefined;
  }
  /** Sets `enableAutomaticUpdates`; throws InvalidOperationException when the object's state does not allow it. */
  set enableAutomaticUpdates(value: boolean | undefined) {
    writeProperty(this, "enableAutomaticUpdates", value);
  }
}

/** Property table of {@link WindowsUserConfiguration}. */
const WindowsUserConfigurationSpec: TypeSpec = {
  typeName: "WindowsUserConfiguration",
  kind: "value",
  properties: [{ name: "loginMode", wire: "loginMode", converter: SCALAR, unbound: "write", bound: "write" }],
};

/** Fields accepted by the constructor of {@link WindowsUserConfiguration}; also usable as a plain object literal. */
export interface WindowsUserConfigurationInit {
  /** Sets {@link WindowsUserConfiguration.loginMode}. */
  loginMode?: LoginMode;
}

/** Batch .NET `WindowsUserConfiguration` (wire `WindowsUserConfiguration`). Writable while its owner allows it. */
export class WindowsUserConfiguration extends PropertyContainer {
  /** Creates the value from an init object. */
  constructor(init?: WindowsUserConfigurationInit);
  constructor(...args: unknown[]) {
    super(WindowsUserConfigurationSpec);
    initFromArguments(this, args, []);
  }

  /** `loginMode` — wire `loginMode`; writable. */
  get loginMode(): LoginMode | undefined {
    return readProperty(this, "loginMode") as LoginMode | undefined;
  }
  /** Sets `loginMode`; throws InvalidOperationException when the object's state does not allow it. */
  set loginMode(value: LoginMode | undefined) {
    writeProperty(this, "loginMode", value);
  }
}
