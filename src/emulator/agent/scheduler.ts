/**
 * Places active tasks on the nodes of their job's pool and runs them with the node agent, driving
 * the store the way the service's scheduler drives its state: job priority orders the queue,
 * `taskSlotsPerNode` and `requiredSlots` bound each node, `nodeFillType` spreads or packs,
 * `maxParallelTasks` caps a job, dependencies hold tasks back, failures are retried up to
 * `maxTaskRetryCount` (−1 = forever), the job preparation task runs once per node before the
 * job's first task there (the release task after the job ends, on each node that ran it), the
 * job manager runs first, exit conditions decide dependants and job actions, and terminate / delete
 * / disable / node actions kill what runs. Node start-up and transitions live in
 * {@link NodeLifecycle}, processes and directories in {@link NodeRuntime}, which tasks wait in
 * {@link TaskQueue}, which run where in {@link Placements}, preparation and release in
 * {@link JobPreparation}, which runs a request or node action ends in {@link KillRouting}, and
 * what a finished run means in {@link taskOutcome}.
 * @module
 */
import { jobPoolId } from "../resources/jobs.js";
import { setNodeState } from "../resources/nodes.js";
import { setTaskState, terminatedFailure } from "../resources/tasks.js";
import type { TaskExecutionInformation } from "../../protocol/models.generated.js";
import type { JobEntity, NodeEntity, PoolEntity, TaskEntity, WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";
import { dependenciesMet } from "./dependencies.js";
import { resolveExitOptions } from "./exit-conditions.js";
import { JobActions, jobManagerSpec } from "./job-actions.js";
import { JobPreparation } from "./job-preparation.js";
import { KillRouting } from "./kill-routing.js";
import { instanceCount, MultiInstanceRun, type Instance } from "./multi-instance.js";
import { killReasonFor, NodeLifecycle, SCHEDULABLE_NODE_STATES } from "./node-lifecycle.js";
import { taskRootDirectory } from "./node-layout.js";
import { executionFields, NodeRuntime, str, type NodeRuntimeOptions } from "./node-runtime.js";
import { placementKey, Placements, type Placement } from "./placements.js";
import type { KillReason, TaskRunResult } from "./process-runner.js";
import { scheduleTaskCleanup } from "./retention.js";
import { Subscriptions } from "./subscriptions.js";
import { taskOutcome } from "./task-outcome.js";
import { TaskQueue } from "./task-queue.js";

/** What {@link TaskScheduler} needs besides the store. */
export interface TaskSchedulerOptions extends NodeRuntimeOptions {
  /** The store of the emulated account. */
  readonly store: Store;
}

/** What the running service shows of its scheduler. */
export interface SchedulerHandle {
  /** How many tasks are placed on nodes (preparing or running). */
  readonly runningCount: number;
  /**
   * Runs a scheduling pass soon that looks at every active task, e.g. after changing tasks or nodes
   * through the store directly.
   */
  kick(): void;
}

/** Runs the tasks of an emulated account on its emulated nodes; see the module comment. */
export class TaskScheduler implements SchedulerHandle {
  private readonly store: Store;
  private readonly options: TaskSchedulerOptions;
  private readonly runtime: NodeRuntime;
  private readonly nodes: NodeLifecycle;
  private readonly placements = new Placements();
  private readonly waiting = new TaskQueue();
  private readonly preparation: JobPreparation;
  private readonly jobActions: JobActions;
  private readonly kills: KillRouting;
  private tickQueued = false;
  /** Set by {@link kick}: the next pass queues every active task first. */
  private rescan = false;
  private closed = false;
  private readonly subscriptions: Subscriptions;

  /** Subscribes to the store's events and schedules whatever is already waiting. */
  constructor(options: TaskSchedulerOptions) {
    this.options = options;
    this.store = options.store;
    this.runtime = new NodeRuntime(this.store, options);
    this.preparation = new JobPreparation(this.store, this.runtime, () => this.closed);
    const on = (this.subscriptions = new Subscriptions(this.store.events));
    for (const event of [
      "jobAdded",
      "jobUpdated",
      "jobEnabled",
      "nodeAdded",
      "nodeStateChanged",
      "nodeSchedulingChanged",
      "poolResized",
      "poolUpdated",
    ] as const) {
      on.on(event, () => this.schedule());
    }
    on.on("taskAdded", (e) => this.queue(e.jobId, e.taskId));
    on.on("taskReactivated", (e) => this.queue(e.jobId, e.taskId));
    const kills = (this.kills = new KillRouting(this.store, this.runtime, this.placements, this.preparation));
    on.on("taskTerminated", (e) => kills.killTask(e.jobId, e.taskId, "terminate"));
    on.on("taskDeleted", (e) => kills.taskDeleted(e.jobId, e.taskId));
    on.on("taskStateChanged", (e) => {
      // Back to active (requeued, retried, preparation failed): it waits for a node again.
      if (e.state === "active") this.queue(e.jobId, e.taskId);
      // A completion may satisfy dependencies or end a job manager's wait.
      else if (e.state === "completed") this.schedule();
    });
    on.on("jobTerminated", (e) => kills.jobEnded(e.jobId, "terminate", e.defer));
    on.on("jobDeleting", (e) => kills.jobEnded(e.jobId, "delete"));
    on.on("jobDisabled", (e) => {
      if (e.disableTasks !== "wait") kills.killJob(e.jobId, killReasonFor(e.disableTasks));
    });
    on.on("poolDeleting", (e) => kills.poolDeleting(e.poolId));
    this.nodes = new NodeLifecycle(
      this.store,
      this.runtime,
      {
        endTasks: (poolId, nodeId, reason) => kills.endTasks(poolId, nodeId, reason),
        drain: (poolId, nodeId) => kills.drain(poolId, nodeId),
        forgetPreparation: (poolId, nodeId) => this.preparation.forget(poolId, nodeId),
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

  /** Runs a scheduling pass soon that first queues every active task (passes requested together run once). */
  kick(): void {
    this.rescan = true;
    this.schedule();
  }

  /** Runs a scheduling pass soon over the queued tasks (passes requested together run once). */
  private schedule(): void {
    if (this.tickQueued || this.closed) return;
    this.tickQueued = true;
    setImmediate(() => {
      this.tickQueued = false;
      if (this.closed || this.store.isClosed) return;
      if (this.rescan) {
        this.rescan = false;
        for (const job of this.store.jobs.list())
          for (const task of job.tasks.list()) if (task.data.state === "active") this.waiting.add(job, task);
      }
      this.tick();
    });
  }

  /** A task that may wait for a node: queue it and schedule a pass. */
  private queue(jobId: string, taskId: string): void {
    const job = this.store.jobs.find(jobId);
    const task = job?.tasks.find(taskId);
    if (job && task) this.waiting.add(job, task);
    this.schedule();
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
          !this.preparation.failedOn(poolId, str(node.data.id), str(job.data.id)),
      );
  }

  /** Up to `count` distinct nodes with `slots` free, in the order the pool's fill type prefers. */
  private pickNodes(
    pool: PoolEntity,
    nodes: readonly NodeEntity[],
    slots: number,
    count: number,
  ): NodeEntity[] {
    const capacity = Number(pool.data.taskSlotsPerNode ?? 1);
    const policy = (pool.data.taskSchedulingPolicy ?? {}) as WireObject;
    const pack = policy.nodeFillType === "pack";
    const taken = (node: NodeEntity): number => this.placements.slotsOn(str(pool.data.id), str(node.data.id));
    return nodes
      .filter((node) => capacity - taken(node) >= slots)
      .sort((a, b) => (pack ? taken(b) - taken(a) : taken(a) - taken(b)))
      .slice(0, count);
  }

  private tick(): void {
    const jobs = this.store.jobs
      .list()
      .filter((j) => j.data.state === "active")
      .sort((a, b) => Number(b.data.priority ?? 0) - Number(a.data.priority ?? 0) || a.seq - b.seq);
    for (const job of jobs) {
      const jobId = str(job.data.id);
      const pool = this.store.pools.find(jobPoolId(job) ?? "");
      if (!pool || pool.data.state === "deleting") continue;
      const poolId = str(pool.data.id);
      const nodes = this.candidateNodes(job, pool);
      const capacity = Number(pool.data.taskSlotsPerNode ?? 1) * nodes.length;
      let free =
        capacity - nodes.reduce((n, node) => n + this.placements.slotsOn(poolId, str(node.data.id)), 0);
      const maxParallel = Number(job.data.maxParallelTasks ?? -1);
      // The job manager goes first: the job's other tasks wait until it is placed.
      const managerSpec = jobManagerSpec(job);
      const manager = managerSpec === undefined ? undefined : job.tasks.find(str(managerSpec.id));
      this.waiting.scan(job, (task) => {
        if (free <= 0 || (maxParallel >= 0 && this.placements.tasksOfJob(jobId) >= maxParallel))
          return "stop";
        if (job.tasks.find(str(task.data.id)) !== task || task.data.state !== "active") return "drop";
        if (this.placements.get(placementKey(jobId, str(task.data.id)))) return "drop";
        if (manager && manager !== task && this.isWaiting(jobId, manager)) return "stop";
        if (!dependenciesMet(job, task)) return "keep";
        const slots = Number(task.data.requiredSlots ?? 1);
        // A multi-instance task waits until it gets all its nodes at once.
        const count = instanceCount(task);
        const picked = this.pickNodes(pool, nodes, slots, count);
        if (picked.length < count) return "keep";
        this.place(job, task, pool, picked, slots);
        free -= slots * picked.length;
        return "drop";
      });
    }
  }

  private isWaiting(jobId: string, task: TaskEntity): boolean {
    return task.data.state === "active" && !this.placements.get(placementKey(jobId, str(task.data.id)));
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
      const jobId = str(job.data.id);
      const taskId = str(task.data.id);
      const placement: Placement = {
        key: placementKey(jobId, taskId, i),
        jobId,
        taskId,
        poolId: str(pool.data.id),
        nodeId: str(node.data.id),
        slots,
        primary: i === 0,
        released,
        onReleased,
      };
      this.placements.add(placement);
      this.updateNodeCounts(pool, node);
      return placement;
    });
    const instances = nodes.map((node, i) => ({ pool, node, slot: i === 0 ? primary : subtasks[i - 1] }));
    void this.execute(job, task, instances, primary, subtasks).catch(() => {
      for (const p of [primary, ...subtasks]) this.release(p);
    });
  }

  private updateNodeCounts(pool: PoolEntity, node: NodeEntity): void {
    const mine = this.placements.onNode(str(pool.data.id), str(node.data.id));
    node.data.runningTasksCount = mine.length;
    node.data.runningTaskSlotsCount = this.placements.slotsOn(str(pool.data.id), str(node.data.id));
    const state = str(node.data.state);
    if (state === "idle" && mine.length > 0) setNodeState(this.store, pool, node, "running");
    else if (state === "running" && mine.length === 0) setNodeState(this.store, pool, node, "idle");
    else this.store.markDirty(pool.data);
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
      const prepared = await Promise.all(instances.map((i) => this.preparation.prepare(job, i.pool, i.node)));
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
      for (const p of subtasks) this.kills.kill(p, "terminate");
      await Promise.all(subtasks.map((p) => p.run?.completion));
      for (const p of subtasks) this.release(p);
    }
    this.finish(job, task, placement, result, result.endedBy);
  }

  private release(placement: Placement): void {
    if (!this.placements.remove(placement)) return;
    placement.onReleased();
    const pool = this.store.pools.find(placement.poolId);
    const node = pool?.nodes.find(placement.nodeId);
    if (pool && node) this.updateNodeCounts(pool, node);
    this.store.flush();
    this.schedule();
  }

  /** Applies what the run's end means for the task ({@link taskOutcome}). */
  private finish(
    job: JobEntity,
    task: TaskEntity,
    placement: Placement,
    result: TaskRunResult | undefined,
    endedBy: string | undefined,
  ): void {
    this.release(placement);
    if (this.closed || job.tasks.find(placement.taskId) !== task) return;
    const info = (task.data.executionInfo ?? {}) as WireObject;
    const now = new Date().toISOString();
    const outcome = taskOutcome({
      state: str(task.data.state),
      retryCount: Number(info.retryCount ?? 0),
      maxTaskRetryCount: Number(((task.data.constraints ?? {}) as WireObject).maxTaskRetryCount ?? 0),
      result,
      endedBy,
    });
    switch (outcome.kind) {
      case "none":
        return;
      case "requeue":
        setTaskState(this.store, job, task, "active", {
          requeueCount: Number(info.requeueCount ?? 0) + 1,
          lastRequeueTime: now,
        });
        break;
      case "terminated":
        setTaskState(
          this.store,
          job,
          task,
          "completed",
          result
            ? executionFields(result)
            : { endTime: now, result: "failure", failureInfo: terminatedFailure() },
        );
        break;
      case "addExitCode":
        // The store completed the task on the request; add what the process reported.
        task.data.executionInfo = {
          ...info,
          exitCode: result?.exitCode,
          endTime: result?.endTime.toISOString(),
        } as TaskExecutionInformation;
        this.store.markDirty(task.data);
        break;
      case "retry":
        setTaskState(this.store, job, task, "active", {
          ...executionFields(result as TaskRunResult),
          retryCount: outcome.retryCount,
          lastRetryTime: now,
        });
        break;
      case "complete": {
        const run = result as TaskRunResult;
        const { jobAction, dependencyAction } = resolveExitOptions(task.data.exitConditions, run);
        task.exitOptions = { jobAction, dependencyAction };
        setTaskState(this.store, job, task, "completed", executionFields(run));
        scheduleTaskCleanup(this.store, job, task);
        if (run.result === "success") {
          const node = this.store.pools.find(placement.poolId)?.nodes.find(placement.nodeId);
          if (node) node.data.totalTasksSucceeded = Number(node.data.totalTasksSucceeded ?? 0) + 1;
        }
      }
    }
    this.store.flush();
  }

  /** After a restart: processes of the previous run are gone, so tasks caught running go back to the queue. */
  private resumeTasks(): void {
    for (const job of this.store.jobs.list())
      for (const task of job.tasks.list())
        if (task.data.state === "running" || task.data.state === "preparing")
          setTaskState(this.store, job, task, "active");
  }
}
