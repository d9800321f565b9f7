/**
 * Starts the `azbatch-emulator` command line (from source, through tsx) as a child process and
 * waits for the line that says where it listens.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { DEV_ACCOUNT_KEY, DEV_ACCOUNT_NAME } from "../../src/emulator/index.js";

const CLI = join(import.meta.dirname, "../../src/emulator/cli.ts");

/** A running command-line service. */
export interface CliService {
  readonly child: ChildProcess;
  readonly url: string;
  readonly accountName: string;
  readonly accountKey: string;
  /** Everything printed on stdout up to and including the "listening" line. */
  readonly banner: string;
}

/**
 * Runs the CLI with `args` and resolves once it reports its URL (rejects if it exits first);
 * `nofile` limits the descriptors it may open (through prlimit).
 */
export function startCli(args: readonly string[], nofile?: number): Promise<CliService> {
  const command = [process.execPath, "--import", "tsx", CLI, ...args];
  if (nofile !== undefined) command.unshift("prlimit", `--nofile=${nofile}:${nofile}`);
  const child = spawn(command[0], command.slice(1), { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match)
        resolve({
          child,
          url: match[1],
          accountName: DEV_ACCOUNT_NAME,
          accountKey: DEV_ACCOUNT_KEY,
          banner: out,
        });
    });
    child.once("exit", (code) => reject(new Error(`the CLI exited early (${String(code)}): ${err.trim()}`)));
  });
}

/** Sends SIGKILL (or `signal`) and waits for the process to be gone. */
export function stopCli(service: CliService, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  const { child } = service;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}
