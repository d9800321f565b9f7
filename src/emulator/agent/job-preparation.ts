/**
 * Job preparation and release bookkeeping: the preparation task runs once per node and job before
 * the job's first task there (later tasks share its outcome), a failure with `waitForSuccess` keeps
 * the job's tasks off that node, and the release task runs on every node that prepared the job once
 * the job ends. Each run is recorded in the job's preparation / release status for the node.
 * @module
 */
import type {
  JobPreparationTaskExecutionInformation,
  JobReleaseTaskExecutionInformation,
} from "../../protocol/models.generated.js";
import type { JobEntity, NodeEntity, PoolEntity, WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";
import { SCHEDULABLE_NODE_STATES } from "./node-lifecycle.js";
import { taskRootDirectory } from "./node-layout.js";
import { executionFields, findNode, key, str, type NodeRuntime } from "./node-runtime.js";

/** Preparation outcomes per node and job, and the release runs that follow. */
export class JobPreparation {
  /** Job preparation runs per node and job (key: pool, node, job); later tasks await the same outcome. */
  private readonly outcomes = new Map<string, Promise<boolean>>();
  /** Node and job pairs whose preparation failed with `waitForSuccess`: the job's tasks stay off that node. */
  private readonly failed = new Set<string>();

  /** @param isClosed - true once the scheduler stopped: release tasks no longer start. */
  constructor(
    private readonly store: Store,
    private readonly runtime: NodeRuntime,
    private readonly isClosed: () => boolean,
  ) {}

  /** Whether the job's tasks are kept off the node because its preparation failed there. */
  failedOn(poolId: string, nodeId: string, jobId: string): boolean {
    return this.failed.has(key(poolId, nodeId, jobId));
  }

  /** Runs the job preparation task on the node once; later tasks of the job share the outcome. */
  prepare(job: JobEntity, pool: PoolEntity, node: NodeEntity): Promise<boolean> {
    const prepSpec = job.data.jobPreparationTask;
    if (!prepSpec) return Promise.resolve(true);
    const k = key(str(pool.data.id), str(node.data.id), str(job.data.id));
    let outcome = this.outcomes.get(k);
    if (!outcome) {
      outcome = (async () => {
        const status = this.statusEntry(job, pool, node);
        const info: JobPreparationTaskExecutionInformation = {
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
        this.store.markDirty(job.data);
        // Stopped from outside (reboot, job end): it runs again next time instead of counting as failed.
        if (result.endedBy !== undefined && result.endedBy !== "maxWallClockTime") {
          this.outcomes.delete(k);
          return false;
        }
        const ok = result.result === "success" || prepSpec.waitForSuccess === false;
        if (!ok) this.failed.add(k);
        return ok;
      })();
      this.outcomes.set(k, outcome);
    }
    return outcome;
  }

  /** Once preparations under way settled, runs the job's release task on each node that prepared it. */
  async release(job: JobEntity): Promise<void> {
    const spec = job.data.jobReleaseTask;
    const jobKey = key(str(job.data.id));
    await Promise.allSettled(
      [...this.outcomes].filter(([k]) => k.endsWith(`\u0000${jobKey}`)).map(([, p]) => p),
    );
    if (!spec || this.isClosed()) return;
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
        this.store.markDirty(job.data);
        const result = await this.runtime.startRun(found.pool, found.node, release, {
          kind: "jobRelease",
          job,
        }).completion;
        Object.assign(info, executionFields(result), { state: "completed" });
        this.store.markDirty(job.data);
        this.store.flush();
      }),
    );
  }

  /** Job preparation runs again on a node after it reboots or is reimaged. */
  forget(poolId: string, nodeId: string): void {
    const prefix = `${key(poolId, nodeId)}\u0000`;
    for (const k of [...this.outcomes.keys()]) if (k.startsWith(prefix)) this.outcomes.delete(k);
    for (const k of [...this.failed]) if (k.startsWith(prefix)) this.failed.delete(k);
  }

  /** The job's preparation / release status entry for the node, created on first use. */
  private statusEntry(job: JobEntity, pool: PoolEntity, node: NodeEntity): WireObject {
    const nodeId = str(node.data.id);
    let status = job.prepReleaseStatus.find((s) => key(str(s.nodeId)) === key(nodeId));
    if (!status) {
      // The answer adds nodeUrl from the request's address.
      status = { poolId: pool.data.id, nodeId };
      job.prepReleaseStatus.push(status);
    }
    return status;
  }
}
