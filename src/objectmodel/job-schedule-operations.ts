/**
 * `JobScheduleOperations`: job schedules and the jobs they create.
 * @module
 */
import type { CallOptions } from "./behaviors.js";
import { InheritedBehaviors } from "./inherited-behaviors.js";
import type { CloudJob } from "./cloud-job.js";
import { CloudJobSchedule, JOB_SCHEDULE_REQUESTS, listJobsOfSchedule } from "./cloud-job-schedule.js";
import type { DetailLevel } from "./detail-level.js";
import { getEntity, listEntities } from "./runtime/entity-lifecycle.js";
import type {
  JobSpecification,
  JobSpecificationInit,
  Schedule,
  ScheduleInit,
} from "./generated/values.generated.js";
import type { PagedEnumerable } from "./paged-enumerable.js";

/** Arguments of {@link JobScheduleOperations.createJobSchedule}. */
export interface CreateJobScheduleOptions {
  /** The schedule id. */
  jobScheduleId?: string;
  /** When jobs are created. */
  schedule?: Schedule | ScheduleInit;
  /** What each created job looks like. */
  jobSpecification?: JobSpecification | JobSpecificationInit;
}

/**
 * Job schedule operations (Batch .NET `JobScheduleOperations`), reached as
 * `batchClient.jobScheduleOperations`.
 */
export class JobScheduleOperations extends InheritedBehaviors {
  /** A new unbound job schedule; set its properties, then `commit()` it. No request is made. */
  createJobSchedule(options: CreateJobScheduleOptions = {}): CloudJobSchedule {
    const schedule = new CloudJobSchedule(this.caller.child());
    if (options.jobScheduleId !== undefined) schedule.id = options.jobScheduleId;
    if (options.schedule !== undefined) schedule.schedule = options.schedule;
    if (options.jobSpecification !== undefined) schedule.jobSpecification = options.jobSpecification;
    return schedule;
  }

  /** Gets a job schedule as a bound {@link CloudJobSchedule}. */
  getJobSchedule(
    jobScheduleId: string,
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): Promise<CloudJobSchedule> {
    return getEntity(
      this.caller,
      JOB_SCHEDULE_REQUESTS,
      { jobScheduleId },
      { operation: "getJobSchedule", detailLevel, call },
    );
  }

  /** Lists the job schedules of the account (lazily). */
  listJobSchedules(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<CloudJobSchedule> {
    return listEntities(
      this.caller,
      JOB_SCHEDULE_REQUESTS,
      {},
      {
        operation: "listJobSchedules",
        detailLevel,
        call,
      },
    );
  }

  /** Lists the jobs a schedule created (lazily). */
  listJobs(jobScheduleId: string, detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<CloudJob> {
    return listJobsOfSchedule(this.caller, jobScheduleId, detailLevel, call);
  }

  /** Deletes a job schedule and its jobs. */
  async deleteJobSchedule(jobScheduleId: string, call?: CallOptions): Promise<void> {
    await this.caller.send("jobSchedule.delete", { jobScheduleId }, call);
  }

  /** Terminates a job schedule. */
  async terminateJobSchedule(jobScheduleId: string, call?: CallOptions): Promise<void> {
    await this.caller.send("jobSchedule.terminate", { jobScheduleId }, call);
  }

  /** Re-enables a disabled job schedule. */
  async enableJobSchedule(jobScheduleId: string, call?: CallOptions): Promise<void> {
    await this.caller.send("jobSchedule.enable", { jobScheduleId }, call);
  }

  /** Disables a job schedule (no new jobs are created). */
  async disableJobSchedule(jobScheduleId: string, call?: CallOptions): Promise<void> {
    await this.caller.send("jobSchedule.disable", { jobScheduleId }, call);
  }
}
