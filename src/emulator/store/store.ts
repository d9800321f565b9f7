/**
 * The resource model's container: every pool, node, job, task, job schedule and certificate of
 * the account, the clock that stamps eTags, delayed state transitions, change events, and
 * persistence. The HTTP layer never touches state except through this store and the resource
 * modules; a scheduler drives nodes and tasks through the same API.
 * @module
 */
import { EventEmitter } from "eventemitter3";
import { join } from "node:path";
import { Collection } from "./collection.js";
import { ETagClock } from "./etag-clock.js";
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
import type { StoreEvents } from "./events.js";
import {
  ChangeTracker,
  jobJson,
  poolJson,
  replay,
  SNAPSHOT_VERSION,
  type Change,
  type JournalRecord,
  type SerializedState,
} from "./journal.js";
import type { StateFiles } from "./persistence.js";
import type { TransitionDurations } from "./transitions.js";
import type { ApplicationConfig } from "../resources/applications.js";

/** Settings the store needs from the service options. */
export interface StoreSettings {
  /** Directory for node and task files (and the snapshot when persistent). */
  readonly dataDir: string;
  /** Multiplies every emulated delay (1 = default pace, 0 = next tick). */
  readonly timeScale: number;
  /** State a node gets when it joins a pool (`idle` unless a scheduler wants to drive start-up). */
  readonly initialNodeState: string;
  /**
   * When true (the default), reboot, reimage, start and deallocate finish by themselves after a short
   * delay; when false, the store only enters the transitional state and a scheduler finishes it.
   */
  readonly finishNodeTransitions: boolean;
  /** How long each transitional state lasts (ms at time scale 1). */
  readonly transitions: TransitionDurations;
  /** The account's applications: what references may name and nodes deploy (none when absent). */
  readonly applications?: readonly ApplicationConfig[];
  /**
   * Where the snapshot and journal go; absent for an in-memory store.
   * @internal
   */
  readonly files?: StateFiles;
}

/**
 * How long changes nobody waits for (the scheduler's, timers') may stay in memory before they are
 * journaled: they need not reach the disk one by one.
 */
const LAZY_WRITE_MS = 50;

/** Journal bytes below which compaction is never worth it. */
const MIN_COMPACTION_BYTES = 4 * 1024 * 1024;

/** The longest delay a Node timer holds. */
const MAX_TIMER_MS = 2_147_483_647;

/** All state of one emulated Batch account. */
export class Store {
  /** What changed since the last journal write; absent for an in-memory store. */
  private readonly changes: ChangeTracker | undefined;
  /** Pools by id, each holding its nodes. */
  readonly pools: Collection<PoolEntity>;
  /** Jobs by id, each holding its tasks. */
  readonly jobs: Collection<JobEntity>;
  /** Job schedules by id. */
  readonly jobSchedules: Collection<ScheduleEntity>;
  /** Certificates by `<thumbprintAlgorithm>-<thumbprint>`. */
  readonly certificates: Collection<CertificateEntity>;
  /** State-change notifications; see {@link StoreEvents}. */
  readonly events = new EventEmitter<StoreEvents>();
  /** The settings the service started the store with. */
  readonly settings: StoreSettings;

  private seqCounter = 0;
  private readonly eTags = new ETagClock();
  private closed = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Callers of {@link commit} waiting for the next durable write. */
  private waiters: ((durable: boolean) => void)[] = [];
  private writing = false;
  private lazyWrite: NodeJS.Timeout | undefined;
  private compacting: Promise<boolean> | undefined;
  /** Bytes journaled since the last compaction, and the size of the snapshot it wrote. */
  private journalBytes = 0;
  private snapshotBytes = 0;

  /** @internal The service creates the store from its options. */
  constructor(settings: StoreSettings) {
    this.settings = settings;
    const changes = settings.files ? new ChangeTracker(() => this.everything()) : undefined;
    this.changes = changes;
    this.pools = new Collection("Pool", changes?.watch("pool", poolJson));
    this.jobs = new Collection("Job", changes?.watch("job", jobJson));
    this.jobSchedules = new Collection(
      "JobSchedule",
      changes?.watch("schedule", (s) => s),
    );
    this.certificates = new Collection(
      "Certificate",
      changes?.watch("cert", (c) => c),
    );
  }

  /** A new job's (empty) task collection; `jobSeq` is the job's creation sequence number. */
  taskCollection(jobSeq: number): Collection<TaskEntity> {
    return new Collection(
      "Task",
      this.changes?.watch("task", (t: TaskEntity) => t, jobSeq),
    );
  }

  /** The account's configured applications. */
  get applications(): readonly ApplicationConfig[] {
    return this.settings.applications ?? [];
  }

  /** Next creation sequence number (the stable listing and paging key). */
  nextSeq(): number {
    return ++this.seqCounter;
  }

  /** The current time. */
  now(): Date {
    return new Date();
  }

  /** Sets a fresh `eTag` and `lastModified` on a wire object (each eTag is unique and increasing). */
  stamp(data: WireObject): void {
    const now = this.now();
    data.eTag = this.eTags.next(now.getTime());
    data.lastModified = now.toISOString();
    this.markDirty(data);
  }

  /**
   * Records that state changed and must be journaled: the entity whose wire object `data` is (a
   * pool, job, task, schedule or certificate), or, without it, any of them but tasks.
   */
  markDirty(data?: WireObject): void {
    this.changes?.touch(data);
  }

  /** True when changes are waiting to be journaled. */
  get hasPendingChanges(): boolean {
    return this.changes?.pending ?? false;
  }

  /**
   * Journals what changed soon, without waiting for the disk (no-op for an in-memory store): for
   * changes nobody is told of, such as the scheduler's.
   */
  flush(): void {
    if (this.closed || !this.changes?.pending || this.lazyWrite || this.writing) return;
    this.lazyWrite = setTimeout(() => this.pump(), LAZY_WRITE_MS);
    this.lazyWrite.unref();
  }

  /**
   * Journals everything changed so far and flushes it to disk; concurrent callers share one disk
   * flush. Never rejects: when the disk refuses the write, the changes stay pending, so the next
   * write tries again (a torn journal line is cut off or left last, where loading ignores it).
   * @returns whether everything changed before the call is durable (always, for an in-memory store).
   */
  commit(): Promise<boolean> {
    if (!this.settings.files) return Promise.resolve(true);
    // A closed store's files may belong to another service by now.
    if (this.closed) return Promise.resolve(false);
    return new Promise((resolveCommit) => {
      this.waiters.push(resolveCommit);
      this.pump();
    });
  }

  /**
   * Writes a snapshot of the whole state and starts a new journal (no-op for an in-memory store).
   * A compaction under way is awaited first, then a new one starts.
   * @param onlyIfChanged - skip it when nothing changed since the last snapshot.
   * @returns whether the snapshot reached the disk (true when skipped).
   */
  async compact(onlyIfChanged = false): Promise<boolean> {
    const files = this.settings.files;
    if (!files) return false;
    while (this.compacting) await this.compacting;
    if (onlyIfChanged && this.journalBytes === 0 && !this.hasPendingChanges) return true;
    // Changes still pending are journaled later as well: harmless, and nothing is lost if this fails.
    this.journalBytes = 0;
    const done = files.compact(this.serialize() as object).then(
      (bytes) => {
        this.snapshotBytes = bytes;
        return true;
      },
      () => false,
    );
    this.compacting = done;
    try {
      return await done;
    } finally {
      this.compacting = undefined;
    }
  }

  /** Runs the write loop unless it runs already: each turn journals what changed and serves waiters. */
  private pump(): void {
    clearTimeout(this.lazyWrite);
    this.lazyWrite = undefined;
    if (this.writing) return;
    this.writing = true;
    void this.drain().finally(() => {
      this.writing = false;
      if (this.waiters.length > 0) this.pump();
      else if (this.changes?.pending) this.flush();
    });
  }

  private async drain(): Promise<void> {
    const files = this.settings.files as StateFiles;
    do {
      const batch = this.waiters.splice(0);
      const pending = this.changes?.take();
      let durable = true;
      try {
        if (pending && pending.changes.length > 0) {
          const record: JournalRecord = {
            seq: this.seqCounter,
            lastTicks: this.eTags.lastTicks.toString(),
            changes: pending.changes,
          };
          this.journalBytes += files.append(record);
        }
        if (batch.length > 0) await files.sync();
      } catch {
        pending?.restore();
        durable = false;
      }
      for (const resolveCommit of batch) resolveCommit(durable);
    } while (this.waiters.length > 0);
    if (this.journalBytes > Math.max(MIN_COMPACTION_BYTES, this.snapshotBytes)) void this.compact();
  }

  /** Every top-level entity as a change (tasks excluded: they are journaled one by one). */
  private everything(): Change[] {
    const changes: Change[] = [];
    for (const p of this.pools.list()) changes.push(["pool", String(p.data.id).toLowerCase(), poolJson(p)]);
    for (const j of this.jobs.list()) changes.push(["job", String(j.data.id).toLowerCase(), jobJson(j)]);
    for (const s of this.jobSchedules.list()) changes.push(["schedule", String(s.data.id).toLowerCase(), s]);
    for (const c of this.certificates.list()) changes.push(["cert", certificateKey(c.data).toLowerCase(), c]);
    return changes;
  }

  /** Runs `action` after an emulated delay (scaled by `timeScale`), then persists. Cancelled by {@link close}. */
  later(delayMs: number, action: () => void): void {
    this.after(delayMs * this.settings.timeScale, action);
  }

  /** Runs `action` once a `kind` transition has lasted its configured (time-scaled) duration, then persists. */
  afterTransition(kind: keyof TransitionDurations, action: () => void): void {
    this.later(this.settings.transitions[kind], action);
  }

  /**
   * Runs `action` after `delayMs` of real time (a limit the user set, such as a retention time, is not
   * an emulated delay), then persists. Delays beyond what a timer can hold never fire. Cancelled by {@link close}.
   */
  after(delayMs: number, action: () => void): void {
    if (this.closed || delayMs > MAX_TIMER_MS) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        if (this.closed) return;
        action();
        this.flush();
      },
      Math.max(0, delayMs),
    );
    timer.unref();
    this.timers.add(timer);
  }

  /** Directory of a node: `<dataDir>/pools/<poolId>/nodes/<nodeId>` (laid out like a Batch node's root). */
  nodeDirectory(poolId: string, nodeId: string): string {
    return join(this.settings.dataDir, "pools", poolId.toLowerCase(), "nodes", nodeId);
  }

  /**
   * Directory of a node's own log files: `<dataDir>/pools/<poolId>/nodelogs/<nodeId>`, beside the
   * node's root rather than in it, so that neither its tasks' file listings nor a reimage touch them.
   */
  nodeLogDirectory(poolId: string, nodeId: string): string {
    return join(this.settings.dataDir, "pools", poolId.toLowerCase(), "nodelogs", nodeId);
  }

  /** Directory of a task on its node: `<nodeRoot>/workitems/<jobId>/job-1/<taskId>`, or undefined when unscheduled. */
  taskDirectory(job: JobEntity, task: TaskEntity): string | undefined {
    const nodeInfo = task.data.nodeInfo as { poolId?: string; nodeId?: string } | undefined;
    if (!nodeInfo?.poolId || !nodeInfo.nodeId) return undefined;
    return join(
      this.nodeDirectory(nodeInfo.poolId, nodeInfo.nodeId),
      "workitems",
      job.data.id,
      "job-1",
      task.data.id,
    );
  }

  /**
   * Stops timers and journal writes (commit or compact first to keep what is pending); state stays
   * as it is in memory.
   */
  close(): void {
    this.closed = true;
    clearTimeout(this.lazyWrite);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.events.removeAllListeners();
  }

  /** True once {@link close} ran. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** The whole state as a JSON-serializable snapshot. */
  serialize(): unknown {
    return {
      version: SNAPSHOT_VERSION,
      seq: this.seqCounter,
      lastTicks: this.eTags.lastTicks.toString(),
      pools: this.pools.list().map((p) => ({ ...p, nodes: p.nodes.list() })),
      jobs: this.jobs.list().map((j) => ({ ...j, tasks: j.tasks.list() })),
      jobSchedules: this.jobSchedules.list(),
      certificates: this.certificates.list(),
    };
  }

  /**
   * Replaces the (empty) state with a snapshot produced by {@link serialize}, and the journal
   * records written after it.
   * @param bytes - the sizes they had on disk: the next compaction comes once the journal
   * outgrows the snapshot, counting what was already journaled.
   */
  restore(
    snapshot: unknown,
    records: readonly unknown[] = [],
    bytes: { readonly snapshot: number; readonly journals: number } = { snapshot: 0, journals: 0 },
  ): void {
    this.snapshotBytes = bytes.snapshot;
    this.journalBytes = bytes.journals;
    const s = replay(snapshot as SerializedState | undefined, records);
    if (s?.version !== SNAPSHOT_VERSION)
      throw new Error(`Unsupported state snapshot version ${String(s?.version)}.`);
    this.seqCounter = s.seq;
    this.eTags.restore(BigInt(s.lastTicks));
    for (const p of s.pools) {
      const nodes = new Collection<NodeEntity>("Node");
      for (const n of p.nodes) nodes.insert(n.data.id, n);
      this.pools.insert(p.data.id, { ...p, nodes });
    }
    for (const j of s.jobs) {
      const tasks = this.taskCollection(j.seq);
      for (const t of j.tasks) tasks.insert(t.data.id, t);
      this.jobs.insert(j.data.id, { ...j, tasks });
    }
    for (const js of s.jobSchedules) this.jobSchedules.insert(js.data.id, js);
    for (const c of s.certificates) this.certificates.insert(certificateKey(c.data), c);
    // What was restored is on disk already.
    this.changes?.clear();
  }
}
