/**
 * TaskStateMonitor against the local Batch service: whenAll takes the PagedEnumerable of
 * listTasks() (and any async iterable) straight in, and its polls follow the monitor's customBehaviors.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPoolAndWait } from "../../../examples/support/pools.js";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import {
  BatchClient,
  BatchSharedKeyCredentials,
  CloudTask,
  PoolInformation,
  RequestInterceptor,
  TaskState,
  type CloudJob,
  type MonitorableTask,
} from "../../../src/index.js";

const POOL_ID = "monitor-iterables-pool";
let service: LocalBatchService;
let batchClient: BatchClient;

beforeAll(async () => {
  service = await startLocalBatchService({ timeScale: 0 });
  batchClient = BatchClient.open(
    new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
  );
  await createPoolAndWait(batchClient, POOL_ID, 1);
}, 120_000);

afterAll(async () => {
  batchClient?.close();
  await service?.close();
});

async function jobWithTasks(jobId: string, count: number): Promise<CloudJob> {
  const job = batchClient.jobOperations.createJob(jobId, new PoolInformation({ poolId: POOL_ID }));
  await job.commit();
  const tasks = Array.from({ length: count }, (_, i) => new CloudTask(`t${i}`, "/bin/sh -c 'exit 0'"));
  await batchClient.jobOperations.addTask(jobId, tasks);
  return batchClient.jobOperations.getJob(jobId);
}

/** Counts the requests a behavior list sends. */
function counter(): { interceptor: RequestInterceptor; paths: string[] } {
  const paths: string[] = [];
  return { paths, interceptor: new RequestInterceptor((request) => void paths.push(request.url.pathname)) };
}

describe("TaskStateMonitor.whenAll with iterables", () => {
  it("takes job.listTasks() as it is, as Batch .NET programs pass it", async () => {
    const job = await jobWithTasks("monitor-paged", 4);
    const monitor = batchClient.utilities.createTaskStateMonitor();
    await monitor.whenAll(job.listTasks(), TaskState.Completed, 120_000);
    const states = (await job.listTasks().toList()).map((task) => task.state);
    expect(states).toEqual(Array(4).fill(TaskState.Completed));
  }, 150_000);

  it("takes any async iterable and any iterable of tasks", async () => {
    const job = await jobWithTasks("monitor-async", 3);
    const listed = await job.listTasks().toList();
    async function* oneByOne(): AsyncGenerator<MonitorableTask> {
      for (const task of listed) yield task;
    }
    const monitor = batchClient.utilities.createTaskStateMonitor();
    await monitor.whenAll(oneByOne(), TaskState.Completed, 120_000);
    await monitor.whenAll(new Set(listed), TaskState.Completed, 120_000);
    expect(listed.map((task) => task.state)).toEqual(Array(3).fill(TaskState.Completed));
  }, 150_000);

  it("refuses what is not a collection of tasks, before any request", async () => {
    const monitor = batchClient.utilities.createTaskStateMonitor();
    const seen = counter();
    monitor.customBehaviors.push(seen.interceptor);
    await expect(monitor.whenAll(42 as never, TaskState.Completed)).rejects.toBeInstanceOf(TypeError);
    async function* notTasks(): AsyncGenerator<MonitorableTask> {
      yield { id: "" };
    }
    await expect(monitor.whenAll(notTasks(), TaskState.Completed)).rejects.toBeInstanceOf(TypeError);
    expect(seen.paths).toEqual([]);
  });
});

describe("TaskStateMonitor.customBehaviors", () => {
  it("apply to the monitor's refresh calls, and an assigned list replaces them", async () => {
    const job = await jobWithTasks("monitor-behaviors", 2);
    const tasks = await job.listTasks().toList();
    const monitor = batchClient.utilities.createTaskStateMonitor();
    const first = counter();
    monitor.customBehaviors.push(first.interceptor);
    await monitor.whenAll(tasks, TaskState.Completed, 120_000);
    expect(first.paths.length).toBeGreaterThan(0);
    expect(first.paths.every((path) => path.startsWith("/jobs/monitor-behaviors"))).toBe(true);

    const second = counter();
    const before = first.paths.length;
    monitor.customBehaviors = [second.interceptor];
    await monitor.whenAll(tasks, TaskState.Completed, 120_000);
    expect(second.paths.length).toBeGreaterThan(0);
    expect(first.paths).toHaveLength(before);
    // The client's behaviors were not changed by the monitor's.
    expect(batchClient.customBehaviors.includes(first.interceptor)).toBe(false);
    expect(() => (monitor.customBehaviors = "x" as never)).toThrow(TypeError);
  }, 150_000);
});
