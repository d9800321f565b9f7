/**
 * `PoolOperations`: pools, their compute nodes, node users, node files and account-level pool queries.
 * @module
 */
import type { Writable } from "node:stream";
import type { ComputeNodeIdentityReference, ComputeNodeIdentityReferenceInit } from "./resource-file.js";
import type { CallOptions } from "./behaviors.js";
import { InheritedBehaviors } from "./inherited-behaviors.js";
import {
  CloudPool,
  enableAutoScale,
  evaluateAutoScale,
  POOL_REQUESTS,
  removeFromPool,
  resizePool,
} from "./cloud-pool.js";
import {
  getComputeNode,
  getNodeExtension,
  getRemoteLoginSettings,
  listComputeNodes,
  listNodeExtensions,
  nodeLocation,
  nodeAction,
  uploadNodeLogs,
  type ComputeNode,
} from "./compute-node.js";
import { ComputeNodeUser } from "./compute-node-user.js";
import type { DetailLevel } from "./detail-level.js";
import { getEntity, listEntities } from "./runtime/entity-lifecycle.js";
import type {
  ComputeNodeDeallocateOption,
  ComputeNodeRebootOption,
  ComputeNodeReimageOption,
  DisableComputeNodeSchedulingOption,
} from "./generated/enums.generated.js";
import {
  ImageInformation,
  PoolNodeCounts,
  PoolUsageMetrics,
  type AutoScaleRun,
  type NodeVMExtension,
  type RemoteLoginSettings,
  type UploadBatchServiceLogsResult,
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
} from "./node-file.js";
import type { PagedEnumerable } from "./paged-enumerable.js";
import { valueFromWire } from "./runtime/property-container.js";
import type { EnableAutoScaleOptions, ResizePoolOptions } from "./cloud-pool.js";
import type { RemoveFromPoolOptions } from "./compute-node.js";
import type { ListNodeFilesOptions } from "./node-file.js";

export type { EnableAutoScaleOptions, ResizePoolOptions } from "./cloud-pool.js";
export type { RemoveFromPoolOptions } from "./compute-node.js";
export type { ListNodeFilesOptions } from "./node-file.js";

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
export class PoolOperations extends InheritedBehaviors {
  /** A new unbound pool; set its properties, then `commit()` it. No request is made. */
  createPool(options: CreatePoolOptions = {}): CloudPool {
    const pool = new CloudPool(this.caller.child());
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
    return getEntity(this.caller, POOL_REQUESTS, { poolId }, { operation: "getPool", detailLevel, call });
  }

  /** Lists the pools of the account (lazily). */
  listPools(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<CloudPool> {
    return listEntities(this.caller, POOL_REQUESTS, {}, { operation: "listPools", detailLevel, call });
  }

  /** Deletes a pool. */
  async deletePool(poolId: string, call?: CallOptions): Promise<void> {
    await this.caller.send("pool.delete", { poolId }, call);
  }

  /** Changes the pool's target node counts. */
  resizePool(poolId: string, options: ResizePoolOptions = {}, call?: CallOptions): Promise<void> {
    return resizePool(this.caller, poolId, options, call);
  }

  /** Stops a resize in progress. */
  async stopResizePool(poolId: string, call?: CallOptions): Promise<void> {
    await this.caller.send("pool.stopResize", { poolId }, call);
  }

  /** Turns on automatic scaling with a formula. */
  enableAutoScale(poolId: string, options: EnableAutoScaleOptions = {}, call?: CallOptions): Promise<void> {
    return enableAutoScale(this.caller, poolId, options, call);
  }

  /** Turns off automatic scaling. */
  async disableAutoScale(poolId: string, call?: CallOptions): Promise<void> {
    await this.caller.send("pool.disableAutoScale", { poolId }, call);
  }

  /** Evaluates a formula against the pool without applying it. */
  evaluateAutoScale(poolId: string, autoscaleFormula: string, call?: CallOptions): Promise<AutoScaleRun> {
    return evaluateAutoScale(this.caller, poolId, autoscaleFormula, call);
  }

  /** Lists the nodes of a pool (lazily). */
  listComputeNodes(
    poolId: string,
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): PagedEnumerable<ComputeNode> {
    return listComputeNodes(this.caller, poolId, detailLevel, call);
  }

  /** Gets one node as a {@link ComputeNode}. */
  getComputeNode(
    poolId: string,
    computeNodeId: string,
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): Promise<ComputeNode> {
    return getComputeNode(this.caller, { poolId, nodeId: computeNodeId }, detailLevel, call);
  }

  /** Removes nodes (given by id or as objects) from a pool. */
  removeFromPool(
    poolId: string,
    computeNodes: string | ComputeNode | readonly (string | ComputeNode)[],
    options: RemoveFromPoolOptions = {},
    call?: CallOptions,
  ): Promise<void> {
    return removeFromPool(this.caller, poolId, computeNodes, options, call);
  }

  /** Restarts a node. */
  reboot(
    poolId: string,
    computeNodeId: string,
    rebootOption?: ComputeNodeRebootOption,
    call?: CallOptions,
  ): Promise<void> {
    return nodeAction(this.caller, { poolId, nodeId: computeNodeId }, "reboot", rebootOption, call);
  }

  /** Reinstalls a node's operating system. */
  reimage(
    poolId: string,
    computeNodeId: string,
    reimageOption?: ComputeNodeReimageOption,
    call?: CallOptions,
  ): Promise<void> {
    return nodeAction(this.caller, { poolId, nodeId: computeNodeId }, "reimage", reimageOption, call);
  }

  /**
   * Starts a deallocated node. Batch .NET offers this only on the node (`ComputeNode.StartAsync`,
   * here {@link ComputeNode.start}); this by-id form saves fetching the node first.
   */
  async startComputeNode(poolId: string, computeNodeId: string, call?: CallOptions): Promise<void> {
    await this.caller.send("computeNode.start", { poolId, nodeId: computeNodeId }, call);
  }

  /**
   * Deallocates a node (it keeps its disk but stops costing compute). Batch .NET offers this only on
   * the node (`ComputeNode.DeallocateAsync`, here {@link ComputeNode.deallocate}); this by-id form
   * saves fetching the node first.
   */
  deallocateComputeNode(
    poolId: string,
    computeNodeId: string,
    deallocateOption?: ComputeNodeDeallocateOption,
    call?: CallOptions,
  ): Promise<void> {
    const key = { poolId, nodeId: computeNodeId };
    return nodeAction(this.caller, key, "deallocate", deallocateOption, call);
  }

  /** Stops new tasks from being scheduled on a node. */
  disableComputeNodeScheduling(
    poolId: string,
    computeNodeId: string,
    disableComputeNodeSchedulingOption?: DisableComputeNodeSchedulingOption,
    call?: CallOptions,
  ): Promise<void> {
    const key = { poolId, nodeId: computeNodeId };
    return nodeAction(this.caller, key, "disableScheduling", disableComputeNodeSchedulingOption, call);
  }

  /** Lets tasks be scheduled on a node again. */
  async enableComputeNodeScheduling(
    poolId: string,
    computeNodeId: string,
    call?: CallOptions,
  ): Promise<void> {
    await this.caller.send("computeNode.enableScheduling", { poolId, nodeId: computeNodeId }, call);
  }

  /** A new unbound user account for a node; set its properties, then `commit()` it. No request is made. */
  createComputeNodeUser(poolId: string, computeNodeId: string): ComputeNodeUser {
    return new ComputeNodeUser(this.caller.child(), { poolId, nodeId: computeNodeId });
  }

  /** Deletes a user account from a node. */
  async deleteComputeNodeUser(
    poolId: string,
    computeNodeId: string,
    userName: string,
    call?: CallOptions,
  ): Promise<void> {
    await this.caller.send("computeNode.deleteUser", { poolId, nodeId: computeNodeId, userName }, call);
  }

  /** Gets the address and port for remote login to a node. */
  getRemoteLoginSettings(
    poolId: string,
    computeNodeId: string,
    call?: CallOptions,
  ): Promise<RemoteLoginSettings> {
    return getRemoteLoginSettings(this.caller, { poolId, nodeId: computeNodeId }, call);
  }

  /** Gets the properties of a file on a node. */
  getNodeFile(
    poolId: string,
    computeNodeId: string,
    filePath: string,
    call?: CallOptions,
  ): Promise<NodeFile> {
    return getNodeFile(this.caller, nodeLocation({ poolId, nodeId: computeNodeId }), filePath, call);
  }

  /** Lists the files on a node (lazily). */
  listNodeFiles(
    poolId: string,
    computeNodeId: string,
    options: ListNodeFilesOptions = {},
    call?: CallOptions,
  ): PagedEnumerable<NodeFile> {
    return listNodeFiles(this.caller, nodeLocation({ poolId, nodeId: computeNodeId }), options, call);
  }

  /** Deletes a file (or directory) on a node. */
  async deleteNodeFile(options: DeleteComputeNodeFileOptions, call?: CallOptions): Promise<void> {
    const location = nodeLocation({ poolId: options.poolId, nodeId: options.computeNodeId });
    await deleteNodeFile(this.caller, location, options.filePath, options.recursive, call);
  }

  /** Streams a node file's content (or a byte range of it) into `stream`. */
  async copyNodeFileContentToStream(
    options: CopyComputeNodeFileOptions & { stream: NodeJS.WritableStream | Writable },
    call?: CallOptions,
  ): Promise<void> {
    const location = nodeLocation({ poolId: options.poolId, nodeId: options.computeNodeId });
    await copyNodeFileToStream(
      this.caller,
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
    const location = nodeLocation({ poolId: options.poolId, nodeId: options.computeNodeId });
    return readNodeFileAsString(this.caller, location, options.filePath, options, call);
  }

  /** Uploads a node's Batch service logs to a storage container. */
  uploadComputeNodeBatchServiceLogs(
    options: UploadComputeNodeBatchServiceLogsOptions,
    call?: CallOptions,
  ): Promise<UploadBatchServiceLogsResult> {
    return uploadNodeLogs(
      this.caller,
      { poolId: options.poolId, nodeId: options.computeNodeId },
      options,
      call,
    );
  }

  /** Gets one VM extension of a node. */
  getComputeNodeExtension(
    poolId: string,
    computeNodeId: string,
    extensionName: string,
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): Promise<NodeVMExtension> {
    const key = { poolId, nodeId: computeNodeId };
    return getNodeExtension(this.caller, key, extensionName, detailLevel, call);
  }

  /** Lists the VM extensions of a node (lazily). */
  listComputeNodeExtensions(
    poolId: string,
    computeNodeId: string,
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): PagedEnumerable<NodeVMExtension> {
    return listNodeExtensions(this.caller, { poolId, nodeId: computeNodeId }, detailLevel, call);
  }

  /** Lists the VM images the account can use (lazily). */
  listSupportedImages(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<ImageInformation> {
    const read = { operation: "listSupportedImages", detailLevel, call };
    return this.caller.list("account.listSupportedImages", {}, read, (wire) =>
      valueFromWire(ImageInformation, wire),
    );
  }

  /** Lists node counts by state for each pool (lazily). */
  listPoolNodeCounts(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<PoolNodeCounts> {
    const read = { operation: "listPoolNodeCounts", detailLevel, call };
    return this.caller.list("account.listPoolNodeCounts", {}, read, (wire) =>
      valueFromWire(PoolNodeCounts, wire),
    );
  }

  /** Lists usage metrics per pool and aggregation interval (lazily). */
  listPoolUsageMetrics(
    options: ListPoolUsageMetricsOptions = {},
    call?: CallOptions,
  ): PagedEnumerable<PoolUsageMetrics> {
    const read = { operation: "listPoolUsageMetrics", detailLevel: options.detailLevel, call };
    const parameters = { startTime: options.startTime, endTime: options.endTime };
    return this.caller.list("pool.listUsageMetrics", parameters, read, (wire) =>
      valueFromWire(PoolUsageMetrics, wire),
    );
  }
}
