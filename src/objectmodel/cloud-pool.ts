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
import {
  getComputeNode,
  listComputeNodes,
  removeNodes,
  type ComputeNode,
  type RemoveFromPoolOptions,
} from "./compute-node.js";
import type { ComputeNodeDeallocationOption } from "./generated/enums.generated.js";
import type { DetailLevel } from "./detail-level.js";
import { CloudPoolProperties } from "./generated/entity-properties.generated.js";
import { AutoScaleRun } from "./generated/values.generated.js";
import type { PagedEnumerable } from "./paged-enumerable.js";
import { optionalDuration } from "./runtime/durations.js";
import { entityId, type ListedEntityRequests } from "./runtime/entity-lifecycle.js";
import { valueFromWire } from "./runtime/property-container.js";

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

/** @internal The requests behind a CloudPool's lifecycle, get and list. */
export const POOL_REQUESTS: ListedEntityRequests<CloudPool, { poolId: string }, CloudPoolWire> = {
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
  get: "pool.get",
  list: "pool.list",
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

  get #id(): string {
    return entityId(this);
  }

  /** Deletes the pool. */
  async delete(call?: CallOptions): Promise<void> {
    return this.caller.send("pool.delete", { poolId: this.#id }, call);
  }

  /** Changes the target node counts. */
  async resize(options: ResizePoolOptions = {}, call?: CallOptions): Promise<void> {
    return resizePool(this.caller, this.#id, options, call);
  }

  /** Stops a resize in progress. */
  async stopResize(call?: CallOptions): Promise<void> {
    return this.caller.send("pool.stopResize", { poolId: this.#id }, call);
  }

  /** Turns on automatic scaling. */
  async enableAutoScale(options: EnableAutoScaleOptions = {}, call?: CallOptions): Promise<void> {
    return enableAutoScale(this.caller, this.#id, options, call);
  }

  /** Turns off automatic scaling. */
  async disableAutoScale(call?: CallOptions): Promise<void> {
    return this.caller.send("pool.disableAutoScale", { poolId: this.#id }, call);
  }

  /** Evaluates an autoscale formula without applying it. */
  evaluateAutoScale(autoscaleFormula: string, call?: CallOptions): Promise<AutoScaleRun> {
    return evaluateAutoScale(this.caller, this.#id, autoscaleFormula, call);
  }

  /** Lists the pool's nodes (lazily). */
  listComputeNodes(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<ComputeNode> {
    return listComputeNodes(this.caller, this.#id, detailLevel, call);
  }

  /** Gets one of the pool's nodes. */
  getComputeNode(computeNodeId: string, detailLevel?: DetailLevel, call?: CallOptions): Promise<ComputeNode> {
    return getComputeNode(this.caller, { poolId: this.#id, nodeId: computeNodeId }, detailLevel, call);
  }

  /** Removes nodes from the pool. */
  async removeFromPool(
    computeNodes: string | ComputeNode | readonly (string | ComputeNode)[],
    options: RemoveFromPoolOptions = {},
    call?: CallOptions,
  ): Promise<void> {
    return removeFromPool(this.caller, this.#id, computeNodes, options, call);
  }
}

/** @internal Changes a pool's target node counts. */
export async function resizePool(
  caller: Caller,
  poolId: string,
  options: ResizePoolOptions,
  call: CallOptions | undefined,
): Promise<void> {
  const poolResizeParameter = {
    targetDedicatedNodes: options.targetDedicatedComputeNodes,
    targetLowPriorityNodes: options.targetLowPriorityComputeNodes,
    resizeTimeout: optionalDuration(options.resizeTimeout),
    nodeDeallocationOption: options.deallocationOption,
  };
  await caller.send("pool.resize", { poolId, poolResizeParameter }, call);
}

/** @internal Turns on automatic scaling with a formula. */
export async function enableAutoScale(
  caller: Caller,
  poolId: string,
  options: EnableAutoScaleOptions,
  call: CallOptions | undefined,
): Promise<void> {
  const poolEnableAutoScaleParameter = {
    autoScaleFormula: options.autoscaleFormula,
    autoScaleEvaluationInterval: optionalDuration(options.autoscaleEvaluationInterval),
  };
  await caller.send("pool.enableAutoScale", { poolId, poolEnableAutoScaleParameter }, call);
}

/** @internal Evaluates a formula against a pool without applying it. */
export async function evaluateAutoScale(
  caller: Caller,
  poolId: string,
  autoscaleFormula: string,
  call: CallOptions | undefined,
): Promise<AutoScaleRun> {
  const poolEvaluateAutoScaleParameter = { autoScaleFormula: autoscaleFormula };
  const body = await caller.body("pool.evaluateAutoScale", { poolId, poolEvaluateAutoScaleParameter }, call);
  return valueFromWire(AutoScaleRun, body);
}

/** @internal Removes nodes (given by id or as objects) from a pool. */
export async function removeFromPool(
  caller: Caller,
  poolId: string,
  computeNodes: string | ComputeNode | readonly (string | ComputeNode)[],
  options: RemoveFromPoolOptions,
  call: CallOptions | undefined,
): Promise<void> {
  const list = (Array.isArray(computeNodes) ? computeNodes : [computeNodes]) as readonly (
    string | ComputeNode
  )[];
  const nodeList = list.map((node) => (typeof node === "string" ? node : (node.id as string)));
  await removeNodes(caller, poolId, nodeList, options, call);
}
