/**
 * HTTP handlers of the job operations.
 * @module
 */
import { conflict } from "../errors.js";
import { bodyOf, pathParam, resourceUrl, type HandlerTable, type RequestContext } from "../http/context.js";
import {
  indexed,
  type Listable,
  listables,
  listPage,
  requestedExpand,
  STATS_AND_METADATA,
} from "../http/views.js";
import { withUrl } from "../resources/common.js";
import * as jobs from "../resources/jobs.js";
import type { JobEntity, WireObject } from "../store/entities.js";
import { changed, checked, created, element } from "./answers.js";
import { withNodeUrls } from "./nodes.js";

function jobUrl(ctx: RequestContext, jobId: string): string {
  return resourceUrl(ctx, "jobs", jobId);
}

function renderJob(ctx: RequestContext, job: JobEntity, expand: readonly string[]): WireObject {
  const url = jobUrl(ctx, job.data.id);
  const wire = withUrl(job.data, url);
  if (expand.includes("stats")) wire.stats = jobs.jobStats(ctx.store, job, url);
  return wire;
}

/** List candidates for jobs. */
export function jobListables(ctx: RequestContext, list: readonly JobEntity[]): Listable[] {
  return listables(list, (job, expand) => renderJob(ctx, job, expand));
}

function lookup(ctx: RequestContext): JobEntity {
  return checked(ctx, ctx.store.jobs.get(pathParam(ctx, "jobId")));
}

function answer(ctx: RequestContext, job: JobEntity) {
  return changed(ctx, job.data, jobUrl(ctx, job.data.id));
}

/** Handlers keyed by operation id. */
export const jobHandlers: HandlerTable = {
  Job_Add: (ctx) => {
    const job = jobs.addJob(ctx.store, bodyOf(ctx, "JobAddParameter"));
    return created(jobUrl(ctx, job.data.id), job.data);
  },
  Job_List: (ctx) => listPage(ctx, jobListables(ctx, ctx.store.jobs.list()), "jobs", STATS_AND_METADATA),
  Job_Get: (ctx) => {
    const job = lookup(ctx);
    return element(ctx, "jobs", renderJob(ctx, job, requestedExpand(ctx, STATS_AND_METADATA)), job.data);
  },
  Job_Patch: (ctx) => {
    const job = lookup(ctx);
    jobs.changeJob(ctx.store, job, bodyOf(ctx, "JobPatchParameter"), false);
    return answer(ctx, job);
  },
  Job_Update: (ctx) => {
    const job = lookup(ctx);
    jobs.changeJob(ctx.store, job, bodyOf(ctx, "JobUpdateParameter"), true);
    return answer(ctx, job);
  },
  Job_Delete: (ctx) => {
    jobs.deleteJob(ctx.store, lookup(ctx));
    return {};
  },
  Job_Disable: (ctx) => {
    const job = lookup(ctx);
    jobs.disableJob(ctx.store, job, bodyOf(ctx, "JobDisableParameter"));
    return answer(ctx, job);
  },
  Job_Enable: (ctx) => {
    const job = lookup(ctx);
    jobs.enableJob(ctx.store, job);
    return answer(ctx, job);
  },
  Job_Terminate: (ctx) => {
    const job = lookup(ctx);
    const reason = bodyOf(ctx, "JobTerminateParameter").terminateReason;
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
    const statuses = job.prepReleaseStatus.map((status) => withNodeUrls(ctx, status));
    return listPage(ctx, indexed(statuses), "jobpreparationandreleasetaskstatus");
  },
};
