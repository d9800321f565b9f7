/**
 * Places active tasks on the nodes of their job's pool and runs them with the node agent, driving
 * the store the way the service's scheduler drives its state: job priority orders the queue,
 * `taskSlotsPerNode` and `requiredSlots` bound each node, `nodeFillType` spreads or packs,
 * `maxParallelTasks` caps a job, dependencies hold tasks back, failures are retried up to
 * `maxTaskRetryCount` (−1 = forever), the job preparation task runs once per node before the
 * job's first task there (the release task after the job ends, on each node that ran it), the
 * job manager runs first, exit conditions decide dependants and job actions, and terminate / delete
 * / disable / node actions kill what runs. Node start-up and transitions live in
 * {@link NodeLifecycle}, processes and directories in {@link NodeRuntime}.
 * @module
 */
import { rm } from "node:fs/promises";
import { jobPoolId } from "../resources/jobs.js";
import { setNodeState } from "../resources/nodes.js";
import { durationMs } from "../resources/pools.js";
import { setTaskState, terminatedFailure } from "../resources/tasks.js";
import type { Defer } from "../store/events.js";
import type {
  JobReleaseTaskExecutionInformation,
  TaskExecutionInformation,
} from "../../protocol/models.generated.js";
import type { JobEntity, NodeEntity, PoolEntity, TaskEntity, WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";
import { dependenciesMet } from "./dependencies.js";
import { resolveExitOptions } from "./exit-conditions.js";
import { isJobManager, JobActions } from "./job-actions.js";
import { instanceCount, MultiInstanceRun, type Instance, type InstanceSlot } from "./multi-instance.js";
import { killReasonFor, NodeLifecycle, SCHEDULABLE_NODE_STATES } from "./node-lifecycle.js";
import { taskRootDirectory } from "./node-layout.js";
import { executionFields, findNode, key, NodeRuntime, str, type NodeRuntimeOptions } from "./node-runtime.js";
import type { KillReason, TaskRunResult } from "./process-runner.js";
import { Subscriptions } from "./subscriptions.js";

/** What {@link TaskScheduler} needs besides the store. */
export interface TaskSchedulerOptions extends NodeRuntimeOptions {
  /** The store of the emulated account. */
  readonly store: Store;
}

interface Placement extends InstanceSlot {
  /** The key in the placement map: job and task, plus the subtask number for a multi-instance subtask. */
  readonly key: string;
  readonly jobId: string;
  readonly taskId: string;
  readonly poolId: string;
  readonly nodeId: string;
  readonly slots: number;
  /** Resolves when the placement is released. */
  readonly released: Promise<void>;
  readonly onReleased: () => void;
}

/** What the running service shows of its scheduler. */
export interface SchedulerHandle {
  /** How many tasks are placed on nodes (preparing or running). */
  readonly runningCount: number;
  /** Runs a scheduling pass soon, e.g. after changing tasks or nodes through the store directly. */
  kick(): void;
}

/** Runs the tasks of an emulated account on its emulated nodes; see the module comment. */
export class TaskScheduler implements SchedulerHandle {
  private readonly store: Store;
  private readonly options: TaskSchedulerOptions;
  private readonly runtime: NodeRuntime;
  private readonly nodes: NodeLifecycle;
  private readonly placements = new Map<string, Placement>();
  /** Job preparation runs per node and job (key: pool, node, job); later tasks await the same outcome. */
  private readonly preparation = new Map<string, Promise<boolean>>();
  /** Node and job pairs whose preparation failed with `waitForSuccess`: the job's tasks stay off that node. */
  private readonly preparationFailed = new Set<string>();
  private readonly jobActions: JobActions;
  private tickQueued = false;
  private closed = false;
  private readonly subscriptions: Subscriptions;

  /** Subscribes to the store's events and schedules whatever is already waiting. */
  constructor(options: TaskSchedulerOptions) {
    this.options = options;
    this.store = options.store;
    this.runtime = new NodeRuntime(this.store, options);
    const on = (this.subscriptions = new Subscriptions(this.store.events));
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
      on.on(event, () => this.kick());
    }
    on.on("taskTerminated", (e) => this.killTask(e.jobId, e.taskId, "terminate"));
    on.on("taskDeleted", (e) => this.taskDeleted(e.jobId, e.taskId));
    on.on("taskStateChanged", (e) => {
      if (e.state === "completed") this.kick();
    });
    on.on("jobTerminated", (e) => this.jobEnded(e.jobId, "terminate", e.defer));
    on.on("jobDeleting", (e) => this.jobEnded(e.jobId, "delete"));
    on.on("jobDisabled", (e) => {
      if (e.disableTasks !== "wait") this.killJob(e.jobId, killReasonFor(e.disableTasks));
    });
    on.on("poolDeleting", (e) => {
      for (const p of this.placements.values()) if (key(p.poolId) === key(e.poolId)) this.kill(p, "requeue");
    });
    this.nodes = new NodeLifecycle(
      this.store,
      this.runtime,
      {
        endTasks: (poolId, nodeId, reason) => this.endTasks(poolId, nodeId, reason),
        drain: (poolId, nodeId) => this.drain(poolId, nodeId),
        forgetPreparation: (poolId, nodeId) => this.forgetPreparation(poolId, nodeId),
      },
      on,
    );
    // Created after the scheduler's own listeners: a job manager task added on `jobAdded` is then scheduled too.
    this.jobActions = new JobActions(this.store);
    this.resumeTasks();
    this.nodes.resume();
    this.kick();
  }

  /** How many tasks are placed on nodes (preparing or running). */
  get runningCount(): number {
    return this.placements.size;
  }

  /** Stops scheduling and ends every process on every node. */
  async close(): Promise<void> {
    this.closed = true;
    this.subscriptions.close();
    this.nodes.close();
    this.jobActions.close();
    await this.runtime.close();
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

  /** Slots taken on each node (key: pool, node). */
  private slotsInUse(): Map<string, number> {
    const used = new Map<string, number>();
    for (const p of this.placements.values()) {
      const k = key(p.poolId, p.nodeId);
      used.set(k, (used.get(k) ?? 0) + p.slots);
    }
    return used;
  }

  /** Nodes of the pool that may take tasks of `job` now. */
  private candidateNodes(job: JobEntity, pool: PoolEntity): NodeEntity[] {
    const poolId = str(pool.data.id);
    return pool.nodes
      .list()
      .filter(
        (node) =>
          SCHEDULABLE_NODE_STATES.has(str(node.data.state)) &&
          node.data.schedulingState !== "disabled" &&
          !this.preparationFailed.has(key(poolId, str(node.data.id), str(job.data.id))),
      );
  }

  /** Up to `count` distinct nodes with `slots` free, in the order the pool's fill type prefers. */
  private pickNodes(
    pool: PoolEntity,
    nodes: readonly NodeEntity[],
    used: ReadonlyMap<string, number>,
    slots: number,
    count: number,
  ): NodeEntity[] {
    const capacity = Number(pool.data.taskSlotsPerNode ?? 1);
    const policy = (pool.data.taskSchedulingPolicy ?? {}) as WireObject;
    const pack = policy.nodeFillType === "pack";
    const taken = (node: NodeEntity): number => used.get(key(str(pool.data.id), str(node.data.id))) ?? 0;
    return nodes
      .filter((node) => capacity - taken(node) >= slots)
      .sort((a, b) => (pack ? taken(b) - taken(a) : taken(a) - taken(b)))
      .slice(0, count);
  }

  private tick(): void {
    const used = this.slotsInUse();
    const jobs = this.store.jobs
      .list()
      .filter((j) => j.data.state === "active")
      .sort((a, b) => Number(b.data.priority ?? 0) - Number(a.data.priority ?? 0) || a.seq - b.seq);
    for (const job of jobs) {
      const jobId = str(job.data.id);
      const pool = this.store.pools.find(jobPoolId(job) ?? "");
      if (!pool || pool.data.state === "deleting") continue;
      const nodes = this.candidateNodes(job, pool);
      const capacity = Number(pool.data.taskSlotsPerNode ?? 1) * nodes.length;
      let free =
        capacity -
        nodes.reduce((n, node) => n + (used.get(key(str(pool.data.id), str(node.data.id))) ?? 0), 0);
      const maxParallel = Number(job.data.maxParallelTasks ?? -1);
      // A multi-instance task counts once, by its primary.
      let runningForJob = [...this.placements.values()].filter((p) => p.key === key(jobId, p.taskId)).length;
      const tasks = job.tasks.list();
      // The job manager goes first: the job's other tasks wait until it is placed.
      const manager = tasks.find((t) => isJobManager(job, t));
      for (const task of tasks) {
        if (free <= 0 || (maxParallel >= 0 && runningForJob >= maxParallel)) break;
        if (task.data.state !== "active" || this.placements.has(key(jobId, str(task.data.id)))) continue;
        if (manager && manager !== task && this.isWaiting(jobId, manager)) break;
        if (!dependenciesMet(job, task)) continue;
        const slots = Number(task.data.requiredSlots ?? 1);
        // A multi-instance task waits until it gets all its nodes at once.
        const count = instanceCount(task);
        const picked = this.pickNodes(pool, nodes, used, slots, count);
        if (picked.length < count) continue;
        this.place(job, task, pool, picked, slots);
        for (const node of picked) {
          const k = key(str(pool.data.id), str(node.data.id));
          used.set(k, (used.get(k) ?? 0) + slots);
          free -= slots;
        }
        runningForJob++;
      }
    }
  }

  private isWaiting(jobId: string, task: TaskEntity): boolean {
    return task.data.state === "active" && !this.placements.has(key(jobId, str(task.data.id)));
  }

  /** Places a task on its node (a multi-instance task: the primary on the first node, a subtask on each other). */
  private place(
    job: JobEntity,
    task: TaskEntity,
    pool: PoolEntity,
    nodes: NodeEntity[],
    slots: number,
  ): void {
    const [primary, ...subtasks] = nodes.map((node, i) => {
      let onReleased = (): void => {};
      const released = new Promise<void>((resolveReleased) => (onReleased = resolveReleased));
      const ids = [str(job.data.id), str(task.data.id)];
      const placement: Placement = {
        key: i === 0 ? key(...ids) : key(...ids, `#${i}`),
        jobId: ids[0],
        taskId: ids[1],
        poolId: str(pool.data.id),
        nodeId: str(node.data.id),
        slots,
        released,
        onReleased,
      };
      this.placements.set(placement.key, placement);
      this.updateNodeCounts(pool, node);
      return placement;
    });
    const instances = nodes.map((node, i) => ({ pool, node, slot: i === 0 ? primary : subtasks[i - 1] }));
    void this.execute(job, task, instances, primary, subtasks).catch(() => {
      for (const p of [primary, ...subtasks]) this.release(p);
    });
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

  /** Runs the job preparation task on the node once; later tasks of the job share the outcome. */
  private prepare(job: JobEntity, pool: PoolEntity, node: NodeEntity): Promise<boolean> {
    const prepSpec = job.data.jobPreparationTask;
    if (!prepSpec) return Promise.resolve(true);
    const k = key(str(pool.data.id), str(node.data.id), str(job.data.id));
    let outcome = this.preparation.get(k);
    if (!outcome) {
      outcome = (async () => {
        const status = this.prepReleaseEntry(job, pool, node);
        const info: WireObject = {
          state: "running",
          startTime: new Date().toISOString(),
          taskRootDirectory: taskRootDirectory("jobPreparation", str(job.data.id)),
          retryCount: 0,
        };
        status.jobPreparationTaskExecutionInfo = info;
        await this.runtime.ensureLayout(pool, node);
        const result = await this.runtime.startRun(pool, node, prepSpec, { kind: "jobPreparation", job })
          .completion;
        Object.assign(info, executionFields(result), { state: "completed" });
        this.store.markDirty();
        // Stopped from outside (reboot, job end): it runs again next time instead of counting as failed.
        if (result.endedBy !== undefined && result.endedBy !== "maxWallClockTime") {
          this.preparation.delete(k);
          return false;
        }
        const ok = result.result === "success" || prepSpec.waitForSuccess === false;
        if (!ok) this.preparationFailed.add(k);
        return ok;
      })();
      this.preparation.set(k, outcome);
    }
    return outcome;
  }

  /** The job's preparation / release status entry for the node, created on first use. */
  private prepReleaseEntry(job: JobEntity, pool: PoolEntity, node: NodeEntity): WireObject {
    const nodeId = str(node.data.id);
    let status = job.prepReleaseStatus.find((s) => key(str(s.nodeId)) === key(nodeId));
    if (!status) {
      // The answer adds nodeUrl from the request's address.
      status = { poolId: pool.data.id, nodeId };
      job.prepReleaseStatus.push(status);
    }
    return status;
  }

  /** The `ComputeNodeInformation` of a task's run on a node (answers add the URLs from the request's address). */
  private nodeInfo(jobId: string, taskId: string, pool: PoolEntity, node: NodeEntity): WireObject {
    return {
      affinityId: node.data.affinityId,
      poolId: str(pool.data.id),
      nodeId: str(node.data.id),
      taskRootDirectory: taskRootDirectory("task", jobId, taskId),
    };
  }

  private async execute(
    job: JobEntity,
    task: TaskEntity,
    instances: readonly Instance[],
    placement: Placement,
    subtasks: readonly Placement[],
  ): Promise<void> {
    const taskId = str(task.data.id);
    const jobId = str(job.data.id);
    const { pool, node } = instances[0];
    task.data.nodeInfo = this.nodeInfo(jobId, taskId, pool, node);
    await Promise.all(instances.map((i) => this.runtime.ensureLayout(i.pool, i.node)));
    const giveUp = (reason: KillReason): void => {
      for (const p of subtasks) this.release(p);
      this.finish(job, task, placement, undefined, reason);
    };
    if (job.data.jobPreparationTask !== undefined) {
      setTaskState(this.store, job, task, "preparing");
      const prepared = await Promise.all(instances.map((i) => this.prepare(job, i.pool, i.node)));
      if (placement.pendingKill) return giveUp(placement.pendingKill);
      if (prepared.includes(false)) {
        for (const p of [placement, ...subtasks]) this.release(p);
        if (task.data.state === "preparing") setTaskState(this.store, job, task, "active");
        return;
      }
    }
    if (placement.pendingKill) return giveUp(placement.pendingKill);
    setTaskState(this.store, job, task, "running", { startTime: new Date().toISOString() });
    for (const i of instances) i.node.data.totalTasksRun = Number(i.node.data.totalTasksRun ?? 0) + 1;
    let result: TaskRunResult;
    if (subtasks.length === 0) {
      placement.run = this.runtime.startRun(pool, node, task.data, { kind: "task", job, taskId });
      result = await placement.run.completion;
    } else {
      const run = new MultiInstanceRun(
        this.store,
        this.runtime,
        job,
        task,
        instances,
        (i) => this.nodeInfo(jobId, taskId, i.pool, i.node),
        this.options.autoStorage,
      );
      result = await run.run();
      // The task ends with its primary: subtasks still running are stopped.
      for (const p of subtasks) this.kill(p, "terminate");
      await Promise.all(subtasks.map((p) => p.run?.completion));
      for (const p of subtasks) this.release(p);
    }
    this.finish(job, task, placement, result, result.endedBy);
  }

  private release(placement: Placement): void {
    if (this.placements.get(placement.key) !== placement) return;
    this.placements.delete(placement.key);
    placement.onReleased();
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
            ? executionFields(result)
            : { endTime: now, result: "failure", failureInfo: terminatedFailure() },
        );
      } else if (result?.exitCode !== undefined) {
        // The store completed the task on the request; add what the process reported.
        task.data.executionInfo = {
          ...info,
          exitCode: result.exitCode,
          endTime: result.endTime.toISOString(),
        } as TaskExecutionInformation;
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
          ...executionFields(result),
          retryCount: retries + 1,
          lastRetryTime: now,
        });
      } else {
        const { jobAction, dependencyAction } = resolveExitOptions(task.data.exitConditions, result);
        task.exitOptions = { jobAction, dependencyAction };
        setTaskState(this.store, job, task, "completed", executionFields(result));
        this.scheduleCleanup(job, task);
        if (result.result === "success") {
          const node = this.store.pools.find(placement.poolId)?.nodes.find(placement.nodeId);
          if (node) node.data.totalTasksSucceeded = Number(node.data.totalTasksSucceeded ?? 0) + 1;
        }
      }
    }
    this.store.flush();
  }

  private placementsOn(poolId: string, nodeId: string): Placement[] {
    return [...this.placements.values()].filter((p) => key(p.poolId, p.nodeId) === key(poolId, nodeId));
  }

  /** Removes a completed task's directory once its `retentionTime` (real time, not scaled) has passed. */
  private scheduleCleanup(job: JobEntity, task: TaskEntity): void {
    const retention = durationMs(((task.data.constraints ?? {}) as WireObject).retentionTime);
    const dir = this.store.taskDirectory(job, task);
    if (retention === undefined || dir === undefined) return;
    this.store.after(retention, () => {
      if (job.tasks.find(str(task.data.id)) === task && task.data.state === "completed")
        void rm(dir, { recursive: true, force: true });
    });
  }

  /** A job terminated or is being deleted: end its tasks, then run its release task where it was prepared. */
  private jobEnded(jobId: string, reason: KillReason, defer?: Defer): void {
    const ending = [...this.placements.values()].filter((p) => key(p.jobId) === key(jobId));
    for (const p of ending) this.kill(p, reason);
    const job = this.store.jobs.find(jobId);
    if (!job) return;
    let done = Promise.all(ending.map((p) => p.released)).then(() => this.runReleaseTasks(job));
    // A deleted job's directories go once nothing runs there any more, release tasks included.
    if (reason === "delete") done = done.finally(() => this.runtime.removeWorkItem(jobId));
    defer?.(done);
    void done.catch(() => undefined);
  }

  private async runReleaseTasks(job: JobEntity): Promise<void> {
    const spec = job.data.jobReleaseTask;
    const jobKey = key(str(job.data.id));
    await Promise.allSettled(
      [...this.preparation].filter(([k]) => k.endsWith(`\u0000${jobKey}`)).map(([, p]) => p),
    );
    if (!spec || this.closed) return;
    const release = { ...spec, constraints: { maxWallClockTime: spec.maxWallClockTime ?? "PT15M" } };
    await Promise.all(
      job.prepReleaseStatus.map(async (status) => {
        const found = findNode(this.store, str(status.poolId), str(status.nodeId));
        if (!found || !SCHEDULABLE_NODE_STATES.has(str(found.node.data.state))) return;
        const info: JobReleaseTaskExecutionInformation = {
          state: "running",
          startTime: new Date().toISOString(),
          taskRootDirectory: taskRootDirectory("jobRelease", str(job.data.id)),
        };
        status.jobReleaseTaskExecutionInfo = info;
        this.store.markDirty();
        const result = await this.runtime.startRun(found.pool, found.node, release, {
          kind: "jobRelease",
          job,
        }).completion;
        Object.assign(info, executionFields(result), { state: "completed" });
        this.store.flush();
      }),
    );
  }

  /** Ends the tasks placed on a node with `reason`; resolves once their placements are released. */
  private async endTasks(poolId: string, nodeId: string, reason: KillReason): Promise<void> {
    const mine = this.placementsOn(poolId, nodeId);
    for (const p of mine) this.kill(p, reason);
    await Promise.all(mine.map((p) => p.released));
  }

  /** Waits until the tasks running on a node ended by themselves (no new ones are placed meanwhile). */
  private async drain(poolId: string, nodeId: string): Promise<void> {
    for (
      let mine = this.placementsOn(poolId, nodeId);
      mine.length > 0;
      mine = this.placementsOn(poolId, nodeId)
    )
      await Promise.all(mine.map((p) => p.released));
  }

  /** Job preparation runs again on a node after it reboots or is reimaged. */
  private forgetPreparation(poolId: string, nodeId: string): void {
    const prefix = `${key(poolId, nodeId)}\u0000`;
    for (const k of [...this.preparation.keys()]) if (k.startsWith(prefix)) this.preparation.delete(k);
    for (const k of [...this.preparationFailed]) if (k.startsWith(prefix)) this.preparationFailed.delete(k);
  }

  /** After a restart: processes of the previous run are gone, so tasks caught running go back to the queue. */
  private resumeTasks(): void {
    for (const job of this.store.jobs.list())
      for (const task of job.tasks.list())
        if (task.data.state === "running" || task.data.state === "preparing")
          setTaskState(this.store, job, task, "active");
  }

  private kill(placement: Placement, reason: KillReason): void {
    if (placement.run) void placement.run.kill(reason);
    else placement.pendingKill ??= reason;
  }

  private killTask(jobId: string, taskId: string, reason: KillReason): void {
    const placement = this.placements.get(key(jobId, taskId));
    if (placement) this.kill(placement, reason);
  }

  /** Ends a deleted task's run, then removes its directories (so a new task of that id starts clean). */
  private taskDeleted(jobId: string, taskId: string): void {
    const placement = this.placements.get(key(jobId, taskId));
    if (!placement) {
      this.runtime.removeWorkItem(jobId, taskId);
      return;
    }
    this.kill(placement, "delete");
    void placement.released.then(() => this.runtime.removeWorkItem(jobId, taskId));
  }

  private killJob(jobId: string, reason: KillReason): void {
    for (const p of this.placements.values()) if (key(p.jobId) === key(jobId)) this.kill(p, reason);
  }
}
