import { BatchClient, ODATADetailLevel } from "../../src/index.js";

declare const batchClient: BatchClient;

// Nothing is requested until iteration starts; later pages are fetched as the loop reaches them.
const tasks = batchClient.jobOperations.listTasks(
  "render-job",
  new ODATADetailLevel({ selectClause: "id,state" }),
);
for await (const task of tasks) {
  if (task.state === "completed") break; // stops fetching further pages
}

// Or collect everything at once (every page is fetched).
const all = await tasks.toList();
console.log(`${all.length} tasks`);
