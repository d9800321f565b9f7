/**
 * Job schedules: creation, properties, disable / enable / terminate / delete, and the recurrence
 * that creates jobs `<scheduleId>:job-N` from the job specification.
 * @module
 */
import { BatchServiceError, conflict, invalidProperty, missingProperty } from "../errors.js";
import type {
  CloudJobSchedule,
  JobScheduleAddParameter,
  JobScheduleExecutionInformation,
  JobSchedulePatchParameter,
  JobSpecification,
  Schedule,
} from "../../protocol/models.generated.js";
import type { ScheduleEntity, Stored, StoredWithId, WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";
import {
  applyPatch,
  applyUpdate,
  bodyProperties,
  checkId,
  clone,
  newResource,
  replacements,
  transition,
} from "./common.js";
import { endAutoPoolLifetime } from "./auto-pools.js";
import { addJob, checkPoolInformation, deleteJob, terminateJob } from "./jobs.js";
import { parseDuration } from "../../protocol/durations.js";

/** Properties a PATCH may change: those of the contract's patch body. */
const PATCHABLE = bodyProperties("JobSchedulePatchParameter");

/** Properties a PUT replaces (absent metadata is cleared to none). */
const REPLACEABLE = replacements("JobScheduleUpdateParameter", { metadata: [] });

const MIN_RECURRENCE_MS = 60_000;

function checkSchedule(s: Schedule | undefined): void {
  if (s === undefined) throw missingProperty("schedule");
  if (s.recurrenceInterval !== undefined) {
    const ms = parseDuration(s.recurrenceInterval);
    if (ms === undefined || ms < MIN_RECURRENCE_MS)
      throw invalidProperty("schedule.recurrenceInterval", "The interval must be at least one minute");
  }
  if (s.startWindow !== undefined) {
    const ms = parseDuration(s.startWindow);
    if (ms === undefined || ms < MIN_RECURRENCE_MS)
      throw invalidProperty("schedule.startWindow", "The window must be at least one minute");
  }
}

function checkSpecification(spec: JobSpecification | undefined): void {
  if (spec === undefined) throw missingProperty("jobSpecification");
  const poolInfo = spec.poolInfo;
  if (poolInfo === undefined) throw missingProperty("jobSpecification.poolInfo");
  checkPoolInformation(poolInfo, "jobSpecification.poolInfo", true);
}

function requireOpen(schedule: ScheduleEntity): void {
  const state = schedule.data.state;
  if (state === "deleting") throw conflict("JobScheduleBeingDeleted", "The job schedule is being deleted.");
  if (state === "terminating")
    throw conflict("JobScheduleBeingTerminated", "The job schedule is being terminated.");
  if (state === "completed") throw conflict("JobScheduleCompleted", "The job schedule has completed.");
}

function executionInfo(schedule: ScheduleEntity): JobScheduleExecutionInformation {
  const info = schedule.data.executionInfo ?? {};
  schedule.data.executionInfo = info;
  return info;
}

/** When the schedule should next create a job, or undefined when it never will again. */
function nextRunTime(store: Store, schedule: ScheduleEntity, afterRun: boolean): Date | undefined {
  const s = schedule.data.schedule ?? {};
  const now = store.now().getTime();
  let next: number;
  if (!afterRun) {
    const notBefore = s.doNotRunUntil !== undefined ? Date.parse(s.doNotRunUntil) : now;
    next = Math.max(now, notBefore);
  } else {
    const interval = parseDuration(s.recurrenceInterval);
    if (interval === undefined) return undefined;
    next = now + interval;
  }
  if (s.doNotRunAfter !== undefined && next > Date.parse(s.doNotRunAfter)) return undefined;
  return new Date(next);
}

/** Arms the timer for the schedule's next run (or completes a schedule that will not run again and has no active job). */
function arm(store: Store, schedule: ScheduleEntity, afterRun: boolean): void {
  const info = executionInfo(schedule);
  const next = nextRunTime(store, schedule, afterRun);
  if (!next) {
    delete info.nextRunTime;
    return;
  }
  info.nextRunTime = next.toISOString();
  store.markDirty();
  const expected = info.nextRunTime;
  store.later(next.getTime() - store.now().getTime(), () => {
    if (schedule.data.state !== "active" || executionInfo(schedule).nextRunTime !== expected) return;
    if (store.jobSchedules.find(schedule.data.id) !== schedule) return;
    trigger(store, schedule);
  });
}

function recentJobActive(store: Store, schedule: ScheduleEntity): boolean {
  const recent = executionInfo(schedule).recentJob;
  if (!recent) return false;
  const job = store.jobs.find(String(recent.id));
  return job !== undefined && job.data.state !== "completed";
}

/** Creates the schedule's next job now (at most one active job at a time: a busy schedule waits for the next interval). */
function trigger(store: Store, schedule: ScheduleEntity): void {
  const scheduleId = schedule.data.id;
  if (!recentJobActive(store, schedule)) {
    schedule.jobCounter++;
    const jobId = `${scheduleId}:job-${schedule.jobCounter}`;
    const spec = clone(schedule.data.jobSpecification ?? ({} as JobSpecification));
    try {
      const job = addJob(store, spec, { scheduleId, jobId });
      executionInfo(schedule).recentJob = { id: job.data.id };
      store.stamp(schedule.data);
      store.events.emit("jobScheduleTriggered", { jobScheduleId: scheduleId, jobId });
    } catch (error) {
      // This runs from a timer: a job the service cannot create skips this run instead of ending the process.
      if (!(error instanceof BatchServiceError)) throw error;
    }
  }
  arm(store, schedule, true);
}

/** Creates a job schedule and arms its first run. */
export function addSchedule(store: Store, body: JobScheduleAddParameter): ScheduleEntity {
  const id = checkId(body.id);
  if (store.jobs.has(id) && !store.jobSchedules.has(id))
    throw conflict("JobWithSameIdExists", "A job with the specified job schedule id exists.");
  checkSchedule(body.schedule);
  checkSpecification(body.jobSpecification);
  const now = store.now().toISOString();
  const data: WireObject = { ...newResource(id, body, now), executionInfo: {} };
  const schedule = store.jobSchedules.insert(id, {
    seq: store.nextSeq(),
    data: data as StoredWithId<CloudJobSchedule>, // built from a body validated against the contract
    jobCounter: 0,
  });
  store.stamp(data);
  store.events.emit("jobScheduleAdded", { jobScheduleId: id });
  arm(store, schedule, false);
  return schedule;
}

/** PATCH (`replace` false) or PUT (`replace` true) of schedule, job specification and metadata. */
export function changeSchedule(
  store: Store,
  schedule: ScheduleEntity,
  body: Stored<JobSchedulePatchParameter>,
  replace: boolean,
): void {
  requireOpen(schedule);
  if (body.schedule !== undefined || replace) checkSchedule(body.schedule);
  if (body.jobSpecification !== undefined || replace) checkSpecification(body.jobSpecification);
  if (replace) applyUpdate(schedule.data, clone(body), REPLACEABLE);
  else applyPatch(schedule.data, clone(body), PATCHABLE);
  store.stamp(schedule.data);
  store.events.emit("jobScheduleUpdated", { jobScheduleId: schedule.data.id });
  if (body.schedule !== undefined && schedule.data.state === "active") arm(store, schedule, false);
}

/** Disables (no more jobs) or enables a schedule. */
export function setScheduleEnabled(store: Store, schedule: ScheduleEntity, enabled: boolean): void {
  requireOpen(schedule);
  if (enabled && schedule.data.state !== "disabled") return;
  transition(store, schedule.data, enabled ? "active" : "disabled");
  store.events.emit("jobScheduleUpdated", { jobScheduleId: schedule.data.id });
  if (enabled) arm(store, schedule, false);
  else delete executionInfo(schedule).nextRunTime;
}

function recentJob(store: Store, schedule: ScheduleEntity) {
  const recent = executionInfo(schedule).recentJob;
  return recent ? store.jobs.find(String(recent.id)) : undefined;
}

/** Terminates a schedule and its active job. */
export function terminateSchedule(store: Store, schedule: ScheduleEntity): void {
  requireOpen(schedule);
  transition(store, schedule.data, "terminating");
  delete executionInfo(schedule).nextRunTime;
  const job = recentJob(store, schedule);
  if (job && ["active", "disabled", "disabling", "enabling"].includes(String(job.data.state)))
    terminateJob(store, job);
  store.events.emit("jobScheduleTerminated", { jobScheduleId: schedule.data.id });
  store.afterTransition("job", () => completeSchedule(store, schedule));
}

/** Moves a terminating schedule to `completed`; its `jobschedule` auto pool's lifetime ends. */
function completeSchedule(store: Store, schedule: ScheduleEntity): void {
  if (schedule.data.state !== "terminating") return;
  executionInfo(schedule).endTime = store.now().toISOString();
  transition(store, schedule.data, "completed");
  endAutoPoolLifetime(store, "jobschedule", schedule.data.id);
}

/** Removes a deleting schedule after the emulated delay; its `jobschedule` auto pool's lifetime ends. */
function finishScheduleDeletion(store: Store, schedule: ScheduleEntity): void {
  const scheduleId = schedule.data.id;
  store.afterTransition("delete", () => {
    if (store.jobSchedules.find(scheduleId) !== schedule) return;
    store.jobSchedules.remove(scheduleId);
    store.markDirty();
    store.events.emit("jobScheduleDeleted", { jobScheduleId: scheduleId });
    endAutoPoolLifetime(store, "jobschedule", scheduleId);
  });
}

/** Deletes a schedule and all its jobs. */
export function deleteSchedule(store: Store, schedule: ScheduleEntity): void {
  if (schedule.data.state === "deleting")
    throw conflict("JobScheduleBeingDeleted", "The job schedule is being deleted.");
  transition(store, schedule.data, "deleting");
  const scheduleId = schedule.data.id;
  for (const job of store.jobs.list()) {
    if (job.scheduleId?.toLowerCase() === scheduleId.toLowerCase() && job.data.state !== "deleting")
      deleteJob(store, job);
  }
  finishScheduleDeletion(store, schedule);
}

/** After a restart: re-arm active schedules and finish in-flight transitions. */
export function resumeSchedules(store: Store): void {
  for (const schedule of store.jobSchedules.list()) {
    const state = schedule.data.state;
    if (state === "active") arm(store, schedule, executionInfo(schedule).recentJob !== undefined);
    else if (state === "deleting") finishScheduleDeletion(store, schedule);
    else if (state === "terminating") store.afterTransition("job", () => completeSchedule(store, schedule));
  }
}
