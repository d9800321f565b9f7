/**
 * HTTP handlers of the pool operations.
 * @module
 */
import { bodyOf, pathParam, resourceUrl, type HandlerTable, type RequestContext } from "../http/context.js";
import { listables, listPage, requestedExpand, STATS_AND_METADATA } from "../http/views.js";
import { withUrl } from "../resources/common.js";
import * as pools from "../resources/pools.js";
import type { PoolEntity, WireObject } from "../store/entities.js";
import { changed, checked, created, element, existence, serviceId } from "./answers.js";
import type { HandlerConfig } from "./config.js";

function poolUrl(ctx: RequestContext, poolId: string): string {
  return resourceUrl(ctx, "pools", poolId);
}

function poolStats(ctx: RequestContext, pool: PoolEntity): WireObject {
  const now = ctx.store.now().toISOString();
  const start = String(pool.data.creationTime);
  return {
    url: `${poolUrl(ctx, pool.data.id)}/stats`,
    startTime: start,
    lastUpdateTime: now,
    usageStats: { startTime: start, lastUpdateTime: now, dedicatedCoreTime: "PT0S" },
  };
}

/** The wire form of a pool, with `stats` when expanded. */
export function renderPool(ctx: RequestContext, pool: PoolEntity, expand: readonly string[]): WireObject {
  const wire = withUrl(pool.data, poolUrl(ctx, pool.data.id));
  if (expand.includes("stats")) wire.stats = poolStats(ctx, pool);
  return wire;
}

function lookup(ctx: RequestContext): PoolEntity {
  return checked(ctx, ctx.store.pools.get(pathParam(ctx, "poolId")));
}

function lookupLive(ctx: RequestContext): PoolEntity {
  return checked(ctx, pools.livePool(ctx.store, pathParam(ctx, "poolId")));
}

function answer(ctx: RequestContext, pool: PoolEntity) {
  return changed(ctx, pool.data, poolUrl(ctx, pool.data.id));
}

/** Handlers keyed by operation id. */
export function poolHandlers(config: HandlerConfig): HandlerTable {
  return {
    Pool_Add: (ctx) => {
      const pool = pools.addPool(ctx.store, bodyOf(ctx, "PoolAddParameter"));
      return created(poolUrl(ctx, pool.data.id), pool.data);
    },
    Pool_List: (ctx) =>
      listPage(
        ctx,
        listables(ctx.store.pools.list(), (pool, expand) => renderPool(ctx, pool, expand)),
        "pools",
        STATS_AND_METADATA,
      ),
    Pool_Get: (ctx) => {
      const pool = lookup(ctx);
      return element(
        ctx,
        "pools",
        renderPool(ctx, pool, requestedExpand(ctx, STATS_AND_METADATA)),
        pool.data,
      );
    },
    Pool_Exists: (ctx) => existence(ctx, ctx.store.pools.find(pathParam(ctx, "poolId"))),
    Pool_Delete: (ctx) => {
      const pool = lookup(ctx);
      pools.deletePool(ctx.store, pool);
      return {};
    },
    Pool_Patch: (ctx) => {
      const pool = lookupLive(ctx);
      pools.patchPool(ctx.store, pool, bodyOf(ctx, "PoolPatchParameter"));
      return answer(ctx, pool);
    },
    Pool_UpdateProperties: (ctx) => {
      const pool = lookupLive(ctx);
      pools.updatePoolProperties(ctx.store, pool, bodyOf(ctx, "PoolUpdatePropertiesParameter"));
      return answer(ctx, pool);
    },
    Pool_Resize: (ctx) => {
      const pool = lookupLive(ctx);
      pools.resizePool(ctx.store, pool, bodyOf(ctx, "PoolResizeParameter"));
      return answer(ctx, pool);
    },
    Pool_StopResize: (ctx) => {
      const pool = lookupLive(ctx);
      pools.stopResize(ctx.store, pool);
      return answer(ctx, pool);
    },
    Pool_RemoveNodes: (ctx) => {
      const pool = lookupLive(ctx);
      pools.removeNodes(ctx.store, pool, bodyOf(ctx, "NodeRemoveParameter"));
      return answer(ctx, pool);
    },
    Pool_EnableAutoScale: (ctx) => {
      const pool = lookupLive(ctx);
      pools.enableAutoScale(ctx.store, pool, bodyOf(ctx, "PoolEnableAutoScaleParameter"));
      const outcome = config.evaluateAutoScale(String(pool.data.autoScaleFormula), pool, ctx.store);
      pool.data.autoScaleRun = { timestamp: ctx.store.now().toISOString(), ...outcome };
      ctx.store.markDirty();
      return answer(ctx, pool);
    },
    Pool_DisableAutoScale: (ctx) => {
      const pool = lookupLive(ctx);
      pools.disableAutoScale(ctx.store, pool);
      return answer(ctx, pool);
    },
    Pool_EvaluateAutoScale: (ctx) => {
      const pool = lookupLive(ctx);
      const formula = pools.checkEvaluation(pool, bodyOf(ctx, "PoolEvaluateAutoScaleParameter"));
      const outcome = config.evaluateAutoScale(formula, pool, ctx.store);
      return {
        body: { timestamp: ctx.store.now().toISOString(), ...outcome },
        metadata: "Microsoft.Azure.Batch.Protocol.Entities.AutoScaleRun",
        dataServiceId: serviceId(ctx, poolUrl(ctx, pool.data.id)),
      };
    },
    Pool_ListUsageMetrics: (ctx) => listPage(ctx, [], "poolusagemetrics"),
  };
}
