/**
 * `CloudPool`: a pool of compute nodes, unbound (being built) or bound (read from the service).
 * @module
 */
import type {
  CloudPool as CloudPoolWire,
  PoolAddParameter,
  PoolPatchParameter,
  PoolUpdatePropertiesParameter,
} from "../protocol/models.generated.js";
import type { CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import type { ComputeNode } from "./compute-node.js";
import type { DetailLevel } from "./detail-level.js";
import { CloudPoolProperties } from "./generated/entity-properties.generated.js";
import type { AutoScaleRun } from "./generated/values.generated.js";
import type { PagedEnumerable } from "./paged-enumerable.js";
import {
  PoolOperations,
  type EnableAutoScaleOptions,
  type RemoveFromPoolOptions,
  type ResizePoolOptions,
} from "./pool-operations.js";
import { entityId, type EntityRequests } from "./runtime/entity-lifecycle.js";

/** @internal The requests behind a CloudPool's lifecycle, get and list. */
export const POOL_REQUESTS: EntityRequests<CloudPool, { poolId: string }, CloudPoolWire> = {
  key: (pool) => ({ poolId: entityId(pool) }),
  wrap: (caller, wire) => new CloudPool(caller, wire),
  create: {
    send: (protocol, request, pool: PoolAddParameter) => protocol.pool.add({ ...request, pool }),
  },
  replace: {
    definition: "PoolUpdatePropertiesParameter",
    send: (protocol, request, poolUpdatePropertiesParameter: PoolUpdatePropertiesParameter) =>
      protocol.pool.updateProperties({ ...request, poolUpdatePropertiesParameter }),
  },
  patch: {
    definition: "PoolPatchParameter",
    send: (protocol, request, poolPatchParameter: PoolPatchParameter) =>
      protocol.pool.patch({ ...request, poolPatchParameter }),
  },
  get: { clauses: { select: true, expand: true }, send: (protocol, request) => protocol.pool.get(request) },
  list: {
    clauses: { filter: true, select: true, expand: true },
    send: (protocol, request) => protocol.pool.list(request),
  },
};

/**
 * A pool (Batch .NET `CloudPool`). Get one from `poolOperations.createPool()` (unbound: set its
 * properties, then {@link CloudPool.commit}) or from `getPool` / `listPools` (bound: read-only except
 * start task, certificate and application package references, metadata, target node communication mode
 * and the other properties the service lets you patch).
 */
export class CloudPool extends CloudPoolProperties {
  /** @internal Created by {@link PoolOperations}. */
  constructor(caller: Caller, wire?: CloudPoolWire) {
    super(caller, POOL_REQUESTS, wire);
  }

  get #operations(): PoolOperations {
    return new PoolOperations(this.caller);
  }

  get #id(): string {
    return entityId(this);
  }

  /** Deletes the pool. */
  async delete(call?: CallOptions): Promise<void> {
    await this.#operations.deletePool(this.#id, call);
  }

  /** Changes the target node counts. */
  async resize(options: ResizePoolOptions = {}, call?: CallOptions): Promise<void> {
    await this.#operations.resizePool(this.#id, options, call);
  }

  /** Stops a resize in progress. */
  async stopResize(call?: CallOptions): Promise<void> {
    await this.#operations.stopResizePool(this.#id, call);
  }

  /** Turns on automatic scaling. */
  async enableAutoScale(options: EnableAutoScaleOptions = {}, call?: CallOptions): Promise<void> {
    await this.#operations.enableAutoScale(this.#id, options, call);
  }

  /** Turns off automatic scaling. */
  async disableAutoScale(call?: CallOptions): Promise<void> {
    await this.#operations.disableAutoScale(this.#id, call);
  }

  /** Evaluates an autoscale formula without applying it. */
  evaluateAutoScale(autoscaleFormula: string, call?: CallOptions): Promise<AutoScaleRun> {
    return this.#operations.evaluateAutoScale(this.#id, autoscaleFormula, call);
  }

  /** Lists the pool's nodes (lazily). */
  listComputeNodes(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<ComputeNode> {
    return this.#operations.listComputeNodes(this.#id, detailLevel, call);
  }

  /** Gets one of the pool's nodes. */
  getComputeNode(computeNodeId: string, detailLevel?: DetailLevel, call?: CallOptions): Promise<ComputeNode> {
    return this.#operations.getComputeNode(this.#id, computeNodeId, detailLevel, call);
  }

  /** Removes nodes from the pool. */
  async removeFromPool(
    computeNodes: string | ComputeNode | readonly (string | ComputeNode)[],
    options: RemoveFromPoolOptions = {},
    call?: CallOptions,
  ): Promise<void> {
    await this.#operations.removeFromPool(this.#id, computeNodes, options, call);
  }
}
