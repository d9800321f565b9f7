/**
 * `ComputeNode`: one VM of a pool, as the service reports it.
 * @module
 */
import type { ComputeNode as ComputeNodeWire } from "../protocol/models.generated.js";
import type { ComputeNodeIdentityReference, ComputeNodeIdentityReferenceInit } from "./resource-file.js";
import type { BatchClientBehavior, CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import type { ComputeNodeUser } from "./compute-node-user.js";
import type { DetailLevel } from "./detail-level.js";
import type {
  ComputeNodeDeallocateOption,
  ComputeNodeDeallocationOption,
  ComputeNodeRebootOption,
  ComputeNodeReimageOption,
  DisableComputeNodeSchedulingOption,
} from "./generated/enums.generated.js";
import { ComputeNodeProperties } from "./generated/entity-properties.generated.js";
import type {
  NodeVMExtension,
  RemoteLoginSettings,
  UploadBatchServiceLogsResult,
} from "./generated/values.generated.js";
import type { NodeFile } from "./node-file.js";
import type { PagedEnumerable } from "./paged-enumerable.js";
import { PoolOperations, type ListNodeFilesOptions } from "./pool-operations.js";
import { bindingStateOf, loadBound, type BindingState } from "./runtime/entity-lifecycle.js";
import { peekProperty } from "./runtime/property-container.js";

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

/** A compute node (Batch .NET `ComputeNode`): read-only state plus node-level operations. */
export class ComputeNode extends ComputeNodeProperties {
  readonly #caller: Caller;
  readonly #poolId: string;

  /** @internal Created by {@link PoolOperations}. */
  constructor(caller: Caller, poolId: string, wire: ComputeNodeWire) {
    super();
    this.#caller = caller;
    this.#poolId = poolId;
    loadBound(this, wire);
  }

  /** Always `"bound"`. */
  get bindingState(): BindingState {
    return bindingStateOf(this);
  }

  /** The id of the pool the node belongs to. */
  get poolId(): string {
    return this.#poolId;
  }

  /** The behaviors applied to this node's requests. */
  get customBehaviors(): BatchClientBehavior[] {
    return this.#caller.behaviors;
  }
  /** Replaces the list (later changes to the array take effect too); a TypeError if it is not behaviors. */
  set customBehaviors(value: BatchClientBehavior[]) {
    this.#caller.behaviors = value;
  }

  get #operations(): PoolOperations {
    return new PoolOperations(this.#caller);
  }

  get #id(): string {
    return peekProperty(this, "id") as string;
  }

  /** Re-reads the node from the service. */
  async refresh(detailLevel?: DetailLevel, call?: CallOptions): Promise<void> {
    const read = { operation: "refresh", clauses: { select: true }, detailLevel, call };
    const body = await this.#caller.get(read, (protocol, request) =>
      protocol.computeNode.get({ ...request, poolId: this.#poolId, nodeId: this.#id }),
    );
    loadBound(this, body);
  }

  /** Restarts the node. */
  reboot(rebootOption?: ComputeNodeRebootOption, call?: CallOptions): Promise<void> {
    return this.#operations.reboot(this.#poolId, this.#id, rebootOption, call);
  }

  /** Reinstalls the node's operating system. */
  reimage(reimageOption?: ComputeNodeReimageOption, call?: CallOptions): Promise<void> {
    return this.#operations.reimage(this.#poolId, this.#id, reimageOption, call);
  }

  /** Starts the node after it was deallocated (Batch .NET `ComputeNode.StartAsync`). */
  start(call?: CallOptions): Promise<void> {
    return this.#operations.startComputeNode(this.#poolId, this.#id, call);
  }

  /** Deallocates the node (Batch .NET `ComputeNode.DeallocateAsync`); `deallocateOption` says what happens to running tasks. */
  deallocate(deallocateOption?: ComputeNodeDeallocateOption, call?: CallOptions): Promise<void> {
    return this.#operations.deallocateComputeNode(this.#poolId, this.#id, deallocateOption, call);
  }

  /** Stops new tasks from being scheduled on the node. */
  disableScheduling(option?: DisableComputeNodeSchedulingOption, call?: CallOptions): Promise<void> {
    return this.#operations.disableComputeNodeScheduling(this.#poolId, this.#id, option, call);
  }

  /** Lets tasks be scheduled on the node again. */
  enableScheduling(call?: CallOptions): Promise<void> {
    return this.#operations.enableComputeNodeScheduling(this.#poolId, this.#id, call);
  }

  /** Removes the node from its pool. */
  removeFromPool(
    options: { deallocationOption?: ComputeNodeDeallocationOption; resizeTimeout?: number } = {},
    call?: CallOptions,
  ): Promise<void> {
    return this.#operations.removeFromPool(this.#poolId, this.#id, options, call);
  }

  /** A new unbound user account for this node. No request is made. */
  createComputeNodeUser(): ComputeNodeUser {
    return this.#operations.createComputeNodeUser(this.#poolId, this.#id);
  }

  /** Deletes a user account from this node. */
  deleteComputeNodeUser(userName: string, call?: CallOptions): Promise<void> {
    return this.#operations.deleteComputeNodeUser(this.#poolId, this.#id, userName, call);
  }

  /** Gets the address and port for remote login. */
  getRemoteLoginSettings(call?: CallOptions): Promise<RemoteLoginSettings> {
    return this.#operations.getRemoteLoginSettings(this.#poolId, this.#id, call);
  }

  /** Gets the properties of a file on this node. */
  getNodeFile(filePath: string, call?: CallOptions): Promise<NodeFile> {
    return this.#operations.getNodeFile(this.#poolId, this.#id, filePath, call);
  }

  /** Lists the files on this node (lazily). */
  listNodeFiles(options: ListNodeFilesOptions = {}, call?: CallOptions): PagedEnumerable<NodeFile> {
    return this.#operations.listNodeFiles(this.#poolId, this.#id, options, call);
  }

  /** Uploads the node's Batch service logs to a storage container. */
  uploadComputeNodeBatchServiceLogs(
    options: UploadBatchServiceLogsOptions,
    call?: CallOptions,
  ): Promise<UploadBatchServiceLogsResult> {
    return this.#operations.uploadComputeNodeBatchServiceLogs(
      { ...options, poolId: this.#poolId, computeNodeId: this.#id },
      call,
    );
  }

  /** Gets one VM extension of this node. */
  getComputeNodeExtension(
    extensionName: string,
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): Promise<NodeVMExtension> {
    return this.#operations.getComputeNodeExtension(this.#poolId, this.#id, extensionName, detailLevel, call);
  }

  /** Lists the VM extensions of this node (lazily). */
  listComputeNodeExtensions(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<NodeVMExtension> {
    return this.#operations.listComputeNodeExtensions(this.#poolId, this.#id, detailLevel, call);
  }
}
