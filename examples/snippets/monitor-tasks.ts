import { BatchClient, ODATADetailLevel, TaskState, TimeoutException } from "../../src/index.js";

declare const batchClient: BatchClient;

const tasks = await batchClient.jobOperations
  .listTasks("render-job", new ODATADetailLevel({ selectClause: "id" }))
  .toList();
const monitor = batchClient.utilities.createTaskStateMonitor();
monitor.on("progress", ({ done, total }) => console.log(`${done}/${total} tasks completed`));
monitor.on("taskStateChanged", ({ taskId, state }) => console.log(`${taskId} is now ${state}`));

// Stop waiting on Ctrl+C as well as after 30 minutes.
const controller = new AbortController();
process.once("SIGINT", () => controller.abort(new Error("cancelled")));
try {
  await monitor.whenAll(tasks, TaskState.Completed, { timeout: 30 * 60_000, signal: controller.signal });
} catch (error) {
  if (!(error instanceof TimeoutException)) throw error;
  await batchClient.jobOperations.terminateJob("render-job", "Tasks did not finish in time.");
}
