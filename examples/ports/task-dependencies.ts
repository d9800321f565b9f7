/**
 * Task dependencies with exit conditions: a range of numbered tasks feeds a merge step, a task whose
 * exit code 3 is declared harmless still lets its dependant run, and a final check whose failure
 * blocks its dependant. The waits are `whenAll(job.listTasks(…), …)`: the job's task list goes to the
 * monitor as it is.
 *
 *     npx tsx examples/ports/task-dependencies.ts
 * @module
 */
import {
  Constants,
  CloudTask,
  DependencyAction,
  ExitCodeMapping,
  ExitConditions,
  ExitOptions,
  ODATADetailLevel,
  PoolInformation,
  TaskDependencies,
  TaskState,
  type BatchClient,
} from "../../src/index.js";
import { createPoolAndWait, deletePoolAndWait } from "../support/pools.js";
import { runExample, type ExampleContext } from "../support/run.js";

const POOL_ID = "ports-dependencies-pool";
const JOB_ID = "ports-dependencies-job";
const PARTS = 3;
const TIMEOUT_MS = 5 * 60_000;
/** The task whose dependency fails with `DependencyAction.Block`. */
const BLOCKED_TASK = "publish";

/** The job's tasks; ids 1…PARTS are numeric so that `onIdRange` can name them. */
function dependentTasks(): CloudTask[] {
  const parts = Array.from(
    { length: PARTS },
    (_, index) => new CloudTask(String(index + 1), `/bin/sh -c 'echo part ${index + 1}'`),
  );

  const merge = new CloudTask("merge", "/bin/sh -c 'echo merged parts 1 to 3'");
  merge.dependsOn = TaskDependencies.onIdRange(1, PARTS);

  // Exit code 3 means "nothing to do" here: the task counts as failed, yet its dependants may run.
  const flaky = new CloudTask("flaky", "/bin/sh -c 'echo nothing new; exit 3'");
  flaky.exitConditions = new ExitConditions({
    exitCodes: [new ExitCodeMapping(3, new ExitOptions({ dependencyAction: DependencyAction.Satisfy }))],
    default: new ExitOptions({ dependencyAction: DependencyAction.Block }),
  });
  const afterFlaky = new CloudTask("after-flaky", "/bin/sh -c 'echo ran after flaky'");
  afterFlaky.dependsOn = TaskDependencies.onId("flaky");

  // Runs last; any failure blocks its dependant.
  const check = new CloudTask("check", "/bin/sh -c 'echo check failed; exit 1'");
  check.dependsOn = TaskDependencies.onIds("merge", "after-flaky");
  check.exitConditions = new ExitConditions({
    default: new ExitOptions({ dependencyAction: DependencyAction.Block }),
  });
  const publish = new CloudTask(BLOCKED_TASK, "/bin/sh -c 'echo published'");
  publish.dependsOn = TaskDependencies.onId("check");

  return [...parts, merge, flaky, afterFlaky, check, publish];
}

/** Prints each task, in the order of `taskIds`: its exit code and stdout, or that it never ran. */
async function reportTasks(batchClient: BatchClient, taskIds: readonly string[]): Promise<void> {
  const detail = new ODATADetailLevel({ selectClause: "id,state,executionInfo,nodeInfo" });
  const tasks = await batchClient.jobOperations.listTasks(JOB_ID, detail).toList();
  tasks.sort((a, b) => taskIds.indexOf(a.id!) - taskIds.indexOf(b.id!));
  for (const task of tasks) {
    const info = task.executionInformation;
    if (task.computeNodeInformation === undefined) {
      console.log(`  ${task.id}: ${task.state}, never ran (${info?.failureInformation?.code})`);
      continue;
    }
    const stdout = await (await task.getNodeFile(Constants.standardOutFileName)).readAsString();
    console.log(`  ${task.id}: ${task.state}, exit code ${info?.exitCode}, printed "${stdout.trim()}"`);
  }
}

async function main({ batchClient }: ExampleContext): Promise<void> {
  try {
    await createPoolAndWait(batchClient, POOL_ID, 1);
    const job = batchClient.jobOperations.createJob();
    job.id = JOB_ID;
    job.poolInformation = new PoolInformation({ poolId: POOL_ID });
    job.usesTaskDependencies = true;
    await job.commit();

    const tasks = dependentTasks();
    console.log(`Adding ${tasks.length} tasks with dependencies to job [${JOB_ID}]...`);
    await batchClient.jobOperations.addTask(JOB_ID, tasks);

    const boundJob = await batchClient.jobOperations.getJob(JOB_ID);
    const monitor = batchClient.utilities.createTaskStateMonitor();
    // Everything but the blocked task can complete: the job's (filtered) task list goes in as it is.
    const unblocked = new ODATADetailLevel({ filterClause: `id ne '${BLOCKED_TASK}'` });
    await monitor.whenAll(boundJob.listTasks(unblocked), TaskState.Completed, TIMEOUT_MS);
    const blocked = await boundJob.getTask(BLOCKED_TASK);
    const started = blocked.computeNodeInformation !== undefined;
    console.log(
      `Task [${BLOCKED_TASK}] is ${blocked.state}${started ? " and ran!" : ", blocked by its failed dependency"}.`,
    );

    // A blocked task waits forever; terminating it completes it without running it.
    await blocked.terminate();
    await monitor.whenAll(boundJob.listTasks(), TaskState.Completed, TIMEOUT_MS);
    console.log("Every task of the job completed:");
    await reportTasks(
      batchClient,
      tasks.map((task) => task.id),
    );
    await batchClient.jobOperations.deleteJob(JOB_ID);
  } finally {
    await deletePoolAndWait(batchClient, POOL_ID);
  }
}

await runExample({
  description:
    "Runs tasks with dependencies and exit conditions (satisfy on a known exit code, block on failure)\n" +
    "and waits for them with whenAll(job.listTasks()).",
  main,
});
