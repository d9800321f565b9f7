import { existsSync, mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withLocalService } from "../../support/local-service.js";
import { addJob, addPool, pollUntil, waitForCompletedTask } from "../../support/service-client.js";

const location = mkdtempSync(path.join(tmpdir(), "deleted-work-items-"));
// Registered before the service's hooks, so that it runs after the service has closed.
afterAll(() => rm(location, { recursive: true, force: true }));
const local = withLocalService({ location });

async function taskDir(jobId: string, taskId: string): Promise<string> {
  const { body: task } = await local.client.task.get({ jobId, taskId });
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

beforeAll(() => addPool(local.client, "pool-del"));

describe("deleting tasks and jobs removes their directories on the nodes", () => {
  it("a new task with a deleted task's id does not see the old task's files", async () => {
    await addJob(local.client, "job-del", "pool-del");
    await local.client.task.add({
      jobId: "job-del",
      task: { id: "t", commandLine: "/bin/sh -c 'echo old > left-behind.txt'" },
    });
    await waitForCompletedTask(local.client, "job-del", "t");
    const dir = await taskDir("job-del", "t");
    expect(existsSync(path.join(dir, "wd", "left-behind.txt"))).toBe(true);

    await local.client.task.delete({ jobId: "job-del", taskId: "t" });
    expect(existsSync(dir)).toBe(false);

    await local.client.task.add({
      jobId: "job-del",
      task: { id: "t", commandLine: "/bin/sh -c 'test ! -e left-behind.txt'" },
    });
    expect((await waitForCompletedTask(local.client, "job-del", "t")).executionInfo?.exitCode).toBe(0);
  });

  it("a task deleted while running is stopped, then its directory is removed", async () => {
    await local.client.task.add({
      jobId: "job-del",
      task: { id: "running", commandLine: "/bin/sh -c 'echo x > mark.txt; sleep 600'" },
    });
    const dir = await pollUntil("the running task to write its file", async () => {
      const { body: task } = await local.client.task.get({ jobId: "job-del", taskId: "running" });
      if (task.state !== "running") return undefined;
      const d = await taskDir("job-del", "running");
      return existsSync(path.join(d, "wd", "mark.txt")) ? d : undefined;
    });
    await local.client.task.delete({ jobId: "job-del", taskId: "running" });
    await pollUntil("the deleted task's directory to go", async () => (existsSync(dir) ? undefined : true));
  });

  it("a job delete removes the job's directories", async () => {
    await addJob(local.client, "job-gone", "pool-del");
    await local.client.task.add({
      jobId: "job-gone",
      task: { id: "a", commandLine: "/bin/sh -c 'echo a > a.txt'" },
    });
    await waitForCompletedTask(local.client, "job-gone", "a");
    const jobDir = path.dirname(path.dirname(await taskDir("job-gone", "a")));
    expect(existsSync(jobDir)).toBe(true);
    await local.client.job.delete({ jobId: "job-gone" });
    await pollUntil("the job's directory to go", async () => (existsSync(jobDir) ? undefined : true));
  });
});
