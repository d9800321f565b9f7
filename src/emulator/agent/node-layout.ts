/**
 * The directory tree of one emulated compute node, laid out like the task root of a Batch Linux
 * node (`/mnt/batch/tasks`): `shared/`, `startup/`, `applications/`, `fsmounts/` and
 * `workitems/<jobId>/job-1/<taskId>/wd`.
 * @module
 */
import { rmSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";

/** The kinds of task a node runs; each has its own directory and environment rules. */
export type TaskKind = "startTask" | "jobPreparation" | "jobRelease" | "task";

/** Where one task run lives: the task directory (stdout/stderr) and its working directory. */
export interface TaskDirectories {
  /** `AZ_BATCH_TASK_DIR`: holds `stdout.txt`, `stderr.txt` and `wd/`. */
  readonly taskDir: string;
  /** `AZ_BATCH_TASK_WORKING_DIR`: the process's current directory and the target of resource files. */
  readonly workingDir: string;
}

/** The service names the job's directory level `job-1`; the emulator keeps that fixed segment. */
const JOB_INSTANCE_DIR = "job-1";

/** Ids become single path segments, so anything that could split or climb a path is refused. */
function segment(kind: string, id: string): string {
  if (id.length === 0 || id === "." || id === ".." || /[/\\\0]/.test(id)) {
    throw new RangeError(`invalid ${kind} id for a node directory: '${id}'`);
  }
  return id;
}

/** The directory of each job-level task kind under `workitems/<jobId>/job-1/`. */
const JOB_TASK_DIRS = { jobPreparation: "jobpreparation", jobRelease: "jobrelease" } as const;

/**
 * Where a run of a job's task lives, relative to the node root with `/` separators, as the service
 * reports it in `taskRootDirectory`: `workitems/<jobId>/job-1/<taskId>` for a task,
 * `…/jobpreparation` and `…/jobrelease` for the job preparation and release tasks.
 * @throws TypeError when a task's `taskId` is missing; RangeError for an id that is not a path segment.
 */
export function taskRootDirectory(
  kind: Exclude<TaskKind, "startTask">,
  jobId: string,
  taskId?: string,
): string {
  let name: string;
  if (kind === "task") {
    if (taskId === undefined) throw new TypeError("a task needs a task id");
    name = segment("task", taskId);
  } else {
    name = JOB_TASK_DIRS[kind];
  }
  return ["workitems", segment("job", jobId), JOB_INSTANCE_DIR, name].join("/");
}

/** The directories of one node; nothing is created until {@link NodeLayout.create} is called. */
export class NodeLayout {
  /** `AZ_BATCH_NODE_ROOT_DIR`. */
  readonly rootDir: string;

  /** Uses `rootDir` as the node's root directory. */
  constructor(rootDir: string) {
    this.rootDir = path.resolve(rootDir);
  }

  /**
   * The layout of node `nodeId` of pool `poolId` under the emulator's data directory:
   * `<dataDir>/pools/<poolId lower-cased>/nodes/<nodeId>`, the directory the store's file API reads.
   */
  static forNode(dataDir: string, poolId: string, nodeId: string): NodeLayout {
    return new NodeLayout(
      path.join(dataDir, "pools", segment("pool", poolId).toLowerCase(), "nodes", segment("node", nodeId)),
    );
  }

  /** `AZ_BATCH_NODE_SHARED_DIR`: shared by every task on the node. */
  get sharedDir(): string {
    return path.join(this.rootDir, "shared");
  }

  /** `AZ_BATCH_NODE_STARTUP_DIR`: the start task's task directory. */
  get startupDir(): string {
    return path.join(this.rootDir, "startup");
  }

  /** Where application packages would be installed. */
  get applicationsDir(): string {
    return path.join(this.rootDir, "applications");
  }

  /** `AZ_BATCH_NODE_MOUNTS_DIR`. */
  get mountsDir(): string {
    return path.join(this.rootDir, "fsmounts");
  }

  /** Parent of every job's directories. */
  get workitemsDir(): string {
    return path.join(this.rootDir, "workitems");
  }

  /** The directory holding every task directory of `jobId` on this node. */
  jobDir(jobId: string): string {
    return path.join(this.workitemsDir, segment("job", jobId), JOB_INSTANCE_DIR);
  }

  /** The directories of a task of the given kind (`jobId` is needed for all but the start task, `taskId` for `task`). */
  taskDirectories(kind: TaskKind, jobId?: string, taskId?: string): TaskDirectories {
    let taskDir: string;
    if (kind === "startTask") {
      taskDir = this.startupDir;
    } else {
      if (jobId === undefined) throw new TypeError(`a ${kind} needs a job id`);
      taskDir = path.join(this.rootDir, ...taskRootDirectory(kind, jobId, taskId).split("/"));
    }
    return { taskDir, workingDir: path.join(taskDir, "wd") };
  }

  /** Creates the node-level directories (idempotent). */
  async create(): Promise<void> {
    for (const dir of [
      this.sharedDir,
      this.startupDir,
      this.applicationsDir,
      this.mountsDir,
      this.workitemsDir,
    ]) {
      await mkdir(dir, { recursive: true });
    }
  }

  /** Removes everything under the node root and recreates the empty layout, as a reimage does. */
  async wipe(): Promise<void> {
    await rm(this.rootDir, { recursive: true, force: true });
    await this.create();
  }

  /**
   * Removes a job's directories, or with `taskId` one task's, as the service does on delete. Synchronous
   * so that a task added next under the same id cannot start before its predecessor's files are gone.
   */
  removeWorkItem(jobId: string, taskId?: string): void {
    const dir =
      taskId === undefined
        ? path.join(this.workitemsDir, segment("job", jobId))
        : this.taskDirectories("task", jobId, taskId).taskDir;
    rmSync(dir, { recursive: true, force: true });
  }

  /** Removes the node's directory tree for good, as when the node leaves the pool. */
  async remove(): Promise<void> {
    await rm(this.rootDir, { recursive: true, force: true });
  }
}
