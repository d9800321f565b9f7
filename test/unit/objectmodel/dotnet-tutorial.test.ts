/**
 * The Batch calls of the DotNetTutorial sample, transliterated line by line, against a fake Batch
 * service served by msw. The fake keeps state: the pool already exists (so the PoolExists path runs),
 * added tasks run for one monitor poll and then complete, one of them with a failure.
 */
import { describe, expect, it } from "vitest";
import { TASK_IS_READ_ONLY, TASK_PARENT_JOB_ID } from "../../../src/objectmodel/task-hooks.js";
import { http, HttpResponse } from "msw";
import {
  BatchClient,
  BatchErrorCodeStrings,
  BatchException,
  BatchSharedKeyCredentials,
  CloudTask,
  ImageReference,
  ODATADetailLevel,
  PoolInformation,
  ResourceFile,
  StartTask,
  TaskExecutionResult,
  TaskState,
  TimeoutException,
  VirtualMachineConfiguration,
} from "../../../src/index.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";

const server = useMswServer();

const PoolId = "DotNetTutorialPool";
const JobId = "DotNetTutorialJob";
const BatchAccountKey = Buffer.from("dotnet-tutorial-key-0123456789ab").toString("base64");

/** The request bodies the fake service reads. */
interface Posted {
  id?: string;
  value?: { id: string; commandLine: string }[];
  terminateReason?: string;
}

/** The service's side: pools, jobs and tasks in memory, plus every request seen. */
function fakeBatchService() {
  const requests: string[] = [];
  const jobs = new Map<string, Record<string, unknown>>();
  const tasks = new Map<string, Record<string, unknown>>();
  let countsPolls = 0;
  const error = (status: number, code: string) =>
    HttpResponse.json({ code, message: { lang: "en-US", value: code } }, { status });
  const taskJson = (task: Record<string, unknown>, select?: string | null) =>
    select ? Object.fromEntries(select.split(",").map((k) => [k.trim(), task[k.trim()]])) : task;

  server.use(
    http.all(`${TEST_BATCH_URL}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const path = decodeURIComponent(url.pathname);
      const query = url.searchParams;
      requests.push(
        `${request.method} ${path}${query.has("$select") ? ` $select=${query.get("$select")}` : ""}`,
      );
      const body = (request.method === "POST" ? await request.json().catch(() => ({})) : {}) as Posted;
      if (request.method === "POST" && path === "/pools") return error(409, "PoolExists");
      if (request.method === "POST" && path === "/jobs") {
        jobs.set(body.id as string, { ...body, state: "active" });
        return new HttpResponse(null, { status: 201 });
      }
      if (request.method === "POST" && path === `/jobs/${JobId}/addtaskcollection`) {
        const value = body.value ?? [];
        for (const task of value) tasks.set(task.id, { ...task, state: "running" });
        return HttpResponse.json({ value: value.map((t) => ({ status: "success", taskId: t.id })) });
      }
      if (request.method === "GET" && path === `/jobs/${JobId}/taskcounts`) {
        countsPolls += 1;
        if (countsPolls > 1) {
          let n = 0;
          for (const task of tasks.values()) {
            const failed = n++ === 1;
            Object.assign(task, {
              state: "completed",
              executionInfo: {
                startTime: "2024-05-01T10:00:00Z",
                endTime: "2024-05-01T10:01:00Z",
                exitCode: failed ? 1 : 0,
                result: failed ? "failure" : "success",
                retryCount: 0,
                requeueCount: 0,
              },
            });
          }
        }
        const all = [...tasks.values()];
        const count = (state: string) => all.filter((t) => t.state === state).length;
        const counts = {
          active: count("active"),
          running: count("running"),
          completed: count("completed"),
          succeeded: all.filter((t) => (t.executionInfo as { result?: string })?.result === "success").length,
          failed: all.filter((t) => (t.executionInfo as { result?: string })?.result === "failure").length,
        };
        return HttpResponse.json({ taskCounts: counts, taskSlotCounts: counts });
      }
      if (request.method === "GET" && path === `/jobs/${JobId}/tasks`) {
        const filter = query.get("$filter") ?? "";
        let list = [...tasks.values()];
        if (filter.includes("state ne 'completed'")) list = list.filter((t) => t.state !== "completed");
        if (filter.includes("executionInfo/result eq 'failure'")) {
          list = list.filter((t) => (t.executionInfo as { result?: string })?.result === "failure");
        }
        return HttpResponse.json({ value: list.map((t) => taskJson(t, query.get("$select"))) });
      }
      const taskMatch = /^\/jobs\/[^/]+\/tasks\/([^/]+)$/.exec(path);
      if (request.method === "GET" && taskMatch) {
        const task = tasks.get(taskMatch[1]);
        return task ? HttpResponse.json(taskJson(task, query.get("$select"))) : error(404, "TaskNotFound");
      }
      if (request.method === "POST" && path === `/jobs/${JobId}/terminate`) {
        Object.assign(jobs.get(JobId) ?? {}, {
          state: "completed",
          terminateReason: body.terminateReason,
        });
        return new HttpResponse(null, { status: 202 });
      }
      if (request.method === "DELETE" && (path === `/jobs/${JobId}` || path === `/pools/${PoolId}`)) {
        return new HttpResponse(null, { status: 202 });
      }
      return error(404, "ResourceNotFound");
    }),
  );
  return { requests, jobs, tasks };
}

// ---- The tutorial's helpers, as a TypeScript program would write them. ----------------------------

async function createPoolIfNotExist(batchClient: BatchClient, poolId: string, resourceFiles: ResourceFile[]) {
  try {
    const pool = batchClient.poolOperations.createPool({
      poolId,
      targetDedicatedComputeNodes: 3,
      virtualMachineSize: "STANDARD_D1_V2",
      virtualMachineConfiguration: new VirtualMachineConfiguration(
        new ImageReference({
          publisher: "MicrosoftWindowsServer",
          offer: "WindowsServer",
          sku: "2016-datacenter-smalldisk",
          version: "latest",
        }),
        "batch.node.windows amd64",
      ),
    });
    pool.startTask = new StartTask({
      commandLine: 'cmd /c "copy %AZ_BATCH_TASK_WORKING_DIR%\\* %AZ_BATCH_NODE_SHARED_DIR%"',
      resourceFiles,
      waitForSuccess: true,
    });
    await pool.commit();
    return "created";
  } catch (error) {
    if (
      error instanceof BatchException &&
      error.requestInformation.batchError?.code === BatchErrorCodeStrings.PoolExists
    ) {
      return "existed";
    }
    throw error;
  }
}

async function createJob(batchClient: BatchClient, jobId: string, poolId: string) {
  const job = batchClient.jobOperations.createJob();
  job.id = jobId;
  job.poolInformation = new PoolInformation({ poolId });
  await job.commit();
}

async function addTasks(
  batchClient: BatchClient,
  jobId: string,
  inputFiles: ResourceFile[],
  outputContainerSasUrl: string,
) {
  const tasks: CloudTask[] = [];
  for (const [index, inputFile] of inputFiles.entries()) {
    const taskId = `topNtask${index}`;
    const taskCommandLine = `cmd /c %AZ_BATCH_NODE_SHARED_DIR%\\TaskApplication.exe ${inputFile.filePath} 3 "${outputContainerSasUrl}"`;
    const task = new CloudTask(taskId, taskCommandLine);
    task.resourceFiles = [inputFile];
    tasks.push(task);
  }
  await batchClient.jobOperations.addTask(jobId, tasks);
  return tasks;
}

async function monitorTasks(batchClient: BatchClient, jobId: string, timeoutMs: number) {
  let allTasksSuccessful = true;
  const failed: string[] = [];
  const detail = new ODATADetailLevel({ selectClause: "id" });
  const addedTasks = await batchClient.jobOperations.listTasks(jobId, detail).toList();
  const taskStateMonitor = batchClient.utilities.createTaskStateMonitor();
  try {
    await taskStateMonitor.whenAll(addedTasks, TaskState.Completed, timeoutMs);
  } catch (error) {
    if (!(error instanceof TimeoutException)) throw error;
    await batchClient.jobOperations.terminateJob(
      jobId,
      "One or more tasks failed to reach the Completed state within the timeout period.",
    );
    return { allTasksSuccessful: false, failed, addedTasks };
  }
  await batchClient.jobOperations.terminateJob(jobId, "All tasks reached state Completed.");

  detail.selectClause = "id,executionInfo";
  detail.filterClause = "executionInfo/result eq 'failure'";
  const failedTasks = await batchClient.jobOperations.listTasks(jobId, detail).toList();
  if (failedTasks.length > 0) allTasksSuccessful = false;

  detail.filterClause = undefined;
  for (const task of addedTasks) {
    await task.refresh(detail);
    if (task.executionInformation?.result === TaskExecutionResult.Failure) failed.push(task.id);
  }
  return { allTasksSuccessful, failed, addedTasks, failedTasks };
}

describe("DotNetTutorial, transliterated", () => {
  it("runs the sample's Batch calls end to end", async () => {
    const service = fakeBatchService();
    const cred = new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", BatchAccountKey);
    const batchClient = BatchClient.open(cred);
    try {
      const applicationFiles = [
        ResourceFile.fromUrl(
          "https://store.example/application/TaskApplication.exe?sv=x&sig=y",
          "TaskApplication.exe",
        ),
      ];
      const inputFiles = ["taskdata1.txt", "taskdata2.txt", "taskdata3.txt"].map((name) =>
        ResourceFile.fromUrl(`https://store.example/input/${name}?sv=x&sig=y`, name),
      );

      expect(await createPoolIfNotExist(batchClient, PoolId, applicationFiles)).toBe("existed");
      await createJob(batchClient, JobId, PoolId);
      const tasks = await addTasks(batchClient, JobId, inputFiles, "https://store.example/output?sv=x&sig=y");
      expect(tasks.every((t) => t[TASK_IS_READ_ONLY] && t[TASK_PARENT_JOB_ID] === JobId)).toBe(true);

      const result = await monitorTasks(batchClient, JobId, 30 * 60_000);
      expect(result.allTasksSuccessful).toBe(false);
      expect(result.failed).toEqual(["topNtask1"]);
      expect(result.failedTasks?.map((t) => t.id)).toEqual(["topNtask1"]);
      expect(result.addedTasks[0].executionInformation?.exitCode).toBe(0);
      // refresh() replaced the state with what the select clause returned: no state this time.
      expect(result.addedTasks[0].state).toBeUndefined();

      await batchClient.jobOperations.deleteJob(JobId);
      await batchClient.poolOperations.deletePool(PoolId);
    } finally {
      batchClient.close();
    }

    expect(service.jobs.get(JobId)).toMatchObject({
      poolInfo: { poolId: PoolId },
      terminateReason: "All tasks reached state Completed.",
    });
    expect(service.tasks.get("topNtask0")).toMatchObject({
      commandLine: expect.stringContaining("taskdata1.txt 3"),
      resourceFiles: [{ httpUrl: expect.stringContaining("taskdata1.txt"), filePath: "taskdata1.txt" }],
    });
    expect(service.requests[0]).toBe("POST /pools");
    expect(service.requests).toContain(`GET /jobs/${JobId}/tasks $select=id`);
    expect(service.requests).toContain(`GET /jobs/${JobId}/tasks/topNtask2 $select=id,executionInfo`);
    expect(service.requests.slice(-2)).toEqual([`DELETE /jobs/${JobId}`, `DELETE /pools/${PoolId}`]);
  });
});
