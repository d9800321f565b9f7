/**
 * HTTP handlers of the job operations.
 * @module
 */
import { conflict } from "../errors.js";
import { checkConditions } from "../http/conditional.js";
import {
  bodyObject,
  pathParam,
  resourceUrl,
  type HandlerResult,
  type HandlerTable,
  type RequestContext,
} from "../http/context.js";
import { indexed, listPage, requestedExpand, selected, type Listable } from "../http/views.js";
import { withUrl } from "../resources/common.js";
import * as jobs from "../resources/jobs.js";
import type { JobEntity, WireObject } from "../store/entities.js";

const EXPANDABLE = ["stats", "metadata"];

function jobUrl(ctx: RequestContext, jobId: string): string {
  return resourceUrl(ctx, "jobs", jobId);
}

function renderJob(ctx: RequestContext, job: JobEntity, expand: readonly string[]): WireObject {
  const url = jobUrl(ctx, String(job.data.id));
  const wire = withUrl(job.data, url);
  if (expand.includes("stats")) wire.stats = jobs.jobStats(ctx.store, job, url);
  return wire;
}

/** List candidates for jobs. */
export function jobListables(ctx: RequestContext, list: readonly JobEntity[]): Listable[] {
  return list.map((job) => ({ seq: job.seq, render: (expand) => renderJob(ctx, job, expand) }));
}

function lookup(ctx: RequestContext): JobEntity {
  const job = ctx.store.jobs.get(pathParam(ctx, "jobId"));
  checkConditions(ctx, job.data);
  return job;
}

function answer(ctx: RequestContext, job: JobEntity): HandlerResult {
  const url = jobUrl(ctx, String(job.data.id));
  const last = ctx.route.path.split("/").pop() ?? "";
  return { entity: job.data, dataServiceId: last.startsWith("{") ? url : `${url}/${last}` };
}

/** Handlers keyed by operation id. */
export const jobHandlers: HandlerTable = {
  Job_Add: (ctx) => {
    const job = jobs.addJob(ctx.store, bodyObject(ctx));
    const url = jobUrl(ctx, String(job.data.id));
    return { entity: job.data, location: url, dataServiceId: url };
  },
  Job_List: (ctx) => listPage(ctx, jobListables(ctx, ctx.store.jobs.list()), "jobs", EXPANDABLE),
  Job_Get: (ctx) => {
    const job = lookup(ctx);
    return {
      body: selected(ctx, renderJob(ctx, job, requestedExpand(ctx, EXPANDABLE))),
      metadata: "jobs/@Element",
      entity: job.data,
    };
  },
  Job_Patch: (ctx) => {
    const job = lookup(ctx);
    jobs.patchJob(ctx.store, job, bodyObject(ctx));
    return answer(ctx, job);
  },
  Job_Update: (ctx) => {
    const job = lookup(ctx);
    jobs.updateJob(ctx.store, job, bodyObject(ctx));
    return answer(ctx, job);
  },
  Job_Delete: (ctx) => {
    jobs.deleteJob(ctx.store, lookup(ctx));
    return {};
  },
  Job_Disable: (ctx) => {
    const job = lookup(ctx);
    jobs.disableJob(ctx.store, job, bodyObject(ctx));
    return answer(ctx, job);
  },
  Job_Enable: (ctx) => {
    const job = lookup(ctx);
    jobs.enableJob(ctx.store, job);
    return answer(ctx, job);
  },
  Job_Terminate: (ctx) => {
    const job = lookup(ctx);
    const reason = bodyObject(ctx).terminateReason;
    jobs.terminateJob(ctx.store, job, typeof reason === "string" ? reason : undefined);
    return answer(ctx, job);
  },
  Job_GetTaskCounts: (ctx) => {
    const job = ctx.store.jobs.get(pathParam(ctx, "jobId"));
    return {
      body: jobs.taskCounts(job),
      metadata: "Microsoft.Azure.Batch.Protocol.Entities.TaskCountsResult",
    };
  },
  Job_ListPreparationAndReleaseTaskStatus: (ctx) => {
    const job = ctx.store.jobs.get(pathParam(ctx, "jobId"));
    if (job.data.jobPreparationTask === undefined && job.data.jobReleaseTask === undefined) {
      throw conflict(
        "JobPreparationTaskNotSpecified",
        "The job has neither a job preparation nor a job release task.",
      );
    }
    return listPage(ctx, indexed(job.prepReleaseStatus), "jobpreparationandreleasetaskstatus");
  },
};
