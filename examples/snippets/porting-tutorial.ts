import {
  BatchClient,
  BatchErrorCodeStrings,
  BatchException,
  BatchSharedKeyCredentials,
  CloudTask,
  ODATADetailLevel,
  PoolInformation,
  StartTask,
  TaskExecutionResult,
  TaskState,
  VirtualMachineConfiguration,
  type ImageReference,
  type ResourceFile,
} from "../../src/index.js";

declare const batchAccountUrl: string;
declare const batchAccountName: string;
declare const batchAccountKey: string;
declare const poolId: string;
declare const jobId: string;
declare const imageReference: ImageReference;
declare const startCmd: string;
declare const resourceFiles: ResourceFile[];
declare const inputFiles: ResourceFile[];
declare function cmd(inputFile: ResourceFile): string;

// #region pool
const cred = new BatchSharedKeyCredentials(batchAccountUrl, batchAccountName, batchAccountKey);
const batchClient = BatchClient.open(cred);
try {
  const pool = batchClient.poolOperations.createPool({
    poolId,
    targetDedicatedComputeNodes: 3,
    virtualMachineSize: "STANDARD_D1_V2",
    virtualMachineConfiguration: new VirtualMachineConfiguration(imageReference, "batch.node.windows amd64"),
  });
  pool.startTask = new StartTask({ commandLine: startCmd, resourceFiles, waitForSuccess: true });
  try {
    await pool.commit();
  } catch (e) {
    const code = e instanceof BatchException ? e.requestInformation.batchError?.code : undefined;
    if (code !== BatchErrorCodeStrings.PoolExists) throw e;
  }
  // #endregion

  // #region job
  const job = batchClient.jobOperations.createJob();
  job.id = jobId;
  job.poolInformation = new PoolInformation({ poolId });
  await job.commit();

  const tasks = inputFiles.map((f, i) => {
    const task = new CloudTask(`topNtask${i}`, cmd(f));
    task.resourceFiles = [f];
    return task;
  });
  await batchClient.jobOperations.addTask(jobId, tasks);

  const detail = new ODATADetailLevel({ selectClause: "id" });
  const addedTasks = await batchClient.jobOperations.listTasks(jobId, detail).toList();
  const monitor = batchClient.utilities.createTaskStateMonitor();
  await monitor.whenAll(addedTasks, TaskState.Completed, 30 * 60_000);
  await batchClient.jobOperations.terminateJob(jobId, "All tasks reached state Completed.");

  detail.selectClause = "id,executionInfo";
  for (const task of addedTasks) {
    await task.refresh(detail);
    if (task.executionInformation?.result === TaskExecutionResult.Failure) {
      /* … */
    }
  }
  await batchClient.jobOperations.deleteJob(jobId);
  await batchClient.poolOperations.deletePool(poolId);
} finally {
  batchClient.close();
}
// #endregion
