/**
 * Child: lists every task of job `--job` with `$select=id,state`, one item at a time as each client
 * offers them (azbatch's lazy `PagedEnumerable`; the official client's `list` + `listNext` pages),
 * and prints the time to the first item, the total time and the process's peak memory.
 */
import { BatchServiceClient, BatchSharedKeyCredentials as OfficialCredentials } from "@azure/batch";
import { BatchSharedKeyCredentials } from "../../src/auth/index.js";
import { BatchClient, ODATADetailLevel } from "../../src/objectmodel/index.js";
import { childArgs, emit, measure } from "../support/measure.js";

const args = childArgs("job", "count");
const expected = Number(args.count);

async function* officialTasks(): AsyncGenerator<{ id?: string; state?: string }> {
  const client = new BatchServiceClient(new OfficialCredentials(args.accountName, args.accountKey), args.url);
  let page = await client.task.list(args.job, { taskListOptions: { select: "id,state" } });
  for (;;) {
    yield* page;
    if (!page.odatanextLink) return;
    page = await client.task.listNext(page.odatanextLink);
  }
}

function azbatchTasks(): AsyncIterable<{ id: string | undefined; state: string | undefined }> {
  const client = BatchClient.open(new BatchSharedKeyCredentials(args.url, args.accountName, args.accountKey));
  return client.jobOperations.listTasks(args.job, new ODATADetailLevel({ selectClause: "id,state" }));
}

let firstItemMs = 0;
let seen = 0;
const start = performance.now();
const figures = await measure(async () => {
  const tasks = args.client === "azbatch" ? azbatchTasks() : officialTasks();
  for await (const task of tasks) {
    if (seen === 0) firstItemMs = performance.now() - start;
    if (typeof task.id !== "string" || typeof task.state !== "string") throw new Error("incomplete task");
    seen++;
  }
});
if (seen !== expected) throw new Error(`listed ${seen} of ${expected} tasks`);
emit({ ...figures, firstItemMs });
