/**
 * `TaskStateMonitor`: waits until a set of tasks has reached a state, polling cheaply.
 * @module
 */
import { EventEmitter } from "eventemitter3";
import { abortableSleep, raceAbort } from "../http/abort.js";
import type { ProtocolClient } from "../protocol/client.js";
import type { TaskState } from "../protocol/models.generated.js";
import type { OperationOptions } from "../protocol/operation-types.js";
import { checkBehaviors, resolveRequestOptions, type BatchClientBehavior } from "./behaviors.js";
import { Deadline, checkTimeout } from "./runtime/deadline.js";
import { InvalidOperationException } from "./errors.js";
import { TASK_APPLY_STATE, TASK_PARENT_JOB_ID } from "./task-hooks.js";

/** Task states in lifecycle order; a task that has reached a later state has passed the earlier ones. */
const STATE_ORDER: readonly TaskState[] = ["active", "preparing", "running", "completed"];
/** Page size of the state queries (the service's maximum). */
const PAGE_SIZE = 1000;
const MIN_DELAY_MS = 500;
/** Longest id filter the monitor sends (the length Batch .NET uses for its OData predicates). */
const ID_FILTER_LIMIT = 500;
const UNFINISHED = "state ne 'completed'";

/** Polling settings of {@link TaskStateMonitor.whenAll} (Batch .NET `ODATAMonitorControl`). */
export class ODATAMonitorControl {
  #delayBetweenDataFetch = 2_000;

  /** Creates the settings; values below the floor are raised to it. */
  constructor(init: { delayBetweenDataFetch?: number } = {}) {
    if (init.delayBetweenDataFetch !== undefined) this.delayBetweenDataFetch = init.delayBetweenDataFetch;
  }

  /**
   * Milliseconds between two polls (default 2000). Values below 500 ms are raised to 500 ms so a
   * monitor cannot flood the service.
   */
  get delayBetweenDataFetch(): number {
    return this.#delayBetweenDataFetch;
  }

  /** Sets the delay in milliseconds; a value below 500 ms becomes 500 ms, a negative one throws RangeError. */
  set delayBetweenDataFetch(value: number) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new RangeError("delayBetweenDataFetch must be a non-negative number of milliseconds");
    }
    this.#delayBetweenDataFetch = Math.max(value, MIN_DELAY_MS);
  }
}

/**
 * What the monitor needs from a task. `CloudTask` implements it; the members in brackets are keyed by
 * the symbols of `task-hooks.ts`, which the package does not export.
 * - `id`: the task id.
 * - `[TASK_PARENT_JOB_ID]`: the job the task belongs to (set once the task was added, listed or fetched).
 * - `[TASK_APPLY_STATE](state)`: optional; called whenever the monitor observes a new state, so the object
 *   reflects what the service reported when `whenAll` resolves.
 */
export interface MonitorableTask {
  /** The task id. */
  readonly id: string;
  /** Id of the task's job. */
  readonly [TASK_PARENT_JOB_ID]?: string;
  /** Records a state observed on the service. */
  [TASK_APPLY_STATE]?(state: TaskState): void;
}

/** Options of {@link TaskStateMonitor.whenAll}. */
export interface WhenAllOptions {
  /** Time limit in milliseconds; `whenAll` rejects with `TimeoutException` when it elapses. */
  timeout?: number;
  /** Cancels the wait; `whenAll` rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Polling settings. */
  controlParams?: ODATAMonitorControl;
  /** Behaviors for the monitor's requests, after the inherited ones. */
  additionalBehaviors?: readonly BatchClientBehavior[];
}

/** Payload of the `progress` event. */
export interface TaskStateMonitorProgress {
  /** Tasks that have reached the awaited state. */
  readonly done: number;
  /** Tasks being watched. */
  readonly total: number;
}

/** Payload of the `taskStateChanged` event. */
export interface TaskStateChange {
  /** The task's id. */
  readonly taskId: string;
  /** The state the service reported. */
  readonly state: TaskState;
  /** The watched task object. */
  readonly task: MonitorableTask;
}

/** Events of a {@link TaskStateMonitor}. */
export interface TaskStateMonitorEvents {
  /** After every poll. */
  progress: [progress: TaskStateMonitorProgress];
  /** When a watched task is seen in a new state. */
  taskStateChanged: [change: TaskStateChange];
}

/** Where the monitor sends requests: the protocol client and the behaviors of its creator. */
export interface MonitorSource {
  /** The protocol client (may throw when the owning client is closed). */
  readonly protocol: ProtocolClient;
  /** Behaviors applied to every request of the monitor (replaced by {@link TaskStateMonitor.customBehaviors}). */
  behaviors: BatchClientBehavior[];
}

/** The tasks `whenAll` accepts: an array, any iterable, or an async iterable such as `job.listTasks()`. */
export type MonitorableTasks = Iterable<MonitorableTask> | AsyncIterable<MonitorableTask>;

interface Watched {
  readonly task: MonitorableTask;
  state?: TaskState;
  done: boolean;
}

/**
 * Waits for tasks to reach a state (Batch .NET `TaskStateMonitor`, created by
 * `batchClient.utilities.createTaskStateMonitor()`).
 *
 * Unlike Batch .NET, which asks for the watched tasks by id in chunks of about 25
 * (`id eq 'a' or id eq 'b' …`), each poll lists only the job's unfinished tasks with
 * `$select=id,state` in pages of 1000 (or, once the watched tasks still unfinished fit in one
 * 500-character id filter, just those), after one task-counts request when waiting for completion
 * (which ends the wait at once when the job has nothing left to run). A poll therefore costs at most
 * 1 + ceil(unfinished / 1000) requests. A task counts as having reached the awaited state when it is
 * in that state or a later one (a task that completed while the monitor waited for `running` does
 * not block the wait).
 */
export class TaskStateMonitor extends EventEmitter<TaskStateMonitorEvents> {
  /** Creates a monitor sending requests through `source`. */
  constructor(private readonly source: MonitorSource) {
    super();
  }

  /**
   * The behaviors applied to the monitor's refresh (polling) requests: a copy of its creator's, which
   * may be changed or replaced, as in Batch .NET. A call's `additionalBehaviors` come after them.
   */
  get customBehaviors(): BatchClientBehavior[] {
    return this.source.behaviors;
  }

  /**
   * Replaces the list; the array itself is kept, so later changes to it take effect too.
   * @throws TypeError when the value is not an array of `BatchClientBehavior`.
   */
  set customBehaviors(value: BatchClientBehavior[]) {
    checkBehaviors(value, "customBehaviors");
    this.source.behaviors = value;
  }

  /**
   * Resolves when every task has reached `state` (or a later one). All tasks must belong to the same
   * job. `tasks` is an array, any iterable, or an async iterable such as the `PagedEnumerable` of
   * `job.listTasks()` (read to its end first, within the timeout). The third argument is a timeout in
   * milliseconds or an options object.
   * @throws TypeError for tasks of different jobs or bad arguments; RangeError for an unknown state.
   * @throws TimeoutException when the timeout elapses first.
   */
  async whenAll(
    tasks: MonitorableTasks,
    state: TaskState,
    timeoutOrOptions?: number | WhenAllOptions,
  ): Promise<void> {
    const options: WhenAllOptions =
      typeof timeoutOrOptions === "number" ? { timeout: timeoutOrOptions } : (timeoutOrOptions ?? {});
    const target = STATE_ORDER.indexOf(state);
    if (target < 0) throw new RangeError(`whenAll: '${String(state)}' is not a task state`);
    const timeout = checkTimeout("whenAll timeout", options.timeout);
    checkTasks(tasks);
    options.signal?.throwIfAborted();
    let jobId = "";
    let entries: Watched[] = [];
    const progress = (): TaskStateMonitorProgress => ({
      done: entries.filter((entry) => entry.done).length,
      total: entries.length,
    });
    const deadline = new Deadline(options.signal, timeout, () => {
      const { done, total } = progress();
      return `whenAll: ${done} of ${total} tasks of job '${jobId}' reached '${state}' within ${timeout} ms`;
    });
    const delayMs = (options.controlParams ?? new ODATAMonitorControl()).delayBetweenDataFetch;
    try {
      const collected = await raceAbort(collect(tasks), deadline.signal);
      jobId = collected.jobId;
      const watched = collected.watched;
      entries = [...watched.values()];
      if (entries.length === 0) return;
      const call: OperationOptions = {
        signal: deadline.signal,
        requestOptions: resolveRequestOptions(this.source.behaviors, {
          signal: deadline.signal,
          additionalBehaviors: options.additionalBehaviors,
        }),
      };
      for (;;) {
        await this.#poll(jobId, watched, target, call);
        const now = progress();
        this.emit("progress", now);
        if (now.done === now.total) return;
        await abortableSleep(delayMs, deadline.signal);
      }
    } finally {
      deadline.dispose();
    }
  }

  /** One round of state queries; marks the watched tasks that reached the target. */
  async #poll(
    jobId: string,
    watched: Map<string, Watched>,
    target: number,
    call: OperationOptions,
  ): Promise<void> {
    const protocol = this.source.protocol;
    const open = [...watched.values()].filter((entry) => !entry.done);
    if (STATE_ORDER[target] === "completed") {
      const { body } = await protocol.job.getTaskCounts({ jobId, ...call });
      const counts = body.taskCounts;
      // Counts may lag, but a lagging count only delays this shortcut: completed is final.
      if (counts.active + counts.running === 0 && counts.completed >= open.length) {
        for (const entry of open) this.#observe(entry, "completed", target);
        return;
      }
    }
    const unfinished = new Map<string, TaskState>();
    const pager = protocol.task.list({
      jobId,
      filter: unfinishedFilter(open),
      select: "id,state",
      maxResults: PAGE_SIZE,
      ...call,
    });
    for await (const page of pager.byPage()) {
      for (const item of page.items) {
        if (item.id && item.state) unfinished.set(item.id.toLowerCase(), item.state);
      }
    }
    for (const [key, entry] of watched) {
      if (!entry.done) this.#observe(entry, unfinished.get(key) ?? "completed", target);
    }
  }

  #observe(entry: Watched, state: TaskState, target: number): void {
    if (entry.state !== state) {
      entry.state = state;
      entry.task[TASK_APPLY_STATE]?.(state);
      this.emit("taskStateChanged", { taskId: entry.task.id, state, task: entry.task });
    }
    entry.done = STATE_ORDER.indexOf(state) >= target;
  }
}

/**
 * The filter for one poll: the job's unfinished tasks, narrowed to the watched ids when they fit in
 * one short predicate (one request however many unfinished tasks the job has).
 */
function unfinishedFilter(open: readonly Watched[]): string {
  const ids = open.map((entry) => `id eq '${entry.task.id.replaceAll("'", "''")}'`).join(" or ");
  return ids.length <= ID_FILTER_LIMIT ? `(${ids}) and ${UNFINISHED}` : UNFINISHED;
}

function isIterable(tasks: MonitorableTasks): tasks is Iterable<MonitorableTask> {
  return typeof (tasks as Partial<Iterable<unknown>>)[Symbol.iterator] === "function";
}

/** @throws TypeError unless `tasks` is an iterable or async iterable. */
function checkTasks(tasks: MonitorableTasks): void {
  if (
    tasks === null ||
    typeof tasks !== "object" ||
    (!isIterable(tasks) &&
      typeof (tasks as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] !== "function")
  ) {
    throw new TypeError(
      "whenAll: tasks must be an array, an iterable or an async iterable (such as listTasks()) of CloudTask",
    );
  }
}

/** Checks the tasks and returns their common job and the distinct tasks by lower-cased id. */
async function collect(tasks: MonitorableTasks): Promise<{ jobId: string; watched: Map<string, Watched> }> {
  let jobId = "";
  const watched = new Map<string, Watched>();
  let index = 0;
  // A synchronous iterable is read without awaiting, so a bad element is reported before any request.
  const source: AsyncIterable<MonitorableTask> | Iterable<MonitorableTask> = tasks;
  for await (const task of source) {
    if (task === null || typeof task !== "object" || typeof task.id !== "string" || task.id === "") {
      throw new TypeError(`whenAll: tasks[${index}] is not a task with an id`);
    }
    const parentJobId = task[TASK_PARENT_JOB_ID];
    if (typeof parentJobId !== "string" || parentJobId === "") {
      throw new InvalidOperationException(
        `whenAll: task '${task.id}' is not associated with a job yet; add it (or get it from the service) first`,
      );
    }
    if (jobId === "") jobId = parentJobId;
    else if (parentJobId !== jobId) {
      throw new TypeError(
        `whenAll: all tasks must belong to one job, but task '${task.id}' belongs to '${parentJobId}' and others to '${jobId}'`,
      );
    }
    watched.set(task.id.toLowerCase(), { task, done: false });
    index++;
  }
  return { jobId, watched };
}
