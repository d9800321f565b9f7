/**
 * HTTP handlers of the node file operations (on a task's directory or a node's root).
 * @module
 */
import { checkConditions } from "../http/conditional.js";
import {
  pathParam,
  resourceUrl,
  type HandlerResult,
  type HandlerTable,
  type RequestContext,
} from "../http/context.js";
import { indexed, listPage } from "../http/views.js";
import { deleteFile, fileLastModified, listFiles, resolveFile } from "../resources/files.js";
import { lookupNode, nodeUrl } from "./nodes.js";

interface FileRoot {
  readonly dir: string | undefined;
  readonly baseUrl: string;
}

function taskRoot(ctx: RequestContext): FileRoot {
  const job = ctx.store.jobs.get(pathParam(ctx, "jobId"));
  const task = job.tasks.get(pathParam(ctx, "taskId"));
  return {
    dir: ctx.store.taskDirectory(job, task),
    baseUrl: `${resourceUrl(ctx, "jobs", job.data.id, "tasks", task.data.id)}/files`,
  };
}

function nodeRoot(ctx: RequestContext): FileRoot {
  const { pool, node } = lookupNode(ctx);
  return {
    dir: ctx.store.nodeDirectory(pool.data.id, node.data.id),
    baseUrl: `${nodeUrl(ctx, pool.data.id, node.data.id)}/files`,
  };
}

function fileUrl(root: FileRoot, name: string): string {
  return `${root.baseUrl}/${encodeURIComponent(name)}`;
}

function recursive(ctx: RequestContext): boolean {
  return /^true$/i.test(ctx.query.get("recursive") ?? "");
}

function list(rootOf: (ctx: RequestContext) => FileRoot) {
  return (ctx: RequestContext): HandlerResult => {
    const root = rootOf(ctx);
    return listPage(
      ctx,
      indexed(listFiles(root.dir, recursive(ctx), (name) => fileUrl(root, name))),
      "files",
    );
  };
}

function read(rootOf: (ctx: RequestContext) => FileRoot) {
  return (ctx: RequestContext): HandlerResult => {
    const root = rootOf(ctx);
    const name = pathParam(ctx, "filePath");
    const path = resolveFile(root.dir, name);
    checkConditions(ctx, { lastModified: fileLastModified(path) });
    return { file: { path, url: fileUrl(root, name) } };
  };
}

function remove(rootOf: (ctx: RequestContext) => FileRoot) {
  return (ctx: RequestContext): HandlerResult => {
    const root = rootOf(ctx);
    deleteFile(resolveFile(root.dir, pathParam(ctx, "filePath")), recursive(ctx));
    return {};
  };
}

/** Handlers keyed by operation id. */
export const fileHandlers: HandlerTable = {
  File_ListFromTask: list(taskRoot),
  File_GetFromTask: read(taskRoot),
  File_GetPropertiesFromTask: read(taskRoot),
  File_DeleteFromTask: remove(taskRoot),
  File_ListFromComputeNode: list(nodeRoot),
  File_GetFromComputeNode: read(nodeRoot),
  File_GetPropertiesFromComputeNode: read(nodeRoot),
  File_DeleteFromComputeNode: remove(nodeRoot),
};
