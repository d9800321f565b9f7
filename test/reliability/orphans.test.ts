/**
 * Task processes never outlive the local Batch service that started them: a service killed with
 * SIGKILL leaves its tasks' processes running, and the service restarted on the same `--location`
 * ends them before it runs the requeued tasks again; a clean close ends even what left its task's
 * process group with `setsid`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startLocalBatchService } from "../../src/emulator/index.js";
import type { ProtocolClient } from "../../src/protocol/client.js";
import { createPoolAndJob, protocolClientFor } from "../support/service-client.js";
import { startCli, stopCli, type CliService } from "./cli-process.js";

const location = mkdtempSync(join(tmpdir(), "azbatch-orphans-"));
const running: CliService[] = [];
// A distinctive sleep length, so that the test finds exactly its own tasks' processes even beside another run.
const UNIQUE = 100_000 + process.pid;

afterAll(async () => {
  await Promise.all(running.map((s) => stopCli(s)));
  rmSync(location, { recursive: true, force: true });
});

/** Pids of live processes whose command line is exactly `argv`. */
function processesRunning(argv: readonly string[]): number[] {
  const wanted = argv.join("\0");
  const pids: number[] = [];
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0$/, "");
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
      if (cmdline === wanted && state !== "Z") pids.push(Number(entry));
    } catch {
      // Ended while we looked.
    }
  }
  return pids;
}

async function runTask(client: ProtocolClient, commandLine: string): Promise<void> {
  await createPoolAndJob(client, { poolId: "orphans", jobId: "job" });
  await client.task.add({ jobId: "job", task: { id: "long", commandLine } });
}

describe("task processes and the service's lifetime", () => {
  it("a service restarted after SIGKILL ends the processes its predecessor left before rerunning their task", async () => {
    const argv = ["sleep", `${UNIQUE}.5`];
    const first = await startCli(["--location", location, "--time-scale", "0"]);
    running.push(first);
    await runTask(protocolClientFor(first), argv.join(" "));
    await vi.waitFor(() => expect(processesRunning(argv)).toHaveLength(1), { timeout: 60_000, interval: 50 });
    const [orphan] = processesRunning(argv);

    await stopCli(first, "SIGKILL");
    expect(processesRunning(argv)).toEqual([orphan]);

    const second = await startCli(["--location", location, "--time-scale", "0"]);
    running.push(second);
    // Killed before the service listened, so the requeued task never ran beside it.
    expect(processesRunning(argv)).not.toContain(orphan);
    // The requeued task runs again, once.
    await vi.waitFor(() => expect(processesRunning(argv)).toHaveLength(1), { timeout: 60_000, interval: 50 });
    await stopCli(second, "SIGTERM");
    await vi.waitFor(() => expect(processesRunning(argv)).toEqual([]), { timeout: 30_000, interval: 50 });
  });

  it("a clean close ends a process that left its task's process group with setsid", async () => {
    const argv = ["sleep", `${UNIQUE}.25`];
    const service = await startLocalBatchService({ timeScale: 0 });
    try {
      await runTask(protocolClientFor(service), `/bin/sh -c 'setsid ${argv.join(" ")} & sleep 1000'`);
      await vi.waitFor(() => expect(processesRunning(argv)).toHaveLength(1), {
        timeout: 60_000,
        interval: 50,
      });
    } finally {
      await service.close();
    }
    expect(processesRunning(argv)).toEqual([]);
  });
});
