/**
 * HTTP handlers of the job schedule operations (and the jobs a schedule created).
 * @module
 */
import { bodyOf, pathParam, resourceUrl, type HandlerTable, type RequestContext } from "../http/context.js";
import { listables, listPage, requestedExpand, STATS_AND_METADATA } from "../http/views.js";
import { withUrl, zeroUsageStats } from "../resources/common.js";
import * as schedules from "../resources/schedules.js";
import type { ScheduleEntity, WireObject } from "../store/entities.js";
import { changed, checked, created, element, existence } from "./answers.js";
import { jobListables } from "./jobs.js";

function scheduleUrl(ctx: RequestContext, id: string): string {
  return resourceUrl(ctx, "jobschedules", id);
}

function renderSchedule(
  ctx: RequestContext,
  schedule: ScheduleEntity,
  expand: readonly string[],
): WireObject {
  const url = scheduleUrl(ctx, schedule.data.id);
  const wire = withUrl(schedule.data, url);
  const info = schedule.data.executionInfo;
  const recent = info?.recentJob;
  if (info && recent)
    wire.executionInfo = {
      ...info,
      recentJob: { ...recent, url: resourceUrl(ctx, "jobs", String(recent.id)) },
    };
  if (expand.includes("stats")) {
    wire.stats = zeroUsageStats(ctx.store, url, schedule.data.creationTime, {
      numSucceededTasks: 0,
      numFailedTasks: 0,
      numTaskRetries: 0,
    });
  }
  return wire;
}

function lookup(ctx: RequestContext): ScheduleEntity {
  return checked(ctx, ctx.store.jobSchedules.get(pathParam(ctx, "jobScheduleId")));
}

function answer(ctx: RequestContext, schedule: ScheduleEntity) {
  return changed(ctx, schedule.data, scheduleUrl(ctx, schedule.data.id));
}

/** Handlers keyed by operation id. */
export const scheduleHandlers: HandlerTable = {
  JobSchedule_Add: (ctx) => {
    const schedule = schedules.addSchedule(ctx.store, bodyOf(ctx, "JobScheduleAddParameter"));
    return created(scheduleUrl(ctx, schedule.data.id), schedule.data);
  },
  JobSchedule_List: (ctx) =>
    listPage(
      ctx,
      listables(ctx.store.jobSchedules.list(), (s, expand) => renderSchedule(ctx, s, expand)),
      "jobschedules",
      STATS_AND_METADATA,
    ),
  JobSchedule_Get: (ctx) => {
    const schedule = lookup(ctx);
    return element(
      ctx,
      "jobschedules",
      renderSchedule(ctx, schedule, requestedExpand(ctx, STATS_AND_METADATA)),
      schedule.data,
    );
  },
  JobSchedule_Exists: (ctx) => existence(ctx, ctx.store.jobSchedules.find(pathParam(ctx, "jobScheduleId"))),
  JobSchedule_Patch: (ctx) => {
    const schedule = lookup(ctx);
    schedules.changeSchedule(ctx.store, schedule, bodyOf(ctx, "JobSchedulePatchParameter"), false);
    return answer(ctx, schedule);
  },
  JobSchedule_Update: (ctx) => {
    const schedule = lookup(ctx);
    schedules.changeSchedule(ctx.store, schedule, bodyOf(ctx, "JobScheduleUpdateParameter"), true);
    return answer(ctx, schedule);
  },
  JobSchedule_Disable: (ctx) => {
    const schedule = lookup(ctx);
    schedules.setScheduleEnabled(ctx.store, schedule, false);
    return answer(ctx, schedule);
  },
  JobSchedule_Enable: (ctx) => {
    const schedule = lookup(ctx);
    schedules.setScheduleEnabled(ctx.store, schedule, true);
    return answer(ctx, schedule);
  },
  JobSchedule_Terminate: (ctx) => {
    const schedule = lookup(ctx);
    schedules.terminateSchedule(ctx.store, schedule);
    return answer(ctx, schedule);
  },
  JobSchedule_Delete: (ctx) => {
    schedules.deleteSchedule(ctx.store, lookup(ctx));
    return {};
  },
  Job_ListFromJobSchedule: (ctx) => {
    const schedule = ctx.store.jobSchedules.get(pathParam(ctx, "jobScheduleId"));
    const id = schedule.data.id.toLowerCase();
    const jobs = ctx.store.jobs.list().filter((job) => job.scheduleId?.toLowerCase() === id);
    return listPage(ctx, jobListables(ctx, jobs), "jobs", STATS_AND_METADATA);
  },
};
