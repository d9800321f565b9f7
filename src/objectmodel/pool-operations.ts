/**
 * `PoolOperations`: pools, their compute nodes, node users, node files and account-level pool queries.
 * @module
 */
import type { Writable } from "node:stream";
import type { ComputeNodeIdentityReference, ComputeNodeIdentityReferenceInit } from "./resource-file.js";
import type { BatchClientBehavior, CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import { CloudPool, POOL_REQUESTS } from "./cloud-pool.js";
import { ComputeNode } from "./compute-node.js";
import { ComputeNodeUser } from "./compute-node-user.js";
import type { DetailLevel } from "./detail-level.js";
import { getEntity, listEntities } from "./runtime/entity-lifecycle.js";
import type {
  ComputeNodeDeallocateOption,
  ComputeNodeDeallocationOption,
  ComputeNodeRebootOption,
  ComputeNodeReimageOption,
  DisableComputeNodeSchedulingOption,
} from "./generated/enums.generated.js";
import {
  AutoScaleRun,
  ImageInformation,
  NodeVMExtension,
  PoolNodeCounts,
  PoolUsageMetrics,
  RemoteLoginSettings,
  UploadBatchServiceLogsResult,
  type VirtualMachineConfiguration,
  type VirtualMachineConfigurationInit,
} from "./generated/values.generated.js";
import {
  copyNodeFileToStream,
  deleteNodeFile,
  getNodeFile,
  listNodeFiles,
  readNodeFileAsString,
  type GetFileRequestByteRange,
  type NodeFile,
  type NodeFileLocation,
} from "./node-file.js";
import { PagedEnumerable } from "./paged-enumerable.js";
import { dateToWire, durationToWire } from "./runtime/durations.js";
import { valueFromWire } from "./runtime/property-container.js";

/** Arguments of {@link PoolOperations.createPool} (Batch .NET's `CreatePool(poolId, virtualMachineSize, …)`). */
export interface CreatePoolOptions {
  /** The pool id. */
  poolId?: string;
  /** The VM size of the nodes, e.g. `STANDARD_D2S_V3`. */
  virtualMachineSize?: string;
  /** Image and node agent of the nodes. */
  virtualMachineConfiguration?: VirtualMachineConfiguration | VirtualMachineConfigurationInit;
  /** Desired number of dedicated nodes. */
  targetDedicatedComputeNodes?: number;
  /** Desired number of Spot/low-priority nodes. */
  targetLowPriorityComputeNodes?: number;
}

/** Optional arguments of {@link PoolOperations.resizePool}. */
export interface ResizePoolOptions {
  /** Desired number of dedicated nodes. */
  targetDedicatedComputeNodes?: number;
  /** Desired number of Spot/low-priority nodes. */
  targetLowPriorityComputeNodes?: number;
  /** How long the resize may take, in milliseconds. */
  resizeTimeout?: number;
  /** What happens to running tasks on nodes that are removed. */
  deallocationOption?: ComputeNodeDeallocationOption;
}

/** Optional arguments of {@link PoolOperations.enableAutoScale}. */
export interface EnableAutoScaleOptions {
  /** The autoscale formula. */
  autoscaleFormula?: string;
  /** How often the formula is evaluated, in milliseconds. */
  autoscaleEvaluationInterval?: number;
}

/** Optional arguments of {@link PoolOperations.removeFromPool}. */
export interface RemoveFromPoolOptions {
  /** What happens to running tasks on the removed nodes. */
  deallocationOption?: ComputeNodeDeallocationOption;
  /** How long the removal may take, in milliseconds. */
  resizeTimeout?: number;
}

/** Optional arguments of the node-file list calls. */
export interface ListNodeFilesOptions {
  /** Also list files in subdirectories. */
  recursive?: boolean;
  /** `$filter` on the file list. */
  detailLevel?: DetailLevel;
}

/** Arguments of {@link PoolOperations.deleteNodeFile}. */
export interface DeleteComputeNodeFileOptions {
  /** The pool id. */
  poolId: string;
  /** The node id. */
  computeNodeId: string;
  /** Path of the file relative to the node's root directory. */
  filePath: string;
  /** Delete a directory and its content. */
  recursive?: boolean;
}

/** Arguments of {@link PoolOperations.copyNodeFileContentToStream}. */
export interface CopyComputeNodeFileOptions {
  /** The pool id. */
  poolId: string;
  /** The node id. */
  computeNodeId: string;
  /** Path of the file relative to the node's root directory. */
  filePath: string;
  /** Only these bytes. */
  byteRange?: GetFileRequestByteRange;
}

/** Arguments of {@link PoolOperations.uploadComputeNodeBatchServiceLogs}. */
export interface UploadComputeNodeBatchServiceLogsOptions {
  /** The pool id. */
  poolId: string;
  /** The node id. */
  computeNodeId: string;
  /** Container URL (SAS with write permission, or reachable with `identityReference`). */
  containerUrl: string;
  /** Earliest log time to include. */
  startTime: Date;
  /** Latest log time to include. */
  endTime?: Date;
  /** Managed identity used to write to the container. */
  identityReference?: ComputeNodeIdentityReference | ComputeNodeIdentityReferenceInit;
}

/** Optional arguments of {@link PoolOperations.listPoolUsageMetrics}. */
export interface ListPoolUsageMetricsOptions {
  /** Earliest aggregation interval start. */
  startTime?: Date;
  /** Latest aggregation interval start. */
  endTime?: Date;
  /** `$filter` on the metrics. */
  detailLevel?: DetailLevel;
}

/**
 * Pool-level operations (Batch .NET `PoolOperations`), reached as `batchClient.poolOperations`.
 * Every request-making method takes a last optional {@link CallOptions}.
 */
export class PoolOperations {
  readonly #caller: Caller;

  /** @internal Created by `BatchClient` (and by entities, with their own behaviors). */
  constructor(caller: Caller) {
    this.#caller = caller;
  }

  /** The behaviors applied to every request made through this object (a copy of the client's). */
  get customBehaviors(): BatchClientBehavior[] {
    return this.#caller.behaviors;
  }
  /** Replaces the list (later changes to the array take effect too); a TypeError if it is not behaviors. */
  set customBehaviors(value: BatchClientBehavior[]) {
    this.#caller.behaviors = value;
  }

  /** A new unbound pool; set its properties, then `commit()` it. No request is made. */
  createPool(options: CreatePoolOptions = {}): CloudPool {
    const pool = new CloudPool(this.#caller.child());
    if (options.poolId !== undefined) pool.id = options.poolId;
    if (options.virtualMachineSize !== undefined) pool.virtualMachineSize = options.virtualMachineSize;
    if (options.virtualMachineConfiguration !== undefined) {
      pool.virtualMachineConfiguration = options.virtualMachineConfiguration;
    }
    if (options.targetDedicatedComputeNodes !== undefined) {
      pool.targetDedicatedComputeNodes = options.targetDedicatedComputeNodes;
    }
    if (options.targetLowPriorityComputeNodes !== undefined) {
      pool.targetLowPriorityComputeNodes = options.targetLowPriorityComputeNodes;
    }
    return pool;
  }

  /** Gets a pool as a bound {@link CloudPool}. */
  getPool(poolId: string, detailLevel?: DetailLevel, call?: CallOptions): Promise<CloudPool> {
    return getEntity(this.#caller, POOL_REQUESTS, { poolId }, { operation: "getPool", detailLevel, call });
  }

  /** Lists the pools of the account (lazily). */
  listPools(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<CloudPool> {
    return listEntities(this.#caller, POOL_REQUESTS, { operation: "listPools", detailLevel, call });
  }

  /** Deletes a pool. */
  async deletePool(poolId: string, call?: CallOptions): Promise<void> {
    await this.#caller.protocol.pool.delete({ ...this.#caller.options(call), poolId });
  }

  /** Changes the pool's target node counts. */
  async resizePool(poolId: string, options: ResizePoolOptions = {}, call?: CallOptions): Promise<void> {
    await this.#caller.protocol.pool.resize({
      ...this.#caller.options(call),
      poolId,
      poolResizeParameter: {
        targetDedicatedNodes: options.targetDedicatedComputeNodes,
        targetLowPriorityNodes: options.targetLowPriorityComputeNodes,
        resizeTimeout: optionalDuration(options.resizeTimeout),
        nodeDeallocationOption: options.deallocationOption,
      },
    });
  }

  /** Stops a resize in progress. */
  async stopResizePool(poolId: string, call?: CallOptions): Promise<void> {
    await this.#caller.protocol.pool.stopResize({ ...this.#caller.options(call), poolId });
  }

  /** Turns on automatic scaling with a formula. */
  async enableAutoScale(
    poolId: string,
    options: EnableAutoScaleOptions = {},
    call?: CallOptions,
  ): Promise<void> {
    await this.#caller.protocol.pool.enableAutoScale({
      ...this.#caller.options(call),
      poolId,
      poolEnableAutoScaleParameter: {
        autoScaleFormula: options.autoscaleFormula,
        autoScaleEvaluationInterval: optionalDuration(options.autoscaleEvaluationInterval),
      },
    });
  }

  /** Turns off automatic scaling. */
  async disableAutoScale(poolId: string, call?: CallOptions): Promise<void> {
    await this.#caller.protocol.pool.disableAutoScale({ ...this.#caller.options(call), poolId });
  }

  /** Evaluates a formula against the pool without applying it. */
  async evaluateAutoScale(
    poolId: string,
    autoscaleFormula: string,
    call?: CallOptions,
  ): Promise<AutoScaleRun> {
    const { body } = await this.#caller.protocol.pool.evaluateAutoScale({
      ...this.#caller.options(call),
      poolId,
      poolEvaluateAutoScaleParameter: { autoScaleFormula: autoscaleFormula },
    });
    return valueFromWire(AutoScaleRun, body);
  }

  /** Lists the nodes of a pool (lazily). */
  listComputeNodes(
    poolId: string,
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): PagedEnumerable<ComputeNode> {
    return this.#caller.list(
      {
        operation: "listComputeNodes",
        clauses: { filter: true, select: true },
        detailLevel,
        call,
      },
      (protocol, request) => protocol.computeNode.list({ ...request, poolId }),
      (wire) => new ComputeNode(this.#caller.child(), poolId, wire),
    );
  }

  /** Gets one node as a {@link ComputeNode}. */
  async getComputeNode(
    poolId: string,
    computeNodeId: string,
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): Promise<ComputeNode> {
    const body = await this.#caller.get(
      { operation: "getComputeNode", clauses: { select: true }, detailLevel, call },
      (protocol, request) => protocol.computeNode.get({ ...request, poolId, nodeId: computeNodeId }),
    );
    return new ComputeNode(this.#caller.child(), poolId, body);
  }

  /** Removes nodes (given by id or as objects) from a pool. */
  async removeFromPool(
    poolId: string,
    computeNodes: string | ComputeNode | readonly (string | ComputeNode)[],
    options: RemoveFromPoolOptions = {},
    call?: CallOptions,
  ): Promise<void> {
    const list = (Array.isArray(computeNodes) ? computeNodes : [computeNodes]) as readonly (
      string | ComputeNode
    )[];
    const nodeList = list.map((node) => (typeof node === "string" ? node : (node.id as string)));
    if (nodeList.length === 0) throw new RangeError("removeFromPool: at least one compute node is required");
    await this.#caller.protocol.pool.removeNodes({
      ...this.#caller.options(call),
      poolId,
      nodeRemoveParameter: {
        nodeList,
        resizeTimeout: optionalDuration(options.resizeTimeout),
        nodeDeallocationOption: options.deallocationOption,
      },
    });
  }

  /** Restarts a node. */
  async reboot(
    poolId: string,
    computeNodeId: string,
    rebootOption?: ComputeNodeRebootOption,
    call?: CallOptions,
  ): Promise<void> {
    await this.#caller.protocol.computeNode.reboot({
      ...this.#caller.options(call),
      poolId,
      nodeId: computeNodeId,
      nodeRebootParameter: rebootOption === undefined ? undefined : { nodeRebootOption: rebootOption },
    });
  }

  /** Reinstalls a node's operating system. */
  async reimage(
    poolId: string,
    computeNodeId: string,
    reimageOption?: ComputeNodeReimageOption,
    call?: CallOptions,
  ): Promise<void> {
    await this.#caller.protocol.computeNode.reimage({
      ...this.#caller.options(call),
      poolId,
      nodeId: computeNodeId,
      nodeReimageParameter: reimageOption === undefined ? undefined : { nodeReimageOption: reimageOption },
    });
  }

  /**
   * Starts a deallocated node. Batch .NET offers this only on the node (`ComputeNode.StartAsync`,
   * here {@link ComputeNode.start}); this by-id form saves fetching the node first.
   */
  async startComputeNode(poolId: string, computeNodeId: string, call?: CallOptions): Promise<void> {
    await this.#caller.protocol.computeNode.start({
      ...this.#caller.options(call),
      poolId,
      nodeId: computeNodeId,
    });
  }

  /**
   * Deallocates a node (it keeps its disk but stops costing compute). Batch .NET offers this only on
   * the node (`ComputeNode.DeallocateAsync`, here {@link ComputeNode.deallocate}); this by-id form
   * saves fetching the node first.
   */
  async deallocateComputeNode(
    poolId: string,
    computeNodeId: string,
    deallocateOption?: ComputeNodeDeallocateOption,
    call?: CallOptions,
  ): Promise<void> {
    await this.#caller.protocol.computeNode.deallocate({
      ...this.#caller.options(call),
      poolId,
      nodeId: computeNodeId,
      nodeDeallocateParameter:
        deallocateOption === undefined ? undefined : { nodeDeallocateOption: deallocateOption },
    });
  }

  /** Stops new tasks from being scheduled on a node. */
  async disableComputeNodeScheduling(
    poolId: string,
    computeNodeId: string,
    disableComputeNodeSchedulingOption?: DisableComputeNodeSchedulingOption,
    call?: CallOptions,
  ): Promise<void> {
    await this.#caller.protocol.computeNode.disableScheduling({
      ...this.#caller.options(call),
      poolId,
      nodeId: computeNodeId,
      nodeDisableSchedulingParameter:
        disableComputeNodeSchedulingOption === undefined
          ? undefined
          : { nodeDisableSchedulingOption: disableComputeNodeSchedulingOption },
    });
  }

  /** Lets tasks be scheduled on a node again. */
  async enableComputeNodeScheduling(
    poolId: string,
    computeNodeId: string,
    call?: CallOptions,
  ): Promise<void> {
    await this.#caller.protocol.computeNode.enableScheduling({
      ...this.#caller.options(call),
      poolId,
      nodeId: computeNodeId,
    });
  }

  /** A new unbound user account for a node; set its properties, then `commit()` it. No request is made. */
  createComputeNodeUser(poolId: string, computeNodeId: string): ComputeNodeUser {
    return new ComputeNodeUser(this.#caller.child(), poolId, computeNodeId);
  }

  /** Deletes a user account from a node. */
  async deleteComputeNodeUser(
    poolId: string,
    computeNodeId: string,
    userName: string,
    call?: CallOptions,
  ): Promise<void> {
    await this.#caller.protocol.computeNode.deleteUser({
      ...this.#caller.options(call),
      poolId,
      nodeId: computeNodeId,
      userName,
    });
  }

  /** Gets the address and port for remote login to a node. */
  async getRemoteLoginSettings(
    poolId: string,
    computeNodeId: string,
    call?: CallOptions,
  ): Promise<RemoteLoginSettings> {
    const { body } = await this.#caller.protocol.computeNode.getRemoteLoginSettings({
      ...this.#caller.options(call),
      poolId,
      nodeId: computeNodeId,
    });
    return valueFromWire(RemoteLoginSettings, body);
  }

  /** Gets the properties of a file on a node. */
  getNodeFile(
    poolId: string,
    computeNodeId: string,
    filePath: string,
    call?: CallOptions,
  ): Promise<NodeFile> {
    return getNodeFile(this.#caller, nodeLocation(poolId, computeNodeId), filePath, call);
  }

  /** Lists the files on a node (lazily). */
  listNodeFiles(
    poolId: string,
    computeNodeId: string,
    options: ListNodeFilesOptions = {},
    call?: CallOptions,
  ): PagedEnumerable<NodeFile> {
    return listNodeFiles(this.#caller, nodeLocation(poolId, computeNodeId), options, call);
  }

  /** Deletes a file (or directory) on a node. */
  async deleteNodeFile(options: DeleteComputeNodeFileOptions, call?: CallOptions): Promise<void> {
    const location = nodeLocation(options.poolId, options.computeNodeId);
    await deleteNodeFile(this.#caller, location, options.filePath, options.recursive, call);
  }

  /** Streams a node file's content (or a byte range of it) into `stream`. */
  async copyNodeFileContentToStream(
    options: CopyComputeNodeFileOptions & { stream: NodeJS.WritableStream | Writable },
    call?: CallOptions,
  ): Promise<void> {
    const location = nodeLocation(options.poolId, options.computeNodeId);
    await copyNodeFileToStream(
      this.#caller,
      location,
      options.filePath,
      options.stream,
      options.byteRange,
      call,
    );
  }

  /** Reads a node file's content (or a byte range of it) as text. */
  async copyNodeFileContentToString(
    options: CopyComputeNodeFileOptions & { encoding?: BufferEncoding },
    call?: CallOptions,
  ): Promise<string> {
    return readNodeFileAsString(
      this.#caller,
      nodeLocation(options.poolId, options.computeNodeId),
      options.filePath,
      options,
      call,
    );
  }

  /** Uploads a node's Batch service logs to a storage container. */
  async uploadComputeNodeBatchServiceLogs(
    options: UploadComputeNodeBatchServiceLogsOptions,
    call?: CallOptions,
  ): Promise<UploadBatchServiceLogsResult> {
    const { body } = await this.#caller.protocol.computeNode.uploadBatchServiceLogs({
      ...this.#caller.options(call),
      poolId: options.poolId,
      nodeId: options.computeNodeId,
      uploadBatchServiceLogsConfiguration: {
        containerUrl: options.containerUrl,
        startTime: dateToWire(options.startTime),
        endTime: options.endTime === undefined ? undefined : dateToWire(options.endTime),
        identityReference: options.identityReference,
      },
    });
    return valueFromWire(UploadBatchServiceLogsResult, body);
  }

  /** Gets one VM extension of a node. */
  async getComputeNodeExtension(
    poolId: string,
    computeNodeId: string,
    extensionName: string,
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): Promise<NodeVMExtension> {
    const body = await this.#caller.get(
      { operation: "getComputeNodeExtension", clauses: { select: true }, detailLevel, call },
      (protocol, request) =>
        protocol.computeNodeExtension.get({ ...request, poolId, nodeId: computeNodeId, extensionName }),
    );
    return valueFromWire(NodeVMExtension, body);
  }

  /** Lists the VM extensions of a node (lazily). */
  listComputeNodeExtensions(
    poolId: string,
    computeNodeId: string,
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): PagedEnumerable<NodeVMExtension> {
    return this.#caller.list(
      { operation: "listComputeNodeExtensions", clauses: { select: true }, detailLevel, call },
      (protocol, request) =>
        protocol.computeNodeExtension.list({ ...request, poolId, nodeId: computeNodeId }),
      (wire) => valueFromWire(NodeVMExtension, wire),
    );
  }

  /** Lists the VM images the account can use (lazily). */
  listSupportedImages(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<ImageInformation> {
    return this.#caller.list(
      { operation: "listSupportedImages", clauses: { filter: true }, detailLevel, call },
      (protocol, request) => protocol.account.listSupportedImages(request),
      (wire) => valueFromWire(ImageInformation, wire),
    );
  }

  /** Lists node counts by state for each pool (lazily). */
  listPoolNodeCounts(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<PoolNodeCounts> {
    return this.#caller.list(
      { operation: "listPoolNodeCounts", clauses: { filter: true }, detailLevel, call },
      (protocol, request) => protocol.account.listPoolNodeCounts(request),
      (wire) => valueFromWire(PoolNodeCounts, wire),
    );
  }

  /** Lists usage metrics per pool and aggregation interval (lazily). */
  listPoolUsageMetrics(
    options: ListPoolUsageMetricsOptions = {},
    call?: CallOptions,
  ): PagedEnumerable<PoolUsageMetrics> {
    return this.#caller.list(
      {
        operation: "listPoolUsageMetrics",
        clauses: { filter: true },
        detailLevel: options.detailLevel,
        call,
      },
      (protocol, request) =>
        protocol.pool.listUsageMetrics({
          ...request,
          startTime: options.startTime,
          endTime: options.endTime,
        }),
      (wire) => valueFromWire(PoolUsageMetrics, wire),
    );
  }
}

function nodeLocation(poolId: string, computeNodeId: string): NodeFileLocation {
  return { kind: "node", poolId, computeNodeId };
}

/** Milliseconds to an ISO-8601 duration, passing `undefined` through. */
export function optionalDuration(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : durationToWire(ms);
}
