/**
 * HTTP handlers of the task operations.
 * @module
 */
import { bodyOf, pathParam, resourceUrl, type HandlerTable, type RequestContext } from "../http/context.js";
import { listables, listPage, requestedExpand, selected } from "../http/views.js";
import { withUrl, zeroUsageStats } from "../resources/common.js";
import * as tasks from "../resources/tasks.js";
import type { JobEntity, TaskEntity, WireObject } from "../store/entities.js";
import { changed, checked, created, element } from "./answers.js";
import { withNodeUrls } from "./nodes.js";

const EXPANDABLE = ["stats"];

function taskUrl(ctx: RequestContext, jobId: string, taskId: string): string {
  return resourceUrl(ctx, "jobs", jobId, "tasks", taskId);
}

function taskStats(ctx: RequestContext, task: TaskEntity, url: string): WireObject {
  return zeroUsageStats(ctx.store, url, task.data.creationTime);
}

function renderTask(
  ctx: RequestContext,
  job: JobEntity,
  task: TaskEntity,
  expand: readonly string[],
): WireObject {
  const url = taskUrl(ctx, job.data.id, task.data.id);
  const wire = withUrl(task.data, url);
  if (task.data.nodeInfo !== undefined) wire.nodeInfo = withNodeUrls(ctx, task.data.nodeInfo);
  if (expand.includes("stats")) wire.stats = taskStats(ctx, task, url);
  return wire;
}

function lookup(ctx: RequestContext): { job: JobEntity; task: TaskEntity } {
  const job = ctx.store.jobs.get(pathParam(ctx, "jobId"));
  return { job, task: checked(ctx, job.tasks.get(pathParam(ctx, "taskId"))) };
}

function answer(ctx: RequestContext, job: JobEntity, task: TaskEntity) {
  return changed(ctx, task.data, taskUrl(ctx, job.data.id, task.data.id));
}

/** Handlers keyed by operation id. */
export const taskHandlers: HandlerTable = {
  Task_Add: (ctx) => {
    const job = ctx.store.jobs.get(pathParam(ctx, "jobId"));
    const task = tasks.addTask(ctx.store, job, bodyOf(ctx, "TaskAddParameter"));
    return created(taskUrl(ctx, job.data.id, task.data.id), task.data);
  },
  Task_AddCollection: (ctx) => {
    const job = ctx.store.jobs.get(pathParam(ctx, "jobId"));
    const value = tasks.addTaskCollection(ctx.store, job, bodyOf(ctx, "TaskAddCollectionParameter"), (id) =>
      taskUrl(ctx, job.data.id, id),
    );
    return { body: { value }, metadata: "Microsoft.Azure.Batch.Protocol.Entities.TaskAddCollectionResult" };
  },
  Task_List: (ctx) => {
    const job = ctx.store.jobs.get(pathParam(ctx, "jobId"));
    return listPage(
      ctx,
      listables(job.tasks.list(), (task, expand) => renderTask(ctx, job, task, expand)),
      "tasks",
      EXPANDABLE,
    );
  },
  Task_Get: (ctx) => {
    const { job, task } = lookup(ctx);
    return element(ctx, "tasks", renderTask(ctx, job, task, requestedExpand(ctx, EXPANDABLE)), task.data);
  },
  Task_Update: (ctx) => {
    const { job, task } = lookup(ctx);
    tasks.updateTask(ctx.store, job, task, bodyOf(ctx, "TaskUpdateParameter"));
    return answer(ctx, job, task);
  },
  Task_Delete: (ctx) => {
    const { job, task } = lookup(ctx);
    tasks.deleteTask(ctx.store, job, task);
    return {};
  },
  Task_Terminate: (ctx) => {
    const { job, task } = lookup(ctx);
    tasks.terminateTask(ctx.store, job, task);
    return answer(ctx, job, task);
  },
  Task_Reactivate: (ctx) => {
    const { job, task } = lookup(ctx);
    tasks.reactivateTask(ctx.store, job, task);
    return answer(ctx, job, task);
  },
  Task_ListSubtasks: (ctx) => {
    const { task } = lookup(ctx);
    return {
      body: {
        value: task.subtasks.map((s) =>
          selected(ctx, s.nodeInfo === undefined ? s : { ...s, nodeInfo: withNodeUrls(ctx, s.nodeInfo) }),
        ),
      },
      metadata: "Microsoft.Azure.Batch.Protocol.Entities.CloudTaskListSubtasksResult",
    };
  },
};
