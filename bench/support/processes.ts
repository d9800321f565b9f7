/**
 * Child processes of the benchmarks: the local Batch service host and the one-shot client runs
 * (each measured in a fresh process so that CPU time and peak memory belong to one client alone).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { ServiceEndpoint } from "../../test/support/service-client.js";
import { builtScript } from "./built-package.js";

export type { ServiceEndpoint };

/** A local Batch service running in a child process. */
export interface ServiceProcess extends ServiceEndpoint {
  /** Stops the process (SIGTERM, then SIGKILL after two seconds). */
  stop(): Promise<void>;
}

const BENCH_DIR = join(import.meta.dirname, "..");

/** Node's arguments for `script`: its built copy when it is measured, else the source through tsx. */
function scriptArgs(script: string, args: readonly string[]): string[] {
  const built = builtScript(script);
  return built ? [built, ...args] : ["--import", "tsx", join(BENCH_DIR, script), ...args];
}

function firstLine(child: ChildProcess, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const end = out.indexOf("\n");
      if (end >= 0) resolve(out.slice(0, end));
    });
    child.once("exit", (code) => reject(new Error(`${what} exited early (${String(code)}): ${err.trim()}`)));
  });
}

/** Starts the service host (`support/emulator-host.ts`) and resolves once it listens. */
export async function startServiceProcess(): Promise<ServiceProcess> {
  const child = spawn(process.execPath, scriptArgs("support/emulator-host.ts", []), {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const endpoint = JSON.parse(await firstLine(child, "the local Batch service")) as ServiceEndpoint;
  return {
    ...endpoint,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 2_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

/** Runs `script` (relative to `bench/`) with `args` to its end and resolves with what it printed. */
export function runScript(script: string, args: readonly string[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", ...scriptArgs(script, args)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.once("exit", (code) => {
      if (code === 0) resolve(out);
      else
        reject(new Error(`${script} ${args.join(" ")} failed (${String(code)}): ${err.trim().slice(-2000)}`));
    });
  });
}

/** Runs `script` (relative to `bench/`) with `args` and parses the JSON line it printed last. */
export async function runChild<T>(script: string, args: readonly string[]): Promise<T> {
  const out = await runScript(script, args);
  const last = out.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(`${script} printed no result: ${out.slice(-500)}`);
  }
}
