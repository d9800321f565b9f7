import { describe, expect, it } from "vitest";
import { withLocalService } from "../../support/local-service.js";
import { createPoolAndJob, waitForCompletedTask } from "../../support/service-client.js";
import { signedRequest } from "./support.js";

const local = withLocalService();

describe("listing a task's files with symbolic links in it", () => {
  it("answers 200, lists links inside the directory and leaves out dangling, looping and outside links", async () => {
    await createPoolAndJob(local.client, { poolId: "pool-links", jobId: "job-links" });
    const script = [
      "echo hi > ok.txt",
      "mkdir sub",
      "ln -s ok.txt inside-link",
      "ln -s /nonexistent/target dangling",
      "ln -s loop loop",
      "ln -s /etc host-dir",
      "ln -s .. up",
    ].join("; ");
    await local.client.task.add({
      jobId: "job-links",
      task: { id: "t", commandLine: `/bin/sh -c '${script}'` },
    });
    await waitForCompletedTask(local.client, "job-links", "t");

    const answer = await signedRequest(local.service, "GET", "/jobs/job-links/tasks/t/files", {
      query: { recursive: "true" },
    });
    expect(answer.status).toBe(200);
    const names = (answer.body.value as { name: string }[]).map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(["wd/ok.txt", "wd/sub", "wd/inside-link", "wd/up"]));
    for (const absent of ["wd/dangling", "wd/loop", "wd/host-dir"]) expect(names).not.toContain(absent);
    expect(names.some((n) => n.startsWith("wd/host-dir/") || n.startsWith("wd/up/"))).toBe(false);
  });
});
