/**
 * Runs an example as a user does: a child process through tsx, with no terminal on stdin and no Azure
 * account variables, so the example starts (and stops) the local services itself.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { expect } from "vitest";
import { repoRoot } from "../support/shared.js";

/** What the example printed and how it ended. */
export interface ExampleRun {
  /** Process exit code. */
  readonly code: number;
  /** Everything printed on stdout. */
  readonly stdout: string;
  /** Everything printed on stderr. */
  readonly stderr: string;
}

const ACCOUNT_VARIABLES = [
  "BATCH_ACCOUNT_URL",
  "BATCH_ACCOUNT_NAME",
  "BATCH_ACCOUNT_KEY",
  "STORAGE_ACCOUNT_NAME",
  "STORAGE_ACCOUNT_KEY",
  "STORAGE_CONNECTION_STRING",
];

/** Runs `examples/<script>` with `args` and resolves when it exits (never rejects on a non-zero exit). */
export function runExample(
  script: string,
  args: readonly string[] = [],
  timeoutMs = 240_000,
): Promise<ExampleRun> {
  const env = { ...process.env };
  for (const name of ACCOUNT_VARIABLES) delete env[name];
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", join(repoRoot, "examples", script), ...args],
      { cwd: repoRoot, env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end();
  });
}

/** Expects the lines to appear in `stdout` in this order. */
export function expectInOrder(stdout: string, lines: readonly (string | RegExp)[]): void {
  let rest = stdout;
  for (const line of lines) {
    const match = typeof line === "string" ? rest.indexOf(line) : (line.exec(rest)?.index ?? -1);
    expect(match, `${String(line)} in the remaining output:\n${rest}`).toBeGreaterThanOrEqual(0);
    rest = rest.slice(match + 1);
  }
}

/** Runs `examples/<script>` and expects exit code 0 and the lines in this order; resolves to the run. */
export async function runAndCheck(script: string, lines: readonly (string | RegExp)[]): Promise<ExampleRun> {
  const run = await runExample(script);
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
  expectInOrder(run.stdout, lines);
  return run;
}
