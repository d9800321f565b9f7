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
import type {
  CertificateEntity,
  JobEntity,
  NodeEntity,
  PoolEntity,
  ScheduleEntity,
  TaskEntity,
  WireObject,
} from "./entities.js";
import type { StoreEvents } from "./events.js";
import type { SnapshotFile } from "./persistence.js";
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
   * Where snapshots go; absent for an in-memory store.
   * @internal
   */
  readonly snapshot?: SnapshotFile;
}

// .NET ticks (100 ns since 0001-01-01) at the Unix epoch: eTags are tick counts in hex, as the service's are.
const EPOCH_TICKS = 621_355_968_000_000_000n;

const SNAPSHOT_VERSION = 1;

/** The longest delay a Node timer holds. */
const MAX_TIMER_MS = 2_147_483_647;

/** All state of one emulated Batch account. */
export class Store {
  /** Pools by id, each holding its nodes. */
  readonly pools = new Collection<PoolEntity>("Pool");
  /** Jobs by id, each holding its tasks. */
  readonly jobs = new Collection<JobEntity>("Job");
  /** Job schedules by id. */
  readonly jobSchedules = new Collection<ScheduleEntity>("JobSchedule");
  /** Certificates by `<thumbprintAlgorithm>-<thumbprint>`. */
  readonly certificates = new Collection<CertificateEntity>("Certificate");
  /** State-change notifications; see {@link StoreEvents}. */
  readonly events = new EventEmitter<StoreEvents>();
  /** The settings the service started the store with. */
  readonly settings: StoreSettings;

  private seqCounter = 0;
  private lastTicks = 0n;
  private dirty = false;
  private closed = false;
  private readonly timers = new Set<NodeJS.Timeout>();

  /** @internal The service creates the store from its options. */
  constructor(settings: StoreSettings) {
    this.settings = settings;
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
    let ticks = BigInt(now.getTime()) * 10_000n + EPOCH_TICKS;
    if (ticks <= this.lastTicks) ticks = this.lastTicks + 1n;
    this.lastTicks = ticks;
    data.eTag = `0x${ticks.toString(16).toUpperCase()}`;
    data.lastModified = now.toISOString();
    this.markDirty();
  }

  /** Records that state changed and must reach the snapshot before the next acknowledgement. */
  markDirty(): void {
    this.dirty = true;
  }

  /**
   * Writes the snapshot when state changed since the last write (no-op for an in-memory store).
   * Never throws: when the disk refuses the write the state stays dirty, so the next flush tries
   * again, and the previous snapshot stays in place.
   * @returns whether everything changed so far is durable.
   */
  flush(): boolean {
    if (!this.dirty || !this.settings.snapshot) {
      this.dirty = false;
      return true;
    }
    try {
      this.settings.snapshot.save(this.serialize());
    } catch {
      return false;
    }
    this.dirty = false;
    return true;
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

  /** Stops timers; state stays as it is. */
  close(): void {
    this.closed = true;
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
      lastTicks: this.lastTicks.toString(),
      pools: this.pools.list().map((p) => ({ ...p, nodes: p.nodes.list() })),
      jobs: this.jobs.list().map((j) => ({ ...j, tasks: j.tasks.list() })),
      jobSchedules: this.jobSchedules.list(),
      certificates: this.certificates.list(),
    };
  }

  /** Replaces the (empty) state with a snapshot produced by {@link serialize}. */
  restore(snapshot: unknown): void {
    const s = snapshot as SerializedState;
    if (s?.version !== SNAPSHOT_VERSION)
      throw new Error(`Unsupported state snapshot version ${String(s?.version)}.`);
    this.seqCounter = s.seq;
    this.lastTicks = BigInt(s.lastTicks);
    for (const p of s.pools) {
      const nodes = new Collection<NodeEntity>("Node");
      for (const n of p.nodes) nodes.insert(n.data.id, n);
      this.pools.insert(p.data.id, { ...p, nodes });
    }
    for (const j of s.jobs) {
      const tasks = new Collection<TaskEntity>("Task");
      for (const t of j.tasks) tasks.insert(t.data.id, t);
      this.jobs.insert(j.data.id, { ...j, tasks });
    }
    for (const js of s.jobSchedules) this.jobSchedules.insert(js.data.id, js);
    for (const c of s.certificates) this.certificates.insert(certificateKey(c.data), c);
  }
}

/** Store key of a certificate: `<algorithm>-<thumbprint>`, case-insensitive. */
export function certificateKey(data: WireObject): string {
  return `${String(data.thumbprintAlgorithm)}-${String(data.thumbprint)}`;
}

interface SerializedState {
  version: number;
  seq: number;
  lastTicks: string;
  pools: (Omit<PoolEntity, "nodes"> & { nodes: NodeEntity[] })[];
  jobs: (Omit<JobEntity, "tasks"> & { tasks: TaskEntity[] })[];
  jobSchedules: ScheduleEntity[];
  certificates: CertificateEntity[];
}
