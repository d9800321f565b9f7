/**
 * `CloudJobSchedule`: a job schedule, unbound (being built) or bound (read from the service).
 * @module
 */
import type {
  CloudJobSchedule as CloudJobScheduleWire,
  JobScheduleAddParameter,
  JobSchedulePatchParameter,
  JobScheduleUpdateParameter,
} from "../protocol/models.generated.js";
import type { CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import type { DetailLevel } from "./detail-level.js";
import { CloudJobScheduleProperties } from "./generated/entity-properties.generated.js";
import { JOB_REQUESTS, type CloudJob } from "./cloud-job.js";
import type { PagedEnumerable } from "./paged-enumerable.js";
import { entityId, listEntities, type ListedEntityRequests } from "./runtime/entity-lifecycle.js";

/** @internal The requests behind a CloudJobSchedule's lifecycle, get and list. */
export const JOB_SCHEDULE_REQUESTS: ListedEntityRequests<
  CloudJobSchedule,
  { jobScheduleId: string },
  CloudJobScheduleWire
> = {
  key: (entity) => ({ jobScheduleId: entityId(entity) }),
  wrap: (caller, wire) => new CloudJobSchedule(caller, wire),
  create: {
    send: (protocol, request, cloudJobSchedule: JobScheduleAddParameter) =>
      protocol.jobSchedule.add({ ...request, cloudJobSchedule }),
  },
  replace: {
    definition: "JobScheduleUpdateParameter",
    send: (protocol, request, jobScheduleUpdateParameter: JobScheduleUpdateParameter) =>
      protocol.jobSchedule.update({ ...request, jobScheduleUpdateParameter }),
  },
  patch: {
    definition: "JobSchedulePatchParameter",
    send: (protocol, request, jobSchedulePatchParameter: JobSchedulePatchParameter) =>
      protocol.jobSchedule.patch({ ...request, jobSchedulePatchParameter }),
  },
  get: "jobSchedule.get",
  list: "jobSchedule.list",
};

/**
 * A job schedule (Batch .NET `CloudJobSchedule`). Unbound from `createJobSchedule()`, bound from
 * `getJobSchedule` / `listJobSchedules` (where schedule, job specification and metadata stay writable).
 */
export class CloudJobSchedule extends CloudJobScheduleProperties {
  /** @internal Created by {@link JobScheduleOperations}. */
  constructor(caller: Caller, wire?: CloudJobScheduleWire) {
    super(caller, JOB_SCHEDULE_REQUESTS, wire);
  }

  get #key(): { jobScheduleId: string } {
    return JOB_SCHEDULE_REQUESTS.key(this);
  }

  /** Deletes the schedule. */
  delete(call?: CallOptions): Promise<void> {
    return this.caller.send("jobSchedule.delete", this.#key, call);
  }

  /** Terminates the schedule. */
  terminate(call?: CallOptions): Promise<void> {
    return this.caller.send("jobSchedule.terminate", this.#key, call);
  }

  /** Re-enables the schedule. */
  enable(call?: CallOptions): Promise<void> {
    return this.caller.send("jobSchedule.enable", this.#key, call);
  }

  /** Disables the schedule. */
  disable(call?: CallOptions): Promise<void> {
    return this.caller.send("jobSchedule.disable", this.#key, call);
  }

  /** Lists the jobs this schedule created (lazily). */
  listJobs(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<CloudJob> {
    return listJobsOfSchedule(this.caller, this.#key.jobScheduleId, detailLevel, call);
  }
}

/** @internal Lists the jobs a schedule created (lazily). */
export function listJobsOfSchedule(
  caller: Caller,
  jobScheduleId: string,
  detailLevel: DetailLevel | undefined,
  call: CallOptions | undefined,
): PagedEnumerable<CloudJob> {
  const read = { operation: "listJobs", detailLevel, call };
  return listEntities(caller, JOB_REQUESTS, { jobScheduleId }, read, "job.listFromJobSchedule");
}
