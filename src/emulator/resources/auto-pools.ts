/**
 * Auto pools: the pool the service creates for a job (or job schedule) whose `poolInfo` carries an
 * `autoPoolSpecification`, named `<autoPoolIdPrefix>_<GUID>`, and deleted when its lifetime — the
 * job's or the schedule's, as `poolLifetimeOption` says — ends, unless `keepAlive` is set.
 * @module
 */
import { randomUUID } from "node:crypto";
import { BatchServiceError, invalidProperty } from "../errors.js";
import type { AutoPoolSpecification, PoolAddParameter } from "../../protocol/models.generated.js";
import type { AutoPoolOwner, JobEntity, PoolEntity } from "../store/entities.js";
import type { Store } from "../store/store.js";
import { checkId, clone, transition } from "./common.js";
import { addPool, deletePool } from "./pools.js";

/** Scheduling error codes the service reports for a pool specification it refused in an auto pool. */
const IN_AUTO_POOL: Readonly<Record<string, string>> = {
  InvalidApplicationPackageReferences: "InvalidApplicationPackageReferencesInAutoPool",
  AutoScalingFormulaSyntaxError: "InvalidAutoScaleFormulaInAutoPool",
};

/** Longest `autoPoolIdPrefix` the service accepts. */
export const MAX_AUTO_POOL_PREFIX = 20;

/**
 * Checks an `autoPoolSpecification` (at `property` in the request body): the prefix follows the id
 * syntax in at most {@link MAX_AUTO_POOL_PREFIX} characters, and `jobschedule` lifetimes belong to
 * job schedules only.
 */
export function checkAutoPoolSpecification(
  s: AutoPoolSpecification | undefined,
  property: string,
  onSchedule: boolean,
): void {
  if (s === undefined) return;
  if (s.autoPoolIdPrefix !== undefined)
    checkId(s.autoPoolIdPrefix, `${property}.autoPoolIdPrefix`, MAX_AUTO_POOL_PREFIX);
  if (s.poolLifetimeOption === "jobschedule" && !onSchedule) {
    throw invalidProperty(
      `${property}.poolLifetimeOption`,
      "The jobschedule lifetime applies to job schedules only",
    );
  }
}

function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function livingAutoPool(store: Store, lifetime: string, ownerId: string): PoolEntity | undefined {
  return store.pools
    .list()
    .find(
      (p) =>
        p.autoPool?.lifetime === lifetime &&
        sameId(p.autoPool.ownerId, ownerId) &&
        p.data.state !== "deleting",
    );
}

function createAutoPool(store: Store, spec: AutoPoolSpecification, owner: AutoPoolOwner): PoolEntity {
  const prefix = typeof spec.autoPoolIdPrefix === "string" ? `${spec.autoPoolIdPrefix}_` : "";
  // The contract lets `pool` be absent: the pool is then created from its id alone.
  const settings = { ...clone(spec.pool), id: `${prefix}${randomUUID().toUpperCase()}` } as PoolAddParameter;
  const pool = addPool(store, settings);
  pool.autoPool = owner;
  store.markDirty();
  return pool;
}

/**
 * Gives a new job with an auto pool specification its pool: a new one, or (lifetime `jobschedule`)
 * the one its schedule created for an earlier job. The pool id goes to `executionInfo.poolId`. When
 * the pool cannot be created the job completes with the error as its `schedulingError`, as the
 * service does.
 */
export function assignAutoPool(store: Store, job: JobEntity): void {
  const spec = job.data.poolInfo?.autoPoolSpecification;
  if (!spec) return;
  const lifetime = String(spec.poolLifetimeOption);
  const ownerId = lifetime === "jobschedule" && job.scheduleId ? job.scheduleId : job.data.id;
  const executionInfo = job.data.executionInfo!;
  try {
    const pool =
      (lifetime === "jobschedule" ? livingAutoPool(store, lifetime, ownerId) : undefined) ??
      createAutoPool(store, spec, { lifetime, ownerId, keepAlive: spec.keepAlive === true });
    executionInfo.poolId = pool.data.id;
  } catch (error) {
    if (!(error instanceof BatchServiceError)) throw error;
    executionInfo.schedulingError = {
      category: "usererror",
      code: IN_AUTO_POOL[error.code] ?? error.code,
      message: error.message,
      details: error.values.map((v) => ({ name: v.key, value: v.value })),
    };
    executionInfo.endTime = store.now().toISOString();
    transition(store, job.data, "completed");
  }
  store.stamp(job.data);
}

/** The lifetime of `lifetime` (`job` or `jobschedule`) auto pools of `ownerId` ended: they are deleted unless kept alive. */
export function endAutoPoolLifetime(store: Store, lifetime: "job" | "jobschedule", ownerId: string): void {
  for (const pool of store.pools.list()) {
    const owner = pool.autoPool;
    if (owner?.lifetime === lifetime && sameId(owner.ownerId, ownerId) && !owner.keepAlive)
      deletePool(store, pool);
  }
}
