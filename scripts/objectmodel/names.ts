/**
 * The hand-maintained half of the object-model generator: where Batch .NET's names differ from the
 * wire, which wire definitions back each entity, and which types live outside the generated code.
 * Everything else (property lists, types, access) is derived from the REST contract.
 */

/** Wire definitions whose object-model class has another name in Batch .NET. */
export const typeNames: Readonly<Record<string, string>> = {
  ComputeNodeGetRemoteLoginSettingsResult: "RemoteLoginSettings",
  CIFSMountConfiguration: "CifsMountConfiguration",
  NFSMountConfiguration: "NfsMountConfiguration",
  InboundNATPool: "InboundNatPool",
  PoolNodeCounts: "PoolNodeCounts",
};

/** Wire property names Batch .NET spells differently, wherever they occur. */
export const propertyNames: Readonly<Record<string, string>> = {
  vmSize: "virtualMachineSize",
  executionInfo: "executionInformation",
  nodeInfo: "computeNodeInformation",
  poolInfo: "poolInformation",
  stats: "statistics",
  failureInfo: "failureInformation",
  containerInfo: "containerInformation",
  affinityInfo: "affinityInformation",
  startTaskInfo: "startTaskInformation",
  nodeAgentInfo: "nodeAgentInformation",
  targetDedicatedNodes: "targetDedicatedComputeNodes",
  targetLowPriorityNodes: "targetLowPriorityComputeNodes",
  currentDedicatedNodes: "currentDedicatedComputeNodes",
  currentLowPriorityNodes: "currentLowPriorityComputeNodes",
  enableAutoScale: "autoScaleEnabled",
  enableInterNodeCommunication: "interComputeNodeCommunicationEnabled",
  nodeAgentSKUId: "nodeAgentSkuId",
  nodeFillType: "computeNodeFillType",
  jobPreparationTaskExecutionInfo: "jobPreparationTaskExecutionInformation",
  jobReleaseTaskExecutionInfo: "jobReleaseTaskExecutionInformation",
  usageStats: "usageStatistics",
  resourceStats: "resourceStatistics",
  avgCPUPercentage: "averageCpuPercentage",
  avgMemoryGiB: "averageMemoryGiB",
  avgDiskGiB: "averageDiskGiB",
  userCPUTime: "userCpuTime",
  kernelCPUTime: "kernelCpuTime",
  numSucceededTasks: "succeededTaskCount",
  numFailedTasks: "failedTaskCount",
  numTaskRetries: "taskRetryCount",
  remoteLoginIPAddress: "ipAddress",
  remoteLoginPort: "port",
  inboundNATPools: "inboundNatPools",
  nfsMountConfiguration: "nfsMountConfiguration",
  cifsMountConfiguration: "cifsMountConfiguration",
};

/** Renames that apply to one definition only. */
export const definitionPropertyNames: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ComputeNodeInformation: { nodeUrl: "computeNodeUrl", nodeId: "computeNodeId" },
  JobPreparationAndReleaseTaskExecutionInformation: { nodeUrl: "computeNodeUrl", nodeId: "computeNodeId" },
  AutoPoolSpecification: { pool: "poolSpecification" },
  UserIdentity: { username: "userName" },
  ContainerRegistry: { username: "userName" },
  NodeFile: { name: "path" },
  InboundEndpoint: { publicFQDN: "publicFqdn" },
  JobPreparationTask: { rerunOnNodeRebootAfterSuccess: "rerunOnComputeNodeRebootAfterSuccess" },
};

/** REST enums (`x-ms-enum` names) whose Batch .NET enum has another name. */
export const enumNames: Readonly<Record<string, string>> = {
  CertificateStoreLocation: "CertStoreLocation",
};

/** Enum members Batch .NET spells differently from the REST enum, by enum and wire value. */
export const enumMemberNames: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  StorageAccountType: { standard_lrs: "StandardLrs", premium_lrs: "PremiumLrs" },
};

/**
 * Batch .NET enum members with no wire value of their own, by REST enum name: the flags value `None` of
 * `CertificateVisibility` means "no account". Each stands for an empty list: a list holding it is sent
 * without it, so the service never receives the value.
 */
export const emptyListMembers: Readonly<
  Record<string, readonly { readonly name: string; readonly value: string; readonly doc: string }[]>
> = {
  CertificateVisibility: [
    {
      name: "None",
      value: "none",
      doc: "No user account sees the certificate (Batch .NET `None`); sent as an empty `visibility` list.",
    },
  ],
};

/** Leading constructor arguments, as in Batch .NET's constructors (`new StartTask(commandLine)`). */
export const positionalArguments: Readonly<Record<string, readonly string[]>> = {
  StartTask: ["commandLine"],
  JobManagerTask: ["id", "commandLine"],
  JobPreparationTask: ["commandLine"],
  JobReleaseTask: ["commandLine"],
  EnvironmentSetting: ["name", "value"],
  MetadataItem: ["name", "value"],
  VirtualMachineConfiguration: ["imageReference", "nodeAgentSkuId"],
  UserAccount: ["name", "password"],
  ExitCodeMapping: ["code", "exitOptions"],
  TaskIdRange: ["start", "end"],
  TaskContainerSettings: ["imageName"],
  DataDisk: ["lun", "diskSizeGB"],
  MultiInstanceSettings: ["coordinationCommandLine", "numberOfInstances"],
  JobConstraints: ["maxWallClockTime", "maxTaskRetryCount"],
  JobSpecification: ["poolInformation"],
  AffinityInformation: ["affinityId"],
  TaskSchedulingPolicy: ["computeNodeFillType"],
  ApplicationPackageReference: ["applicationId", "version"],
};

/**
 * Types with several Batch .NET constructors whose leading arguments differ in type
 * (`UserIdentity(string userName)`, `UserIdentity(AutoUserSpecification autoUser)`): one list of
 * leading arguments per constructor. The runtime picks the form by the first argument's type.
 */
export const constructorForms: Readonly<Record<string, readonly (readonly string[])[]>> = {
  UserIdentity: [["userName"], ["autoUser"]],
};

/** How an entity maps onto wire definitions. */
export interface EntityDefinition {
  /** The definition the service returns (get/list); absent for create-only objects. */
  readonly get?: string;
  /** The body of the create request; its fields are writable while unbound. */
  readonly add?: string;
  /**
   * Properties the create request carries beyond `add`'s definition (writable while unbound): Batch .NET
   * lets a client set them, and an edit the object model accepts is never left out of the request.
   */
  readonly addExtras?: readonly string[];
  /** The body of the full-replace request (`commit()` while bound); its fields are sent by both commits. */
  readonly replace?: string;
  /** The body of the PATCH request (`commitChanges()`); fields only it holds are sent by `commitChanges()` alone. */
  readonly patch?: string;
  /**
   * The hand-written base holding the shared lifecycle (`service-entity.ts`): `EntityBase` for entities
   * without the `commit()` / `refresh()` pair of the others.
   */
  readonly base: "EntityBase" | "ServiceEntity" | "PatchableEntity";
}

/** The entities: objects with a binding state and their own requests. */
export const entities: Readonly<Record<string, EntityDefinition>> = {
  CloudPool: {
    get: "CloudPool",
    add: "PoolAddParameter",
    addExtras: ["identity"],
    replace: "PoolUpdatePropertiesParameter",
    patch: "PoolPatchParameter",
    base: "PatchableEntity",
  },
  CloudJob: {
    get: "CloudJob",
    add: "JobAddParameter",
    replace: "JobUpdateParameter",
    patch: "JobPatchParameter",
    base: "PatchableEntity",
  },
  CloudTask: {
    get: "CloudTask",
    add: "TaskAddParameter",
    replace: "TaskUpdateParameter",
    base: "ServiceEntity",
  },
  CloudJobSchedule: {
    get: "CloudJobSchedule",
    add: "JobScheduleAddParameter",
    replace: "JobScheduleUpdateParameter",
    patch: "JobSchedulePatchParameter",
    base: "PatchableEntity",
  },
  Certificate: { get: "Certificate", add: "CertificateAddParameter", base: "ServiceEntity" },
  ComputeNode: { get: "ComputeNode", base: "EntityBase" },
  ComputeNodeUser: { add: "ComputeNodeUser", replace: "ComputeNodeUser", base: "EntityBase" },
  NodeFile: { get: "NodeFile", base: "EntityBase" },
};

/**
 * Value types a client may build although no request body holds them (Batch .NET gives them a public
 * constructor and setters, e.g. to stand in for service data in tests).
 */
export const clientWritableTypes: readonly string[] = ["NodeVMExtension"];

/** Read-only results that are reachable from no entity but returned by operations. */
export const resultTypes: readonly string[] = [
  "JobPreparationAndReleaseTaskExecutionInformation",
  "SubtaskInformation",
  "PoolNodeCounts",
  "ImageInformation",
  "ApplicationSummary",
  "PoolUsageMetrics",
  "TaskCountsResult",
  "ComputeNodeGetRemoteLoginSettingsResult",
  "NodeVMExtension",
  "UploadBatchServiceLogsResult",
  "AutoScaleRun",
];

/**
 * Definitions implemented by hand in the storage-facing modules (`resource-file.ts`, `output-file.ts`):
 * the object model holds them as they are, with the wire's field names.
 */
export const externalTypes: Readonly<
  Record<string, { readonly module: string; readonly converter?: string }>
> = {
  ResourceFile: { module: "../resource-file.js", converter: "resourceFileConverter" },
  OutputFile: { module: "../output-file.js", converter: "outputFileConverter" },
  ComputeNodeIdentityReference: { module: "../resource-file.js", converter: "identityReferenceConverter" },
};

/**
 * Static factories Batch .NET offers on a value type, emitted into the generated class as they are
 * written here (each returns a new instance built from its arguments).
 */
export const staticFactories: Readonly<Record<string, string>> = {
  TaskDependencies: `
  /** Depends on one task. */
  static onId(taskId: string): TaskDependencies {
    return new TaskDependencies({ taskIds: [taskId] });
  }

  /** Depends on every task in the list. */
  static onIds(...taskIds: string[]): TaskDependencies {
    return new TaskDependencies({ taskIds: taskIds.flat() });
  }

  /**
   * Depends on the given tasks (\`CloudTask\`s or anything with an id), passed one by one or as one
   * iterable, as Batch .NET's \`OnTasks(params CloudTask[])\` and \`OnTasks(IEnumerable<CloudTask>)\`.
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

  /** Depends on the tasks whose integer ids lie in \`start\`…\`end\` (inclusive). */
  static onIdRange(start: number, end: number): TaskDependencies {
    return new TaskDependencies({ taskIdRanges: [new TaskIdRange(start, end)] });
  }
`,
};

/**
 * Batch .NET enums with no REST definition (client-side choices), emitted with the REST enums: each
 * member's .NET name, its value and what it means.
 */
export const clientEnums: Readonly<
  Record<string, readonly { readonly name: string; readonly value: string; readonly doc: string }[]>
> = {
  ComputeNodeUserCommitSemantics: [
    { name: "AddUser", value: "addUser", doc: "Create the account." },
    {
      name: "UpdateUser",
      value: "updateUser",
      doc: "Replace the password, SSH key and expiry of an existing account.",
    },
  ],
};
