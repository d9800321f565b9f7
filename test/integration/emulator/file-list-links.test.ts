import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials } from "../../../src/auth/index.js";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import { ProtocolClient } from "../../../src/protocol/client.js";
import { LINUX_VM_CONFIGURATION } from "../../support/fixtures.js";
import { signedRequest } from "./support.js";

let service: LocalBatchService;
let client: ProtocolClient;

beforeAll(async () => {
  service = await startLocalBatchService({ timeScale: 0 });
  client = new ProtocolClient(
    service.url,
    new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
  );
});

afterAll(async () => {
  await service?.close();
});

describe("listing a task's files with symbolic links in it", () => {
  it("answers 200, lists links inside the directory and leaves out dangling, looping and outside links", async () => {
    await client.pool.add({
      pool: {
        id: "pool-links",
        vmSize: "standard_d2s_v3",
        virtualMachineConfiguration: LINUX_VM_CONFIGURATION,
        targetDedicatedNodes: 1,
      },
    } as never);
    await client.job.add({ job: { id: "job-links", poolInfo: { poolId: "pool-links" } } } as never);
    const script = [
      "echo hi > ok.txt",
      "mkdir sub",
      "ln -s ok.txt inside-link",
      "ln -s /nonexistent/target dangling",
      "ln -s loop loop",
      "ln -s /etc host-dir",
      "ln -s .. up",
    ].join("; ");
    await client.task.add({
      jobId: "job-links",
      task: { id: "t", commandLine: `/bin/sh -c '${script}'` },
    } as never);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { body } = await client.task.get({ jobId: "job-links", taskId: "t" });
      if (body.state === "completed") break;
      if (Date.now() > deadline) throw new Error("the task did not complete");
      await new Promise((r) => setTimeout(r, 50));
    }

    const answer = await signedRequest(service, "GET", "/jobs/job-links/tasks/t/files", {
      query: { recursive: "true" },
    });
    expect(answer.status).toBe(200);
    const names = (answer.body.value as { name: string }[]).map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(["wd/ok.txt", "wd/sub", "wd/inside-link", "wd/up"]));
    for (const absent of ["wd/dangling", "wd/loop", "wd/host-dir"]) expect(names).not.toContain(absent);
    expect(names.some((n) => n.startsWith("wd/host-dir/") || n.startsWith("wd/up/"))).toBe(false);
  });
});
