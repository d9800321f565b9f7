/**
 * The .NET-shaped programs of `examples/ports/`, each run as a user runs it (against the local Batch
 * service and Azurite) and checked by exit code and by the lines that prove what it did.
 */
import { describe, expect, it } from "vitest";
import { runAndCheck, runExample } from "./run-example.js";

const PROGRAMS = [
  "pools-and-resource-files.ts",
  "job-manager.ts",
  "task-dependencies.ts",
  "efficient-list-queries.ts",
  "persist-outputs.ts",
];

describe("ported programs", () => {
  it("pools-and-resource-files.ts: the start task's container files and two rounds of file staging", async () => {
    const run = await runAndCheck("ports/pools-and-resource-files.ts", [
      "Pool [ports-resource-files-pool] is ready; its start task succeeded.",
      /Round 1: staged into container \[mab-[a-z0-9-]+\]\./,
      "Round 1: task exited with 0; stdout: greeting from the pool's container | staged for round 1",
      /Round 1: container \[mab-[a-z0-9-]+\] deleted\./,
      /Round 2: staged into container \[mab-[a-z0-9-]+\]\./,
      "Round 2: task exited with 0; stdout: greeting from the pool's container | staged for round 2",
      /Round 2: container \[mab-[a-z0-9-]+\] deleted\./,
      "Job [ports-resource-files-job] deleted.",
      "Pool [ports-resource-files-pool] deleted.",
    ]);
    const containers = [...run.stdout.matchAll(/staged into container \[(\S+)\]/g)].map((match) => match[1]);
    expect(new Set(containers).size).toBe(2);
    expect(run.stdout).not.toContain("still exists");
  }, 300_000);

  it("job-manager.ts: the job manager uses azbatch on the node to add and await its job's tasks", async () => {
    await runAndCheck("ports/job-manager.ts", [
      "Job manager program bundled and uploaded to container [ports-job-manager-app].",
      "Job [ports-job-manager-job] completed; terminate reason: JMComplete",
      "Job manager exited with 0; its stdout:",
      "  Job manager job-manager added 3 tasks to job ports-job-manager-job.",
      "  All 3 tasks of job ports-job-manager-job completed.",
      "The job manager's 3 tasks:",
      '  worker-1: exit code 0, printed "worker 1 of ports-job-manager-job"',
      '  worker-2: exit code 0, printed "worker 2 of ports-job-manager-job"',
      '  worker-3: exit code 0, printed "worker 3 of ports-job-manager-job"',
      "Pool [ports-job-manager-pool] deleted.",
    ]);
  }, 300_000);

  it("task-dependencies.ts: exit conditions satisfy or block dependants; whenAll takes job.listTasks()", async () => {
    await runAndCheck("ports/task-dependencies.ts", [
      "Adding 8 tasks with dependencies to job [ports-dependencies-job]...",
      "Task [publish] is active, blocked by its failed dependency.",
      "Every task of the job completed:",
      '  1: completed, exit code 0, printed "part 1"',
      '  2: completed, exit code 0, printed "part 2"',
      '  3: completed, exit code 0, printed "part 3"',
      '  merge: completed, exit code 0, printed "merged parts 1 to 3"',
      '  flaky: completed, exit code 3, printed "nothing new"',
      '  after-flaky: completed, exit code 0, printed "ran after flaky"',
      '  check: completed, exit code 1, printed "check failed"',
      "  publish: completed, never ran (TaskEnded)",
      "Pool [ports-dependencies-pool] deleted.",
    ]);
  }, 300_000);

  it("efficient-list-queries.ts: filter, select and expand return only what was asked for", async () => {
    await runAndCheck("ports/efficient-list-queries.ts", [
      "Adding 30 tasks to job [ports-queries-job]...",
      "Completed tasks (select id,state): 30; with a command line: 0; with execution information: 0",
      "Failed tasks: 3: task-10 (exit code 2), task-20 (exit code 2), task-30 (exit code 2)",
      "Job ports-queries-job (expand stats): 27 succeeded, 3 failed; pool information selected: false",
      "Pool ports-queries-pool (select id,state): active; VM size selected: false",
      "Pools matching the filter: 1",
      "Pool [ports-queries-pool] deleted.",
    ]);
  }, 300_000);

  it("persist-outputs.ts: output files reach the container by upload condition and read back", async () => {
    await runAndCheck("ports/persist-outputs.ts", [
      "Task [succeeds] completed with exit code 0.",
      "Task [fails] completed with exit code 4.",
      "Container [ports-outputs] holds 6 blobs:",
      '  fails/error.log: "log of fails\\n"',
      '  fails/logs/stderr.txt: ""',
      '  fails/logs/stdout.txt: "fails done\\n"',
      '  succeeds/logs/stderr.txt: ""',
      '  succeeds/logs/stdout.txt: "succeeds done\\n"',
      '  succeeds/result.txt: "result of succeeds\\n"',
      "Pool [ports-outputs-pool] deleted.",
    ]);
  }, 300_000);
});

describe("ported programs --help", () => {
  it.each(PROGRAMS)(
    "%s prints what it does and the account variables",
    async (script) => {
      const run = await runExample(`ports/${script}`, ["--help"], 60_000);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("BATCH_ACCOUNT_URL");
    },
    90_000,
  );
});
