/**
 * A job schedule: every minute it creates a job whose job manager task runs once; the example waits for
 * the first job to finish, prints its manager's output, disables and re-enables the schedule, then
 * terminates and deletes it.
 *
 *     npx tsx examples/job-schedule.ts
 * @module
 */
import {
  JobManagerTask,
  JobSpecification,
  JobState,
  ODATADetailLevel,
  PoolInformation,
  Schedule,
  type BatchClient,
} from "../src/index.js";
import { createPoolAndWait, deletePoolAndWait } from "./support/pools.js";
import { runExample, type ExampleContext } from "./support/run.js";
import { waitUntil } from "./support/wait.js";

const POOL_ID = "job-schedule-pool";
const SCHEDULE_ID = "nightly-report";
const MANAGER_TASK_ID = "report";
const RECURRENCE_MS = 60_000;

async function createJobSchedule(batchClient: BatchClient): Promise<void> {
  console.log(`Creating job schedule [${SCHEDULE_ID}], a job every ${RECURRENCE_MS / 1000} s...`);
  const jobSchedule = batchClient.jobScheduleOperations.createJobSchedule();
  jobSchedule.id = SCHEDULE_ID;
  jobSchedule.schedule = new Schedule({ recurrenceInterval: RECURRENCE_MS });
  // Each job runs just its manager task; the job completes when the manager does.
  jobSchedule.jobSpecification = new JobSpecification(new PoolInformation({ poolId: POOL_ID }), {
    jobManagerTask: new JobManagerTask({
      id: MANAGER_TASK_ID,
      commandLine: "/bin/sh -c 'echo report of $AZ_BATCH_JOB_ID'",
      killJobOnCompletion: true,
    }),
  });
  await jobSchedule.commit();
}

/** Waits until the schedule has created a job and that job completed; returns the job's id. */
async function waitForFirstJob(batchClient: BatchClient): Promise<string> {
  const jobId = await waitUntil(`a job of schedule '${SCHEDULE_ID}'`, async () => {
    const jobSchedule = await batchClient.jobScheduleOperations.getJobSchedule(
      SCHEDULE_ID,
      new ODATADetailLevel({ selectClause: "id,executionInfo" }),
    );
    return jobSchedule.executionInformation?.recentJob?.id;
  });
  console.log(`The schedule created job [${jobId}]; waiting for it to complete...`);
  await waitUntil(`job '${jobId}' to complete`, async () => {
    const job = await batchClient.jobOperations.getJob(
      jobId,
      new ODATADetailLevel({ selectClause: "id,state" }),
    );
    return job.state === JobState.Completed ? true : undefined;
  });
  return jobId;
}

async function main({ batchClient }: ExampleContext): Promise<void> {
  const schedules = batchClient.jobScheduleOperations;
  try {
    await createPoolAndWait(batchClient, POOL_ID, 1);
    await createJobSchedule(batchClient);

    const jobId = await waitForFirstJob(batchClient);
    const manager = await batchClient.jobOperations.getTask(jobId, MANAGER_TASK_ID);
    const output = await (await manager.getNodeFile("stdout.txt")).readAsString();
    console.log(`Job [${jobId}] completed; its manager task printed: ${output.trim()}`);

    console.log("Jobs of the schedule so far:");
    for await (const job of schedules.listJobs(
      SCHEDULE_ID,
      new ODATADetailLevel({ selectClause: "id,state" }),
    )) {
      console.log(`  ${job.id}: ${job.state}`);
    }

    await schedules.disableJobSchedule(SCHEDULE_ID);
    console.log(`Job schedule [${SCHEDULE_ID}] disabled.`);
    await schedules.enableJobSchedule(SCHEDULE_ID);
    console.log(`Job schedule [${SCHEDULE_ID}] enabled.`);

    await schedules.terminateJobSchedule(SCHEDULE_ID);
    console.log(`Job schedule [${SCHEDULE_ID}] terminated.`);
    await schedules.deleteJobSchedule(SCHEDULE_ID);
    console.log(`Job schedule [${SCHEDULE_ID}] deleted, with its jobs.`);
  } finally {
    await deletePoolAndWait(batchClient, POOL_ID);
  }
}

await runExample({
  description:
    "Creates a job schedule that runs a job manager task every minute, waits for its first job, then disables,\n" +
    "enables, terminates and deletes the schedule.",
  main,
});
