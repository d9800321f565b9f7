/**
 * The lifecycle examples, each run as a user runs it (`npx tsx examples/<name>.ts`, no account variables,
 * so against the local Batch service), checked by exit code and by the lines it prints.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/shared.js";
import { runAndCheck, runExample } from "./run-example.js";

describe("examples", () => {
  it("pool-lifecycle.ts", async () => {
    await runAndCheck("pool-lifecycle.ts", [
      "Creating pool [pool-lifecycle] with 2 dedicated nodes...",
      "Pool [pool-lifecycle] is steady with 2 idle nodes.",
      "Pool [pool-lifecycle] is steady with 3 idle nodes.",
      "Autoscale formula evaluates to: $TargetDedicatedNodes=1",
      "Autoscale sized pool [pool-lifecycle] to 1 node.",
      "Autoscale disabled.",
      / {2}node \S+: idle, standard_d2s_v3, /,
      /Rebooting node \[\S+\]\.\.\./,
      /Node \[\S+\] is idle again\./,
      "Pool [pool-lifecycle] deleted.",
    ]);
  }, 240_000);

  it("job-lifecycle.ts", async () => {
    await runAndCheck("job-lifecycle.ts", [
      "Adding 1004 tasks to job [job-lifecycle]...",
      "All tasks completed: 1000 succeeded, 4 failed.",
      "  fetch ran\n",
      "  sort ran after fetch\n",
      "  count ran after fetch\n",
      "  report ran after sort and count\n",
      / {2}bulk-0249 exited with 3; stdout: task bulk-0249 on \S+/,
      / {2}bulk-0499 exited with 3; stdout: task bulk-0499 on \S+/,
      / {2}bulk-0749 exited with 3; stdout: task bulk-0749 on \S+/,
      / {2}bulk-0999 exited with 3; stdout: task bulk-0999 on \S+/,
      "4 tasks failed.",
      / {2}node \S+: job preparation completed \(exit code 0\)/,
      "Deleting job [job-lifecycle]...",
      "Pool [job-lifecycle-pool] deleted.",
    ]);
  }, 600_000);

  it("job-schedule.ts", async () => {
    await runAndCheck("job-schedule.ts", [
      "Creating job schedule [nightly-report], a job every 60 s...",
      /The schedule created job \[(\S+)\]; waiting for it to complete\.\.\./,
      /Job \[\S+\] completed; its manager task printed: report of \S+/,
      / {2}\S+: completed/,
      "Job schedule [nightly-report] disabled.",
      "Job schedule [nightly-report] enabled.",
      "Job schedule [nightly-report] terminated.",
      "Job schedule [nightly-report] deleted, with its jobs.",
    ]);
  }, 240_000);

  it("files-and-logs.ts", async () => {
    await runAndCheck("files-and-logs.ts", [
      "Task [writer] completed with exit code 0.",
      "  stdout.txt (",
      "stdout.txt has 100 lines; the last: line 100",
      'The first 16 bytes: "line 1\\nline 2\\nli"',
      'wd/result.csv streamed to disk: "n,square\\n2,4\\n3,9\\n"',
      "Job [files-and-logs] deleted.",
      "Pool [files-and-logs-pool] deleted.",
    ]);
  }, 240_000);
});

describe("runnable snippets", () => {
  it("the quick start of README.md and docs/getting-started.md runs a task on the local service", async () => {
    // The guides show the snippet file itself (test/unit/examples/doc-snippets.test.ts keeps them equal).
    for (const doc of ["README.md", "docs/getting-started.md"]) {
      expect(await readFile(join(repoRoot, doc), "utf8")).toContain(
        "<!-- snippet: examples/snippets/quick-start.ts -->",
      );
    }
    await runAndCheck("snippets/quick-start.ts", [/^hello from \S+$/m]);
  }, 120_000);

  it("the ProtocolClient sample of README.md creates, reads and lists a pool", async () => {
    await runAndCheck("snippets/protocol-client.ts", [
      /^pool mypool is active; ETag "?0x[0-9A-F]+"?$/m,
      "listed mypool",
    ]);
  }, 120_000);

  it("the emulator starts and stops", async () => {
    const run = await runExample("snippets/emulator-start.ts", [], 60_000);
    expect(run.code, run.stderr).toBe(0);
  }, 120_000);

  it("a task on an auto pool runs its application package", async () => {
    await runAndCheck("snippets/emulator-applications.ts", ["hello from version 1.0 of the package"]);
  }, 120_000);

  it("adding 1,000 tasks survives injected faults", async () => {
    await runAndCheck("snippets/emulator-faults.ts", [
      "1000 tasks added; faults injected:",
      /taskServerErrors: [1-9]/,
    ]);
  }, 180_000);
});

describe("example --help", () => {
  it.each(["pool-lifecycle.ts", "job-lifecycle.ts", "job-schedule.ts", "files-and-logs.ts"])(
    "%s prints what it does and the account variables",
    async (script) => {
      const run = await runExample(script, ["--help"], 60_000);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("BATCH_ACCOUNT_URL");
    },
  );
});
