import { BatchClient, ODATADetailLevel } from "../../src/index.js";

declare const batchClient: BatchClient;

// $filter chooses the items, $select the properties each one carries, $expand the extras.
const running = new ODATADetailLevel({
  filterClause: "state eq 'running'",
  selectClause: "id,state,executionInfo",
});
for await (const task of batchClient.jobOperations.listTasks("render-job", running)) {
  console.log(task.id, task.executionInformation?.startTime);
}

// The same object refreshes a single entity with just those properties.
const task = await batchClient.jobOperations.getTask(
  "render-job",
  "frame-0001",
  new ODATADetailLevel({ selectClause: "id,state" }),
);
await task.refresh(new ODATADetailLevel({ selectClause: "id,executionInfo" }));
