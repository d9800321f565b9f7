/**
 * Multi-instance tasks: the primary runs on the first of `numberOfInstances` nodes and one subtask
 * on each other node. Every instance downloads `commonResourceFiles` into its task directory and
 * runs the coordination command line; once all of them have finished, the primary runs the task's
 * own command line (with the task's resource files). A failing subtask fails the whole task; the
 * task's outcome is the primary's. Subtasks are reported through `Task_ListSubtasks`.
 * @module
 */
import { mkdir } from "node:fs/promises";
import type { MultiInstanceSettings } from "../../protocol/models.generated.js";
import type { JobEntity, NodeEntity, PoolEntity, TaskEntity, WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";
import type { AutoStorageAccount } from "./blob-access.js";
import { TaskFailureError } from "./failure.js";
import { executionFields, str, type NodeRuntime } from "./node-runtime.js";
import type { KillReason, RunningTask, TaskRunResult } from "./process-runner.js";
import { downloadResourceFiles } from "./resource-files.js";
import type { MultiInstanceEnvironment } from "./task-environment.js";

/** The process slot of an instance: the run going on there, or a kill asked for before it started. */
export interface InstanceSlot {
  run?: RunningTask;
  pendingKill?: KillReason;
}

/** One node taking part in a multi-instance task. */
export interface Instance {
  readonly pool: PoolEntity;
  readonly node: NodeEntity;
  /** Shared with the scheduler, which kills the instance through it. */
  readonly slot: InstanceSlot;
}

/** The `multiInstanceSettings` of a task, when it has some. */
export function multiInstanceSettings(task: TaskEntity): MultiInstanceSettings | undefined {
  return task.data.multiInstanceSettings;
}

/** How many nodes the task needs at once (1 for an ordinary task). */
export function instanceCount(task: TaskEntity): number {
  return Number(multiInstanceSettings(task)?.numberOfInstances ?? 1);
}

/** Moves a subtask entry to `state`, keeping the previous state as the service reports it. */
function setSubtaskState(entry: WireObject, state: string, fields: WireObject = {}): void {
  const now = new Date().toISOString();
  if (entry.state !== undefined) {
    entry.previousState = entry.state;
    entry.previousStateTransitionTime = entry.stateTransitionTime;
  }
  Object.assign(entry, fields, { state, stateTransitionTime: now });
}

/** A failed result for a coordination run that never started its process. */
function notRun(startTime: Date, fields: Partial<TaskRunResult>): TaskRunResult {
  return { result: "failure", startTime, endTime: new Date(), uploadedFiles: [], ...fields };
}

/** Runs a multi-instance task whose instances were placed (primary first); see the module comment. */
export class MultiInstanceRun {
  /** Prepares the run of `task` on `instances`; `nodeInfo` builds each instance's `ComputeNodeInformation`. */
  constructor(
    private readonly store: Store,
    private readonly runtime: NodeRuntime,
    private readonly job: JobEntity,
    private readonly task: TaskEntity,
    private readonly instances: readonly Instance[],
    private readonly nodeInfo: (instance: Instance) => WireObject,
    private readonly autoStorage?: AutoStorageAccount,
  ) {}

  /**
   * Runs coordination on every instance, then the application on the primary; resolves with the
   * task's outcome. The caller ends the instances (through their slots) when the primary is done.
   */
  async run(): Promise<TaskRunResult> {
    const settings = multiInstanceSettings(this.task) ?? {};
    const entries = this.instances.slice(1).map((instance, i) => {
      const entry: WireObject = { id: i + 1, nodeInfo: this.nodeInfo(instance) };
      setSubtaskState(entry, "running", { startTime: new Date().toISOString() });
      return entry;
    });
    this.task.subtasks = entries;
    this.store.markDirty(this.task.data);
    // The first instance to fail or be stopped decides the outcome; the others are ended the same way.
    let first: TaskRunResult | undefined;
    await Promise.all(
      this.instances.map(async (instance, i) => {
        const result = await this.coordinate(instance, settings);
        if (i > 0) {
          const { startTime: _ignored, ...fields } = executionFields(result);
          setSubtaskState(entries[i - 1], "completed", fields);
          this.store.markDirty(this.task.data);
        }
        if (!first && (result.result === "failure" || result.endedBy !== undefined)) {
          first = result;
          const reason = result.endedBy;
          this.killAll(reason === undefined || reason === "maxWallClockTime" ? "terminate" : reason);
        }
      }),
    );
    if (first) return first;
    const primary = this.instances[0];
    primary.slot.run = this.runtime.startRun(primary.pool, primary.node, this.task.data, this.target(0));
    return primary.slot.run.completion;
  }

  /** Ends every instance still running. */
  private killAll(reason: KillReason): void {
    for (const { slot } of this.instances) {
      if (slot.run) void slot.run.kill(reason);
      else slot.pendingKill ??= reason;
    }
  }

  private target(index: number): {
    kind: "task";
    job: JobEntity;
    taskId: string;
    multiInstance: MultiInstanceEnvironment;
  } {
    const ips = this.instances.map((i) => str(i.node.data.ipAddress));
    const layout = this.runtime.layout(this.instances[index].pool, this.instances[index].node);
    const { taskDir } = layout.taskDirectories("task", str(this.job.data.id), str(this.task.data.id));
    return {
      kind: "task",
      job: this.job,
      taskId: str(this.task.data.id),
      multiInstance: { nodeIps: ips, masterIp: ips[0], isMaster: index === 0, sharedDir: taskDir },
    };
  }

  /** Downloads the common resource files into the task directory, then runs the coordination command. */
  private async coordinate(
    instance: Instance,
    settings: Partial<MultiInstanceSettings>,
  ): Promise<TaskRunResult> {
    const target = this.target(this.instances.indexOf(instance));
    const startTime = new Date();
    try {
      await mkdir(target.multiInstance.sharedDir, { recursive: true });
      await downloadResourceFiles(settings.commonResourceFiles, {
        workingDir: target.multiInstance.sharedDir,
        autoStorage: this.autoStorage,
      });
    } catch (error) {
      if (error instanceof TaskFailureError)
        return notRun(startTime, { failureInfo: error.failureInfo, failureStage: error.stage });
      throw error;
    }
    const { slot } = instance;
    if (slot.pendingKill) return notRun(startTime, { endedBy: slot.pendingKill });
    const spec = {
      commandLine: settings.coordinationCommandLine,
      environmentSettings: this.task.data.environmentSettings,
      userIdentity: this.task.data.userIdentity,
      constraints: this.task.data.constraints,
    };
    slot.run = this.runtime.startRun(instance.pool, instance.node, spec, target);
    return slot.run.completion;
  }
}
