/**
 * The environment a task process sees: the `AZ_BATCH_*` variables a Batch Linux node sets, the
 * job's `commonEnvironmentSettings` and the task's own `environmentSettings`.
 * @module
 */
import path from "node:path";
import type { EnvironmentSetting, UserIdentity } from "../../protocol/models.generated.js";
import type { NodeLayout, TaskKind } from "./node-layout.js";

/** The nodes taking part in a multi-instance task, as the primary and subtasks see them. */
export interface MultiInstanceEnvironment {
  /** IP addresses of every node of the task, master first. */
  readonly nodeIps: readonly string[];
  /** IP address of the node running the primary task. */
  readonly masterIp: string;
  /** Port published with `AZ_BATCH_MASTER_NODE` (the service uses 6000). */
  readonly masterPort?: number;
  /** Whether this process runs on the master node. */
  readonly isMaster: boolean;
  /** `AZ_BATCH_TASK_SHARED_DIR`: a directory path identical for the primary and every subtask. */
  readonly sharedDir: string;
}

/** What {@link buildTaskEnvironment} needs to know about the run. */
export interface TaskEnvironmentSpec {
  /** Batch account name. */
  readonly accountName: string;
  /** Batch account URL (the emulator's URL). */
  readonly accountUrl: string;
  /** Pool id. */
  readonly poolId: string;
  /** Node id. */
  readonly nodeId: string;
  /** Whether the node is a dedicated (not Spot/low-priority) node. */
  readonly isDedicated: boolean;
  /** The kind of task being run. */
  readonly kind: TaskKind;
  /** Job id (every kind but the start task). */
  readonly jobId?: string;
  /** Task id (kind `task`). */
  readonly taskId?: string;
  /** Whether the job has a job preparation task (then `AZ_BATCH_JOB_PREP_*` are set for its tasks). */
  readonly jobHasPreparationTask?: boolean;
  /** The task's `userIdentity`, reflected in `AZ_BATCH_TASK_USER` / `AZ_BATCH_TASK_USER_IDENTITY`. */
  readonly userIdentity?: UserIdentity;
  /** The job's `commonEnvironmentSettings`. */
  readonly jobEnvironmentSettings?: readonly EnvironmentSetting[];
  /** The task's `environmentSettings`; a name also set by the job takes the task's value. */
  readonly environmentSettings?: readonly EnvironmentSetting[];
  /** Set for the primary and subtasks of a multi-instance task. */
  readonly multiInstance?: MultiInstanceEnvironment;
  /**
   * Variables of the host passed through (a real node gives tasks a minimal environment; `PATH` is
   * what makes programs resolvable). Defaults to {@link defaultInheritedEnvironment}.
   */
  readonly inheritedEnvironment?: Readonly<Record<string, string | undefined>>;
}

/** Host variables a task inherits by default; the rest of the emulator's environment (credentials included) stays out. */
const INHERITED_NAMES = ["PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR", "SHELL"] as const;

/** The subset of `process.env` a task inherits unless told otherwise. */
export function defaultInheritedEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of INHERITED_NAMES) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

/** The auto-user account name a Linux node runs tasks under. */
const AUTO_USER_ACCOUNT = "_azbatch";

/** `AZ_BATCH_TASK_USER` and `AZ_BATCH_TASK_USER_IDENTITY` for a user identity. */
function userVariables(identity: UserIdentity | undefined): { user: string; identity: string } {
  if (identity?.username) return { user: identity.username, identity: identity.username };
  // No identity at all means a non-admin user unique to the task; an auto user without scope means the pool's.
  const scope = identity?.autoUser ? (identity.autoUser.scope ?? "pool") : "task";
  const elevation = identity?.autoUser?.elevationLevel ?? "nonadmin";
  const identityName = `${scope === "pool" ? "Pool" : "Task"}${elevation === "admin" ? "Admin" : "NonAdmin"}`;
  return { user: AUTO_USER_ACCOUNT, identity: identityName };
}

function applySettings(
  env: Record<string, string>,
  settings: readonly EnvironmentSetting[] | undefined,
): void {
  for (const setting of settings ?? []) env[setting.name] = setting.value ?? "";
}

/**
 * Builds the complete environment of a task process. Order of precedence, lowest first: inherited
 * host variables, the job's common settings, the task's settings, then the `AZ_BATCH_*` variables,
 * which a task cannot override (the node sets them last).
 */
export function buildTaskEnvironment(layout: NodeLayout, spec: TaskEnvironmentSpec): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(spec.inheritedEnvironment ?? defaultInheritedEnvironment())) {
    if (value !== undefined) env[name] = value;
  }
  if (spec.kind !== "startTask") applySettings(env, spec.jobEnvironmentSettings);
  applySettings(env, spec.environmentSettings);

  const { taskDir, workingDir } = layout.taskDirectories(spec.kind, spec.jobId, spec.taskId);
  const user = userVariables(spec.userIdentity);
  const batch: Record<string, string> = {
    AZ_BATCH_ACCOUNT_NAME: spec.accountName,
    AZ_BATCH_ACCOUNT_URL: spec.accountUrl,
    AZ_BATCH_POOL_ID: spec.poolId,
    AZ_BATCH_NODE_ID: spec.nodeId,
    AZ_BATCH_NODE_IS_DEDICATED: String(spec.isDedicated),
    AZ_BATCH_NODE_ROOT_DIR: layout.rootDir,
    AZ_BATCH_NODE_SHARED_DIR: layout.sharedDir,
    AZ_BATCH_NODE_STARTUP_DIR: layout.startupDir,
    AZ_BATCH_NODE_STARTUP_WORKING_DIR: path.join(layout.startupDir, "wd"),
    AZ_BATCH_NODE_MOUNTS_DIR: layout.mountsDir,
    AZ_BATCH_TASK_DIR: taskDir,
    AZ_BATCH_TASK_WORKING_DIR: workingDir,
    AZ_BATCH_CERTIFICATES_DIR: path.join(taskDir, "certs"),
    AZ_BATCH_TASK_USER: user.user,
    AZ_BATCH_TASK_USER_IDENTITY: user.identity,
  };
  if (spec.kind !== "startTask") {
    if (spec.jobId === undefined) throw new TypeError(`a ${spec.kind} needs a job id`);
    batch.AZ_BATCH_JOB_ID = spec.jobId;
  }
  if (spec.kind === "task") {
    if (spec.taskId === undefined) throw new TypeError("a task needs a task id");
    batch.AZ_BATCH_TASK_ID = spec.taskId;
  }
  if (spec.jobHasPreparationTask && (spec.kind === "task" || spec.kind === "jobRelease")) {
    const prep = layout.taskDirectories("jobPreparation", spec.jobId);
    batch.AZ_BATCH_JOB_PREP_DIR = prep.taskDir;
    batch.AZ_BATCH_JOB_PREP_WORKING_DIR = prep.workingDir;
  }
  if (spec.multiInstance) {
    const mi = spec.multiInstance;
    batch.AZ_BATCH_HOST_LIST = mi.nodeIps.join(",");
    batch.AZ_BATCH_NODE_LIST = mi.nodeIps.join(";");
    batch.AZ_BATCH_MASTER_NODE = `${mi.masterIp}:${mi.masterPort ?? 6000}`;
    batch.AZ_BATCH_IS_CURRENT_NODE_MASTER = String(mi.isMaster);
    batch.AZ_BATCH_TASK_SHARED_DIR = mi.sharedDir;
  }
  return Object.assign(env, batch);
}
