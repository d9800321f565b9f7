/**
 * The .NET-shaped programs of `examples/ports/` that use auto pools, job preparation and release,
 * multi-instance tasks with application packages, task slots with `recentTasks`, and managed
 * identities; each runs as a user runs it (against the local Batch service) and is checked by exit
 * code and by the lines that prove what it did.
 */
import { describe, expect, it } from "vitest";
import { runAndCheck, runExample } from "./run-example.js";

const NODE = "tvmps_\\w+";

describe("ported programs: services", () => {
  it("auto-pool-job.ts: the auto pool runs the tasks and is gone with the job; the linear retry policy retries", async () => {
    const run = await runAndCheck("ports/auto-pool-job.ts", [
      "Creating job [ports-auto-pool-job] with an auto pool...",
      /The service created pool \[ports_[0-9A-F-]{36}\] for the job\./,
      new RegExp(`  task-1 exited with 0: task 1 on ${NODE}`),
      new RegExp(`  task-4 exited with 0: task 4 on ${NODE}`),
      "Job [ports-auto-pool-job] completed.",
      /Auto pool \[ports_[0-9A-F-]{36}\] is gone\./,
      "Job [ports-auto-pool-job] deleted.",
      /The retry policy retried [1-9]\d* requests\./,
    ]);
    const pools = [...run.stdout.matchAll(/pool \[(ports_[0-9A-F-]{36})\]/g)].map((match) => match[1]);
    expect(new Set(pools).size).toBe(1);
  }, 300_000);

  it("job-prep-release.ts: tasks read the preparation's file; both tasks' files are read by path on each node", async () => {
    const run = await runAndCheck("ports/job-prep-release.ts", [
      "Pool [ports-prep-release-pool] is steady with 2 idle nodes.",
      "Job [ports-prep-release-job] created with a preparation and a release task.",
      new RegExp(`  reader-1 read: input prepared on ${NODE}`),
      new RegExp(`  reader-4 read: input prepared on ${NODE}`),
      "Terminating job [ports-prep-release-job]; the release task runs on each node...",
      new RegExp(
        `Node ${NODE}: preparation completed \\(exit code 0\\), release completed \\(exit code 0\\)`,
      ),
      "  workitems/ports-prep-release-job/job-1/jobpreparation/stdout.txt: preparation done",
      "  workitems/ports-prep-release-job/job-1/jobrelease/stdout.txt: release removed input.txt",
      "Job [ports-prep-release-job] deleted.",
      "Pool [ports-prep-release-pool] deleted.",
    ]);
    expect(run.stdout.match(/: preparation completed \(exit code 0\), release completed/g)).toHaveLength(2);
    expect(run.stdout.match(/jobrelease\/stdout\.txt: release removed input\.txt/g)).toHaveLength(2);
  }, 300_000);

  it("multi-instance-tasks.ts: admin auto-user start tasks and all instances see the application package", async () => {
    const run = await runAndCheck("ports/multi-instance-tasks.ts", [
      "Creating pool [ports-multi-instance-pool] with 3 dedicated nodes...",
      "Pool [ports-multi-instance-pool] is steady with 3 idle nodes.",
      new RegExp(`Start task on ${NODE}: completed \\(exit code 0\\)`),
      "  start task as PoolAdmin",
      new RegExp(`  start on ${NODE} with ports-tools 1\\.0`),
      "Multi-instance task [mpi-task] added with 3 instances.",
      "Task [mpi-task] exited with 0; its output:",
      new RegExp(`  primary on ${NODE} with ports-tools 1\\.0`),
      "2 subtasks:",
      new RegExp(`  subtask 1 on ${NODE}: completed, exit code 0`),
      new RegExp(`  subtask 2 on ${NODE}: completed, exit code 0`),
      "Job [ports-multi-instance-job] deleted.",
      "Pool [ports-multi-instance-pool] deleted.",
    ]);
    expect(run.stdout.match(/ {2}start task as PoolAdmin/g)).toHaveLength(3);
    // The primary and the two subtasks ran on three different nodes.
    const primary = new RegExp(`primary on (${NODE})`).exec(run.stdout)?.[1];
    const subtaskNodes = [...run.stdout.matchAll(new RegExp(`subtask \\d on (${NODE})`, "g"))].map(
      (m) => m[1],
    );
    expect(new Set([primary, ...subtaskNodes]).size).toBe(3);
  }, 300_000);

  it("parallel-tasks.ts: tasks with requiredSlots are counted per node from recentTasks", async () => {
    const run = await runAndCheck("ports/parallel-tasks.ts", [
      "Pool [ports-parallel-pool] is steady with 2 idle nodes.",
      "Each node has 4 task slots.",
      "Added 8 tasks to job [ports-parallel-job].",
      new RegExp(`  task-1 \\(1 slots\\): completed on ${NODE}`),
      new RegExp(`  task-2 \\(2 slots\\): completed on ${NODE}`),
      new RegExp(`Node ${NODE} ran \\d tasks: task-`),
      "8 of 8 tasks in the nodes' recentTasks; 8 agree with the tasks' own node.",
      "Job [ports-parallel-job] deleted.",
      "Pool [ports-parallel-pool] deleted.",
    ]);
    const perNode = [...run.stdout.matchAll(/ran (\d) tasks/g)].map((match) => Number(match[1]));
    expect(perNode).toHaveLength(2);
    expect(perNode.reduce((sum, count) => sum + count, 0)).toBe(8);
  }, 300_000);

  it("managed-identity-pool.ts: the pool's identity and the identity references are stored and read back", async () => {
    const identity =
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ports/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ports-identity";
    await runAndCheck("ports/managed-identity-pool.ts", [
      "Creating pool [ports-identity-pool] with a user-assigned identity...",
      "Pool [ports-identity-pool] identity: UserAssigned",
      `  user-assigned identity ${identity}`,
      `Start task resource file: https://portsstorage.blob.core.windows.net/ports-data with identity ${identity}`,
      `Task [report] uploads result.txt to https://portsstorage.blob.core.windows.net/ports-data as reports/result.txt with identity ${identity}`,
      "Job [ports-identity-job] deleted.",
      "Pool [ports-identity-pool] deleted.",
    ]);
  }, 300_000);
});

describe("ported programs: services --help", () => {
  it.each([
    "auto-pool-job.ts",
    "job-prep-release.ts",
    "multi-instance-tasks.ts",
    "parallel-tasks.ts",
    "managed-identity-pool.ts",
  ])(
    "%s prints what it does and the account variables",
    async (script) => {
      const run = await runExample(`ports/${script}`, ["--help"], 60_000);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain("BATCH_ACCOUNT_URL");
    },
    120_000,
  );
});
