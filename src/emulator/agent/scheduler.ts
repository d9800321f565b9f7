/**
 * Places active tasks on the nodes of their job's pool and runs them with the node agent, driving
 * the store the way the service's scheduler drives its state: job priority orders the queue,
 * `taskSlotsPerNode` and `requiredSlots` bound each node, `nodeFillType` spreads or packs,
 * `maxParallelTasks` caps a job, dependencies hold tasks back, failures are retried up to
 * `maxTaskRetryCount` (−1 = forever), the job preparation task runs once per node before the
 * job's first task there, and terminate / delete / disable / node actions kill what runs.
 * @module
 */
import type {
  EnvironmentSetting,
  OutputFile,
  ResourceFile,
  UserIdentity,
} from "../../protocol/models.generated.js";
import { setNodeState } from "../resources/nodes.js";
import { durationMs } from "../resources/pools.js";
import { setTaskState } from "../resources/tasks.js";
import type { JobEntity, NodeEntity, PoolEntity, TaskEntity, WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";
import type { AutoStorageAccount } from "./blob-access.js";
import { NodeLayout, type TaskKind } from "./node-layout.js";
import {
  NodeProcessRegistry,
  type KillReason,
  type RunningTask,
  type TaskRunResult,
} from "./process-runner.js";
import { buildTaskEnvironment } from "./task-environment.js";

/** What {@link TaskScheduler} needs besides the store. */
export interface TaskSchedulerOptions {
  /** The store of the emulated account. */
  readonly store: Store;
  /** The account name tasks see in `AZ_BATCH_ACCOUNT_NAME`. */
  readonly accountName: string;
  /** The service URL tasks see in `AZ_BATCH_ACCOUNT_URL`. */
  readonly accountUrl: string;
  /** The storage account linked for `autoStorageContainerName` resource files. */
  readonly autoStorage?: AutoStorageAccount;
}

interface Placement {
  readonly jobId: string;
  readonly taskId: string;
  readonly poolId: string;
  readonly nodeId: string;
  readonly slots: number;
  run?: RunningTask;
  /** A kill requested before the process was started. */
  pendingKill?: KillReason;
}

const SCHEDULABLE_NODE_STATES = new Set(["idle", "running"]);

function key(...parts: string[]): string {
  return parts.map((p) => p.toLowerCase()).join("\u0000");
}

function str(value: unknown): string {
  return String(value);
}

/** The ids a `TaskDependencies` object names, ranges expanded. */
function dependencyIds(task: TaskEntity): string[] {
  const deps = task.data.dependsOn as
    { taskIds?: string[]; taskIdRanges?: { start: number; end: number }[] } | undefined;
  if (!deps) return [];
  const ids = [...(deps.taskIds ?? [])];
  for (const range of deps.taskIdRanges ?? [])
    for (let i = range.start; i <= range.end; i++) ids.push(String(i));
  return ids;
}

/** Runs the tasks of an emulated account on its emulated nodes; see the module comment. */
export class TaskScheduler {
  private readonly store: Store;
  private readonly options: TaskSchedulerOptions;
  private readonly registries = new Map<string, NodeProcessRegistry>();
  private readonly placements = new Map<string, Placement>();
  /** Job preparation runs per job and node; later tasks of the job on that node await the same outcome. */
  private readonly preparation = new Map<string, Promise<boolean>>();
  /** Job and node pairs whose preparation failed with `waitForSuccess`: the job's tasks stay off that node. */
  private readonly preparationFailed = new Set<string>();
  /** Node directory trees created so far (created on a node's first run). */
  private readonly layouts = new Map<string, Promise<void>>();
  private tickQueued = false;
  private closed = false;
  private readonly unsubscribe: Array<() => void> = [];

  /** Subscribes to the store's events and schedules whatever is already waiting. */
  constructor(options: TaskSchedulerOptions) {
    this.options = options;
    this.store = options.store;
    const events = this.store.events;
    const on = <E extends Parameters<typeof events.on>[0]>(
      event: E,
      listener: Parameters<typeof events.on<E>>[1],
    ): void => {
      events.on(event, listener);
      this.unsubscribe.push(() => events.off(event, listener));
    };
    for (const event of [
      "taskAdded",
      "taskReactivated",
      "jobAdded",
      "jobUpdated",
      "jobEnabled",
      "nodeAdded",
      "nodeStateChanged",
      "nodeSchedulingChanged",
      "poolResized",
      "poolUpdated",
    ] as const) {
      on(event, () => this.kick());
    }
    on("taskTerminated", (e) => this.killTask(e.jobId, e.taskId, "terminate"));
    on("taskDeleted", (e) => this.killTask(e.jobId, e.taskId, "delete"));
    on("jobTerminated", (e) => this.killJob(e.jobId, "terminate"));
    on("jobDeleting", (e) => this.killJob(e.jobId, "delete"));
    on("jobDisabled", (e) => {
      if (e.disableTasks !== "wait")
        this.killJob(e.jobId, e.disableTasks === "terminate" ? "terminate" : "requeue");
    });
    on("nodeRebooted", (e) => this.killNode(e.poolId, e.nodeId, "requeue"));
    on("nodeReimaged", (e) => this.killNode(e.poolId, e.nodeId, "requeue"));
    on("nodeRemoving", (e) =>
      this.killNode(e.poolId, e.nodeId, e.deallocationOption === "terminate" ? "terminate" : "requeue"),
    );
    on("poolDeleting", (e) => {
      for (const p of this.placements.values()) if (key(p.poolId) === key(e.poolId)) this.kill(p, "requeue");
    });
    this.kick();
  }

  /** How many tasks are placed on nodes (preparing or running). */
  get runningCount(): number {
    return this.placements.size;
  }

  /** Stops scheduling and ends every process on every node. */
  async close(): Promise<void> {
    this.closed = true;
    for (const off of this.unsubscribe) off();
    await Promise.all([...this.registries.values()].map((r) => r.killAll("shutdown")));
  }

  /** Runs a scheduling pass soon (passes requested together run once). */
  kick(): void {
    if (this.tickQueued || this.closed) return;
    this.tickQueued = true;
    setImmediate(() => {
      this.tickQueued = false;
      if (!this.closed && !this.store.isClosed) this.tick();
    });
  }

  private registry(poolId: string, nodeId: string): NodeProcessRegistry {
    const k = key(poolId, nodeId);
    let registry = this.registries.get(k);
    if (!registry) {
      registry = new NodeProcessRegistry();
      this.registries.set(k, registry);
    }
    return registry;
  }

  private usedSlots(poolId: string, nodeId: string): number {
    let used = 0;
    for (const p of this.placements.values())
      if (key(p.poolId, p.nodeId) === key(poolId, nodeId)) used += p.slots;
    return used;
  }

  private dependenciesMet(job: JobEntity, task: TaskEntity): boolean {
    return dependencyIds(task).every((id) => {
      const dep = job.tasks.find(id);
      if (!dep || dep.data.state !== "completed") return false;
      const info = (dep.data.executionInfo ?? {}) as WireObject;
      return info.result === "success";
    });
  }

  private pickNode(job: JobEntity, pool: PoolEntity, slots: number): NodeEntity | undefined {
    const capacity = Number(pool.data.taskSlotsPerNode ?? 1);
    const policy = (pool.data.taskSchedulingPolicy ?? {}) as WireObject;
    const pack = policy.nodeFillType === "pack";
    let best: { node: NodeEntity; used: number } | undefined;
    for (const node of pool.nodes.list()) {
      if (!SCHEDULABLE_NODE_STATES.has(str(node.data.state)) || node.data.schedulingState === "disabled")
        continue;
      if (this.preparationFailed.has(key(str(job.data.id), str(pool.data.id), str(node.data.id)))) continue;
      const used = this.usedSlots(str(pool.data.id), str(node.data.id));
      if (capacity - used < slots) continue;
      if (!best || (pack ? used > best.used : used < best.used)) best = { node, used };
    }
    return best?.node;
  }

  private tick(): void {
    const jobs = this.store.jobs
      .list()
      .filter((j) => j.data.state === "active")
      .sort((a, b) => Number(b.data.priority ?? 0) - Number(a.data.priority ?? 0) || a.seq - b.seq);
    for (const job of jobs) {
      const jobId = str(job.data.id);
      const pool = this.store.pools.find(str((job.data.poolInfo as WireObject | undefined)?.poolId ?? ""));
      if (!pool || pool.data.state === "deleting") continue;
      const maxParallel = Number(job.data.maxParallelTasks ?? -1);
      let runningForJob = [...this.placements.values()].filter((p) => key(p.jobId) === key(jobId)).length;
      for (const task of job.tasks.list()) {
        if (maxParallel >= 0 && runningForJob >= maxParallel) break;
        if (task.data.state !== "active" || this.placements.has(key(jobId, str(task.data.id)))) continue;
        if (!this.dependenciesMet(job, task)) continue;
        const slots = Number(task.data.requiredSlots ?? 1);
        const node = this.pickNode(job, pool, slots);
        if (!node) continue;
        this.place(job, task, pool, node, slots);
        runningForJob++;
      }
    }
  }

  private place(job: JobEntity, task: TaskEntity, pool: PoolEntity, node: NodeEntity, slots: number): void {
    const placement: Placement = {
      jobId: str(job.data.id),
      taskId: str(task.data.id),
      poolId: str(pool.data.id),
      nodeId: str(node.data.id),
      slots,
    };
    this.placements.set(key(placement.jobId, placement.taskId), placement);
    this.updateNodeCounts(pool, node);
    void this.execute(job, task, pool, node, placement).catch(() => this.release(placement));
  }

  private updateNodeCounts(pool: PoolEntity, node: NodeEntity): void {
    const mine = [...this.placements.values()].filter(
      (p) => key(p.poolId, p.nodeId) === key(str(pool.data.id), str(node.data.id)),
    );
    node.data.runningTasksCount = mine.length;
    node.data.runningTaskSlotsCount = mine.reduce((sum, p) => sum + p.slots, 0);
    const state = str(node.data.state);
    if (state === "idle" && mine.length > 0) setNodeState(this.store, pool, node, "running");
    else if (state === "running" && mine.length === 0) setNodeState(this.store, pool, node, "idle");
    else this.store.markDirty();
  }

  private layout(pool: PoolEntity, node: NodeEntity): NodeLayout {
    return new NodeLayout(this.store.nodeDirectory(str(pool.data.id), str(node.data.id)));
  }

  /** Creates the node's directory tree before its first task. */
  private ensureLayout(pool: PoolEntity, node: NodeEntity): Promise<void> {
    const k = key(str(pool.data.id), str(node.data.id));
    let created = this.layouts.get(k);
    if (!created) {
      created = this.layout(pool, node).create();
      this.layouts.set(k, created);
    }
    return created;
  }

  private environment(
    job: JobEntity,
    pool: PoolEntity,
    node: NodeEntity,
    kind: TaskKind,
    spec: WireObject,
    taskId?: string,
  ): Record<string, string> {
    return buildTaskEnvironment(this.layout(pool, node), {
      accountName: this.options.accountName,
      accountUrl: this.options.accountUrl,
      poolId: str(pool.data.id),
      nodeId: str(node.data.id),
      isDedicated: node.data.isDedicated !== false,
      kind,
      jobId: str(job.data.id),
      taskId,
      jobHasPreparationTask: job.data.jobPreparationTask !== undefined,
      userIdentity: spec.userIdentity as UserIdentity | undefined,
      jobEnvironmentSettings: job.data.commonEnvironmentSettings as EnvironmentSetting[] | undefined,
      environmentSettings: spec.environmentSettings as EnvironmentSetting[] | undefined,
    });
  }

  private startRun(
    pool: PoolEntity,
    node: NodeEntity,
    kind: TaskKind,
    job: JobEntity,
    spec: WireObject,
    taskId?: string,
  ): RunningTask {
    const layout = this.layout(pool, node);
    const constraints = (spec.constraints ?? {}) as WireObject;
    return this.registry(str(pool.data.id), str(node.data.id)).run({
      commandLine: str(spec.commandLine),
      directories: layout.taskDirectories(kind, str(job.data.id), taskId),
      environment: this.environment(job, pool, node, kind, spec, taskId),
      resourceFiles: spec.resourceFiles as ResourceFile[] | undefined,
      outputFiles: spec.outputFiles as OutputFile[] | undefined,
      maxWallClockTimeMs: durationMs(constraints.maxWallClockTime),
      autoStorage: this.options.autoStorage,
    });
  }

  /** Runs the job preparation task on the node once; later tasks of the job share the outcome. */
  private prepare(job: JobEntity, pool: PoolEntity, node: NodeEntity): Promise<boolean> {
    const prepSpec = job.data.jobPreparationTask as WireObject | undefined;
    if (!prepSpec) return Promise.resolve(true);
    const k = key(str(job.data.id), str(pool.data.id), str(node.data.id));
    let outcome = this.preparation.get(k);
    if (!outcome) {
      outcome = (async () => {
        const status: WireObject = {
          poolId: pool.data.id,
          nodeId: node.data.id,
          nodeUrl: `${this.options.accountUrl}/pools/${str(pool.data.id)}/nodes/${str(node.data.id)}`,
        };
        const info: WireObject = { state: "running", startTime: new Date().toISOString(), retryCount: 0 };
        status.jobPreparationTaskExecutionInfo = info;
        job.prepReleaseStatus.push(status);
        const result = await this.startRun(pool, node, "jobPreparation", job, prepSpec).completion;
        Object.assign(info, this.executionFields(result), { state: "completed" });
        this.store.markDirty();
        const ok = result.result === "success" || prepSpec.waitForSuccess === false;
        if (!ok) this.preparationFailed.add(k);
        return ok;
      })();
      this.preparation.set(k, outcome);
    }
    return outcome;
  }

  private executionFields(result: TaskRunResult): WireObject {
    return {
      startTime: result.startTime.toISOString(),
      endTime: result.endTime.toISOString(),
      exitCode: result.exitCode,
      result: result.result,
      failureInfo: result.failureInfo,
    };
  }

  private async execute(
    job: JobEntity,
    task: TaskEntity,
    pool: PoolEntity,
    node: NodeEntity,
    placement: Placement,
  ): Promise<void> {
    const taskId = str(task.data.id);
    const jobId = str(job.data.id);
    task.data.nodeInfo = {
      affinityId: node.data.affinityId,
      nodeUrl: `${this.options.accountUrl}/pools/${placement.poolId}/nodes/${placement.nodeId}`,
      poolId: placement.poolId,
      nodeId: placement.nodeId,
      taskRootDirectory: `workitems/${jobId}/job-1/${taskId}`,
      taskRootDirectoryUrl: `${this.options.accountUrl}/pools/${placement.poolId}/nodes/${placement.nodeId}/files/workitems/${jobId}/job-1/${taskId}`,
    };
    await this.ensureLayout(pool, node);
    if (job.data.jobPreparationTask !== undefined) {
      setTaskState(this.store, job, task, "preparing");
      const prepared = await this.prepare(job, pool, node);
      if (placement.pendingKill) return this.finish(job, task, placement, undefined, placement.pendingKill);
      if (!prepared) {
        this.release(placement);
        if (task.data.state === "preparing") setTaskState(this.store, job, task, "active");
        return;
      }
    }
    if (placement.pendingKill) return this.finish(job, task, placement, undefined, placement.pendingKill);
    setTaskState(this.store, job, task, "running", { startTime: new Date().toISOString() });
    placement.run = this.startRun(pool, node, "task", job, task.data, taskId);
    node.data.totalTasksRun = Number(node.data.totalTasksRun ?? 0) + 1;
    const result = await placement.run.completion;
    this.finish(job, task, placement, result, result.endedBy);
  }

  private release(placement: Placement): void {
    this.placements.delete(key(placement.jobId, placement.taskId));
    const pool = this.store.pools.find(placement.poolId);
    const node = pool?.nodes.find(placement.nodeId);
    if (pool && node) this.updateNodeCounts(pool, node);
    this.store.flush();
    this.kick();
  }

  private finish(
    job: JobEntity,
    task: TaskEntity,
    placement: Placement,
    result: TaskRunResult | undefined,
    endedBy: string | undefined,
  ): void {
    this.release(placement);
    if (
      this.closed ||
      endedBy === "shutdown" ||
      endedBy === "delete" ||
      job.tasks.find(placement.taskId) !== task
    )
      return;
    const info = (task.data.executionInfo ?? {}) as WireObject;
    const now = new Date().toISOString();
    if (endedBy === "requeue") {
      if (task.data.state !== "completed") {
        setTaskState(this.store, job, task, "active", {
          requeueCount: Number(info.requeueCount ?? 0) + 1,
          lastRequeueTime: now,
        });
      }
    } else if (endedBy === "terminate") {
      if (task.data.state !== "completed") {
        setTaskState(
          this.store,
          job,
          task,
          "completed",
          result
            ? this.executionFields(result)
            : {
                endTime: now,
                result: "failure",
                failureInfo: {
                  category: "usererror",
                  code: "TaskEnded",
                  message: "The task was ended before it started.",
                },
              },
        );
      } else if (result?.exitCode !== undefined) {
        // The store completed the task on the request; add what the process reported.
        task.data.executionInfo = {
          ...info,
          exitCode: result.exitCode,
          endTime: result.endTime.toISOString(),
        };
      }
    } else if (result) {
      const retries = Number(info.retryCount ?? 0);
      const maxRetries = Number(((task.data.constraints ?? {}) as WireObject).maxTaskRetryCount ?? 0);
      const retry =
        result.result === "failure" &&
        endedBy !== "maxWallClockTime" &&
        (maxRetries === -1 || retries < maxRetries);
      if (retry) {
        setTaskState(this.store, job, task, "active", {
          ...this.executionFields(result),
          retryCount: retries + 1,
          lastRetryTime: now,
        });
      } else {
        setTaskState(this.store, job, task, "completed", this.executionFields(result));
        if (result.result === "success") {
          const node = this.store.pools.find(placement.poolId)?.nodes.find(placement.nodeId);
          if (node) node.data.totalTasksSucceeded = Number(node.data.totalTasksSucceeded ?? 0) + 1;
        }
      }
    }
    this.store.flush();
  }

  private kill(placement: Placement, reason: KillReason): void {
    if (placement.run) void placement.run.kill(reason);
    else placement.pendingKill ??= reason;
  }

  private killTask(jobId: string, taskId: string, reason: KillReason): void {
    const placement = this.placements.get(key(jobId, taskId));
    if (placement) this.kill(placement, reason);
  }

  private killJob(jobId: string, reason: KillReason): void {
    for (const p of this.placements.values()) if (key(p.jobId) === key(jobId)) this.kill(p, reason);
  }

  private killNode(poolId: string, nodeId: string, reason: KillReason): void {
    for (const p of this.placements.values())
      if (key(p.poolId, p.nodeId) === key(poolId, nodeId)) this.kill(p, reason);
  }
}
