/**
 * Child: adds `--count` tasks to job `--job`, either with azbatch's add-task workflow
 * (`--legs` parallel requests) or with the official client's `task.addCollection` in a loop of
 * 100-task chunks, and prints the run's {@link RunFigures}. Only the measured client's library is
 * loaded, so neither run carries the other's modules in its heap.
 */
import { importSdk } from "../support/built-package.js";
import { childArgs, emit, measure } from "../support/measure.js";

const args = childArgs("job", "count", "legs");
const count = Number(args.count);
const id = (i: number): string => `task-${String(i).padStart(6, "0")}`;
const COMMAND = "/bin/sh -c 'echo benchmark'";

const azbatch = args.client === "azbatch" ? await importSdk() : undefined;
const official = args.client === "azbatch" ? undefined : await import("@azure/batch");

const figures = await measure(async () => {
  if (azbatch) {
    const { BatchClient, BatchSharedKeyCredentials, CloudTask } = azbatch;
    const client = BatchClient.open(
      new BatchSharedKeyCredentials(args.url, args.accountName, args.accountKey),
    );
    const tasks = Array.from({ length: count }, (_, i) => new CloudTask(id(i), COMMAND));
    const summary = await client.jobOperations.addTask(args.job, tasks, {
      parallelOptions: { maxDegreeOfParallelism: Number(args.legs) },
    });
    if (summary.added !== count) throw new Error(`added ${summary.added} of ${count}`);
  } else if (official) {
    const client = new official.BatchServiceClient(
      new official.BatchSharedKeyCredentials(args.accountName, args.accountKey),
      args.url,
    );
    for (let start = 0; start < count; start += 100) {
      const chunk = Array.from({ length: Math.min(100, count - start) }, (_, i) => ({
        id: id(start + i),
        commandLine: COMMAND,
      }));
      const result = await client.task.addCollection(args.job, chunk);
      const failed = (result.value ?? []).filter((r) => r.status !== "success");
      if (failed.length > 0) throw new Error(`${failed.length} tasks not added`);
    }
  }
});
emit(figures);
