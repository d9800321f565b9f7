/**
 * The local Batch service: a real HTTP server speaking the Batch REST protocol (api-version
 * 2024-07-01.20.0, and each older version from 2019-08-01.10.0 in its own shape) for one emulated account. Start it with {@link startLocalBatchService}; the
 * returned {@link LocalBatchService.service} exposes the store and its change events, through
 * which a scheduler can drive nodes and tasks.
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { routes } from "../protocol/routes.generated.js";
import { OLDER_VERSION_ROUTES } from "./versions/index.js";
import { createFaultInjection, type FaultController, type FaultOptions } from "./faults/index.js";
import type { AutoStorageAccount } from "./agent/blob-access.js";
import { killProcessesOnNodesUnder } from "./agent/process-group.js";
import { TaskScheduler, type SchedulerHandle } from "./agent/scheduler.js";
import { AutoScaleRunner } from "./autoscale-runner.js";
import { buildHandlers } from "./handlers/index.js";
import { NodeLogWriter } from "./node-logs/writer.js";
import type { TokenAcceptance } from "./http/auth.js";
import { createBatchHttpServer } from "./http/server.js";
import { checkApplicationConfig, type ApplicationConfig } from "./resources/applications.js";
import { resumeCertificates } from "./resources/certificates.js";
import { resumeJobs } from "./resources/jobs.js";
import { resumeNodes } from "./resources/nodes.js";
import { resumePools } from "./resources/pools.js";
import { resumeSchedules } from "./resources/schedules.js";
import { SnapshotFile } from "./store/persistence.js";
import { resolveTransitionDurations, type TransitionDurations } from "./store/transitions.js";
import { Store } from "./store/store.js";
import { createWebView } from "./ui/index.js";

export {
  BatchServiceError,
  type CodeBeyondDotNet,
  type ErrorDetail,
  type ServiceErrorCode,
} from "./errors.js";
export { LocationInUseError } from "./store/persistence.js";
export type { TokenAcceptance } from "./http/auth.js";
export type { ApplicationConfig, ApplicationPackageSource } from "./resources/applications.js";
export {
  FAULT_STATUSES,
  type FaultController,
  type FaultOptions,
  type FaultStats,
  type FaultStatus,
  type ResolvedFaultOptions,
} from "./faults/index.js";
export type { SchedulerHandle } from "./agent/scheduler.js";
export type { AutoStorageAccount } from "./agent/blob-access.js";
export type {
  AutoPoolOwner,
  CertificateEntity,
  JobEntity,
  NodeEntity,
  PoolEntity,
  ScheduleEntity,
  Stored,
  StoredUser,
  StoredWithId,
  TaskEntity,
  WireObject,
} from "./store/entities.js";
export type { Defer, JobRef, NodeRef, PoolRef, ScheduleRef, StoreEvents, TaskRef } from "./store/events.js";
export { Collection, type Sequenced } from "./store/collection.js";
export { Store, type StoreSettings } from "./store/store.js";
export { DEFAULT_TRANSITION_DURATIONS, type TransitionDurations } from "./store/transitions.js";
export { setNodeState } from "./resources/nodes.js";
export { setTaskState } from "./resources/tasks.js";
export { completeJob } from "./resources/jobs.js";

/** The well-known development account name. */
export const DEV_ACCOUNT_NAME = "devbatchaccount1";
/** The well-known development account key (public: never use it for anything but local development). */
export const DEV_ACCOUNT_KEY =
  "ZGV2YmF0Y2hhY2NvdW50MS1sb2NhbC1rZXktZG8tbm90LXVzZS1pbi1wcm9kdWN0aW9uLTAwMDAwMDAwMDAwMA==";

/** Options of {@link startLocalBatchService}. */
export interface LocalBatchServiceOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; `127.0.0.1` by default. */
  host?: string;
  /** Account name clients sign with; {@link DEV_ACCOUNT_NAME} by default. */
  accountName?: string;
  /** Base64 account key; {@link DEV_ACCOUNT_KEY} by default. */
  accountKey?: string;
  /**
   * Directory for persistent state and node files; without it state lives in memory and files in a
   * temporary directory. One service holds it at a time: a second one fails with {@link LocationInUseError}.
   */
  location?: string;
  /** Bearer tokens: refused (default), all accepted, or checked by a function. */
  acceptTokens?: TokenAcceptance;
  /** Multiplies every emulated delay (1 = default; smaller is faster; 0 = immediately). */
  timeScale?: number;
  /**
   * How long transitional states last, in ms at time scale 1 (see {@link DEFAULT_TRANSITION_DURATIONS}):
   * e.g. `{ delete: 100, resize: 50 }` for tests that need not watch them. A negative or unknown
   * entry throws a `RangeError`.
   */
  transitions?: Partial<TransitionDurations>;
  /**
   * Applications with their package versions: `Application_List` / `Application_Get` report them,
   * pools and tasks reference them, and nodes deploy them (see docs/emulator.md).
   */
  applications?: readonly ApplicationConfig[];
  /** State of a node when it joins a pool (`idle` by default; a scheduler may prefer `creating`). */
  initialNodeState?: string;
  /**
   * Let reboot / reimage / start / deallocate finish by themselves after a fixed delay. By default
   * only when `runTasks` is false; otherwise the scheduler finishes them once the node's tasks are
   * handled and runs the start task again.
   */
  finishNodeTransitions?: boolean;
  /** The storage account linked to the Batch account, for `autoStorageContainerName` resource files. */
  autoStorage?: AutoStorageAccount;
  /**
   * Run tasks on the pools' nodes (true by default). False leaves tasks `active` until something else
   * drives them through `service.store`, e.g. to test the REST surface on a frozen state.
   */
  runTasks?: boolean;
  /** Fault injection (off by default): failed and dropped requests, `servererror` tasks, start task failures. */
  faults?: FaultOptions;
  /** Called with unexpected internal errors (answered as 500). */
  onInternalError?: (error: unknown) => void;
  /**
   * Open connections the service accepts at once (512 by default, a positive integer); a connection
   * beyond them is closed without an answer, so that sockets cannot use up the descriptor limit.
   */
  maxConnections?: number;
  /**
   * Serve the web view under `/_ui/` (off by default): pools, nodes, jobs, tasks and their output,
   * live. Only a browser that opened a login URL from {@link LocalBatchService.ui} or entered the
   * account key gets in.
   */
  ui?: boolean;
}

/** The web view of a running service. */
export interface LocalBatchServiceUi {
  /** A fresh login URL (`…/_ui/?token=…`); its token works once, then the browser holds a session. */
  loginUrl(): string;
}

/** The hooks for a scheduler: the store (state, events, file directories) and the resolved options. */
export interface ServiceInternals {
  /** All resources; subscribe to `store.events` for state changes. */
  readonly store: Store;
  /** Directory holding node and task files. */
  readonly dataDir: string;
  /** The scheduler running tasks on nodes; absent when `runTasks` is false. */
  readonly scheduler?: SchedulerHandle;
}

/** A running local Batch service. */
export interface LocalBatchService {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Account name requests must be signed for. */
  readonly accountName: string;
  /** Base64 key of that account (shared key signing). */
  readonly accountKey: string;
  /** The store and hooks a scheduler drives nodes and tasks through. */
  readonly service: ServiceInternals;
  /** Fault injection at run time: counters, options, killing nodes, failing start tasks. */
  readonly faults: FaultController;
  /** The web view, when started with `ui: true`. */
  readonly ui?: LocalBatchServiceUi;
  /** Stops listening, cancels timers and (for an in-memory service) removes its temporary directory. */
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolvePromise(server.address() as AddressInfo);
    });
  });
}

function createStore(options: LocalBatchServiceOptions, dataDir: string): Store {
  const snapshot = options.location ? new SnapshotFile(resolve(options.location)) : undefined;
  const store = new Store({
    dataDir,
    timeScale: options.timeScale ?? 1,
    initialNodeState: options.initialNodeState ?? "idle",
    // With tasks running, the scheduler settles node transitions once it has handled their tasks.
    finishNodeTransitions: options.finishNodeTransitions ?? options.runTasks === false,
    transitions: resolveTransitionDurations(options.transitions),
    applications: options.applications ?? [],
    snapshot,
  });
  try {
    const saved = snapshot?.load();
    if (saved !== undefined) {
      store.restore(saved);
      for (const resume of [resumePools, resumeNodes, resumeJobs, resumeSchedules, resumeCertificates])
        resume(store);
      store.flush();
    }
  } catch (error) {
    snapshot?.release();
    throw error;
  }
  return store;
}

/**
 * Starts a local Batch service and resolves once it listens.
 * @throws RangeError when `maxConnections` is not a positive integer.
 */
export async function startLocalBatchService(
  options: LocalBatchServiceOptions = {},
): Promise<LocalBatchService> {
  const { maxConnections } = options;
  if (maxConnections !== undefined && !(Number.isInteger(maxConnections) && maxConnections > 0))
    throw new RangeError(`maxConnections must be a positive integer, not ${String(maxConnections)}`);
  const accountName = options.accountName ?? DEV_ACCOUNT_NAME;
  const accountKey = options.accountKey ?? DEV_ACCOUNT_KEY;
  const faultInjection = createFaultInjection(options.faults);
  checkApplicationConfig(options.applications ?? []);
  const temporary = options.location ? undefined : mkdtempSync(join(tmpdir(), "azbatch-emulator-"));
  const dataDir = options.location ? join(resolve(options.location), "data") : (temporary as string);
  const store = createStore(options, dataDir);
  // Task processes a killed service left running would otherwise run beside the tasks' requeued copies.
  if (options.location) await killProcessesOnNodesUnder(dataDir);
  const faults = faultInjection.attach(store);
  const autoScale = new AutoScaleRunner(store);
  const nodeLogs = new NodeLogWriter(store);
  let url = "";
  const webView = options.ui ? createWebView({ store, accountName, accountKey, url: () => url }) : undefined;
  const server = createBatchHttpServer({
    routes: [...routes, ...OLDER_VERSION_ROUTES],
    handlers: faultInjection.wrapHandlers(
      buildHandlers({
        evaluateAutoScale: autoScale.evaluator,
        nodeLogs,
      }),
    ),
    store,
    auth: { accountName, accountKey, acceptTokens: options.acceptTokens ?? false },
    onInternalError: options.onInternalError,
    injectFault: faultInjection.requestFault,
    maxConnections,
    webView,
  });
  let address: AddressInfo;
  try {
    address = await listen(server, options.port ?? 0, options.host ?? "127.0.0.1");
  } catch (error) {
    webView?.close();
    autoScale.close();
    await nodeLogs.close();
    store.close();
    store.settings.snapshot?.release();
    if (temporary) rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  url = `http://${host}:${address.port}`;
  const scheduler =
    options.runTasks === false
      ? undefined
      : new TaskScheduler({ store, accountName, accountUrl: url, autoStorage: options.autoStorage });
  let closing: Promise<void> | undefined;
  return {
    url,
    accountName,
    accountKey,
    service: { store, dataDir, scheduler },
    faults,
    ui: webView && { loginUrl: () => webView.loginUrl() },
    close() {
      webView?.close();
      autoScale.close();
      // Processes end before the store drops its listeners, so no task outlives the service.
      closing ??= (scheduler?.close() ?? Promise.resolve())
        // What left its task's process group (`setsid`) is found by its node, and ends too.
        .then(() => killProcessesOnNodesUnder(dataDir))
        .then(() => nodeLogs.close())
        .then(
          () =>
            new Promise<void>((resolveClose) => {
              store.close();
              server.close(() => resolveClose());
              server.closeAllConnections();
            }),
        )
        .then(() => {
          store.settings.snapshot?.release();
          if (temporary) rmSync(temporary, { recursive: true, force: true });
        });
      return closing;
    },
  };
}
