/**
 * The local Batch service's persistent mode (`--location`): what one task add costs when the
 * service holds 10 tasks and when it holds many, how long a restart with that many takes (after
 * `kill -9`, replaying the journal, and after a clean stop), and mixed-request throughput of 64
 * clients against a persistent service relative to an in-memory one. Services run from the command
 * line in a process of their own; restarts are timed in this process, from the call to listening.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLocalBatchService } from "../../src/emulator/index.js";
import type { ProtocolClient } from "../../src/protocol/client.js";
import { startCli, stopCli, type CliService } from "../../test/reliability/cli-process.js";
import { protocolClientFor } from "../../test/support/service-client.js";
import { median, type ScenarioResult } from "../support/results.js";
import { createIdleJob } from "../support/service-client.js";

const CLIENTS = 64;
const ADD_SAMPLES = 300;

/** Median wall time (ms) of `ADD_SAMPLES` single task adds to `jobId`, one after the other. */
async function addCost(protocol: ProtocolClient, jobId: string, prefix: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ADD_SAMPLES; i++) {
    const start = performance.now();
    await protocol.task.add({ jobId, task: { id: `${prefix}-${i}`, commandLine: "x" } });
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Adds `count` tasks to job `held` in collections of 100, 8 requests at a time. */
async function fill(protocol: ProtocolClient, count: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < count) {
        const first = next;
        next += 100;
        const value = Array.from({ length: Math.min(100, count - first) }, (_, i) => ({
          id: `fill-${first + i}`,
          commandLine: "x",
        }));
        await protocol.task.addCollection({ jobId: "held", taskCollection: { value } });
      }
    }),
  );
}

/** Completed requests per second of `CLIENTS` clients running a mix of reads and writes. */
async function mixedLoad(service: CliService, seconds: number): Promise<number> {
  const protocol = protocolClientFor(service);
  await createIdleJob(protocol, "mixed");
  await protocol.task.add({ jobId: "mixed", task: { id: "seed", commandLine: "x" } });
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  let done = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = 0; performance.now() < end; i++) {
        switch (i % 4) {
          case 0:
            await protocol.task.add({ jobId: "mixed", task: { id: `m${c}-${i}`, commandLine: "x" } });
            break;
          case 1:
            await protocol.task.get({ jobId: "mixed", taskId: "seed" });
            break;
          case 2:
            await protocol.job.patch({
              jobId: "mixed",
              jobPatchParameter: { metadata: [{ name: "client", value: String(c) }] },
            });
            break;
          default:
            await protocol.job.getTaskCounts({ jobId: "mixed" });
        }
        done++;
      }
    }),
  );
  return done / ((performance.now() - start) / 1000);
}

/** Time (ms) from starting a service on `location` until it listens; it is closed again after. */
async function restartMs(location: string): Promise<number> {
  const start = performance.now();
  const service = await startLocalBatchService({ location, timeScale: 0, runTasks: false });
  const ms = performance.now() - start;
  await service.close();
  return ms;
}

/** Runs the figures with `held` tasks in the big case and `seconds` per mixed-load run. */
export async function benchPersistence(held: number, seconds: number): Promise<ScenarioResult> {
  const root = mkdtempSync(join(tmpdir(), "azbatch-bench-persist-"));
  const location = join(root, "state");
  const running: CliService[] = [];
  try {
    const persistent = await startCli(["--location", location, "--time-scale", "0"]);
    running.push(persistent);
    const protocol = protocolClientFor(persistent);
    await createIdleJob(protocol, "held");
    await createIdleJob(protocol, "warm-up");
    await fill(protocol, 10);
    // Both service and client code warm up on a job of their own, so "held" stays at 10 tasks.
    await addCost(protocol, "warm-up", "warm-up");
    const small = await addCost(protocol, "held", "small");
    await fill(protocol, held);
    const large = await addCost(protocol, "held", "large");
    await stopCli(persistent, "SIGKILL");
    const afterKill = await restartMs(location);
    const afterStop = await restartMs(location);

    const mixedLocation = join(root, "mixed");
    const memoryService = await startCli(["--time-scale", "0"]);
    running.push(memoryService);
    const inMemory = await mixedLoad(memoryService, seconds);
    await stopCli(memoryService, "SIGTERM");
    const persistentService = await startCli(["--location", mixedLocation, "--time-scale", "0"]);
    running.push(persistentService);
    const onDisk = await mixedLoad(persistentService, seconds);
    await stopCli(persistentService, "SIGTERM");

    const scenario = "Persistent local Batch service";
    const count = held.toLocaleString("en-US");
    return {
      figures: [
        {
          scenario,
          metric: "one task add, service holding 10 tasks",
          unit: "ms",
          azbatch: small,
          lowerIsBetter: true,
        },
        {
          scenario,
          metric: `one task add, service holding ${count} tasks`,
          unit: "ms",
          azbatch: large,
          lowerIsBetter: true,
        },
        {
          scenario,
          metric: `task add cost at ${count} tasks over at 10 (goal ≤ 2)`,
          unit: "×",
          azbatch: large / small,
          lowerIsBetter: true,
        },
        {
          scenario,
          metric: `restart with ${count} tasks after kill -9 (goal < 2,000)`,
          unit: "ms",
          azbatch: afterKill,
          lowerIsBetter: true,
        },
        {
          scenario,
          metric: `restart with ${count} tasks after a clean stop`,
          unit: "ms",
          azbatch: afterStop,
          lowerIsBetter: true,
        },
        {
          scenario,
          metric: `mixed load, ${CLIENTS} clients, in memory`,
          unit: "req/s",
          azbatch: inMemory,
          lowerIsBetter: false,
        },
        {
          scenario,
          metric: `mixed load, ${CLIENTS} clients, persistent`,
          unit: "req/s",
          azbatch: onDisk,
          lowerIsBetter: false,
        },
        {
          scenario,
          metric: "mixed load, persistent over in memory (goal ≥ 0.8)",
          unit: "×",
          azbatch: onDisk / inMemory,
          lowerIsBetter: false,
        },
      ],
      notes: [
        `Task adds are ${ADD_SAMPLES} single \`Task_Add\` requests one after the other (median). The mixed load runs ${seconds} s per mode: task add, task get, job patch and task counts in turn per client. Restarts are timed from \`startLocalBatchService\` to listening, in the benchmark's process.`,
      ],
    };
  } finally {
    await Promise.all(running.map((s) => stopCli(s)));
    rmSync(root, { recursive: true, force: true });
  }
}
