import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPoolAndJob, pollUntil, protocolClientFor } from "../support/service-client.js";
import { startCli, stopCli, type CliService } from "./cli-process.js";

const NOFILE = 256;
const NODES = 4;
const SLOTS = 64;
const TASKS = NODES * SLOTS;

let service: CliService | undefined;
let location: string | undefined;

afterAll(async () => {
  if (service) await stopCli(service);
  if (location) await rm(location, { recursive: true, force: true });
});

describe(`the local service limited to ${NOFILE} file descriptors`, () => {
  it(`stays up and runs every one of ${TASKS} tasks that start at once`, async () => {
    location = await mkdtemp(path.join(tmpdir(), "descriptor-limit-"));
    service = await startCli(["--location", location, "--time-scale", "0"], NOFILE);
    const client = protocolClientFor(service);
    await createPoolAndJob(client, {
      poolId: "pool-fd",
      jobId: "job-fd",
      nodes: NODES,
      pool: { taskSlotsPerNode: SLOTS },
    });
    for (let first = 0; first < TASKS; first += 100)
      await client.task.addCollection({
        jobId: "job-fd",
        taskCollection: {
          value: Array.from({ length: Math.min(100, TASKS - first) }, (_, i) => ({
            id: `t${first + i}`,
            commandLine: "/bin/sh -c 'sleep 3'",
          })),
        },
      });

    // The service holds no descriptor per running task (its process launcher opens each task's
    // stdout/stderr only to hand them to the process), so every task runs, however many start at once.
    const ended = await pollUntil(
      "every task to end",
      async () => {
        const tasks = [];
        for await (const t of client.task.list({ jobId: "job-fd" })) tasks.push(t);
        return tasks.every((t) => t.state === "completed") ? tasks : undefined;
      },
      240_000,
      200,
    );
    expect(ended).toHaveLength(TASKS);
    const failures = ended.filter((t) => t.executionInfo?.result !== "success");
    expect(failures.map((t) => t.executionInfo?.failureInfo?.message)).toEqual([]);
    // The service is still up and answering.
    expect(service.child.exitCode).toBeNull();
    const { body } = await client.job.get({ jobId: "job-fd" });
    expect(body.id).toBe("job-fd");
  }, 420_000);
});
