/**
 * Starts task processes through the process launcher (`launcher-helper.mjs`), a small process forked
 * once per service process: spawning from the service itself blocks its event loop in `fork()` for a
 * time that grows with the service's memory, which made task execution half as fast as spawning the
 * same processes directly.
 * @module
 */
import { fork, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { killProcessGroup } from "./process-group.js";

/** One process to start: argv, working directory, full environment and the output files to create. */
export interface LaunchRequest {
  readonly file: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  /** Path of the file that receives standard output (created or truncated). */
  readonly stdoutPath: string;
  /** Path of the file that receives standard error (created or truncated). */
  readonly stderrPath: string;
}

/** How a launch ended. */
export type LaunchOutcome =
  | { readonly kind: "exit"; readonly code: number | null; readonly signal: NodeJS.Signals | null }
  /** An output file could not be created (`file` is `stdout.txt` or `stderr.txt`). */
  | { readonly kind: "openFailed"; readonly file: string; readonly code: string }
  /** The program could not be started. */
  | { readonly kind: "spawnFailed"; readonly code: string };

type Answer = { id: number; pid?: number } & (
  | { exit: { code: number | null; signal: NodeJS.Signals | null } }
  | { openFailed: { file: string; code: string } }
  | { spawnFailed: { code: string } }
  | object
);

interface Pending {
  readonly onPid: (pid: number) => void;
  readonly settle: (outcome: LaunchOutcome) => void;
  pid?: number;
}

/** Where the launcher is: beside this module in a source checkout, beside the bundle in the package. */
const HELPER_PATH = fileURLToPath(new URL("./launcher-helper.mjs", import.meta.url));

/** The launcher of this process; started on the first launch, and again after it was lost. */
class ProcessLauncher {
  private helper: ChildProcess | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  launch(request: LaunchRequest, onPid: (pid: number) => void): Promise<LaunchOutcome> {
    const helper = this.started();
    const id = this.nextId++;
    return new Promise<LaunchOutcome>((settle) => {
      this.pending.set(id, { onPid, settle });
      helper.send({
        id,
        file: request.file,
        args: request.args,
        cwd: request.cwd,
        env: request.env,
        stdout: request.stdoutPath,
        stderr: request.stderrPath,
      });
    });
  }

  private started(): ChildProcess {
    if (this.helper) return this.helper;
    if (!existsSync(HELPER_PATH)) throw new Error(`the process launcher ${HELPER_PATH} is missing`);
    const helper = fork(HELPER_PATH, [], {
      // No loader or profiler flags of the service: the launcher is plain JavaScript.
      execArgv: [],
      env: {},
      stdio: ["ignore", "ignore", "inherit", "ipc"],
      serialization: "json",
    });
    helper.on("message", (answer: Answer) => this.answered(answer));
    helper.once("exit", () => this.lost(helper));
    // Neither the launcher nor its channel keeps the service alive; running tasks are tracked elsewhere.
    helper.unref();
    helper.channel?.unref();
    this.helper = helper;
    return helper;
  }

  private answered(answer: Answer): void {
    const pending = this.pending.get(answer.id);
    if (!pending) return;
    if (answer.pid !== undefined) {
      pending.pid = answer.pid;
      pending.onPid(answer.pid);
    }
    let outcome: LaunchOutcome | undefined;
    if ("exit" in answer) outcome = { kind: "exit", ...answer.exit };
    else if ("openFailed" in answer) outcome = { kind: "openFailed", ...answer.openFailed };
    else if ("spawnFailed" in answer) outcome = { kind: "spawnFailed", ...answer.spawnFailed };
    if (!outcome) return;
    this.pending.delete(answer.id);
    pending.settle(outcome);
  }

  /**
   * The launcher ended (killed from outside): its running tasks can no longer report their exit, so
   * their process groups are killed and they end as killed; the next launch starts a new launcher.
   */
  private lost(helper: ChildProcess): void {
    if (this.helper === helper) this.helper = undefined;
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      if (pending.pid !== undefined) killProcessGroup(pending.pid);
      pending.settle(
        pending.pid === undefined
          ? { kind: "spawnFailed", code: "ECHILD" }
          : { kind: "exit", code: null, signal: "SIGKILL" },
      );
    }
  }
}

const launcher = new ProcessLauncher();

/**
 * Starts `request`'s process as the leader of a new process group, calls `onPid` once it runs, and
 * resolves when it has exited or could not be started.
 */
export function launchProcess(request: LaunchRequest, onPid: (pid: number) => void): Promise<LaunchOutcome> {
  return launcher.launch(request, onPid);
}
