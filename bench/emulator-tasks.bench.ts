/**
 * Throughput of the local Batch service's nodes: 2,000 `/bin/true` tasks on 4 nodes × 4 slots,
 * from the first add request until the job's task counts report them all completed, against
 * spawning the same 2,000 processes directly, 16 at a time. Prints tasks per second for both and
 * the per-task overhead of the service (wall and CPU time of this process).
 *
 * Run: `npx tsx bench/emulator-tasks.bench.ts [--tasks N]`
 */
import { parseArgs } from "node:util";
import { startLocalBatchService } from "../src/emulator/index.js";
import { createPoolAndJob, protocolClientFor, waitForIdleNodes } from "../test/support/service-client.js";
import { spawnDirectly } from "./support/spawn.js";

const NODES = 4;
const SLOTS = 4;
const CHUNK = 100;

interface Figures {
  readonly wallMs: number;
  readonly cpuMs: number;
}

async function timed(work: () => Promise<void>): Promise<Figures> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

async function runOnService(count: number): Promise<{ run: Figures; setupMs: number }> {
  const setupStart = performance.now();
  const service = await startLocalBatchService({ timeScale: 0 });
  const client = protocolClientFor(service);
  try {
    await createPoolAndJob(client, {
      poolId: "bench",
      jobId: "bench-job",
      nodes: NODES,
      pool: { taskSlotsPerNode: SLOTS },
    });
    await waitForIdleNodes(client, "bench", NODES);
    const setupMs = performance.now() - setupStart;
    const run = await timed(async () => {
      for (let start = 0; start < count; start += CHUNK) {
        const value = Array.from({ length: Math.min(CHUNK, count - start) }, (_, i) => ({
          id: `t${start + i}`,
          commandLine: "/bin/true",
        }));
        await client.task.addCollection({ jobId: "bench-job", taskCollection: { value } });
      }
      for (;;) {
        const { body } = await client.job.getTaskCounts({ jobId: "bench-job" });
        if (body.taskCounts.completed === count) {
          if (body.taskCounts.failed > 0) throw new Error(`${body.taskCounts.failed} tasks failed`);
          break;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    return { run, setupMs };
  } finally {
    await service.close();
  }
}

const { values } = parseArgs({ options: { tasks: { type: "string", default: "2000" } } });
const count = Number(values.tasks);
if (!Number.isInteger(count) || count <= 0) throw new RangeError("--tasks must be a positive integer");

const direct = await timed(() => spawnDirectly(count, NODES * SLOTS));
const { run: emulated, setupMs } = await runOnService(count);

const rate = (f: Figures): string => ((count / f.wallMs) * 1000).toFixed(0);
const perTask = (ms: number): string => (ms / count).toFixed(2);
console.log(`${count} /bin/true tasks, ${NODES} nodes x ${SLOTS} slots (${NODES * SLOTS} at a time)`);
console.log(`pool and job set-up: ${setupMs.toFixed(0)} ms`);
console.log("                      tasks/s   wall ms/task   CPU ms/task");
console.log(
  `spawned directly      ${rate(direct).padStart(7)}   ${perTask(direct.wallMs).padStart(12)}   ${perTask(direct.cpuMs).padStart(11)}`,
);
console.log(
  `local Batch service   ${rate(emulated).padStart(7)}   ${perTask(emulated.wallMs).padStart(12)}   ${perTask(emulated.cpuMs).padStart(11)}`,
);
console.log(
  `overhead per task: ${perTask(emulated.wallMs - direct.wallMs)} ms wall, ${perTask(emulated.cpuMs - direct.cpuMs)} ms CPU`,
);
