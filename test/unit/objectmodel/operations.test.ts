import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { TASK_PARENT_JOB_ID } from "../../../src/objectmodel/task-hooks.js";
import type { BatchClient } from "../../../src/objectmodel/batch-client.js";
import { CloudJob } from "../../../src/objectmodel/cloud-job.js";
import { CloudJobSchedule } from "../../../src/objectmodel/cloud-job-schedule.js";
import { CloudPool } from "../../../src/objectmodel/cloud-pool.js";
import { CloudTask } from "../../../src/objectmodel/cloud-task.js";
import { Certificate } from "../../../src/objectmodel/certificate.js";
import { ComputeNode } from "../../../src/objectmodel/compute-node.js";
import { ODATADetailLevel } from "../../../src/objectmodel/detail-level.js";
import { InvalidOperationException } from "../../../src/objectmodel/errors.js";
import {
  ApplicationSummary,
  AutoScaleRun,
  ImageInformation,
  JobPreparationAndReleaseTaskExecutionInformation,
  NodeVMExtension,
  PoolNodeCounts,
  PoolUsageMetrics,
  RemoteLoginSettings,
  SubtaskInformation,
  TaskCountsResult,
  UploadBatchServiceLogsResult,
} from "../../../src/objectmodel/generated/values.generated.js";
import { NodeFile } from "../../../src/objectmodel/node-file.js";
import { PagedEnumerable } from "../../../src/objectmodel/paged-enumerable.js";
import { useMswServer } from "../../support/msw.js";
import { jobWire, openClient, poolWire, serve, taskWire, type Recorded, type Reply } from "./om-support.js";

const server = useMswServer();

const nodeWire = { id: "node1", state: "idle", vmSize: "standard_d2s_v3", isDedicated: true };
const fileHeaders = {
  "ocp-batch-file-isdirectory": "False",
  "ocp-batch-file-url": encodeURIComponent("https://acct/jobs/job1/tasks/t1/files/stdout.txt"),
  "ocp-batch-file-mode": "0o100644",
  "ocp-creation-time": "Wed, 01 May 2024 09:00:00 GMT",
  "last-modified": "Wed, 01 May 2024 09:05:00 GMT",
  "content-length": "11",
  "content-type": "text/plain",
};
const list = (...value: unknown[]) => ({ body: { value } as never });
const sink = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });

interface Case {
  /** The operation, as `Class.method`. */
  name: string;
  method: string;
  path: RegExp;
  reply?: Reply;
  call: (client: BatchClient) => Promise<unknown>;
  /** What the request carried besides method and path. */
  sent?: Partial<Pick<Recorded, "query" | "body">>;
  /** Checks the returned object. */
  returns?: (result: unknown) => void;
}

const collect = async (items: PagedEnumerable<unknown>) => items.toList();

const cases: Case[] = [
  // PoolOperations
  {
    name: "PoolOperations.getPool",
    method: "GET",
    path: /^\/pools\/pool1$/,
    reply: { body: poolWire },
    call: (c) => c.poolOperations.getPool("pool1", new ODATADetailLevel({ selectClause: "id,state" })),
    sent: { query: { $select: "id,state" } },
    returns: (p) => expect(p).toBeInstanceOf(CloudPool),
  },
  {
    name: "PoolOperations.listPools",
    method: "GET",
    path: /^\/pools$/,
    reply: list(poolWire),
    call: (c) =>
      collect(c.poolOperations.listPools(new ODATADetailLevel({ filterClause: "state eq 'active'" }))),
    sent: { query: { $filter: "state eq 'active'" } },
    returns: (r) => expect((r as CloudPool[])[0].virtualMachineSize).toBe("standard_d2s_v3"),
  },
  {
    name: "PoolOperations.deletePool",
    method: "DELETE",
    path: /^\/pools\/pool1$/,
    reply: { status: 202 },
    call: (c) => c.poolOperations.deletePool("pool1"),
  },
  {
    name: "PoolOperations.resizePool",
    method: "POST",
    path: /^\/pools\/pool1\/resize$/,
    reply: { status: 202 },
    call: (c) =>
      c.poolOperations.resizePool("pool1", {
        targetDedicatedComputeNodes: 4,
        targetLowPriorityComputeNodes: 1,
        resizeTimeout: 600_000,
        deallocationOption: "taskcompletion",
      }),
    sent: {
      body: {
        targetDedicatedNodes: 4,
        targetLowPriorityNodes: 1,
        resizeTimeout: "PT10M",
        nodeDeallocationOption: "taskcompletion",
      },
    },
  },
  {
    name: "PoolOperations.stopResizePool",
    method: "POST",
    path: /^\/pools\/pool1\/stopresize$/,
    reply: { status: 202 },
    call: (c) => c.poolOperations.stopResizePool("pool1"),
  },
  {
    name: "PoolOperations.enableAutoScale",
    method: "POST",
    path: /^\/pools\/pool1\/enableautoscale$/,
    reply: { status: 200 },
    call: (c) =>
      c.poolOperations.enableAutoScale("pool1", {
        autoscaleFormula: "$TargetDedicatedNodes=1",
        autoscaleEvaluationInterval: 300_000,
      }),
    sent: { body: { autoScaleFormula: "$TargetDedicatedNodes=1", autoScaleEvaluationInterval: "PT5M" } },
  },
  {
    name: "PoolOperations.disableAutoScale",
    method: "POST",
    path: /^\/pools\/pool1\/disableautoscale$/,
    reply: { status: 200 },
    call: (c) => c.poolOperations.disableAutoScale("pool1"),
  },
  {
    name: "PoolOperations.evaluateAutoScale",
    method: "POST",
    path: /^\/pools\/pool1\/evaluateautoscale$/,
    reply: { status: 200, body: { timestamp: "2024-05-01T10:00:00Z", results: "$TargetDedicatedNodes=1" } },
    call: (c) => c.poolOperations.evaluateAutoScale("pool1", "$TargetDedicatedNodes=1"),
    sent: { body: { autoScaleFormula: "$TargetDedicatedNodes=1" } },
    returns: (r) => {
      expect(r).toBeInstanceOf(AutoScaleRun);
      expect((r as AutoScaleRun).timestamp).toEqual(new Date("2024-05-01T10:00:00Z"));
    },
  },
  {
    name: "PoolOperations.listComputeNodes",
    method: "GET",
    path: /^\/pools\/pool1\/nodes$/,
    reply: list(nodeWire),
    call: (c) => collect(c.poolOperations.listComputeNodes("pool1")),
    returns: (r) => expect((r as ComputeNode[])[0]).toBeInstanceOf(ComputeNode),
  },
  {
    name: "PoolOperations.getComputeNode",
    method: "GET",
    path: /^\/pools\/pool1\/nodes\/node1$/,
    reply: { body: nodeWire },
    call: (c) => c.poolOperations.getComputeNode("pool1", "node1"),
    returns: (r) => {
      expect((r as ComputeNode).virtualMachineSize).toBe("standard_d2s_v3");
      expect((r as ComputeNode).poolId).toBe("pool1");
    },
  },
  {
    name: "PoolOperations.removeFromPool",
    method: "POST",
    path: /^\/pools\/pool1\/removenodes$/,
    reply: { status: 202 },
    call: (c) =>
      c.poolOperations.removeFromPool("pool1", ["node1", "node2"], { deallocationOption: "requeue" }),
    sent: { body: { nodeList: ["node1", "node2"], nodeDeallocationOption: "requeue" } },
  },
  {
    name: "PoolOperations.reboot",
    method: "POST",
    path: /^\/pools\/pool1\/nodes\/node1\/reboot$/,
    reply: { status: 202 },
    call: (c) => c.poolOperations.reboot("pool1", "node1", "terminate"),
    sent: { body: { nodeRebootOption: "terminate" } },
  },
  {
    name: "PoolOperations.reimage",
    method: "POST",
    path: /^\/pools\/pool1\/nodes\/node1\/reimage$/,
    reply: { status: 202 },
    call: (c) => c.poolOperations.reimage("pool1", "node1", "requeue"),
    sent: { body: { nodeReimageOption: "requeue" } },
  },
  {
    name: "PoolOperations.startComputeNode",
    method: "POST",
    path: /^\/pools\/pool1\/nodes\/node1\/start$/,
    reply: { status: 202 },
    call: (c) => c.poolOperations.startComputeNode("pool1", "node1"),
  },
  {
    name: "PoolOperations.deallocateComputeNode",
    method: "POST",
    path: /^\/pools\/pool1\/nodes\/node1\/deallocate$/,
    reply: { status: 202 },
    call: (c) => c.poolOperations.deallocateComputeNode("pool1", "node1", "retaineddata"),
    sent: { body: { nodeDeallocateOption: "retaineddata" } },
  },
  {
    name: "PoolOperations.disableComputeNodeScheduling",
    method: "POST",
    path: /^\/pools\/pool1\/nodes\/node1\/disablescheduling$/,
    reply: { status: 200 },
    call: (c) => c.poolOperations.disableComputeNodeScheduling("pool1", "node1", "taskcompletion"),
    sent: { body: { nodeDisableSchedulingOption: "taskcompletion" } },
  },
  {
    name: "PoolOperations.enableComputeNodeScheduling",
    method: "POST",
    path: /^\/pools\/pool1\/nodes\/node1\/enablescheduling$/,
    reply: { status: 200 },
    call: (c) => c.poolOperations.enableComputeNodeScheduling("pool1", "node1"),
  },
  {
    name: "PoolOperations.createComputeNodeUser",
    method: "POST",
    path: /^\/pools\/pool1\/nodes\/node1\/users$/,
    reply: { status: 201 },
    call: async (c) => {
      const user = c.poolOperations.createComputeNodeUser("pool1", "node1");
      user.name = "alice";
      user.isAdmin = false;
      user.expiryTime = new Date("2024-06-01T00:00:00Z");
      user.password = "pw";
      await user.commit();
    },
    sent: { body: { name: "alice", isAdmin: false, expiryTime: "2024-06-01T00:00:00.000Z", password: "pw" } },
  },
  {
    name: "PoolOperations.deleteComputeNodeUser",
    method: "DELETE",
    path: /^\/pools\/pool1\/nodes\/node1\/users\/alice$/,
    reply: { status: 200 },
    call: (c) => c.poolOperations.deleteComputeNodeUser("pool1", "node1", "alice"),
  },
  {
    name: "PoolOperations.getRemoteLoginSettings",
    method: "GET",
    path: /^\/pools\/pool1\/nodes\/node1\/remoteloginsettings$/,
    reply: { body: { remoteLoginIPAddress: "10.0.0.4", remoteLoginPort: 50000 } },
    call: (c) => c.poolOperations.getRemoteLoginSettings("pool1", "node1"),
    returns: (r) => {
      expect(r).toBeInstanceOf(RemoteLoginSettings);
      expect((r as RemoteLoginSettings).ipAddress).toBe("10.0.0.4");
      expect((r as RemoteLoginSettings).port).toBe(50000);
    },
  },
  {
    name: "PoolOperations.getNodeFile",
    method: "HEAD",
    path: /^\/pools\/pool1\/nodes\/node1\/files\/startup\/stdout.txt$/,
    reply: { status: 200, headers: fileHeaders },
    call: (c) => c.poolOperations.getNodeFile("pool1", "node1", "startup/stdout.txt"),
    returns: (r) => expect((r as NodeFile).properties?.contentLength).toBe(11),
  },
  {
    name: "PoolOperations.listNodeFiles",
    method: "GET",
    path: /^\/pools\/pool1\/nodes\/node1\/files$/,
    reply: list({ name: "startup", isDirectory: true }),
    call: (c) => collect(c.poolOperations.listNodeFiles("pool1", "node1", { recursive: true })),
    sent: { query: { recursive: "true" } },
    returns: (r) => expect((r as NodeFile[])[0].isDirectory).toBe(true),
  },
  {
    name: "PoolOperations.deleteNodeFile",
    method: "DELETE",
    path: /^\/pools\/pool1\/nodes\/node1\/files\/startup$/,
    reply: { status: 200 },
    call: (c) =>
      c.poolOperations.deleteNodeFile({
        poolId: "pool1",
        computeNodeId: "node1",
        filePath: "startup",
        recursive: true,
      }),
    sent: { query: { recursive: "true" } },
  },
  {
    name: "PoolOperations.copyNodeFileContentToStream",
    method: "GET",
    path: /^\/pools\/pool1\/nodes\/node1\/files\/a.txt$/,
    reply: { body: "hello world", headers: fileHeaders },
    call: (c) =>
      c.poolOperations.copyNodeFileContentToStream({
        poolId: "pool1",
        computeNodeId: "node1",
        filePath: "a.txt",
        stream: sink(),
      }),
  },
  {
    name: "PoolOperations.copyNodeFileContentToString",
    method: "GET",
    path: /^\/pools\/pool1\/nodes\/node1\/files\/a.txt$/,
    reply: { body: "hello world", headers: fileHeaders },
    call: (c) =>
      c.poolOperations.copyNodeFileContentToString({
        poolId: "pool1",
        computeNodeId: "node1",
        filePath: "a.txt",
      }),
    returns: (r) => expect(r).toBe("hello world"),
  },
  {
    name: "PoolOperations.listSupportedImages",
    method: "GET",
    path: /^\/supportedimages$/,
    reply: list({
      nodeAgentSKUId: "batch.node.ubuntu 22.04",
      osType: "linux",
      verificationType: "verified",
      imageReference: { publisher: "canonical" },
    }),
    call: (c) => collect(c.poolOperations.listSupportedImages()),
    returns: (r) => {
      expect((r as ImageInformation[])[0]).toBeInstanceOf(ImageInformation);
      expect((r as ImageInformation[])[0].nodeAgentSkuId).toBe("batch.node.ubuntu 22.04");
    },
  },
  {
    name: "PoolOperations.listPoolNodeCounts",
    method: "GET",
    path: /^\/nodecounts$/,
    reply: list({ poolId: "pool1", dedicated: { idle: 2, total: 2 } }),
    call: (c) => collect(c.poolOperations.listPoolNodeCounts()),
    returns: (r) => expect((r as PoolNodeCounts[])[0].dedicated?.idle).toBe(2),
  },
  {
    name: "PoolOperations.listPoolUsageMetrics",
    method: "GET",
    path: /^\/poolusagemetrics$/,
    reply: list({
      poolId: "pool1",
      startTime: "2024-05-01T00:00:00Z",
      endTime: "2024-05-01T00:30:00Z",
      vmSize: "a1",
      totalCoreHours: 0.5,
    }),
    call: (c) =>
      collect(c.poolOperations.listPoolUsageMetrics({ startTime: new Date("2024-05-01T00:00:00Z") })),
    sent: { query: { starttime: "2024-05-01T00:00:00.000Z" } },
    returns: (r) => expect((r as PoolUsageMetrics[])[0].virtualMachineSize).toBe("a1"),
  },
  {
    name: "PoolOperations.uploadComputeNodeBatchServiceLogs",
    method: "POST",
    path: /^\/pools\/pool1\/nodes\/node1\/uploadbatchservicelogs$/,
    reply: { status: 200, body: { virtualDirectoryName: "logs/x", numberOfFilesUploaded: 3 } },
    call: (c) =>
      c.poolOperations.uploadComputeNodeBatchServiceLogs({
        poolId: "pool1",
        computeNodeId: "node1",
        containerUrl: "https://store/logs",
        startTime: new Date("2024-05-01T00:00:00Z"),
      }),
    sent: { body: { containerUrl: "https://store/logs", startTime: "2024-05-01T00:00:00.000Z" } },
    returns: (r) => expect((r as UploadBatchServiceLogsResult).numberOfFilesUploaded).toBe(3),
  },
  {
    name: "PoolOperations.getComputeNodeExtension",
    method: "GET",
    path: /^\/pools\/pool1\/nodes\/node1\/extensions\/ext1$/,
    reply: {
      body: { provisioningState: "Succeeded", vmExtension: { name: "ext1", publisher: "p", type: "t" } },
    },
    call: (c) => c.poolOperations.getComputeNodeExtension("pool1", "node1", "ext1"),
    returns: (r) => expect((r as NodeVMExtension).vmExtension?.name).toBe("ext1"),
  },
  {
    name: "PoolOperations.listComputeNodeExtensions",
    method: "GET",
    path: /^\/pools\/pool1\/nodes\/node1\/extensions$/,
    reply: list({ provisioningState: "Succeeded" }),
    call: (c) => collect(c.poolOperations.listComputeNodeExtensions("pool1", "node1")),
    returns: (r) => expect((r as NodeVMExtension[])[0].provisioningState).toBe("Succeeded"),
  },
  // JobOperations
  {
    name: "JobOperations.createJob + commit",
    method: "POST",
    path: /^\/jobs$/,
    reply: { status: 201 },
    call: (c) => c.jobOperations.createJob("job1", { poolId: "pool1" }).commit(),
    sent: { body: { id: "job1", poolInfo: { poolId: "pool1" } } },
  },
  {
    name: "JobOperations.getJob",
    method: "GET",
    path: /^\/jobs\/job1$/,
    reply: { body: jobWire },
    call: (c) => c.jobOperations.getJob("job1", new ODATADetailLevel({ expandClause: "stats" })),
    sent: { query: { $expand: "stats" } },
    returns: (r) => expect((r as CloudJob).poolInformation?.poolId).toBe("pool1"),
  },
  {
    name: "JobOperations.listJobs",
    method: "GET",
    path: /^\/jobs$/,
    reply: list(jobWire),
    call: (c) => collect(c.jobOperations.listJobs()),
    returns: (r) => expect((r as CloudJob[])[0]).toBeInstanceOf(CloudJob),
  },
  {
    name: "JobOperations.deleteJob",
    method: "DELETE",
    path: /^\/jobs\/job1$/,
    reply: { status: 202 },
    call: (c) => c.jobOperations.deleteJob("job1"),
  },
  {
    name: "JobOperations.terminateJob",
    method: "POST",
    path: /^\/jobs\/job1\/terminate$/,
    reply: { status: 202 },
    call: (c) => c.jobOperations.terminateJob("job1", "done"),
    sent: { body: { terminateReason: "done" } },
  },
  {
    name: "JobOperations.enableJob",
    method: "POST",
    path: /^\/jobs\/job1\/enable$/,
    reply: { status: 202 },
    call: (c) => c.jobOperations.enableJob("job1"),
  },
  {
    name: "JobOperations.disableJob",
    method: "POST",
    path: /^\/jobs\/job1\/disable$/,
    reply: { status: 202 },
    call: (c) => c.jobOperations.disableJob("job1", "requeue"),
    sent: { body: { disableTasks: "requeue" } },
  },
  {
    name: "JobOperations.getJobTaskCounts",
    method: "GET",
    path: /^\/jobs\/job1\/taskcounts$/,
    reply: {
      body: {
        taskCounts: { active: 1, running: 2, completed: 3, succeeded: 2, failed: 1 },
        taskSlotCounts: { active: 1, running: 2, completed: 3, succeeded: 2, failed: 1 },
      },
    },
    call: (c) => c.jobOperations.getJobTaskCounts("job1"),
    returns: (r) => expect((r as TaskCountsResult).taskCounts?.failed).toBe(1),
  },
  {
    name: "JobOperations.addTask (one task)",
    method: "POST",
    path: /^\/jobs\/job1\/tasks$/,
    reply: { status: 201 },
    call: (c) =>
      c.jobOperations.addTask(
        "job1",
        new CloudTask("t1", "echo 1", { constraints: { maxTaskRetryCount: 2 } }),
      ),
    sent: { body: { id: "t1", commandLine: "echo 1", constraints: { maxTaskRetryCount: 2 } } },
  },
  {
    name: "JobOperations.addTask (many tasks)",
    method: "POST",
    path: /^\/jobs\/job1\/addtaskcollection$/,
    reply: {
      status: 200,
      body: {
        value: [
          { status: "success", taskId: "a" },
          { status: "success", taskId: "b" },
        ],
      },
    },
    call: (c) =>
      c.jobOperations.addTask("job1", [new CloudTask("a", "echo a"), new CloudTask("b", "echo b")]),
    sent: {
      body: {
        value: [
          { id: "a", commandLine: "echo a" },
          { id: "b", commandLine: "echo b" },
        ],
      },
    },
  },
  {
    name: "JobOperations.listTasks",
    method: "GET",
    path: /^\/jobs\/job1\/tasks$/,
    reply: list(taskWire("t1")),
    call: (c) => collect(c.jobOperations.listTasks("job1", new ODATADetailLevel({ selectClause: "id" }))),
    sent: { query: { $select: "id" } },
    returns: (r) => expect((r as CloudTask[])[0][TASK_PARENT_JOB_ID]).toBe("job1"),
  },
  {
    name: "JobOperations.getTask",
    method: "GET",
    path: /^\/jobs\/job1\/tasks\/t1$/,
    reply: { body: taskWire("t1") },
    call: (c) => c.jobOperations.getTask("job1", "t1"),
    returns: (r) => {
      const task = r as CloudTask;
      expect(task.executionInformation?.exitCode).toBe(0);
      expect(task.computeNodeInformation?.computeNodeId).toBe("node1");
      expect(task.constraints?.retentionTime).toBe(7 * 24 * 3_600_000);
    },
  },
  {
    name: "JobOperations.deleteTask",
    method: "DELETE",
    path: /^\/jobs\/job1\/tasks\/t1$/,
    reply: { status: 200 },
    call: (c) => c.jobOperations.deleteTask("job1", "t1"),
  },
  {
    name: "JobOperations.terminateTask",
    method: "POST",
    path: /^\/jobs\/job1\/tasks\/t1\/terminate$/,
    reply: { status: 204 },
    call: (c) => c.jobOperations.terminateTask("job1", "t1"),
  },
  {
    name: "JobOperations.reactivateTask",
    method: "POST",
    path: /^\/jobs\/job1\/tasks\/t1\/reactivate$/,
    reply: { status: 204 },
    call: (c) => c.jobOperations.reactivateTask("job1", "t1"),
  },
  {
    name: "JobOperations.listSubtasks",
    method: "GET",
    path: /^\/jobs\/job1\/tasks\/t1\/subtasksinfo$/,
    reply: list({ id: 1, state: "running", nodeInfo: { nodeId: "node2" } }),
    call: (c) => collect(c.jobOperations.listSubtasks("job1", "t1")),
    returns: (r) => {
      expect((r as SubtaskInformation[])[0]).toBeInstanceOf(SubtaskInformation);
      expect((r as SubtaskInformation[])[0].computeNodeInformation?.computeNodeId).toBe("node2");
    },
  },
  {
    name: "JobOperations.listNodeFiles",
    method: "GET",
    path: /^\/jobs\/job1\/tasks\/t1\/files$/,
    reply: list({
      name: "stdout.txt",
      isDirectory: false,
      properties: { contentLength: 5, lastModified: "2024-05-01T09:00:00Z" },
    }),
    call: (c) => collect(c.jobOperations.listNodeFiles("job1", "t1")),
    returns: (r) =>
      expect((r as NodeFile[])[0].properties?.lastModified).toEqual(new Date("2024-05-01T09:00:00Z")),
  },
  {
    name: "JobOperations.getNodeFile",
    method: "HEAD",
    path: /^\/jobs\/job1\/tasks\/t1\/files\/stdout.txt$/,
    reply: { status: 200, headers: fileHeaders },
    call: (c) => c.jobOperations.getNodeFile("job1", "t1", "stdout.txt"),
    returns: (r) => {
      const file = r as NodeFile;
      expect(file.path).toBe("stdout.txt");
      expect(file.url).toBe("https://acct/jobs/job1/tasks/t1/files/stdout.txt");
      expect(file.isDirectory).toBe(false);
      expect(file.properties?.fileMode).toBe("0o100644");
      expect(file.properties?.creationTime).toEqual(new Date("2024-05-01T09:00:00Z"));
    },
  },
  {
    name: "JobOperations.deleteNodeFile",
    method: "DELETE",
    path: /^\/jobs\/job1\/tasks\/t1\/files\/out.txt$/,
    reply: { status: 200 },
    call: (c) => c.jobOperations.deleteNodeFile({ jobId: "job1", taskId: "t1", filePath: "out.txt" }),
  },
  {
    name: "JobOperations.copyNodeFileContentToStream",
    method: "GET",
    path: /^\/jobs\/job1\/tasks\/t1\/files\/stdout.txt$/,
    reply: { body: "hello world", headers: fileHeaders },
    call: (c) =>
      c.jobOperations.copyNodeFileContentToStream({
        jobId: "job1",
        taskId: "t1",
        filePath: "stdout.txt",
        stream: sink(),
      }),
  },
  {
    name: "JobOperations.copyNodeFileContentToString",
    method: "GET",
    path: /^\/jobs\/job1\/tasks\/t1\/files\/stdout.txt$/,
    reply: { body: "hello world", headers: fileHeaders },
    call: (c) =>
      c.jobOperations.copyNodeFileContentToString({ jobId: "job1", taskId: "t1", filePath: "stdout.txt" }),
    returns: (r) => expect(r).toBe("hello world"),
  },
  {
    name: "JobOperations.listJobPreparationAndReleaseTaskStatus",
    method: "GET",
    path: /^\/jobs\/job1\/jobpreparationandreleasetaskstatus$/,
    reply: list({
      poolId: "pool1",
      nodeId: "node1",
      jobPreparationTaskExecutionInfo: { state: "completed", exitCode: 0, retryCount: 0 },
    }),
    call: (c) => collect(c.jobOperations.listJobPreparationAndReleaseTaskStatus("job1")),
    returns: (r) => {
      const info = (r as JobPreparationAndReleaseTaskExecutionInformation[])[0];
      expect(info.computeNodeId).toBe("node1");
      expect(info.jobPreparationTaskExecutionInformation?.state).toBe("completed");
    },
  },
  // JobScheduleOperations
  {
    name: "JobScheduleOperations.createJobSchedule + commit",
    method: "POST",
    path: /^\/jobschedules$/,
    reply: { status: 201 },
    call: (c) =>
      c.jobScheduleOperations
        .createJobSchedule({
          jobScheduleId: "s1",
          schedule: { recurrenceInterval: 3_600_000 },
          jobSpecification: { poolInformation: { poolId: "pool1" } },
        })
        .commit(),
    sent: {
      body: {
        id: "s1",
        schedule: { recurrenceInterval: "PT1H" },
        jobSpecification: { poolInfo: { poolId: "pool1" } },
      },
    },
  },
  {
    name: "JobScheduleOperations.getJobSchedule",
    method: "GET",
    path: /^\/jobschedules\/s1$/,
    reply: { body: { id: "s1", state: "active", schedule: { recurrenceInterval: "PT1H" } } },
    call: (c) => c.jobScheduleOperations.getJobSchedule("s1"),
    returns: (r) => expect((r as CloudJobSchedule).schedule?.recurrenceInterval).toBe(3_600_000),
  },
  {
    name: "JobScheduleOperations.listJobSchedules",
    method: "GET",
    path: /^\/jobschedules$/,
    reply: list({ id: "s1" }),
    call: (c) => collect(c.jobScheduleOperations.listJobSchedules()),
    returns: (r) => expect((r as CloudJobSchedule[])[0]).toBeInstanceOf(CloudJobSchedule),
  },
  {
    name: "JobScheduleOperations.listJobs",
    method: "GET",
    path: /^\/jobschedules\/s1\/jobs$/,
    reply: list(jobWire),
    call: (c) => collect(c.jobScheduleOperations.listJobs("s1")),
    returns: (r) => expect((r as CloudJob[])[0].id).toBe("job1"),
  },
  {
    name: "JobScheduleOperations.deleteJobSchedule",
    method: "DELETE",
    path: /^\/jobschedules\/s1$/,
    reply: { status: 202 },
    call: (c) => c.jobScheduleOperations.deleteJobSchedule("s1"),
  },
  {
    name: "JobScheduleOperations.terminateJobSchedule",
    method: "POST",
    path: /^\/jobschedules\/s1\/terminate$/,
    reply: { status: 202 },
    call: (c) => c.jobScheduleOperations.terminateJobSchedule("s1"),
  },
  {
    name: "JobScheduleOperations.enableJobSchedule",
    method: "POST",
    path: /^\/jobschedules\/s1\/enable$/,
    reply: { status: 204 },
    call: (c) => c.jobScheduleOperations.enableJobSchedule("s1"),
  },
  {
    name: "JobScheduleOperations.disableJobSchedule",
    method: "POST",
    path: /^\/jobschedules\/s1\/disable$/,
    reply: { status: 204 },
    call: (c) => c.jobScheduleOperations.disableJobSchedule("s1"),
  },
  // CertificateOperations
  {
    name: "CertificateOperations.createCertificateFromPfx + commit",
    method: "POST",
    path: /^\/certificates$/,
    reply: { status: 201 },
    call: (c) =>
      c.certificateOperations.createCertificateFromPfx(Buffer.from("pfx"), "pw", "A".repeat(40)).commit(),
    sent: {
      body: {
        thumbprint: "a".repeat(40),
        thumbprintAlgorithm: "sha1",
        data: "cGZ4",
        certificateFormat: "pfx",
        password: "pw",
      },
    },
  },
  {
    name: "CertificateOperations.getCertificate",
    method: "GET",
    path: /^\/certificates\(thumbprintAlgorithm=sha1,thumbprint=abc\)$/,
    reply: { body: { thumbprint: "abc", thumbprintAlgorithm: "sha1", state: "active" } },
    call: (c) => c.certificateOperations.getCertificate("sha1", "abc"),
    returns: (r) => expect((r as Certificate).state).toBe("active"),
  },
  {
    name: "CertificateOperations.listCertificates",
    method: "GET",
    path: /^\/certificates$/,
    reply: list({ thumbprint: "abc", thumbprintAlgorithm: "sha1" }),
    call: (c) => collect(c.certificateOperations.listCertificates()),
    returns: (r) => expect((r as Certificate[])[0]).toBeInstanceOf(Certificate),
  },
  {
    name: "CertificateOperations.deleteCertificate",
    method: "DELETE",
    path: /^\/certificates\(thumbprintAlgorithm=sha1,thumbprint=abc\)$/,
    reply: { status: 202 },
    call: (c) => c.certificateOperations.deleteCertificate("sha1", "abc"),
  },
  {
    name: "CertificateOperations.cancelDeleteCertificate",
    method: "POST",
    path: /^\/certificates\(thumbprintAlgorithm=sha1,thumbprint=abc\)\/canceldelete$/,
    reply: { status: 204 },
    call: (c) => c.certificateOperations.cancelDeleteCertificate("sha1", "abc"),
  },
  // ApplicationOperations
  {
    name: "ApplicationOperations.getApplicationSummary",
    method: "GET",
    path: /^\/applications\/app1$/,
    reply: { body: { id: "app1", displayName: "App", versions: ["1.0"] } },
    call: (c) => c.applicationOperations.getApplicationSummary("app1"),
    returns: (r) => expect((r as ApplicationSummary).versions).toEqual(["1.0"]),
  },
  {
    name: "ApplicationOperations.listApplicationSummaries",
    method: "GET",
    path: /^\/applications$/,
    reply: list({ id: "app1", versions: [] }),
    call: (c) => collect(c.applicationOperations.listApplicationSummaries()),
    returns: (r) => expect((r as ApplicationSummary[])[0].id).toBe("app1"),
  },
];

describe("operations: the request each sends and the object it returns", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, testCase) => {
    const log = serve(server, [[testCase.method, testCase.path, testCase.reply ?? { status: 200 }]]);
    const result = await testCase.call(openClient());
    const request = log.find((r) => r.method === testCase.method && testCase.path.test(r.path));
    expect(request, `${testCase.method} ${testCase.path} was not sent`).toBeDefined();
    if (testCase.sent?.query) expect(request!.query).toMatchObject(testCase.sent.query);
    if (testCase.sent?.body) expect(request!.body).toEqual(testCase.sent.body);
    testCase.returns?.(result);
  });
});

describe("BatchClient", () => {
  it("after close(), operations and objects created earlier refuse to make requests", async () => {
    const log = serve(server, [["GET", /^\/pools\/pool1$/, { body: poolWire }]]);
    const client = openClient();
    const operations = client.poolOperations;
    const pool = await operations.getPool("pool1");
    client.close();
    expect(client.closed).toBe(true);
    expect(() => client.poolOperations).toThrow(InvalidOperationException);
    await expect(operations.getPool("pool1")).rejects.toThrow(/closed/);
    await expect(pool.refresh()).rejects.toThrow(InvalidOperationException);
    expect(log).toHaveLength(1);
  });

  it("copies custom behaviors to operations objects and entities (changes do not flow back)", async () => {
    serve(server, [["GET", /^\/pools\/pool1$/, { body: poolWire }]]);
    const client = openClient();
    const operations = client.poolOperations;
    expect(operations.customBehaviors).toEqual(client.customBehaviors);
    operations.customBehaviors.length = 0;
    expect(client.customBehaviors).toHaveLength(1);
    const pool = await client.poolOperations.getPool("pool1");
    expect(pool.customBehaviors).toHaveLength(1);
    expect(pool.customBehaviors).not.toBe(client.customBehaviors);
  });

  it("lists are lazy: nothing is requested until iteration", async () => {
    const log = serve(server, [["GET", /^\/pools$/, list(poolWire)]]);
    const pools = openClient().poolOperations.listPools();
    expect(pools).toBeInstanceOf(PagedEnumerable);
    expect(log).toHaveLength(0);
    expect(await pools.toList()).toHaveLength(1);
    expect(log).toHaveLength(1);
  });
});
