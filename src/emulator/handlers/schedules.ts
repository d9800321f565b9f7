/**
 * HTTP handlers of the job schedule operations (and the jobs a schedule created).
 * @module
 */
import { checkConditions } from "../http/conditional.js";
import {
  bodyObject,
  pathParam,
  resourceUrl,
  type HandlerResult,
  type HandlerTable,
  type RequestContext,
} from "../http/context.js";
import { listPage, requestedExpand, selected } from "../http/views.js";
import { withUrl, zeroUsageStats } from "../resources/common.js";
import * as schedules from "../resources/schedules.js";
import type { ScheduleEntity, WireObject } from "../store/entities.js";
import { jobListables } from "./jobs.js";

const EXPANDABLE = ["stats", "metadata"];

function scheduleUrl(ctx: RequestContext, id: string): string {
  return resourceUrl(ctx, "jobschedules", id);
}

function renderSchedule(
  ctx: RequestContext,
  schedule: ScheduleEntity,
  expand: readonly string[],
): WireObject {
  const url = scheduleUrl(ctx, String(schedule.data.id));
  const wire = withUrl(schedule.data, url);
  const info = wire.executionInfo as WireObject | undefined;
  const recent = info?.recentJob as WireObject | undefined;
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
  const schedule = ctx.store.jobSchedules.get(pathParam(ctx, "jobScheduleId"));
  checkConditions(ctx, schedule.data);
  return schedule;
}

function answer(ctx: RequestContext, schedule: ScheduleEntity): HandlerResult {
  const url = scheduleUrl(ctx, String(schedule.data.id));
  const last = ctx.route.path.split("/").pop() ?? "";
  return { entity: schedule.data, dataServiceId: last.startsWith("{") ? url : `${url}/${last}` };
}

/** Handlers keyed by operation id. */
export const scheduleHandlers: HandlerTable = {
  JobSchedule_Add: (ctx) => {
    const schedule = schedules.addSchedule(ctx.store, bodyObject(ctx));
    const url = scheduleUrl(ctx, String(schedule.data.id));
    return { entity: schedule.data, location: url, dataServiceId: url };
  },
  JobSchedule_List: (ctx) =>
    listPage(
      ctx,
      ctx.store.jobSchedules
        .list()
        .map((s) => ({ seq: s.seq, render: (expand) => renderSchedule(ctx, s, expand) })),
      "jobschedules",
      EXPANDABLE,
    ),
  JobSchedule_Get: (ctx) => {
    const schedule = lookup(ctx);
    return {
      body: selected(ctx, renderSchedule(ctx, schedule, requestedExpand(ctx, EXPANDABLE))),
      metadata: "jobschedules/@Element",
      entity: schedule.data,
    };
  },
  JobSchedule_Exists: (ctx) => {
    const schedule = ctx.store.jobSchedules.find(pathParam(ctx, "jobScheduleId"));
    if (!schedule) return { status: 404 };
    checkConditions(ctx, schedule.data);
    return { entity: schedule.data };
  },
  JobSchedule_Patch: (ctx) => {
    const schedule = lookup(ctx);
    schedules.changeSchedule(ctx.store, schedule, bodyObject(ctx), false);
    return answer(ctx, schedule);
  },
  JobSchedule_Update: (ctx) => {
    const schedule = lookup(ctx);
    schedules.changeSchedule(ctx.store, schedule, bodyObject(ctx), true);
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
    const id = String(schedule.data.id).toLowerCase();
    const jobs = ctx.store.jobs.list().filter((job) => job.scheduleId?.toLowerCase() === id);
    return listPage(ctx, jobListables(ctx, jobs), "jobs", EXPANDABLE);
  },
};
