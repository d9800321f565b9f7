/**
 * What the scheduler's parts share about nodes: each node's process registry and directory tree,
 * and starting a task, start task or job preparation / release task there with the node's
 * `AZ_BATCH_*` environment.
 * @module
 */
import type { ApplicationPackageReference, CloudTask } from "../../protocol/models.generated.js";
import { parseDuration } from "../../protocol/durations.js";
import type { JobEntity, NodeEntity, PoolEntity, WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";
import { resolvePackageReferences } from "../resources/applications.js";
import { PackageDeployer } from "./application-packages.js";
import type { AutoStorageAccount } from "./blob-access.js";
import { NodeLayout, type TaskKind } from "./node-layout.js";
import {
  NodeProcessRegistry,
  type KillReason,
  type RunningTask,
  type TaskRunResult,
} from "./process-runner.js";
import { buildTaskEnvironment, type MultiInstanceEnvironment } from "./task-environment.js";

/**
 * What a run reads of its spec: the properties a task shares with start tasks, job preparation / release
 * tasks and a multi-instance coordination command (each has some of them).
 */
export type RunSpec = Pick<
  CloudTask,
  | "commandLine"
  | "constraints"
  | "userIdentity"
  | "environmentSettings"
  | "applicationPackageReferences"
  | "resourceFiles"
  | "outputFiles"
>;

/** What a {@link NodeRuntime} needs besides the store. */
export interface NodeRuntimeOptions {
  /** The account name tasks see in `AZ_BATCH_ACCOUNT_NAME`. */
  readonly accountName: string;
  /** The service URL tasks see in `AZ_BATCH_ACCOUNT_URL`. */
  readonly accountUrl: string;
  /** The storage account linked for `autoStorageContainerName` resource files. */
  readonly autoStorage?: AutoStorageAccount;
}

/** A case-insensitive map key of ids (Batch ids compare without case). */
export function key(...parts: string[]): string {
  return parts.map((p) => p.toLowerCase()).join("\u0000");
}

/** A wire value as a string. */
export function str(value: unknown): string {
  return String(value);
}

/** A node of a pool, or undefined when either is gone. */
export function findNode(
  store: Store,
  poolId: string,
  nodeId: string,
): { pool: PoolEntity; node: NodeEntity } | undefined {
  const pool = store.pools.find(poolId);
  const node = pool?.nodes.find(nodeId);
  return pool && node ? { pool, node } : undefined;
}

/** The execution info fields a finished run reports. */
export function executionFields(result: TaskRunResult): WireObject {
  return {
    startTime: result.startTime.toISOString(),
    endTime: result.endTime.toISOString(),
    exitCode: result.exitCode,
    result: result.result,
    failureInfo: result.failureInfo,
  };
}

/** The kind of run, the job and task it belongs to, and (for multi-instance tasks) the peers. */
export interface RunTarget {
  readonly kind: TaskKind;
  readonly job?: JobEntity;
  readonly taskId?: string;
  readonly multiInstance?: MultiInstanceEnvironment;
}

/** Process registries and directory trees of the emulated nodes; see the module comment. */
export class NodeRuntime {
  private readonly registries = new Map<string, NodeProcessRegistry>();
  /** Node directory trees created so far (created on a node's first run). */
  private readonly layouts = new Map<string, Promise<void>>();
  private readonly packages = new PackageDeployer();

  /** Starts and stops processes on the nodes of `store`. */
  constructor(
    private readonly store: Store,
    private readonly options: NodeRuntimeOptions,
  ) {}

  /** The directory layout of a node. */
  layout(pool: PoolEntity, node: NodeEntity): NodeLayout {
    return new NodeLayout(this.store.nodeDirectory(str(pool.data.id), str(node.data.id)));
  }

  /** Creates the node's directory tree before its first run. */
  ensureLayout(pool: PoolEntity, node: NodeEntity): Promise<void> {
    const k = key(str(pool.data.id), str(node.data.id));
    let created = this.layouts.get(k);
    if (!created) {
      created = this.layout(pool, node).create();
      this.layouts.set(k, created);
    }
    return created;
  }

  /** Wipes the node's directories (reimage); the next run waits for the fresh tree. */
  wipe(pool: PoolEntity, node: NodeEntity): Promise<void> {
    const wiped = this.layout(pool, node).wipe();
    this.layouts.set(key(str(pool.data.id), str(node.data.id)), wiped);
    return wiped;
  }

  /**
   * Removes a deleted job's (or with `taskId`, task's) directories on every node. A directory that cannot
   * be removed (e.g. permissions changed by the task) stays: the delete itself has succeeded.
   */
  removeWorkItem(jobId: string, taskId?: string): void {
    for (const pool of this.store.pools.list())
      for (const node of pool.nodes.list()) {
        try {
          this.layout(pool, node).removeWorkItem(jobId, taskId);
        } catch {
          // Left in place; see above.
        }
      }
  }

  /** Forgets a node that left its pool. */
  forget(poolId: string, nodeId: string): void {
    this.layouts.delete(key(poolId, nodeId));
  }

  /** Starts `spec` (a task, start task or job preparation / release task) on the node. */
  startRun(pool: PoolEntity, node: NodeEntity, spec: RunSpec, target: RunTarget): RunningTask {
    const layout = this.layout(pool, node);
    const { job, kind, taskId } = target;
    const jobId = job ? str(job.data.id) : undefined;
    const environment = buildTaskEnvironment(layout, {
      accountName: this.options.accountName,
      accountUrl: this.options.accountUrl,
      poolId: str(pool.data.id),
      nodeId: str(node.data.id),
      isDedicated: node.data.isDedicated !== false,
      kind,
      jobId,
      taskId,
      jobHasPreparationTask: job?.data.jobPreparationTask !== undefined,
      userIdentity: spec.userIdentity,
      jobEnvironmentSettings: job?.data.commonEnvironmentSettings,
      environmentSettings: spec.environmentSettings,
      multiInstance: target.multiInstance,
    });
    // Every run on the node sees the pool's packages; a task also gets its own.
    const references: ApplicationPackageReference[] = [
      ...(pool.data.applicationPackageReferences ?? []),
      ...(kind === "task" ? (spec.applicationPackageReferences ?? []) : []),
    ];
    return this.registry(str(pool.data.id), str(node.data.id)).run({
      commandLine: str(spec.commandLine),
      directories: layout.taskDirectories(kind, jobId, taskId),
      environment,
      deployPackages:
        references.length === 0
          ? undefined
          : () =>
              this.packages.deploy(
                layout.applicationsDir,
                // Checked when the pool or task was added; the configuration does not change while the service runs.
                resolvePackageReferences(this.store.applications, references),
              ),
      resourceFiles: spec.resourceFiles,
      outputFiles: spec.outputFiles,
      maxWallClockTimeMs: parseDuration(spec.constraints?.maxWallClockTime),
      autoStorage: this.options.autoStorage,
    });
  }

  /** Ends every process left on the node and waits until they are gone. */
  async killAll(poolId: string, nodeId: string, reason: KillReason): Promise<void> {
    const k = key(poolId, nodeId);
    const registry = this.registries.get(k);
    this.registries.delete(k);
    await registry?.killAll(reason);
  }

  /** Ends every process on every node (service shutdown). */
  async close(): Promise<void> {
    await Promise.all([...this.registries.values()].map((r) => r.killAll("shutdown")));
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
}
