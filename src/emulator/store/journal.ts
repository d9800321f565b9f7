/**
 * What a persistent store journals: which entities changed since the last write, as records of
 * their new values, and how a snapshot plus such records replay into the state. A task is
 * journaled alone; the other entities are few and journaled each on its own, or all together when
 * a change did not say which one it touched.
 * @module
 */
import type { Collection } from "./collection.js";
import {
  certificateKey,
  type CertificateEntity,
  type JobEntity,
  type NodeEntity,
  type PoolEntity,
  type ScheduleEntity,
  type TaskEntity,
  type WireObject,
} from "./entities.js";

/** The version of the snapshot format {@link SerializedState}. */
export const SNAPSHOT_VERSION = 1;

/** The whole state in JSON form: what a snapshot holds. */
export interface SerializedState {
  version: number;
  seq: number;
  lastTicks: string;
  pools: (Omit<PoolEntity, "nodes"> & { nodes: NodeEntity[] })[];
  jobs: (Omit<JobEntity, "tasks"> & { tasks: TaskEntity[] })[];
  jobSchedules: ScheduleEntity[];
  certificates: CertificateEntity[];
}

/** Kinds of the store's top-level collections. */
export type TopLevelKind = "pool" | "job" | "schedule" | "cert";

/**
 * One journaled change: the entity's new JSON value, or `null` once it is gone. A task is named by
 * its job's creation sequence number, so that a task of a deleted job never joins a new job of the
 * same id.
 */
export type Change =
  | readonly [kind: TopLevelKind, key: string, value: unknown]
  | readonly [kind: "task", jobSeq: number, key: string, value: unknown];

/** One journal line: the changes of one write, with the counters they were made under. */
export interface JournalRecord {
  readonly seq: number;
  readonly lastTicks: string;
  readonly changes: readonly Change[];
}

/** An entity whose current value becomes a {@link Change} when it is written. */
interface Tracked {
  readonly id: string;
  readonly change: () => Change;
}

/** The changes taken for one write, and how to give them back when the write fails. */
export interface PendingChanges {
  readonly changes: Change[];
  /** Marks them changed again, so that the next write carries them. */
  readonly restore: () => void;
}

/** Collects which entities changed since the last write; see the module comment. */
export class ChangeTracker {
  private readonly dirty = new Map<string, Tracked>();
  /** Set when a change did not name its entity: every top-level entity is written. */
  private everything = false;
  /** The tracked entity of each stored wire object (entities register on insert). */
  private readonly owners = new WeakMap<object, Tracked>();

  /** @param all - every top-level entity's current change, for a write of everything. */
  constructor(private readonly all: () => Change[]) {}

  /** True when something changed since the last {@link take}. */
  get pending(): boolean {
    return this.everything || this.dirty.size > 0;
  }

  /**
   * The change listener of a collection of `kind` (a task collection names its job's sequence number):
   * inserted and removed entities count as changed, and their wire objects are tracked from then on.
   */
  watch<T extends { readonly data: WireObject }>(
    kind: TopLevelKind | "task",
    toJson: (item: T) => unknown,
    jobSeq = 0,
  ): (key: string, item: T | undefined, collection: Collection<T & { readonly seq: number }>) => void {
    return (key, item, collection) => {
      const id = `${kind}\u0000${jobSeq}\u0000${key}`;
      const value = (): unknown => {
        const current = collection.find(key);
        return current ? toJson(current) : null;
      };
      const tracked: Tracked = {
        id,
        change: kind === "task" ? () => ["task", jobSeq, key, value()] : () => [kind, key, value()],
      };
      if (item) this.owners.set(item.data, tracked);
      this.dirty.set(id, tracked);
    };
  }

  /** Records that the entity owning `data` changed; without `data` (or for an untracked one), every top-level entity. */
  touch(data?: WireObject): void {
    const tracked = data && this.owners.get(data);
    if (tracked) this.dirty.set(tracked.id, tracked);
    else this.everything = true;
  }

  /** Takes the changes made so far, as of now. */
  take(): PendingChanges {
    const tracked = [...this.dirty.values()];
    const everything = this.everything;
    this.dirty.clear();
    this.everything = false;
    const changes = tracked.map((t) => t.change());
    if (everything) changes.push(...this.all());
    return {
      changes,
      restore: () => {
        for (const t of tracked) if (!this.dirty.has(t.id)) this.dirty.set(t.id, t);
        this.everything ||= everything;
      },
    };
  }

  /** Forgets what changed (it is all in a snapshot now). */
  clear(): void {
    this.dirty.clear();
    this.everything = false;
  }
}

/** JSON value of a pool, with its nodes. */
export function poolJson(pool: PoolEntity): unknown {
  return { ...pool, nodes: pool.nodes.list() };
}

/** JSON value of a job, without its tasks (they are journaled one by one). */
export function jobJson(job: JobEntity): unknown {
  const { tasks: _tasks, ...rest } = job;
  return rest;
}

/** The state a snapshot (absent: an empty state) and the journal records written after it describe. */
export function replay(snapshot: SerializedState | undefined, records: readonly unknown[]): SerializedState {
  const state: SerializedState = snapshot ?? {
    version: SNAPSHOT_VERSION,
    seq: 0,
    lastTicks: "0",
    pools: [],
    jobs: [],
    jobSchedules: [],
    certificates: [],
  };
  if (records.length === 0) return state;
  const byKey = <T extends { data: WireObject }>(items: T[], keyOf: (data: WireObject) => string) =>
    new Map(items.map((item) => [keyOf(item.data).toLowerCase(), item as unknown]));
  const id = (data: WireObject): string => String(data.id);
  const top: Record<TopLevelKind, Map<string, unknown>> = {
    pool: byKey(state.pools, id),
    job: byKey(
      state.jobs.map((j) => jobJson(j as unknown as JobEntity) as JobEntity),
      id,
    ),
    schedule: byKey(state.jobSchedules, id),
    cert: byKey(state.certificates, certificateKey),
  };
  const tasks = new Map<number, Map<string, unknown>>();
  const tasksOf = (jobSeq: number): Map<string, unknown> => {
    let map = tasks.get(jobSeq);
    if (!map) tasks.set(jobSeq, (map = new Map()));
    return map;
  };
  for (const job of state.jobs) for (const t of job.tasks) tasksOf(job.seq).set(id(t.data).toLowerCase(), t);
  let { seq, lastTicks } = state;
  for (const record of records as JournalRecord[]) {
    ({ seq, lastTicks } = record);
    for (const change of record.changes) {
      const [map, key, value] =
        change[0] === "task"
          ? [tasksOf(change[1]), change[2], change[3]]
          : [top[change[0]], change[1], change[2]];
      if (value === null) map.delete(key);
      else map.set(key, value);
    }
  }
  const values = <T>(map: Map<string, unknown>): T[] => [...map.values()] as T[];
  return {
    version: SNAPSHOT_VERSION,
    seq,
    lastTicks,
    pools: values(top.pool),
    jobs: values<Omit<JobEntity, "tasks">>(top.job).map((job) => ({
      ...job,
      tasks: values<TaskEntity>(tasks.get(job.seq) ?? new Map()),
    })),
    jobSchedules: values(top.schedule),
    certificates: values(top.cert),
  };
}
