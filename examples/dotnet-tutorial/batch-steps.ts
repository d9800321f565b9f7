/**
 * The tutorial's Batch steps, each printing the tutorial's console lines: the pool with its start task,
 * the job, one task per input file, and watching the tasks until they complete. The `#region` markers let
 * the guides quote these functions (see `examples/support/doc-snippets.ts`).
 * @module
 */
import {
  BatchErrorCodeStrings,
  BatchException,
  CloudTask,
  ODATADetailLevel,
  PoolInformation,
  StartTask,
  TaskState,
  TimeoutException,
  VirtualMachineConfiguration,
  type BatchClient,
  type ResourceFile,
  type TaskStateMonitor,
} from "../../src/index.js";
import { formatTimeSpan } from "../support/format.js";
import { UBUNTU_22_04, VM_SIZE } from "../support/pool-defaults.js";
import { TASK_APPLICATION_FILE } from "./bundle.js";

// #region create-pool
/** Creates the three-node pool whose start task copies the application into the node's shared directory. */
export async function createPoolIfNotExist(
  batchClient: BatchClient,
  poolId: string,
  resourceFiles: readonly ResourceFile[],
): Promise<void> {
  console.log(`Creating pool [${poolId}]...`);
  const pool = batchClient.poolOperations.createPool({
    poolId,
    virtualMachineSize: VM_SIZE,
    // A Linux image; the tasks need Node.js on the nodes' PATH.
    virtualMachineConfiguration: new VirtualMachineConfiguration(UBUNTU_22_04),
    targetDedicatedComputeNodes: 3,
  });
  // The start task runs on every node as it joins the pool (and after a reboot or reimage); tasks find the
  // application in the shared directory whichever node they land on.
  pool.startTask = new StartTask({
    commandLine: "/bin/sh -c 'cp -r $AZ_BATCH_TASK_WORKING_DIR/* $AZ_BATCH_NODE_SHARED_DIR'",
    resourceFiles: [...resourceFiles],
    waitForSuccess: true,
  });
  try {
    await pool.commit();
  } catch (error) {
    if (!(
      error instanceof BatchException &&
      error.requestInformation.batchError?.code === BatchErrorCodeStrings.PoolExists
    )) {
      throw error;
    }
    console.log(`The pool ${poolId} already existed when we tried to create it`);
  }
}
// #endregion

// #region create-job
/** Creates the job on the pool. */
export async function createJob(batchClient: BatchClient, jobId: string, poolId: string): Promise<void> {
  console.log(`Creating job [${jobId}]...`);
  const job = batchClient.jobOperations.createJob();
  job.id = jobId;
  job.poolInformation = new PoolInformation({ poolId });
  await job.commit();
}
// #endregion

// #region add-tasks
/** Adds one task per input file, `topNtask0`, `topNtask1`…, in a single call. */
export async function addTasks(
  batchClient: BatchClient,
  jobId: string,
  inputFiles: readonly ResourceFile[],
  outputContainerSasUrl: string,
): Promise<CloudTask[]> {
  console.log(`Adding ${inputFiles.length} tasks to job [${jobId}]...`);
  const tasks = inputFiles.map((inputFile, index) => {
    const commandLine =
      `/bin/sh -c 'node $AZ_BATCH_NODE_SHARED_DIR/${TASK_APPLICATION_FILE} ` +
      `${inputFile.filePath} 3 "${outputContainerSasUrl}"'`;
    const task = new CloudTask(`topNtask${index}`, commandLine);
    task.resourceFiles = [inputFile];
    return task;
  });
  await batchClient.jobOperations.addTask(jobId, tasks);
  return tasks;
}
// #endregion

/** What {@link monitorTasks} needs besides the client. */
export interface MonitorOptions {
  /** How long to wait for every task to complete, in milliseconds. */
  readonly timeoutMs: number;
  /**
   * Called with the monitor before waiting starts, e.g. to attach a progress bar; the function it
   * returns is called when the wait ends.
   */
  readonly onMonitor?: (monitor: TaskStateMonitor, taskCount: number) => () => void;
}

const SUCCESS_MESSAGE = "All tasks reached state Completed.";
const FAILURE_MESSAGE = "One or more tasks failed to reach the Completed state within the timeout period.";

// #region monitor-tasks
/**
 * Waits until every task of the job completed, terminates the job, then checks each task's execution
 * information. Resolves to `true` when all tasks completed in time and succeeded.
 */
export async function monitorTasks(
  batchClient: BatchClient,
  jobId: string,
  options: MonitorOptions,
): Promise<boolean> {
  // Listing only the ids keeps the response small: nothing else is needed to watch the tasks.
  const detail = new ODATADetailLevel({ selectClause: "id" });
  const tasks = await batchClient.jobOperations.listTasks(jobId, detail).toList();

  console.log(`Awaiting task completion, timeout in ${formatTimeSpan(options.timeoutMs)}...`);
  const monitor = batchClient.utilities.createTaskStateMonitor();
  const detach = options.onMonitor?.(monitor, tasks.length);
  let completedInTime = true;
  try {
    await monitor.whenAll(tasks, TaskState.Completed, options.timeoutMs);
  } catch (error) {
    if (!(error instanceof TimeoutException)) throw error;
    completedInTime = false;
  } finally {
    detach?.();
  }
  if (!completedInTime) {
    await batchClient.jobOperations.terminateJob(jobId, FAILURE_MESSAGE);
    console.log(FAILURE_MESSAGE);
    return false;
  }
  await batchClient.jobOperations.terminateJob(jobId, SUCCESS_MESSAGE);

  // Completed does not mean succeeded: a task may have failed to start, or its process may have failed.
  detail.selectClause = "id,executionInfo";
  let allTasksSuccessful = true;
  for (const task of tasks) {
    await task.refresh(detail);
    const info = task.executionInformation;
    if (info?.failureInformation) {
      allTasksSuccessful = false;
      console.log(`WARNING: Task [${task.id}] encountered a failure: ${info.failureInformation.message}`);
    } else if (info?.exitCode !== 0) {
      allTasksSuccessful = false;
      console.log(
        `WARNING: Task [${task.id}] returned a non-zero exit code - this may indicate task execution or completion failure.`,
      );
    }
  }
  if (allTasksSuccessful)
    console.log("Success! All tasks completed successfully within the specified timeout period.");
  return allTasksSuccessful;
}
// #endregion
