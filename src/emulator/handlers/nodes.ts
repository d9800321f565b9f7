/**
 * HTTP handlers of the compute node and node extension operations.
 * @module
 */
import {
  bodyOf,
  pathParam,
  resourceUrl,
  type HandlerResult,
  type HandlerTable,
  type RequestContext,
} from "../http/context.js";
import { indexed, listables, listPage } from "../http/views.js";
import { uploadNodeLogs } from "../node-logs/upload.js";
import { withUrl } from "../resources/common.js";
import * as nodes from "../resources/nodes.js";
import { livePool } from "../resources/pools.js";
import { recentTasksWithUrls } from "../resources/recent-tasks.js";
import type {
  ComputeNodeInformation,
  JobPreparationAndReleaseTaskExecutionInformation,
} from "../../protocol/models.generated.js";
import type { NodeEntity, PoolEntity, WireObject } from "../store/entities.js";
import { created, element, serviceId } from "./answers.js";
import type { HandlerConfig } from "./config.js";

/** The URL of a node. */
export function nodeUrl(ctx: RequestContext, poolId: string, nodeId: string): string {
  return resourceUrl(ctx, "pools", poolId, "nodes", nodeId);
}

/** The runs a preparation / release status entry holds, each with its own `taskRootDirectory`. */
const PREPARATION_AND_RELEASE_RUNS = [
  "jobPreparationTaskExecutionInfo",
  "jobReleaseTaskExecutionInfo",
] as const;

/**
 * A stored `ComputeNodeInformation` (or preparation / release status, whose two runs get theirs)
 * with `nodeUrl` and `taskRootDirectoryUrl` derived from the request, as `url` is: behind a proxy or
 * port forward they follow the address the client used. The store never keeps them.
 */
export function withNodeUrls(
  ctx: RequestContext,
  info: ComputeNodeInformation | JobPreparationAndReleaseTaskExecutionInformation,
): WireObject {
  const url = nodeUrl(ctx, String(info.poolId), String(info.nodeId));
  const wire: WireObject = { ...withRootUrl({ ...info }, url), nodeUrl: url };
  const status: Partial<JobPreparationAndReleaseTaskExecutionInformation> = info; // node info has no runs
  for (const name of PREPARATION_AND_RELEASE_RUNS) {
    const run = status[name];
    if (run !== undefined) wire[name] = withRootUrl({ ...run }, url);
  }
  return wire;
}

/** `info` with `taskRootDirectoryUrl` pointing at its `taskRootDirectory` on the node at `url`. */
function withRootUrl(info: WireObject, url: string): WireObject {
  const { nodeUrl: _stored, taskRootDirectoryUrl: _storedRoot, ...rest } = info;
  const wire: WireObject = { ...rest };
  if (info.taskRootDirectory !== undefined)
    wire.taskRootDirectoryUrl = `${url}/files/${String(info.taskRootDirectory)}`;
  return wire;
}

function renderNode(ctx: RequestContext, pool: PoolEntity, node: NodeEntity): WireObject {
  const wire = withUrl(node.data, nodeUrl(ctx, pool.data.id, node.data.id));
  const recentTasks = recentTasksWithUrls(node.data.recentTasks, (jobId, taskId) =>
    resourceUrl(ctx, "jobs", jobId, "tasks", taskId),
  );
  if (recentTasks) wire.recentTasks = recentTasks;
  return wire;
}

/** The pool and node a node operation names. */
export function lookupNode(ctx: RequestContext): { pool: PoolEntity; node: NodeEntity } {
  const pool = ctx.store.pools.get(pathParam(ctx, "poolId"));
  return { pool, node: pool.nodes.get(pathParam(ctx, "nodeId")) };
}

function lookupLiveNode(ctx: RequestContext): { pool: PoolEntity; node: NodeEntity } {
  const pool = livePool(ctx.store, pathParam(ctx, "poolId"));
  return { pool, node: pool.nodes.get(pathParam(ctx, "nodeId")) };
}

function done(ctx: RequestContext, pool: PoolEntity, node: NodeEntity): HandlerResult {
  return { dataServiceId: serviceId(ctx, nodeUrl(ctx, pool.data.id, node.data.id)) };
}

/** The body definition of each node action. */
const ACTION_BODIES = {
  reboot: "NodeRebootParameter",
  reimage: "NodeReimageParameter",
  deallocate: "NodeDeallocateParameter",
} as const;

function action(kind: keyof typeof ACTION_BODIES) {
  return (ctx: RequestContext): HandlerResult => {
    const { pool, node } = lookupLiveNode(ctx);
    nodes.nodeAction(ctx.store, pool, node, kind, bodyOf(ctx, ACTION_BODIES[kind]));
    return done(ctx, pool, node);
  };
}

/** The longest (and default) time `uploadbatchservicelogs` may take, in seconds, as for every operation. */
const MAX_TIMEOUT_SECONDS = 30;

/** The request's `timeout` (seconds; larger values and absence mean the default 30) as a signal. */
function timeoutSignal(ctx: RequestContext): AbortSignal {
  const asked = Number(ctx.query.get("timeout") ?? MAX_TIMEOUT_SECONDS);
  const seconds = asked > 0 && asked <= MAX_TIMEOUT_SECONDS ? asked : MAX_TIMEOUT_SECONDS;
  return AbortSignal.timeout(seconds * 1000);
}

async function uploadLogs(ctx: RequestContext, config: HandlerConfig): Promise<HandlerResult> {
  const { pool, node } = lookupNode(ctx);
  const body = bodyOf(ctx, "UploadBatchServiceLogsConfiguration");
  const result = await uploadNodeLogs(config.nodeLogs, {
    poolId: pool.data.id,
    nodeId: node.data.id,
    containerUrl: String(body.containerUrl),
    startTime: new Date(String(body.startTime)),
    endTime: body.endTime === undefined ? undefined : new Date(String(body.endTime)),
    signal: timeoutSignal(ctx),
  });
  return {
    body: { ...result },
    metadata: "Microsoft.Azure.Batch.Protocol.Entities.UploadBatchServiceLogsResult",
  };
}

/** The node handlers keyed by operation id, for a service with `config`. */
export const nodeHandlers = (config: HandlerConfig): HandlerTable => ({
  ComputeNode_List: (ctx) => {
    const pool = ctx.store.pools.get(pathParam(ctx, "poolId"));
    return listPage(
      ctx,
      listables(pool.nodes.list(), (node) => renderNode(ctx, pool, node)),
      "nodes",
    );
  },
  ComputeNode_Get: (ctx) => {
    const { pool, node } = lookupNode(ctx);
    return element(ctx, "nodes", renderNode(ctx, pool, node));
  },
  ComputeNode_Reboot: action("reboot"),
  ComputeNode_Reimage: action("reimage"),
  ComputeNode_Deallocate: action("deallocate"),
  ComputeNode_Start: (ctx) => {
    const { pool, node } = lookupLiveNode(ctx);
    nodes.startNode(ctx.store, pool, node);
    return done(ctx, pool, node);
  },
  ComputeNode_DisableScheduling: (ctx) => {
    const { pool, node } = lookupLiveNode(ctx);
    const option = bodyOf(ctx, "NodeDisableSchedulingParameter").nodeDisableSchedulingOption;
    nodes.setScheduling(ctx.store, pool, node, false, typeof option === "string" ? option : undefined);
    return done(ctx, pool, node);
  },
  ComputeNode_EnableScheduling: (ctx) => {
    const { pool, node } = lookupLiveNode(ctx);
    nodes.setScheduling(ctx.store, pool, node, true);
    return done(ctx, pool, node);
  },
  ComputeNode_AddUser: (ctx) => {
    const { pool, node } = lookupLiveNode(ctx);
    const body = bodyOf(ctx, "ComputeNodeUser");
    nodes.addUser(ctx.store, node, body);
    return created(
      `${nodeUrl(ctx, pool.data.id, node.data.id)}/users/${encodeURIComponent(String(body.name))}`,
    );
  },
  ComputeNode_UpdateUser: (ctx) => {
    const { pool, node } = lookupLiveNode(ctx);
    nodes.updateUser(ctx.store, node, pathParam(ctx, "userName"), bodyOf(ctx, "NodeUpdateUserParameter"));
    return {
      dataServiceId: `${nodeUrl(ctx, pool.data.id, node.data.id)}/users/${encodeURIComponent(pathParam(ctx, "userName"))}`,
    };
  },
  ComputeNode_DeleteUser: (ctx) => {
    const { node } = lookupLiveNode(ctx);
    nodes.deleteUser(ctx.store, node, pathParam(ctx, "userName"));
    return {};
  },
  ComputeNode_GetRemoteLoginSettings: (ctx) => {
    const { node } = lookupNode(ctx);
    return {
      body: nodes.remoteLoginSettings(node),
      metadata: "Microsoft.Azure.Batch.Protocol.Entities.ComputeNodeGetRemoteLoginSettingsResult",
    };
  },
  ComputeNode_UploadBatchServiceLogs: (ctx) => uploadLogs(ctx, config),
  ComputeNodeExtension_List: (ctx) => {
    const { pool } = lookupNode(ctx);
    return listPage(ctx, indexed(nodes.nodeExtensions(ctx.store, pool)), "extensions");
  },
  ComputeNodeExtension_Get: (ctx) => {
    const { pool } = lookupNode(ctx);
    return element(ctx, "extensions", nodes.nodeExtension(ctx.store, pool, pathParam(ctx, "extensionName")));
  },
});
