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
import type { CloudJob } from "./cloud-job.js";
import type { DetailLevel } from "./detail-level.js";
import { CloudJobScheduleProperties } from "./generated/entity-properties.generated.js";
import { JobScheduleOperations } from "./job-schedule-operations.js";
import type { PagedEnumerable } from "./paged-enumerable.js";
import { entityId, type EntityRequests } from "./runtime/entity-lifecycle.js";

/** @internal The requests behind a CloudJobSchedule's lifecycle, get and list. */
export const JOB_SCHEDULE_REQUESTS: EntityRequests<
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
  get: {
    clauses: { select: true, expand: true },
    send: (protocol, request) => protocol.jobSchedule.get(request),
  },
  list: {
    clauses: { filter: true, select: true, expand: true },
    send: (protocol, request) => protocol.jobSchedule.list(request),
  },
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

  get #operations(): JobScheduleOperations {
    return new JobScheduleOperations(this.caller);
  }

  get #id(): string {
    return entityId(this);
  }

  /** Deletes the schedule. */
  delete(call?: CallOptions): Promise<void> {
    return this.#operations.deleteJobSchedule(this.#id, call);
  }

  /** Terminates the schedule. */
  terminate(call?: CallOptions): Promise<void> {
    return this.#operations.terminateJobSchedule(this.#id, call);
  }

  /** Re-enables the schedule. */
  enable(call?: CallOptions): Promise<void> {
    return this.#operations.enableJobSchedule(this.#id, call);
  }

  /** Disables the schedule. */
  disable(call?: CallOptions): Promise<void> {
    return this.#operations.disableJobSchedule(this.#id, call);
  }

  /** Lists the jobs this schedule created (lazily). */
  listJobs(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<CloudJob> {
    return this.#operations.listJobs(this.#id, detailLevel, call);
  }
}
