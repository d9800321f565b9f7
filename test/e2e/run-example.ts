/**
 * Runs an example as a user does: a child process through tsx, with no terminal on stdin and no Azure
 * account variables, so the example starts (and stops) the local services itself.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
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
