/**
 * The local Batch service under `--location`, run from its command line, is killed with SIGKILL in
 * the middle of a burst of concurrent writes through the SDK (task adds, add-collections, job
 * metadata updates, job creations) and restarted on the same directory: every write it acknowledged is there.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ProtocolClient } from "../../src/protocol/client.js";
import { RetryPolicyProvider, resolveRequestOptions } from "../../src/objectmodel/behaviors.js";
import { protocolClientFor } from "../support/service-client.js";
import { startCli, stopCli, type CliService } from "./cli-process.js";

const WRITERS = 16;
const location = mkdtempSync(join(tmpdir(), "azbatch-kill9-"));
const running: CliService[] = [];

// No retries: a write counts as acknowledged only when its own response said so.
const once = { requestOptions: resolveRequestOptions([RetryPolicyProvider.noRetryProvider()]) };

afterAll(async () => {
  await Promise.all(running.map((s) => stopCli(s)));
  rmSync(location, { recursive: true, force: true });
});

/** What the writers were told succeeded. */
interface Acknowledged {
  tasks: Set<string>;
  jobs: Set<string>;
  /** Last acknowledged metadata value per writer's job (each writer's updates are sequential). */
  metadata: Map<string, number>;
}

async function writer(
  protocol: ProtocolClient,
  w: number,
  acked: Acknowledged,
  killed: () => boolean,
): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      switch (i % 4) {
        case 0:
          await protocol.task.add({
            ...once,
            jobId: "burst",
            task: { id: `w${w}-t${i}`, commandLine: "/bin/true" },
          });
          acked.tasks.add(`w${w}-t${i}`);
          break;
        case 1: {
          const value = Array.from({ length: 10 }, (_, k) => ({
            id: `w${w}-c${i}-${k}`,
            commandLine: "/bin/true",
          }));
          const res = await protocol.task.addCollection({
            ...once,
            jobId: "burst",
            taskCollection: { value },
          });
          for (const r of res.body.value ?? []) if (r.status === "success") acked.tasks.add(r.taskId);
          break;
        }
        case 2:
          await protocol.job.patch({
            ...once,
            jobId: `meta-w${w}`,
            jobPatchParameter: { metadata: [{ name: "sequence", value: String(i) }] },
          });
          acked.metadata.set(`meta-w${w}`, i);
          break;
        default:
          await protocol.job.add({ ...once, job: { id: `job-w${w}-${i}`, poolInfo: { poolId: "none" } } });
          acked.jobs.add(`job-w${w}-${i}`);
      }
    } catch (error) {
      if (killed()) return; // the process is gone (connection refused or reset)
      throw error;
    }
  }
}

describe("kill -9 during a burst of writes under --location", () => {
  it("loses no acknowledged write across the restart", async () => {
    const first = await startCli(["--location", location, "--time-scale", "0"]);
    running.push(first);
    const protocol = protocolClientFor(first);
    for (const id of ["burst", ...Array.from({ length: WRITERS }, (_, w) => `meta-w${w}`)])
      await protocol.job.add({ job: { id, poolInfo: { poolId: "none" } } });
    const acked: Acknowledged = { tasks: new Set(), jobs: new Set(), metadata: new Map() };
    let killed = false;
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(protocol, w, acked, () => killed));
    // Kill once a fair amount was acknowledged, while all writers are still busy.
    const deadline = Date.now() + 30_000;
    while ((acked.tasks.size < 100 || acked.jobs.size < 5) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    killed = true;
    await stopCli(first, "SIGKILL");
    await Promise.all(writers);
    expect(acked.tasks.size).toBeGreaterThanOrEqual(100);
    expect(acked.jobs.size).toBeGreaterThanOrEqual(5);
    console.log(
      `acknowledged before SIGKILL: ${acked.tasks.size} tasks, ${acked.jobs.size} jobs, ${acked.metadata.size} metadata updates`,
    );

    const second = await startCli(["--location", location, "--time-scale", "0"]);
    running.push(second);
    const after = protocolClientFor(second);
    const tasks = new Set<string>();
    for await (const t of after.task.list({ jobId: "burst", select: "id" })) tasks.add(t.id as string);
    expect([...acked.tasks].filter((id) => !tasks.has(id))).toEqual([]);
    const jobs = new Set<string>();
    for await (const j of after.job.list({ select: "id" })) jobs.add(j.id as string);
    expect([...acked.jobs].filter((id) => !jobs.has(id))).toEqual([]);
    // A writer's job shows its last acknowledged update, or a later one whose answer was cut off.
    for (const [jobId, value] of acked.metadata) {
      const job = (await after.job.get({ jobId })).body;
      const sequence = job.metadata?.find((m) => m.name === "sequence")?.value;
      expect(Number(sequence)).toBeGreaterThanOrEqual(value);
    }
    // And the restarted service takes writes again.
    await after.task.add({ jobId: "burst", task: { id: "after-restart", commandLine: "/bin/true" } });
  }, 90_000);
});
