/**
 * The add-task workflow (Batch .NET `JobOperations.AddTaskAsync` with many tasks): packs tasks into
 * add-collection requests, runs them on parallel legs, splits requests the service finds too large,
 * resubmits what may succeed later and classifies every per-task result.
 * @module
 */
import { randomUUID } from "node:crypto";
import type { EventEmitter } from "eventemitter3";
import { abortableSleep } from "../../http/abort.js";
import {
  BatchException,
  InvalidResponseError,
  NetworkError,
  RequestTimeoutError,
} from "../../http/errors.js";
import { TASK_ADD_PARAMETER, TASK_FREEZE, TASK_MARK_COMMITTED } from "../task-hooks.js";
import type { RequestOptions } from "../../http/types.js";
import type { ProtocolClient } from "../../protocol/client.js";
import type { Caller } from "../caller.js";
import type {
  TaskAddParameter,
  TaskAddResult as WireTaskAddResult,
} from "../../protocol/models.generated.js";
import {
  effectiveBehaviors,
  resolveAddTaskResultHandler,
  resolveRequestOptions,
  type AddTaskResultHandlerFunction,
  type BatchClientBehavior,
} from "../behaviors.js";
import {
  AddTaskCollectionTerminatedException,
  BatchClientException,
  ParallelOperationsException,
} from "../errors.js";
import { Deadline, checkTimeout } from "../runtime/deadline.js";
import { ChunkQueue, ENVELOPE_BYTES, MAX_REQUEST_BODY_BYTES, jsonBytes, splitChunk } from "./packing.js";
import type { FileStagingArtifacts } from "../file-staging.js";
import { stageTaskFiles, validateStagingProviders, withStagedFiles } from "./staging.js";
import {
  AddTaskResultStatus,
  type AddTaskCollectionEvents,
  type AddTaskResult,
  type AddTaskSummary,
  type AddableTask,
  type BatchClientParallelOptions,
  type ResubmitReason,
} from "./types.js";
import { checkCount, checkJobId, validateTasks } from "./validation.js";

/** Resubmissions allowed per task before the workflow gives up on it. */
export const DEFAULT_MAX_RESUBMISSIONS = 5;
/** First resubmission delay; it doubles with each further resubmission of the same task. */
export const DEFAULT_RESUBMIT_DELAY_MS = 1_000;
/** Upper bound of a resubmission delay. */
export const MAX_RESUBMIT_DELAY_MS = 30_000;

/** Options of {@link addTaskCollection}. */
export interface AddTaskOptions {
  /** Behaviors inherited from the client / operations object. */
  behaviors?: readonly BatchClientBehavior[];
  /** Behaviors for this call only, applied after `behaviors`. */
  additionalBehaviors?: readonly BatchClientBehavior[];
  /** Cancels the call; it rejects with the signal's reason. */
  signal?: AbortSignal;
  /** How many add-collection requests may be in flight at once (default 1). */
  parallelOptions?: BatchClientParallelOptions;
  /** Overall time limit in milliseconds; when it elapses the call rejects with `TimeoutException`. */
  timeout?: number;
  /** Resubmissions allowed per task (default {@link DEFAULT_MAX_RESUBMISSIONS}). */
  maxResubmissions?: number;
  /** First resubmission delay in milliseconds (default {@link DEFAULT_RESUBMIT_DELAY_MS}); doubles per resubmission. */
  resubmitDelayMs?: number;
  /**
   * Where the call reports what file staging created (Batch .NET `fileStagingArtifacts`). An array
   * (.NET's `ConcurrentBag`) receives one new {@link FileStagingArtifacts} map for the call; a map
   * (the single-task form) is used as it is, so artifacts the caller put in it (for example one
   * with a `namingFragment`) are used instead of new ones.
   */
  fileStagingArtifacts?: FileStagingArtifacts[] | FileStagingArtifacts;
  /** Receives `progress` and `resubmitted` events. */
  events?: EventEmitter<AddTaskCollectionEvents>;
  /** @internal The caller that each accepted task's later requests go through. */
  owner?: Caller;
}

/** One task on its way to the service. */
interface Entry {
  readonly task: AddableTask;
  readonly key: string;
  readonly parameter: TaskAddParameter;
  readonly bytes: number;
  /** Workflow-level resubmissions so far. */
  retryCount: number;
}

/** A task to send again, with the result that asked for it (absent when the outcome is unknown). */
interface Resubmission {
  readonly entry: Entry;
  readonly reason: ResubmitReason;
  readonly result?: AddTaskResult;
  readonly error?: Error;
}

/**
 * Adds `tasks` to job `jobId`. Everything is validated and every task frozen before the first
 * request; files are staged next; then chunks of at most 100 tasks, each body under 1 MB, go out on
 * `maxDegreeOfParallelism` legs. Rejects with `AddTaskCollectionTerminatedException` when the result
 * handler ends the call, `ParallelOperationsException` when requests failed, `TimeoutException` when
 * `timeout` elapsed, and the signal's reason when cancelled.
 */
export async function addTaskCollection(
  protocol: ProtocolClient,
  jobId: string,
  tasks: Iterable<AddableTask>,
  options: AddTaskOptions = {},
): Promise<AddTaskSummary> {
  checkJobId(jobId);
  const parallelism = checkCount(
    "maxDegreeOfParallelism",
    options.parallelOptions?.maxDegreeOfParallelism,
    1,
    1,
  );
  const maxResubmissions = checkCount(
    "maxResubmissions",
    options.maxResubmissions,
    0,
    DEFAULT_MAX_RESUBMISSIONS,
  );
  const resubmitDelayMs = checkCount(
    "resubmitDelayMs",
    options.resubmitDelayMs,
    0,
    DEFAULT_RESUBMIT_DELAY_MS,
  );
  const timeout = checkTimeout("timeout", options.timeout);
  const behaviors = effectiveBehaviors(options.behaviors ?? [], {
    additionalBehaviors: options.additionalBehaviors,
  });
  const list = validateTasks(tasks);
  const artifacts = stagingArtifactsOf(options.fileStagingArtifacts);
  const providers = validateStagingProviders(list);
  options.signal?.throwIfAborted();
  if (list.length === 0) return { added: 0, resubmissions: 0, requests: 0 };

  let run: AddTaskRun | undefined;
  const deadline = new Deadline(
    options.signal,
    timeout,
    () =>
      `addTask to job '${jobId}' did not finish within ${timeout} ms` + (run ? ` (${run.describe()})` : ""),
  );
  try {
    for (const task of list) task[TASK_FREEZE]();
    const staged = await stageTaskFiles(list, providers, artifacts, deadline.signal);
    deadline.throwIfAborted();
    const entries = list.map((task, index) =>
      toEntry(task, withStagedFiles(task[TASK_ADD_PARAMETER](), staged[index])),
    );
    run = new AddTaskRun(protocol, jobId, entries, {
      parallelism,
      maxResubmissions,
      resubmitDelayMs,
      handler: resolveAddTaskResultHandler(behaviors),
      requestOptions: resolveRequestOptions(behaviors, { signal: deadline.signal }),
      signal: deadline.signal,
      events: options.events,
      owner: options.owner,
    });
    return await run.execute();
  } finally {
    deadline.dispose();
  }
}

/** The map this call's staging fills: the caller's map, or a new one added to the caller's array. */
function stagingArtifactsOf(given: AddTaskOptions["fileStagingArtifacts"]): FileStagingArtifacts {
  if (given instanceof Map) return given;
  const artifacts: FileStagingArtifacts = new Map();
  if (Array.isArray(given)) given.push(artifacts);
  else if (given !== undefined) {
    throw new TypeError("addTask: fileStagingArtifacts must be an array (or, for one task, a Map)");
  }
  return artifacts;
}

function toEntry(task: AddableTask, parameter: TaskAddParameter): Entry {
  const bytes = jsonBytes(parameter);
  if (bytes + ENVELOPE_BYTES > MAX_REQUEST_BODY_BYTES) {
    throw new RangeError(
      `addTask: task '${task.id}' needs ${bytes} bytes of JSON, more than the ${MAX_REQUEST_BODY_BYTES}-byte request limit`,
    );
  }
  return { task, key: task.id.toLowerCase(), parameter, bytes, retryCount: 0 };
}

interface RunSettings {
  readonly parallelism: number;
  readonly maxResubmissions: number;
  readonly resubmitDelayMs: number;
  readonly handler: AddTaskResultHandlerFunction;
  readonly requestOptions: RequestOptions;
  readonly signal: AbortSignal;
  readonly events?: EventEmitter<AddTaskCollectionEvents>;
  readonly owner?: Caller;
}

/** The state of one add-task call once its tasks are validated and serialized. */
class AddTaskRun {
  /** Tasks waiting to be packed into a request. */
  readonly #queue: ChunkQueue<Entry>;
  /** Chunks that must go out as they are (halves of a split request). */
  readonly #ready: Entry[][] = [];
  readonly #errors: Error[] = [];
  readonly #committed = new Set<Entry>();
  #terminated?: AddTaskCollectionTerminatedException;
  /** Legs currently sending a chunk or waiting to resubmit one. */
  #busy = 0;
  #wakers: (() => void)[] = [];
  readonly #total: number;
  #added = 0;
  #failed = 0;
  #resubmissions = 0;
  #requests = 0;

  constructor(
    private readonly protocol: ProtocolClient,
    private readonly jobId: string,
    entries: Entry[],
    private readonly settings: RunSettings,
  ) {
    this.#queue = new ChunkQueue(entries);
    this.#total = entries.length;
  }

  /** A short progress report for error messages. */
  describe(): string {
    return `${this.#added} of ${this.#total} tasks added, ${this.#requests} requests`;
  }

  async execute(): Promise<AddTaskSummary> {
    const { signal } = this.settings;
    const onAbort = (): void => this.#wakeAll();
    signal.addEventListener("abort", onAbort, { once: true });
    try {
      await Promise.all(Array.from({ length: this.settings.parallelism }, () => this.#leg()));
    } finally {
      signal.removeEventListener("abort", onAbort);
    }
    if (signal.aborted) throw signal.reason;
    if (this.#terminated) throw this.#terminated;
    if (this.#errors.length > 0) throw new ParallelOperationsException(this.#errors);
    return { added: this.#added, resubmissions: this.#resubmissions, requests: this.#requests };
  }

  get #stopped(): boolean {
    return this.settings.signal.aborted || this.#terminated !== undefined || this.#errors.length > 0;
  }

  async #leg(): Promise<void> {
    while (!this.#stopped) {
      const chunk = this.#ready.shift() ?? (this.#queue.length > 0 ? this.#queue.take() : undefined);
      if (!chunk) {
        if (this.#busy === 0) return;
        // Another leg may still put tasks back (resubmission or split): wait for it.
        await new Promise<void>((resolve) => this.#wakers.push(resolve));
        continue;
      }
      this.#busy++;
      try {
        await this.#send(chunk);
      } catch (error) {
        this.#fail(error, chunk);
      } finally {
        this.#busy--;
        this.#wakeAll();
      }
    }
  }

  #wakeAll(): void {
    const wakers = this.#wakers;
    this.#wakers = [];
    for (const wake of wakers) wake();
  }

  #fail(error: unknown, chunk: readonly Entry[]): void {
    if (this.settings.signal.aborted) return;
    this.#failed += chunk.filter((entry) => !this.#committed.has(entry)).length;
    if (error instanceof AddTaskCollectionTerminatedException) this.#terminated ??= error;
    else this.#errors.push(error instanceof Error ? error : new Error(String(error)));
    this.#emitProgress();
  }

  async #send(chunk: Entry[]): Promise<void> {
    const { signal } = this.settings;
    let attempts = 0;
    const nextId = this.settings.requestOptions.clientRequestIdProvider ?? randomUUID;
    this.#requests++;
    let results: WireTaskAddResult[];
    try {
      const response = await this.protocol.task.addCollection({
        jobId: this.jobId,
        taskCollection: { value: chunk.map((entry) => entry.parameter) },
        requestOptions: {
          ...this.settings.requestOptions,
          // Counting attempts tells whether the pipeline already retried this very request.
          clientRequestIdProvider: () => {
            attempts++;
            return nextId();
          },
        },
      });
      results = response.body?.value ?? [];
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (isBodyTooLarge(error) && chunk.length > 1) {
        this.#ready.unshift(...splitChunk(chunk));
        return;
      }
      if (error instanceof Error && isUnknownOutcome(error)) {
        // The service may or may not have added these tasks; a resubmission that meets TaskExists is a success.
        await this.#resubmit(chunk.map((entry) => ({ entry, reason: "unknown-outcome" as const, error })));
        return;
      }
      throw error;
    }
    await this.#classify(chunk, results, Math.max(attempts - 1, 0));
  }

  async #classify(
    chunk: readonly Entry[],
    results: readonly WireTaskAddResult[],
    pipelineRetries: number,
  ): Promise<void> {
    const byKey = new Map(results.map((result) => [result.taskId?.toLowerCase(), result]));
    const again: Resubmission[] = [];
    const lastModified = new TimeParser();
    for (const entry of chunk) {
      const wire = byKey.get(entry.key);
      if (!wire) {
        again.push({ entry, reason: "unknown-outcome" });
        continue;
      }
      const result = toAddTaskResult(entry, wire, pipelineRetries, lastModified);
      const decision = this.settings.handler(result, this.settings.signal);
      if (decision === AddTaskResultStatus.Success) {
        entry.task[TASK_MARK_COMMITTED](this.jobId, this.settings.owner);
        this.#committed.add(entry);
        this.#added++;
      } else if (decision === AddTaskResultStatus.Retry) {
        again.push({ entry, reason: result.status === "servererror" ? "servererror" : "handler", result });
      } else {
        throw new TypeError(
          `AddTaskCollectionResultHandler returned '${String(decision)}' for task '${entry.task.id}'`,
        );
      }
    }
    this.#emitProgress();
    if (again.length > 0) await this.#resubmit(again);
  }

  async #resubmit(items: readonly Resubmission[]): Promise<void> {
    for (const item of items) {
      if (item.entry.retryCount >= this.settings.maxResubmissions) {
        const limit = `gave up after ${this.settings.maxResubmissions} resubmission(s)`;
        if (item.result) throw new AddTaskCollectionTerminatedException(item.result, limit);
        const cause = item.error ?? new Error("the service returned no result for the task");
        throw new BatchClientException(`Adding task '${item.entry.task.id}' ${limit}: ${cause.message}`, {
          cause,
        });
      }
    }
    const highest = Math.max(...items.map((item) => item.entry.retryCount));
    const delayMs = Math.min(this.settings.resubmitDelayMs * 2 ** highest, MAX_RESUBMIT_DELAY_MS);
    for (const item of items) item.entry.retryCount++;
    this.#resubmissions += items.length;
    for (const reason of new Set(items.map((item) => item.reason))) {
      const taskIds = items.filter((item) => item.reason === reason).map((item) => item.entry.task.id);
      this.settings.events?.emit("resubmitted", { taskIds, reason, delayMs });
    }
    await abortableSleep(delayMs, this.settings.signal);
    this.#queue.putBack(items.map((item) => item.entry));
  }

  #emitProgress(): void {
    this.settings.events?.emit("progress", {
      added: this.#added,
      failed: this.#failed,
      pending: this.#total - this.#added - this.#failed,
      total: this.#total,
    });
  }
}

/**
 * Parses timestamps, remembering the last text: the tasks of one request were mostly added in the
 * same millisecond, so their results repeat one `lastModified`, and a `Date` from a number is far
 * cheaper than one parsed from text.
 */
class TimeParser {
  #text?: string;
  #time = 0;

  parse(text: string | undefined): Date | undefined {
    if (!text) return undefined;
    if (text !== this.#text) {
      this.#text = text;
      this.#time = Date.parse(text);
    }
    return new Date(this.#time);
  }
}

function toAddTaskResult(
  entry: Entry,
  wire: WireTaskAddResult,
  pipelineRetries: number,
  times: TimeParser,
): AddTaskResult {
  return {
    task: entry.task,
    taskId: wire.taskId,
    retryCount: entry.retryCount + pipelineRetries,
    status: wire.status,
    error: wire.error,
    eTag: wire.eTag,
    lastModified: times.parse(wire.lastModified),
    location: wire.location,
  };
}

function isBodyTooLarge(error: unknown): boolean {
  if (!(error instanceof BatchException)) return false;
  const info = error.requestInformation;
  return info.httpStatusCode === 413 || info.batchError?.code === "RequestBodyTooLarge";
}

/** Failures after which nobody knows whether the service added the tasks. */
function isUnknownOutcome(error: unknown): boolean {
  if (error instanceof BatchException) {
    const status = error.requestInformation.httpStatusCode;
    return status === 408 || status >= 500;
  }
  return (
    error instanceof NetworkError ||
    error instanceof RequestTimeoutError ||
    error instanceof InvalidResponseError
  );
}
