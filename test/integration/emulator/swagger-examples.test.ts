/**
 * Every request of the REST contract's examples, sent to the local Batch service after creating
 * the resources it refers to, gets the example's status code and a body that validates against
 * the contract's response schema.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ContainerClient } from "@azure/storage-blob";
import { afterAll, describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials } from "../../../src/auth/shared-key.js";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import { addCertificate } from "../../../src/emulator/resources/certificates.js";
import { addJob } from "../../../src/emulator/resources/jobs.js";
import { addUser, setNodeState } from "../../../src/emulator/resources/nodes.js";
import { addNode } from "../../../src/emulator/resources/nodes.js";
import { addPool } from "../../../src/emulator/resources/pools.js";
import { addSchedule, setScheduleEnabled } from "../../../src/emulator/resources/schedules.js";
import { addTask, setTaskState } from "../../../src/emulator/resources/tasks.js";
import type { Store } from "../../../src/emulator/store/store.js";
import type { WireObject } from "../../../src/emulator/store/entities.js";
import { validateResponse } from "../../../src/emulator/validation/index.js";
import type { Route } from "../../../src/protocol/route-types.js";
import { routes } from "../../../src/protocol/routes.generated.js";
import { getContainerSasUrl } from "../../../src/storage/index.js";
import { startAzurite, type AzuriteInstance } from "../../support/azurite.js";
import { LINUX_VM_CONFIGURATION } from "../../support/fixtures.js";

const SPEC_DIR = "/work/shared/spec/batch-2024-07-01.20.0";
const available = existsSync(join(SPEC_DIR, "BatchService.json"));

interface Example {
  readonly file: string;
  readonly route: Route;
  readonly parameters: Record<string, unknown>;
  readonly status: number;
}

function loadExamples(): Example[] {
  const spec = JSON.parse(readFileSync(join(SPEC_DIR, "BatchService.json"), "utf8")) as {
    paths: Record<
      string,
      Record<string, { operationId?: string; "x-ms-examples"?: Record<string, { $ref: string }> }>
    >;
  };
  const examples: Example[] = [];
  for (const operations of Object.values(spec.paths)) {
    for (const operation of Object.values(operations)) {
      for (const ref of Object.values(operation["x-ms-examples"] ?? {})) {
        const file = ref.$ref.replace(/^\.\//, "");
        const json = JSON.parse(readFileSync(join(SPEC_DIR, file), "utf8")) as {
          parameters: Record<string, unknown>;
          responses: Record<string, unknown>;
        };
        const route = routes.find((r) => r.operationId === operation.operationId) as Route;
        examples.push({
          file,
          route,
          parameters: json.parameters,
          status: Math.min(...Object.keys(json.responses).map(Number)),
        });
      }
    }
  }
  return examples.sort((a, b) => a.file.localeCompare(b.file));
}

const VM_CONFIG = LINUX_VM_CONFIGURATION;

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function writeFile(root: string, filePath: string): void {
  const full = join(root, filePath.replace(/\\/g, "/"));
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, "example content\n");
}

/** Creates what the example's parameters refer to, in the state the operation needs. */
function arrange(store: Store, ex: Example): void {
  const p = ex.parameters;
  const op = ex.route.operationId;
  const body = (
    ex.route.parameters.find((x) => x.in === "body")
      ? p[ex.route.parameters.find((x) => x.in === "body")!.wireName]
      : undefined
  ) as WireObject | undefined;
  const poolId = text(p.poolId);
  if (poolId && op !== "Pool_Add") {
    const pool = addPool(store, {
      id: poolId,
      vmSize: "standard_d1_v2",
      virtualMachineConfiguration: {
        ...VM_CONFIG,
        extensions: [{ name: text(p.extensionName) ?? "ext", publisher: "publisher", type: "type" }],
      },
      ...(op === "Pool_EvaluateAutoScale"
        ? { enableAutoScale: true, autoScaleFormula: "$TargetDedicatedNodes=0" }
        : {}),
      ...(op === "Pool_StopResize" ? { targetDedicatedNodes: 1 } : {}),
    });
    const nodeIds = [text(p.nodeId), ...((body?.nodeList as string[] | undefined) ?? [])].filter(
      (x): x is string => !!x,
    );
    for (const nodeId of nodeIds) {
      const node = addNode(store, pool, true, nodeId);
      if (op === "ComputeNode_Start") setNodeState(store, pool, node, "deallocated");
      // Enabling scheduling answers 200 for a node whose scheduling is disabled (else 409).
      if (op === "ComputeNode_EnableScheduling") node.data.schedulingState = "disabled";
      if (text(p.userName)) addUser(store, node, { name: text(p.userName)! });
      if (text(p.filePath)) writeFile(store.nodeDirectory(poolId, nodeId), text(p.filePath)!);
    }
    pool.data.targetDedicatedNodes = op === "Pool_StopResize" ? 1 : nodeIds.length;
    pool.data.currentDedicatedNodes = nodeIds.length;
  }
  const jobId = text(p.jobId);
  if (jobId && op !== "Job_Add") {
    const job = addJob(store, {
      id: jobId,
      poolInfo: { poolId: "pool" },
      usesTaskDependencies: true,
      ...(op === "Job_ListPreparationAndReleaseTaskStatus"
        ? { jobPreparationTask: { commandLine: "prep" } }
        : {}),
    });
    if (op === "Job_ListPreparationAndReleaseTaskStatus") {
      job.prepReleaseStatus.push({
        poolId: "pool",
        nodeId: "node1",
        nodeUrl: "http://localhost/pools/pool/nodes/node1",
        jobPreparationTaskExecutionInfo: {
          startTime: new Date().toISOString(),
          state: "completed",
          retryCount: 0,
          taskRootDirectory: "x",
        },
      });
    }
    if (op === "Job_Enable") job.data.state = "disabled";
    const taskId = text(p.taskId);
    if (taskId) {
      const task = addTask(store, job, { id: taskId, commandLine: "cmd" });
      if (op === "Task_Reactivate")
        setTaskState(store, job, task, "completed", { result: "failure", exitCode: 1 });
      if (text(p.filePath)) {
        const pool = addPool(store, {
          id: "filepool",
          vmSize: "standard_d1_v2",
          virtualMachineConfiguration: VM_CONFIG,
        });
        const node = addNode(store, pool, true);
        task.data.nodeInfo = { poolId: "filepool", nodeId: node.data.id };
        writeFile(store.taskDirectory(job, task) as string, text(p.filePath)!);
      }
    }
  }
  const scheduleId = text(p.jobScheduleId);
  if (scheduleId) {
    const schedule = addSchedule(store, {
      id: scheduleId,
      schedule: { recurrenceInterval: "PT1H" },
      jobSpecification: { poolInfo: { poolId: "pool" } },
    });
    if (op === "JobSchedule_Enable") setScheduleEnabled(store, schedule, false);
  }
  const thumbprint = text(p.thumbprint);
  if (thumbprint) {
    const cert = addCertificate(store, {
      thumbprint,
      thumbprintAlgorithm: text(p.thumbprintAlgorithm)!,
      data: "MIIC",
      certificateFormat: "cer",
    });
    if (op === "Certificate_CancelDeletion") cert.data.state = "deletefailed";
  }
}

let azurite: Promise<AzuriteInstance> | undefined;
afterAll(async () => (await azurite)?.close());

/**
 * The example with what it needs outside the Batch service: the service-log upload's container (an
 * example URL names a storage account nobody can reach) becomes a writable one in Azurite.
 */
async function withStorage(ex: Example): Promise<Example> {
  if (ex.route.operationId !== "ComputeNode_UploadBatchServiceLogs") return ex;
  azurite ??= startAzurite();
  const { connectionString } = await azurite;
  await new ContainerClient(connectionString, "batch-compute-node-logs").createIfNotExists();
  const containerUrl = await getContainerSasUrl(
    { connectionString, containerName: "batch-compute-node-logs" },
    { permissions: "w" },
  );
  const configuration = ex.parameters.uploadBatchServiceLogsConfiguration as WireObject;
  return {
    ...ex,
    parameters: { ...ex.parameters, uploadBatchServiceLogsConfiguration: { ...configuration, containerUrl } },
  };
}

async function send(service: LocalBatchService, ex: Example): Promise<{ status: number; body: unknown }> {
  const p = ex.parameters;
  const path = ex.route.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(p[name])),
  );
  const url = new URL(service.url + path);
  url.searchParams.set("api-version", "2024-07-01.20.0");
  const headers: Record<string, string> = { "ocp-date": new Date().toUTCString() };
  let body: string | undefined;
  for (const param of ex.route.parameters) {
    const value = p[param.wireName];
    if (value === undefined || param.wireName === "api-version" || param.wireName === "ocp-date") continue;
    if (param.in === "query") url.searchParams.set(param.wireName, String(value));
    if (param.in === "header") headers[param.wireName] = String(value);
    if (param.in === "body") {
      body = JSON.stringify(value);
      headers["content-type"] = "application/json; odata=minimalmetadata";
      headers["content-length"] = String(Buffer.byteLength(body));
    }
  }
  await new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey).signRequest({
    method: ex.route.method,
    url,
    headers,
  });
  const response = await fetch(url, { method: ex.route.method, headers, body });
  const raw = await response.text();
  const json = response.headers.get("content-type")?.startsWith("application/json")
    ? (JSON.parse(raw) as unknown)
    : undefined;
  return { status: response.status, body: json };
}

describe.skipIf(!available)("swagger examples against the local Batch service", () => {
  if (!available) {
    it.skip("skipped: the REST contract under /work/shared is not present", () => undefined);
    return;
  }
  const examples = loadExamples();

  it("covers every operation that has examples", () => {
    expect(new Set(examples.map((e) => e.route.operationId)).size).toBeGreaterThanOrEqual(70);
  });

  it.each(examples.map((e) => [e.file, e] as const))("%s", async (_file, ex) => {
    const service = await startLocalBatchService({
      timeScale: 1000,
      applications: [{ id: "my_application_id", displayName: "My application", versions: ["v1.0"] }],
    });
    try {
      arrange(service.service.store, ex);
      const { status, body } = await send(service, await withStorage(ex));
      expect({ status, body: status === ex.status ? undefined : body }).toEqual({
        status: ex.status,
        body: undefined,
      });
      if (ex.route.responseSchema && !ex.route.binaryResponse) {
        expect(validateResponse(ex.route.responseSchema, body)).toEqual([]);
      }
    } finally {
      await service.close();
    }
  });
});
