/**
 * `ComputeNode`: one VM of a pool, as the service reports it, and the node-level requests that both
 * the node and `PoolOperations` send.
 * @module
 */
import type { ComputeNode as ComputeNodeWire } from "../protocol/models.generated.js";
import type { ComputeNodeIdentityReference, ComputeNodeIdentityReferenceInit } from "./resource-file.js";
import type { CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import { ComputeNodeUser } from "./compute-node-user.js";
import type { DetailLevel } from "./detail-level.js";
import type {
  ComputeNodeDeallocateOption,
  ComputeNodeDeallocationOption,
  ComputeNodeRebootOption,
  ComputeNodeReimageOption,
  DisableComputeNodeSchedulingOption,
} from "./generated/enums.generated.js";
import { ComputeNodeProperties } from "./generated/entity-properties.generated.js";
import {
  NodeVMExtension,
  RemoteLoginSettings,
  UploadBatchServiceLogsResult,
} from "./generated/values.generated.js";
import {
  getNodeFile,
  listNodeFiles,
  type ListNodeFilesOptions,
  type NodeFile,
  type NodeFileLocation,
} from "./node-file.js";
import type { PagedEnumerable } from "./paged-enumerable.js";
import { dateToWire, optionalDuration } from "./runtime/durations.js";
import { getEntity, listEntities, type ListedEntityRequests } from "./runtime/entity-lifecycle.js";
import { peekProperty, valueFromWire } from "./runtime/property-container.js";

/** Arguments of {@link ComputeNode.uploadComputeNodeBatchServiceLogs}. */
export interface UploadBatchServiceLogsOptions {
  /** Container URL (SAS with write permission, or reachable with `identityReference`). */
  containerUrl: string;
  /** Earliest log time to include. */
  startTime: Date;
  /** Latest log time to include. */
  endTime?: Date;
  /** Managed identity used to write to the container. */
  identityReference?: ComputeNodeIdentityReference | ComputeNodeIdentityReferenceInit;
}

/** Optional arguments of {@link PoolOperations.removeFromPool}. */
export interface RemoveFromPoolOptions {
  /** What happens to running tasks on the removed nodes. */
  deallocationOption?: ComputeNodeDeallocationOption;
  /** How long the removal may take, in milliseconds. */
  resizeTimeout?: number;
}

/** The path parameters naming one node. */
interface NodeKey {
  poolId: string;
  nodeId: string;
}

/** @internal The requests behind a ComputeNode's refresh, get and list; a node lives in a pool. */
export const NODE_REQUESTS: ListedEntityRequests<ComputeNode, NodeKey, ComputeNodeWire, { poolId: string }> =
  {
    // Not entityId(): a node read without its id reaches the request layer, which names the parameter.
    key: (node) => ({ poolId: node.poolId, nodeId: peekProperty(node, "id") as string }),
    wrap: (caller, wire, { poolId }) => new ComputeNode(caller, poolId, wire),
    get: "computeNode.get",
    list: "computeNode.list",
  };

/** A compute node (Batch .NET `ComputeNode`): read-only state plus node-level operations. */
export class ComputeNode extends ComputeNodeProperties {
  readonly #poolId: string;

  /** @internal Created by `PoolOperations` and `CloudPool`. */
  constructor(caller: Caller, poolId: string, wire: ComputeNodeWire) {
    super(caller, NODE_REQUESTS, wire);
    this.#poolId = poolId;
  }

  /** The id of the pool the node belongs to. */
  get poolId(): string {
    return this.#poolId;
  }

  get #key(): NodeKey {
    return NODE_REQUESTS.key(this);
  }

  /** Re-reads the node from the service. */
  async refresh(detailLevel?: DetailLevel, call?: CallOptions): Promise<void> {
    return this.lifecycle.refresh(detailLevel, call);
  }

  /** Restarts the node. */
  reboot(rebootOption?: ComputeNodeRebootOption, call?: CallOptions): Promise<void> {
    return nodeAction(this.caller, this.#key, "reboot", rebootOption, call);
  }

  /** Reinstalls the node's operating system. */
  reimage(reimageOption?: ComputeNodeReimageOption, call?: CallOptions): Promise<void> {
    return nodeAction(this.caller, this.#key, "reimage", reimageOption, call);
  }

  /** Starts the node after it was deallocated (Batch .NET `ComputeNode.StartAsync`). */
  start(call?: CallOptions): Promise<void> {
    return this.caller.send("computeNode.start", this.#key, call);
  }

  /** Deallocates the node (Batch .NET `ComputeNode.DeallocateAsync`); `deallocateOption` says what happens to running tasks. */
  deallocate(deallocateOption?: ComputeNodeDeallocateOption, call?: CallOptions): Promise<void> {
    return nodeAction(this.caller, this.#key, "deallocate", deallocateOption, call);
  }

  /** Stops new tasks from being scheduled on the node. */
  disableScheduling(option?: DisableComputeNodeSchedulingOption, call?: CallOptions): Promise<void> {
    return nodeAction(this.caller, this.#key, "disableScheduling", option, call);
  }

  /** Lets tasks be scheduled on the node again. */
  enableScheduling(call?: CallOptions): Promise<void> {
    return this.caller.send("computeNode.enableScheduling", this.#key, call);
  }

  /** Removes the node from its pool. */
  removeFromPool(
    options: { deallocationOption?: ComputeNodeDeallocationOption; resizeTimeout?: number } = {},
    call?: CallOptions,
  ): Promise<void> {
    return removeNodes(this.caller, this.#poolId, [this.#key.nodeId], options, call);
  }

  /** A new unbound user account for this node. No request is made. */
  createComputeNodeUser(): ComputeNodeUser {
    return new ComputeNodeUser(this.caller.child(), this.#key);
  }

  /** Deletes a user account from this node. */
  deleteComputeNodeUser(userName: string, call?: CallOptions): Promise<void> {
    return this.caller.send("computeNode.deleteUser", { ...this.#key, userName }, call);
  }

  /** Gets the address and port for remote login. */
  getRemoteLoginSettings(call?: CallOptions): Promise<RemoteLoginSettings> {
    return getRemoteLoginSettings(this.caller, this.#key, call);
  }

  /** Gets the properties of a file on this node. */
  getNodeFile(filePath: string, call?: CallOptions): Promise<NodeFile> {
    return getNodeFile(this.caller, nodeLocation(this.#key), filePath, call);
  }

  /** Lists the files on this node (lazily). */
  listNodeFiles(options: ListNodeFilesOptions = {}, call?: CallOptions): PagedEnumerable<NodeFile> {
    return listNodeFiles(this.caller, nodeLocation(this.#key), options, call);
  }

  /** Uploads the node's Batch service logs to a storage container. */
  uploadComputeNodeBatchServiceLogs(
    options: UploadBatchServiceLogsOptions,
    call?: CallOptions,
  ): Promise<UploadBatchServiceLogsResult> {
    return uploadNodeLogs(this.caller, this.#key, options, call);
  }

  /** Gets one VM extension of this node. */
  getComputeNodeExtension(
    extensionName: string,
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): Promise<NodeVMExtension> {
    return getNodeExtension(this.caller, this.#key, extensionName, detailLevel, call);
  }

  /** Lists the VM extensions of this node (lazily). */
  listComputeNodeExtensions(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<NodeVMExtension> {
    return listNodeExtensions(this.caller, this.#key, detailLevel, call);
  }
}

/** @internal Where a node's files are. */
export function nodeLocation({ poolId, nodeId }: NodeKey): NodeFileLocation {
  return { kind: "node", poolId, computeNodeId: nodeId };
}

/** @internal Gets one node of a pool. */
export function getComputeNode(
  caller: Caller,
  key: NodeKey,
  detailLevel: DetailLevel | undefined,
  call: CallOptions | undefined,
): Promise<ComputeNode> {
  return getEntity(caller, NODE_REQUESTS, key, { operation: "getComputeNode", detailLevel, call });
}

/** @internal Lists the nodes of a pool (lazily). */
export function listComputeNodes(
  caller: Caller,
  poolId: string,
  detailLevel: DetailLevel | undefined,
  call: CallOptions | undefined,
): PagedEnumerable<ComputeNode> {
  return listEntities(
    caller,
    NODE_REQUESTS,
    { poolId },
    { operation: "listComputeNodes", detailLevel, call },
  );
}

/** @internal Removes nodes from a pool. */
export async function removeNodes(
  caller: Caller,
  poolId: string,
  nodeList: string[],
  options: RemoveFromPoolOptions,
  call: CallOptions | undefined,
): Promise<void> {
  if (nodeList.length === 0) throw new RangeError("removeFromPool: at least one compute node is required");
  return caller.send(
    "pool.removeNodes",
    {
      poolId,
      nodeRemoveParameter: {
        nodeList,
        resizeTimeout: optionalDuration(options.resizeTimeout),
        nodeDeallocationOption: options.deallocationOption,
      },
    },
    call,
  );
}

/** The node actions whose one optional argument travels as a one-field body: its parameter and field. */
const OPTION_ACTIONS = {
  reboot: ["nodeRebootParameter", "nodeRebootOption"],
  reimage: ["nodeReimageParameter", "nodeReimageOption"],
  deallocate: ["nodeDeallocateParameter", "nodeDeallocateOption"],
  disableScheduling: ["nodeDisableSchedulingParameter", "nodeDisableSchedulingOption"],
} as const;

/** The option each of {@link OPTION_ACTIONS} takes. */
interface ActionOptions {
  reboot: ComputeNodeRebootOption;
  reimage: ComputeNodeReimageOption;
  deallocate: ComputeNodeDeallocateOption;
  disableScheduling: DisableComputeNodeSchedulingOption;
}

/** @internal Reboots, reimages, deallocates or disables scheduling on a node; no option, no body. */
export async function nodeAction<A extends keyof ActionOptions>(
  caller: Caller,
  key: NodeKey,
  action: A,
  option: ActionOptions[A] | undefined,
  call: CallOptions | undefined,
): Promise<void> {
  const [parameter, field] = OPTION_ACTIONS[action];
  const body = option === undefined ? undefined : { [field]: option };
  // The table pairs each action with its own parameter names, which the generic signature cannot see.
  await caller.send(`computeNode.${action}`, { ...key, [parameter]: body } as never, call);
}

/** @internal Gets the address and port for remote login to a node. */
export async function getRemoteLoginSettings(
  caller: Caller,
  key: NodeKey,
  call: CallOptions | undefined,
): Promise<RemoteLoginSettings> {
  return valueFromWire(
    RemoteLoginSettings,
    await caller.body("computeNode.getRemoteLoginSettings", key, call),
  );
}

/** @internal Uploads a node's Batch service logs to a storage container. */
export async function uploadNodeLogs(
  caller: Caller,
  key: NodeKey,
  options: UploadBatchServiceLogsOptions,
  call: CallOptions | undefined,
): Promise<UploadBatchServiceLogsResult> {
  const uploadBatchServiceLogsConfiguration = {
    containerUrl: options.containerUrl,
    startTime: dateToWire(options.startTime),
    endTime: options.endTime === undefined ? undefined : dateToWire(options.endTime),
    identityReference: options.identityReference,
  };
  const body = await caller.body(
    "computeNode.uploadBatchServiceLogs",
    { ...key, uploadBatchServiceLogsConfiguration },
    call,
  );
  return valueFromWire(UploadBatchServiceLogsResult, body);
}

/** @internal Gets one VM extension of a node. */
export async function getNodeExtension(
  caller: Caller,
  key: NodeKey,
  extensionName: string,
  detailLevel: DetailLevel | undefined,
  call: CallOptions | undefined,
): Promise<NodeVMExtension> {
  const read = { operation: "getComputeNodeExtension", detailLevel, call };
  return valueFromWire(
    NodeVMExtension,
    await caller.get("computeNodeExtension.get", { ...key, extensionName }, read),
  );
}

/** @internal Lists the VM extensions of a node (lazily). */
export function listNodeExtensions(
  caller: Caller,
  key: NodeKey,
  detailLevel: DetailLevel | undefined,
  call: CallOptions | undefined,
): PagedEnumerable<NodeVMExtension> {
  const read = { operation: "listComputeNodeExtensions", detailLevel, call };
  return caller.list("computeNodeExtension.list", key, read, (wire) => valueFromWire(NodeVMExtension, wire));
}
