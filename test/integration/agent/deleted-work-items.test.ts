import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials } from "../../../src/auth/index.js";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import { ProtocolClient } from "../../../src/protocol/client.js";
import type { CloudTask } from "../../../src/protocol/models.generated.js";
import { LINUX_VM_CONFIGURATION } from "../../support/fixtures.js";
import { until } from "../../support/until.js";

let service: LocalBatchService;
let client: ProtocolClient;
let location: string;

async function completed(jobId: string, taskId: string): Promise<CloudTask> {
  return until(`${jobId}/${taskId} to complete`, async () => {
    const { body: task } = await client.task.get({ jobId, taskId });
    return task.state === "completed" ? task : undefined;
  });
}

async function taskDir(jobId: string, taskId: string): Promise<string> {
  const { body: task } = await client.task.get({ jobId, taskId });
  const root = path.join(
    location,
    "data",
    "pools",
    String(task.nodeInfo?.poolId).toLowerCase(),
    "nodes",
    String(task.nodeInfo?.nodeId),
  );
  return path.join(root, "workitems", jobId, "job-1", taskId);
}

beforeAll(async () => {
  location = await mkdtemp(path.join(tmpdir(), "deleted-work-items-"));
  service = await startLocalBatchService({ timeScale: 0, location });
  client = new ProtocolClient(
    service.url,
    new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
  );
  await client.pool.add({
    pool: {
      id: "pool-del",
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: LINUX_VM_CONFIGURATION,
      targetDedicatedNodes: 1,
    },
  } as never);
});

afterAll(async () => {
  await service?.close();
  if (location) await rm(location, { recursive: true, force: true });
});

describe("deleting tasks and jobs removes their directories on the nodes", () => {
  it("a new task with a deleted task's id does not see the old task's files", async () => {
    await client.job.add({ job: { id: "job-del", poolInfo: { poolId: "pool-del" } } } as never);
    await client.task.add({
      jobId: "job-del",
      task: { id: "t", commandLine: "/bin/sh -c 'echo old > left-behind.txt'" },
    } as never);
    await completed("job-del", "t");
    const dir = await taskDir("job-del", "t");
    expect(existsSync(path.join(dir, "wd", "left-behind.txt"))).toBe(true);

    await client.task.delete({ jobId: "job-del", taskId: "t" });
    expect(existsSync(dir)).toBe(false);

    await client.task.add({
      jobId: "job-del",
      task: { id: "t", commandLine: "/bin/sh -c 'test ! -e left-behind.txt'" },
    } as never);
    expect((await completed("job-del", "t")).executionInfo?.exitCode).toBe(0);
  });

  it("a task deleted while running is stopped, then its directory is removed", async () => {
    await client.task.add({
      jobId: "job-del",
      task: { id: "running", commandLine: "/bin/sh -c 'echo x > mark.txt; sleep 600'" },
    } as never);
    const dir = await until("the running task to write its file", async () => {
      const { body: task } = await client.task.get({ jobId: "job-del", taskId: "running" });
      if (task.state !== "running") return undefined;
      const d = await taskDir("job-del", "running");
      return existsSync(path.join(d, "wd", "mark.txt")) ? d : undefined;
    });
    await client.task.delete({ jobId: "job-del", taskId: "running" });
    await until("the deleted task's directory to go", async () => (existsSync(dir) ? undefined : true));
  });

  it("a job delete removes the job's directories", async () => {
    await client.job.add({ job: { id: "job-gone", poolInfo: { poolId: "pool-del" } } } as never);
    await client.task.add({
      jobId: "job-gone",
      task: { id: "a", commandLine: "/bin/sh -c 'echo a > a.txt'" },
    } as never);
    await completed("job-gone", "a");
    const jobDir = path.dirname(path.dirname(await taskDir("job-gone", "a")));
    expect(existsSync(jobDir)).toBe(true);
    await client.job.delete({ jobId: "job-gone" });
    await until("the job's directory to go", async () => (existsSync(jobDir) ? undefined : true));
  });
});
