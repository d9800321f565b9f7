/**
 * A job that brings its own pool: `PoolInformation.autoPoolSpecification` with the job's lifetime and
 * `keepAlive: false`, so the service creates the pool with the job and deletes it when the job ends.
 * The client's default retry policy is swapped for a linear one (a `RetryPolicyProvider` in
 * `customBehaviors`), wrapped to count its retries; on the local service one request in five is
 * refused with 503 to show it at work.
 *
 *     npx tsx examples/ports/auto-pool-job.ts
 * @module
 */
import {
  AutoPoolSpecification,
  CloudTask,
  Constants,
  JobState,
  LinearRetry,
  ODATADetailLevel,
  PoolInformation,
  PoolLifetimeOption,
  PoolSpecification,
  RetryPolicyProvider,
  TaskState,
  type IRetryPolicy,
  type OperationContext,
  type RetryDecision,
} from "../../src/index.js";
import { UBUNTU_22_04, VM_SIZE } from "../support/pool-defaults.js";
import { waitForPoolGone } from "../support/pools.js";
import { runExample, type ExampleContext } from "../support/run.js";
import { waitUntil } from "../support/wait.js";

const JOB_ID = "ports-auto-pool-job";
const TASK_COUNT = 4;
const TIMEOUT_MS = 5 * 60_000;

/** Delegates to another policy and counts the retries it grants. */
class CountingRetryPolicy implements IRetryPolicy {
  retries = 0;

  constructor(private readonly inner: IRetryPolicy) {}

  async shouldRetry(exception: Error, operationContext: OperationContext): Promise<RetryDecision> {
    const decision = await this.inner.shouldRetry(exception, operationContext);
    if (decision.shouldRetry) this.retries++;
    return decision;
  }
}

async function main({ batchClient }: ExampleContext): Promise<void> {
  // Replace the default exponential policy: 250 ms between attempts, at most 5 retries per request.
  const retryPolicy = new CountingRetryPolicy(new LinearRetry(250, 5));
  batchClient.customBehaviors = batchClient.customBehaviors.filter(
    (behavior) => !(behavior instanceof RetryPolicyProvider),
  );
  batchClient.customBehaviors.push(new RetryPolicyProvider(retryPolicy));

  console.log(`Creating job [${JOB_ID}] with an auto pool...`);
  const job = batchClient.jobOperations.createJob();
  job.id = JOB_ID;
  job.poolInformation = new PoolInformation({
    autoPoolSpecification: new AutoPoolSpecification({
      autoPoolIdPrefix: "ports",
      poolLifetimeOption: PoolLifetimeOption.Job,
      keepAlive: false,
      poolSpecification: new PoolSpecification({
        virtualMachineSize: VM_SIZE,
        virtualMachineConfiguration: UBUNTU_22_04,
        targetDedicatedComputeNodes: 2,
      }),
    }),
  });
  await job.commit();

  const tasks = Array.from(
    { length: TASK_COUNT },
    (_, index) =>
      new CloudTask(`task-${index + 1}`, `/bin/sh -c 'echo task ${index + 1} on $AZ_BATCH_NODE_ID'`),
  );
  await batchClient.jobOperations.addTask(JOB_ID, tasks);

  const boundJob = await batchClient.jobOperations.getJob(JOB_ID);
  const poolId = boundJob.executionInformation?.poolId;
  if (!poolId) throw new Error(`Job [${JOB_ID}] reports no pool`);
  console.log(`The service created pool [${poolId}] for the job.`);

  console.log(`Waiting for ${TASK_COUNT} tasks to complete...`);
  await batchClient.utilities
    .createTaskStateMonitor()
    .whenAll(boundJob.listTasks(), TaskState.Completed, TIMEOUT_MS);
  for await (const task of boundJob.listTasks()) {
    const stdout = await (await task.getNodeFile(Constants.standardOutFileName)).readAsString();
    console.log(`  ${task.id} exited with ${task.executionInformation?.exitCode}: ${stdout.trim()}`);
  }

  // The pool's lifetime is the job's: its nodes, and the task files on them, go when the job ends.
  await batchClient.jobOperations.terminateJob(JOB_ID);
  await waitUntil(`job '${JOB_ID}' to complete`, async () => {
    await boundJob.refresh(new ODATADetailLevel({ selectClause: "id,state" }));
    return boundJob.state === JobState.Completed ? true : undefined;
  });
  console.log(`Job [${JOB_ID}] completed.`);
  await waitForPoolGone(batchClient, poolId);
  console.log(`Auto pool [${poolId}] is gone.`);

  await batchClient.jobOperations.deleteJob(JOB_ID);
  console.log(`Job [${JOB_ID}] deleted.`);
  console.log(`The retry policy retried ${retryPolicy.retries} requests.`);
}

await runExample({
  description:
    "A job with an auto pool (deleted with the job) and a linear retry policy in the client's customBehaviors.",
  localService: { faults: { failRequestFraction: 0.2, failStatuses: [503] } },
  main,
});
