/**
 * `uploadbatchservicelogs` against the local Batch service and Azurite: the node's own logs
 * (lifecycle and task starts / ends) reach the container under the virtual directory the answer
 * names, the count matches the blobs, the time range selects files, and a container the service
 * cannot write is refused.
 */
import { createServer, type AddressInfo, type Socket } from "node:net";
import { ContainerClient } from "@azure/storage-blob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloudTask, type UploadBatchServiceLogsResult } from "../../../src/index.js";
import { getContainerSasUrl } from "../../../src/storage/index.js";
import { blobNames, blobText, startAzurite, type AzuriteInstance } from "../../support/azurite.js";
import { signedRequest } from "../emulator/support.js";
import {
  createJob,
  createReadyPool,
  openService,
  waitForCompletedTasks,
  type NodeTestContext,
} from "./support.js";

const POOL = "logs-pool";
const JOB = "logs-job";
const GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

let azurite: AzuriteInstance;
let ctx: NodeTestContext;
let nodeId: string;
/** A moment after the node settled and before any task was added. */
let beforeTasks: Date;
let containers = 0;

/** A fresh container and a SAS URL to it with `permissions`. */
async function freshContainer(permissions = "w"): Promise<{ container: ContainerClient; url: string }> {
  const containerName = `logs-${++containers}`;
  const container = new ContainerClient(azurite.connectionString, containerName);
  await container.create();
  const url = await getContainerSasUrl(
    { connectionString: azurite.connectionString, containerName },
    { permissions },
  );
  return { container, url };
}

function upload(
  containerUrl: string,
  startTime: Date,
  endTime?: Date,
): Promise<UploadBatchServiceLogsResult> {
  return ctx.client.poolOperations.uploadComputeNodeBatchServiceLogs({
    poolId: POOL,
    computeNodeId: nodeId,
    containerUrl,
    startTime,
    endTime,
  });
}

beforeAll(async () => {
  azurite = await startAzurite();
  ctx = await openService();
  const [node] = await createReadyPool(ctx.client, POOL, 1);
  nodeId = String(node.id);
  beforeTasks = new Date();
  // Lines logged from now on are stamped after `beforeTasks`.
  while (Date.now() <= beforeTasks.getTime()) await new Promise((r) => setImmediate(r));
  await createJob(ctx.client, JOB, POOL);
  await ctx.client.jobOperations.addTask(JOB, [new CloudTask("hello", "/bin/sh -c 'exit 0'")]);
  await waitForCompletedTasks(ctx.client, JOB, 1, 60_000);
}, 120_000);

afterAll(async () => {
  await ctx?.close();
  await azurite?.close();
});

describe("uploadbatchservicelogs", () => {
  it("uploads the node's agent and task logs under the virtual directory it answers", async () => {
    const { container, url } = await freshContainer();
    const result = await upload(url, new Date(Date.now() - 5 * 60_000));

    // Pool id, node id with '_' as '-' (as in the service's example), a GUID.
    expect(result.virtualDirectoryName).toMatch(new RegExp(`^${POOL}/${nodeId.replace(/_/g, "-")}/${GUID}$`));
    const names = await blobNames(container);
    expect(names).toEqual([
      `${result.virtualDirectoryName}/agent.log`,
      `${result.virtualDirectoryName}/tasks.log`,
    ]);
    expect(result.numberOfFilesUploaded).toBe(names.length);

    const agent = await blobText(container, `${result.virtualDirectoryName}/agent.log`);
    expect(agent).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z INFO joined the pool$/m);
    expect(agent).toContain("state running (was idle)");
    const tasks = await blobText(container, `${result.virtualDirectoryName}/tasks.log`);
    expect(tasks).toContain(`task ${JOB}/hello started`);
    expect(tasks).toContain(`task ${JOB}/hello ended: result success, exit code 0`);
  });

  it("uploads only the files with a line in the time range", async () => {
    const { container, url } = await freshContainer();
    // Up to a moment before any task: only the agent log has a line in the range.
    const early = await upload(url, new Date(beforeTasks.getTime() - 5 * 60_000), beforeTasks);
    expect(early.numberOfFilesUploaded).toBe(1);
    expect(await blobNames(container)).toEqual([`${early.virtualDirectoryName}/agent.log`]);

    // After every line, or before the node existed: nothing to upload.
    const later = await upload(url, new Date(Date.now() + 60 * 60_000));
    const before = await upload(
      url,
      new Date(beforeTasks.getTime() - 60 * 60_000),
      new Date(beforeTasks.getTime() - 30 * 60_000),
    );
    expect([later.numberOfFilesUploaded, before.numberOfFilesUploaded]).toEqual([0, 0]);
    expect(await blobNames(container)).toEqual([`${early.virtualDirectoryName}/agent.log`]);
  });

  it("refuses a container URL it cannot write to, as a bad containerUrl, without the SAS in the answer", async () => {
    const readOnly = await freshContainer("r");
    const missing = (await getContainerSasUrl(
      { connectionString: azurite.connectionString, containerName: "never-created" },
      { permissions: "w" },
    )) as string;
    // A port nothing listens on: the storage endpoint cannot be reached.
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const { port } = closed.address() as AddressInfo;
    await new Promise((r) => closed.close(r));
    const unreachable = `http://127.0.0.1:${port}/devstoreaccount1/logs?sv=2020-01-01&sig=secret`;
    for (const containerUrl of [
      "not a URL",
      "ftp://example.invalid/logs",
      readOnly.url,
      missing,
      unreachable,
    ]) {
      const answer = await signedRequest(
        ctx.service,
        "POST",
        `/pools/${POOL}/nodes/${nodeId}/uploadbatchservicelogs`,
        {
          body: { containerUrl, startTime: new Date(Date.now() - 60_000).toISOString() },
        },
      );
      expect({ containerUrl, status: answer.status, code: answer.body?.code }).toEqual({
        containerUrl,
        status: 400,
        code: "InvalidPropertyValue",
      });
      expect(answer.body.values).toContainEqual({ key: "PropertyName", value: "containerUrl" });
      expect(answer.text).not.toContain("sig=");
    }
    expect(await blobNames(readOnly.container)).toEqual([]);
  });

  it("answers 500 OperationTimedOut when the container does not answer within the request's timeout", async () => {
    // A storage endpoint that accepts connections and never answers.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    try {
      const { port } = silent.address() as AddressInfo;
      const answer = await signedRequest(
        ctx.service,
        "POST",
        `/pools/${POOL}/nodes/${nodeId}/uploadbatchservicelogs`,
        {
          query: { timeout: "1" },
          body: {
            containerUrl: `http://127.0.0.1:${port}/devstoreaccount1/logs?sv=2020-01-01&sig=secret`,
            startTime: new Date(Date.now() - 60_000).toISOString(),
          },
        },
      );
      expect({ status: answer.status, code: answer.body?.code }).toEqual({
        status: 500,
        code: "OperationTimedOut",
      });
      expect(answer.text).not.toContain("sig=");
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((r) => silent.close(r));
    }
  });
});
