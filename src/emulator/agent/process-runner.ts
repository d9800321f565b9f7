/**
 * Runs one task the way a Batch Linux node does: create its directories, download its resource
 * files, split its command line and execute it without a shell (working directory `wd`, the task
 * environment, `stdout.txt` / `stderr.txt` written in the task directory while it runs), enforce
 * `maxWallClockTime` by killing the whole process tree, upload its output files, and report the
 * outcome shaped like the wire `TaskExecutionInformation`. Every process is tracked by the node's
 * {@link NodeProcessRegistry}, so closing the emulator leaves no process behind.
 * @module
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type {
  OutputFile,
  ResourceFile,
  TaskExecutionResult,
  TaskFailureInformation,
} from "../../protocol/models.generated.js";
import type { AutoStorageAccount } from "./blob-access.js";
import { CommandLineSyntaxError, splitCommandLine } from "./command-line.js";
import { TaskFailureCode, TaskFailureError, type FailureStage } from "./failure.js";
import type { TaskDirectories } from "./node-layout.js";
import { uploadOutputFiles, type UploadedFile } from "./output-files.js";
import {
  exitCodeForSignal,
  killProcessGroup,
  livingGroupMembers,
  waitForGroupExit,
} from "./process-group.js";
import { launchProcess, type LaunchOutcome } from "./process-launcher.js";
import { downloadResourceFiles } from "./resource-files.js";

/** Why a running task is stopped from outside: task terminate, task/job delete, requeue (reboot, disable, resize), emulator close. */
export type KillReason = "terminate" | "delete" | "requeue" | "shutdown";

/** Why a run ended early: a {@link KillReason} or the task's own `maxWallClockTime`. */
export type EndReason = KillReason | "maxWallClockTime";

/** Everything needed to run one task on a node. */
export interface TaskRunSpec {
  /** The command line, split with shell-word rules and executed without a shell. */
  readonly commandLine: string;
  /** The task directory and working directory (see `NodeLayout.taskDirectories`). */
  readonly directories: TaskDirectories;
  /** The complete process environment (see `buildTaskEnvironment`). */
  readonly environment: Readonly<Record<string, string>>;
  /**
   * Deploys the run's application packages before anything else is downloaded and gives their
   * `AZ_BATCH_APP_PACKAGE_*` variables (added to `environment`); a failure is a pre-processing error.
   */
  readonly deployPackages?: () => Promise<Readonly<Record<string, string>>>;
  /** Files downloaded into the working directory before the command runs. */
  readonly resourceFiles?: readonly ResourceFile[];
  /** Files uploaded after the process ends. */
  readonly outputFiles?: readonly OutputFile[];
  /** `constraints.maxWallClockTime` in milliseconds, measured from the start of the run (downloads included). */
  readonly maxWallClockTimeMs?: number;
  /** The linked storage account for `autoStorageContainerName` resource files. */
  readonly autoStorage?: AutoStorageAccount;
  /** Time allowed for each resource file download. */
  readonly resourceFileTimeoutMs?: number;
}

/** The outcome of a run, mirroring the wire `TaskExecutionInformation` (plus what the scheduler needs). */
export interface TaskRunResult {
  /** `success` when the process exited with 0 and every upload succeeded. */
  readonly result: TaskExecutionResult;
  /** The exit code, when a process ran (128 + signal number for a killed process). */
  readonly exitCode?: number;
  /** Set when `result` is `failure`. */
  readonly failureInfo?: TaskFailureInformation;
  /** Which step failed, for choosing exit conditions. */
  readonly failureStage?: FailureStage;
  /** Set when the run was stopped early, and why. */
  readonly endedBy?: EndReason;
  /** When the run began (before resource files were downloaded). */
  readonly startTime: Date;
  /** When the run finished (after output files were uploaded). */
  readonly endTime: Date;
  /** The output files that were uploaded. */
  readonly uploadedFiles: readonly UploadedFile[];
}

/** A task being run; its outcome arrives through {@link RunningTask.completion}. */
export interface RunningTask {
  /** When the run began. */
  readonly startTime: Date;
  /** The process id (also its process-group id) once the command has been launched. */
  readonly pid: number | undefined;
  /** Resolves with the outcome; never rejects for task-level failures. */
  readonly completion: Promise<TaskRunResult>;
  /** Stops the run (killing the process tree if it was launched) and resolves with its outcome. */
  kill(reason: KillReason): Promise<TaskRunResult>;
}

const END_MESSAGES: Record<EndReason, string> = {
  maxWallClockTime: "The task ran longer than its maximum wall clock time and was ended.",
  terminate: "The task was ended at the user's request.",
  delete: "The task was ended because it was deleted.",
  requeue: "The task was ended so that it can be requeued.",
  shutdown: "The task was ended because the node was shut down.",
};

/** Internal marker used as the abort reason when a run is ended from outside. */
class RunEnded extends Error {
  constructor(readonly reason: EndReason) {
    super(END_MESSAGES[reason]);
    this.name = "RunEnded";
  }
}

type ProcessOutcome = { exitCode: number };

/** The longest delay a Node timer honours. */
const MAX_TIMER_MS = 2_147_483_647;

class TaskRun implements RunningTask {
  readonly startTime = new Date();
  pid: number | undefined;
  readonly completion: Promise<TaskRunResult>;
  private endReason: EndReason | undefined;
  private finished = false;
  private readonly abort = new AbortController();
  private uploaded: readonly UploadedFile[] = [];

  constructor(
    private readonly spec: TaskRunSpec,
    private readonly onLaunched: (pid: number) => void,
  ) {
    this.completion = this.execute();
  }

  kill(reason: KillReason): Promise<TaskRunResult> {
    this.end(reason);
    return this.completion;
  }

  private end(reason: EndReason): void {
    if (this.finished || this.endReason) return;
    this.endReason = reason;
    this.abort.abort(new RunEnded(reason));
    if (this.pid !== undefined) killProcessGroup(this.pid);
  }

  private async execute(): Promise<TaskRunResult> {
    const limit = this.spec.maxWallClockTimeMs;
    // The service's "unlimited" (about 29,000 years) overflows a timer, which would then fire at once.
    const timer =
      limit === undefined || limit > MAX_TIMER_MS
        ? undefined
        : setTimeout(() => this.end("maxWallClockTime"), limit);
    try {
      return await this.steps();
    } finally {
      clearTimeout(timer);
      this.finished = true;
    }
  }

  private async steps(): Promise<TaskRunResult> {
    const { taskDir, workingDir } = this.spec.directories;
    let exitCode: number;
    try {
      await this.createDirectories(workingDir);
      const argv = this.parseCommandLine();
      const packageVariables = (await this.spec.deployPackages?.()) ?? {};
      if (this.endReason) return this.ended();
      await downloadResourceFiles(this.spec.resourceFiles, {
        workingDir,
        autoStorage: this.spec.autoStorage,
        signal: this.abort.signal,
        timeoutMs: this.spec.resourceFileTimeoutMs,
      });
      if (this.endReason) return this.ended();
      ({ exitCode } = await this.launch(argv, packageVariables));
    } catch (error) {
      if (this.endReason) return this.ended();
      if (error instanceof TaskFailureError) return this.failed(error);
      throw error;
    }
    if (this.endReason && this.endReason !== "maxWallClockTime") return this.ended(exitCode);
    try {
      this.uploaded = await uploadOutputFiles(this.spec.outputFiles, {
        taskDir,
        workingDir,
        succeeded: exitCode === 0 && this.endReason === undefined,
        signal: this.abort.signal,
      });
    } catch (error) {
      if (this.endReason) return this.ended(exitCode);
      if (error instanceof TaskFailureError) return this.failed(error, exitCode);
      throw error;
    }
    if (this.endReason) return this.ended(exitCode);
    if (exitCode !== 0) {
      return this.failed(
        new TaskFailureError(
          "execution",
          TaskFailureCode.FailureExitCode,
          "The task process exited with a non-zero exit code.",
          [{ name: "ExitCode", value: String(exitCode) }],
        ),
        exitCode,
      );
    }
    return {
      result: "success",
      exitCode,
      startTime: this.startTime,
      endTime: new Date(),
      uploadedFiles: this.uploaded,
    };
  }

  private async createDirectories(workingDir: string): Promise<void> {
    try {
      await mkdir(workingDir, { recursive: true });
    } catch (error) {
      throw new TaskFailureError(
        "preProcessing",
        TaskFailureCode.ResourceDirectoryCreateFailed,
        "The task's directories could not be created.",
        [],
        { cause: error },
      );
    }
  }

  private parseCommandLine(): string[] {
    try {
      return splitCommandLine(this.spec.commandLine);
    } catch (error) {
      if (!(error instanceof CommandLineSyntaxError)) throw error;
      throw new TaskFailureError(
        "preProcessing",
        TaskFailureCode.CommandLaunchFailed,
        `The command line could not be parsed: ${error.message}.`,
        [{ name: "Position", value: String(error.position) }],
      );
    }
  }

  /** Starts the command as the leader of a new process group and waits for it to exit. */
  private async launch(
    argv: string[],
    packageVariables: Readonly<Record<string, string>>,
  ): Promise<ProcessOutcome> {
    const { taskDir, workingDir } = this.spec.directories;
    const request = {
      file: argv[0],
      args: argv.slice(1),
      cwd: workingDir,
      env: { ...this.spec.environment, ...packageVariables },
      stdoutPath: path.join(taskDir, "stdout.txt"),
      stderrPath: path.join(taskDir, "stderr.txt"),
    };
    let outcome: LaunchOutcome;
    try {
      outcome = await launchProcess(request, (pid) => {
        this.pid = pid;
        this.onLaunched(pid);
        if (this.endReason) killProcessGroup(pid);
      });
    } catch (error) {
      throw launchFailure(argv[0], error as NodeJS.ErrnoException);
    }
    switch (outcome.kind) {
      case "exit":
        return { exitCode: outcome.code ?? exitCodeForSignal(outcome.signal ?? "SIGKILL") };
      case "openFailed":
        throw outputFailure(outcome.file, outcome.code);
      case "spawnFailed":
        throw launchFailure(argv[0], Object.assign(new Error(outcome.code), { code: outcome.code }));
    }
  }

  private failed(error: TaskFailureError, exitCode?: number): TaskRunResult {
    return {
      result: "failure",
      ...(exitCode !== undefined ? { exitCode } : {}),
      failureInfo: error.failureInfo,
      failureStage: error.stage,
      startTime: this.startTime,
      endTime: new Date(),
      uploadedFiles: this.uploaded,
    };
  }

  private ended(exitCode?: number): TaskRunResult {
    const reason = this.endReason as EndReason;
    const details =
      reason === "maxWallClockTime"
        ? [{ name: "MaxWallClockTimeMs", value: String(this.spec.maxWallClockTimeMs) }]
        : [];
    const error = new TaskFailureError("ended", TaskFailureCode.TaskEnded, END_MESSAGES[reason], details);
    return { ...this.failed(error, exitCode), endedBy: reason };
  }
}

/** The failure of a task whose program could not be started. */
function launchFailure(program: string, error: NodeJS.ErrnoException): TaskFailureError {
  const notFound = error.code === "ENOENT";
  return new TaskFailureError(
    "preProcessing",
    notFound ? TaskFailureCode.CommandProgramNotFound : TaskFailureCode.CommandLaunchFailed,
    notFound
      ? `The program '${program}' was not found.`
      : `The program '${program}' could not be started (${error.code ?? "error"}).`,
    [{ name: "Program", value: program }],
    { cause: error },
  );
}

/**
 * The failure of a run whose stdout.txt / stderr.txt could not be created (e.g. EMFILE when the
 * service is out of file descriptors): it names the cause instead of escaping the runner.
 */
function outputFailure(name: string, code: string): TaskFailureError {
  return new TaskFailureError(
    "preProcessing",
    TaskFailureCode.CommandLaunchFailed,
    `The task's ${name} could not be created (${code}).`,
    [{ name: "File", value: name }],
  );
}

/**
 * The processes of one node. {@link NodeProcessRegistry.run} starts a task; process groups that
 * outlive their task (background processes a task left behind) stay tracked until
 * {@link NodeProcessRegistry.killAll}, which ends everything.
 */
export class NodeProcessRegistry {
  private readonly running = new Set<TaskRun>();
  private readonly lingering = new Set<number>();
  private closed = false;

  /** Starts running a task. @throws Error after {@link NodeProcessRegistry.killAll}. */
  run(spec: TaskRunSpec): RunningTask {
    if (this.closed) throw new Error("the node's process registry is closed");
    let pgid: number | undefined;
    const run = new TaskRun(spec, (pid) => (pgid = pid));
    this.running.add(run);
    void run.completion.finally(() => {
      this.running.delete(run);
      if (pgid !== undefined && livingGroupMembers(pgid).length > 0) this.lingering.add(pgid);
    });
    return run;
  }

  /** How many tasks are running. */
  get runningCount(): number {
    return this.running.size;
  }

  /** Process groups of finished tasks that still have live processes. */
  lingeringGroups(): number[] {
    for (const pgid of this.lingering) if (livingGroupMembers(pgid).length === 0) this.lingering.delete(pgid);
    return [...this.lingering];
  }

  /**
   * Kills every running task (reason `shutdown` unless given) and every lingering process group,
   * waits until they are gone, and refuses new runs from then on.
   */
  async killAll(reason: KillReason = "shutdown"): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.running].map((run) => run.kill(reason)));
    const groups = this.lingeringGroups();
    for (const pgid of groups) killProcessGroup(pgid);
    await Promise.all(groups.map((pgid) => waitForGroupExit(pgid, 2_000)));
    this.lingering.clear();
  }
}
