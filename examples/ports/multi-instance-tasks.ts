/**
 * A multi-instance task across three nodes of a pool that deploys an application package, with a start
 * task running as the pool's admin auto-user. Every instance runs the coordination command line, then
 * the primary runs the task's command line; both use the package through
 * `AZ_BATCH_APP_PACKAGE_<id>_<version>`.
 *
 * On a real account the application `ports-tools` version `1.0` must exist (with a `report.sh`); the
 * local service is started with it.
 *
 *     npx tsx examples/ports/multi-instance-tasks.ts
 * @module
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ApplicationPackageReference,
  AutoUserScope,
  AutoUserSpecification,
  CloudTask,
  Constants,
  ElevationLevel,
  MultiInstanceSettings,
  PoolInformation,
  StartTask,
  TaskState,
  UserIdentity,
  type BatchClient,
} from "../../src/index.js";
import { createPoolAndWait, deletePoolAndWait } from "../support/pools.js";
import { runExample, type ExampleContext } from "../support/run.js";

const POOL_ID = "ports-multi-instance-pool";
const JOB_ID = "ports-multi-instance-job";
const NODE_COUNT = 3;
const TIMEOUT_MS = 5 * 60_000;
const APPLICATION_ID = "ports-tools";
const APPLICATION_VERSION = "1.0";
/** `AZ_BATCH_APP_PACKAGE_<id>_<version>` with `-` and `.` turned into `_`. */
const PACKAGE_VARIABLE = "AZ_BATCH_APP_PACKAGE_ports_tools_1_0";

/** The package the local service deploys: one script that reports where it runs. */
function packageDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), "ports-tools-1.0-"));
  writeFileSync(join(directory, "report.sh"), 'echo "$1 on $AZ_BATCH_NODE_ID with ports-tools 1.0"\n');
  return directory;
}

async function main({ batchClient }: ExampleContext): Promise<void> {
  await createPoolAndWait(batchClient, POOL_ID, NODE_COUNT, (pool) => {
    // The instances of a multi-instance task talk to each other; each takes one node.
    pool.interComputeNodeCommunicationEnabled = true;
    pool.taskSlotsPerNode = 1;
    pool.applicationPackageReferences = [
      new ApplicationPackageReference({ applicationId: APPLICATION_ID, version: APPLICATION_VERSION }),
    ];
    pool.startTask = new StartTask({
      commandLine: `/bin/sh -c 'echo start task as $AZ_BATCH_TASK_USER_IDENTITY; sh $${PACKAGE_VARIABLE}/report.sh start'`,
      userIdentity: new UserIdentity(
        new AutoUserSpecification({ elevationLevel: ElevationLevel.Admin, scope: AutoUserScope.Pool }),
      ),
      waitForSuccess: true,
    });
  });
  try {
    await printStartTasks(batchClient);
    await runMultiInstanceTask(batchClient);
  } finally {
    await deletePoolAndWait(batchClient, POOL_ID);
  }
}

/** What the start task reported and printed on each node. */
async function printStartTasks(batchClient: BatchClient): Promise<void> {
  for await (const node of batchClient.poolOperations.listComputeNodes(POOL_ID)) {
    const info = node.startTaskInformation;
    const stdout = await (await node.getNodeFile(`startup/${Constants.standardOutFileName}`)).readAsString();
    console.log(`Start task on ${node.id}: ${info?.state} (exit code ${info?.exitCode})`);
    for (const line of stdout.trim().split("\n")) console.log(`  ${line}`);
  }
}

async function runMultiInstanceTask(batchClient: BatchClient): Promise<void> {
  const job = batchClient.jobOperations.createJob(JOB_ID, new PoolInformation({ poolId: POOL_ID }));
  await job.commit();
  try {
    const task = new CloudTask("mpi-task", `/bin/sh -c 'sh $${PACKAGE_VARIABLE}/report.sh primary'`);
    task.multiInstanceSettings = new MultiInstanceSettings(
      `/bin/sh -c 'sh $${PACKAGE_VARIABLE}/report.sh coordination; echo hosts $AZ_BATCH_HOST_LIST'`,
      NODE_COUNT,
    );
    await batchClient.jobOperations.addTask(JOB_ID, task);
    console.log(`Multi-instance task [${task.id}] added with ${NODE_COUNT} instances.`);

    await batchClient.utilities.createTaskStateMonitor().whenAll([task], TaskState.Completed, TIMEOUT_MS);
    const done = await batchClient.jobOperations.getTask(JOB_ID, task.id!);
    const stdout = await (await done.getNodeFile(Constants.standardOutFileName)).readAsString();
    console.log(`Task [${done.id}] exited with ${done.executionInformation?.exitCode}; its output:`);
    for (const line of stdout.trim().split("\n")) console.log(`  ${line}`);

    const subtasks = await done.listSubtasks().toList();
    console.log(`${subtasks.length} subtasks:`);
    for (const subtask of subtasks) {
      console.log(
        `  subtask ${subtask.id} on ${subtask.computeNodeInformation?.computeNodeId}: ` +
          `${subtask.state}, exit code ${subtask.exitCode}`,
      );
    }
  } finally {
    await batchClient.jobOperations.deleteJob(JOB_ID);
    console.log(`Job [${JOB_ID}] deleted.`);
  }
}

const packageDir = packageDirectory();
await runExample({
  description:
    "A multi-instance task on a pool with an application package and an admin auto-user start task.",
  localService: {
    applications: [
      {
        id: APPLICATION_ID,
        versions: [{ version: APPLICATION_VERSION, path: packageDir }],
        defaultVersion: APPLICATION_VERSION,
      },
    ],
  },
  main,
});
rmSync(packageDir, { recursive: true, force: true });
