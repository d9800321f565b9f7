/**
 * Task dependencies through the running local service over raw signed HTTP: a range spanning every
 * possible id is accepted and satisfied by the job's tasks in it, without the service stalling,
 * and `dependsOn` past the service's limits is refused with its error codes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import { LINUX_VM_CONFIGURATION } from "../../support/fixtures.js";
import { send, sign, wireRequest, type RawAnswer } from "../../security/raw-request.js";

let service: LocalBatchService;

function call(method: string, path: string, body?: unknown): Promise<RawAnswer> {
  return send(service, sign(service, wireRequest(method, path, body)));
}

beforeAll(async () => {
  service = await startLocalBatchService({ timeScale: 0 });
  const pool = {
    id: "dep-pool",
    vmSize: "standard_d1_v2",
    virtualMachineConfiguration: LINUX_VM_CONFIGURATION,
    targetDedicatedNodes: 1,
  };
  expect((await call("POST", "/pools", pool)).status).toBe(201);
  const job = { id: "dep-job", poolInfo: { poolId: "dep-pool" }, usesTaskDependencies: true };
  expect((await call("POST", "/jobs", job)).status).toBe(201);
});

afterAll(async () => {
  await service?.close();
});

async function addTask(task: Record<string, unknown>): Promise<RawAnswer> {
  return call("POST", "/jobs/dep-job/tasks", { commandLine: "/bin/true", ...task });
}

describe("dependsOn ranges", () => {
  it("runs a task depending on 1..2147483647 once the job's tasks in that range complete", async () => {
    const wide = { taskIdRanges: [{ start: 1, end: 2147483647 }] };
    expect((await addTask({ id: "1", commandLine: "/bin/sh -c 'sleep 1'" })).status).toBe(201);
    expect((await addTask({ id: "2" })).status).toBe(201);
    expect((await addTask({ id: "after-all", dependsOn: wide })).status).toBe(201);
    const deadline = Date.now() + 60_000;
    let state = "";
    let waited = false;
    while (Date.now() < deadline) {
      // The service keeps answering while the dependant waits.
      const answer = await call("GET", "/jobs/dep-job/tasks?$select=id,state");
      expect(answer.status).toBe(200);
      const tasks = JSON.parse(answer.text).value as { id: string; state: string }[];
      state = tasks.find((t) => t.id === "after-all")?.state ?? "";
      if (state === "completed") break;
      // Until both tasks of the range have completed, the dependant does not start.
      if (tasks.some((t) => t.id !== "after-all" && t.state !== "completed")) {
        expect(state).toBe("active");
        waited = true;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(state).toBe("completed");
    expect(waited).toBe(true);
  });

  it("refuses taskIds longer than 64000 characters with TaskDependencyListTooLong", async () => {
    const taskIds = Array.from({ length: 1100 }, (_, i) => `t${String(i).padStart(59, "0")}`);
    const answer = await addTask({ id: "too-many-ids", dependsOn: { taskIds } });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text).code).toBe("TaskDependencyListTooLong");
  });

  it("refuses ranges longer than 64000 characters with TaskDependencyRangesTooLong", async () => {
    const taskIdRanges = Array.from({ length: 3100 }, (_, i) => ({
      start: 1_000_000_000 + i,
      end: 2_000_000_000,
    }));
    const answer = await addTask({ id: "too-many-ranges", dependsOn: { taskIdRanges } });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text).code).toBe("TaskDependencyRangesTooLong");
  });

  it("refuses a range that ends before it starts", async () => {
    const answer = await addTask({ id: "backwards", dependsOn: { taskIdRanges: [{ start: 5, end: 4 }] } });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text).code).toBe("InvalidPropertyValue");
  });
});
