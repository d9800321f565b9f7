/**
 * Child: lists every task of job `--job` with `$select=id,state`, one item at a time as each client
 * offers them (azbatch's lazy `PagedEnumerable`; the official client's `list` + `listNext` pages),
 * and prints the time to the first item, the total time and the process's peak memory. Only the
 * measured client's library is loaded, so its heap and peak memory carry nothing of the other's.
 */
import { importSdk } from "../support/built-package.js";
import { childArgs, emit, measure } from "../support/measure.js";

const args = childArgs("job", "count");
const expected = Number(args.count);

type ListedTask = { id?: string; state?: string };

async function officialTasks(): Promise<AsyncIterable<ListedTask>> {
  const { BatchServiceClient, BatchSharedKeyCredentials } = await import("@azure/batch");
  const client = new BatchServiceClient(
    new BatchSharedKeyCredentials(args.accountName, args.accountKey),
    args.url,
  );
  return (async function* () {
    let page = await client.task.list(args.job, { taskListOptions: { select: "id,state" } });
    for (;;) {
      yield* page;
      if (!page.odatanextLink) return;
      page = await client.task.listNext(page.odatanextLink);
    }
  })();
}

async function azbatchTasks(): Promise<AsyncIterable<ListedTask>> {
  const { BatchClient, BatchSharedKeyCredentials, ODATADetailLevel } = await importSdk();
  const client = BatchClient.open(new BatchSharedKeyCredentials(args.url, args.accountName, args.accountKey));
  return client.jobOperations.listTasks(args.job, new ODATADetailLevel({ selectClause: "id,state" }));
}

let firstItemMs = 0;
let seen = 0;
const tasks = await (args.client === "azbatch" ? azbatchTasks() : officialTasks());
const start = performance.now();
const figures = await measure(async () => {
  for await (const task of tasks) {
    if (seen === 0) firstItemMs = performance.now() - start;
    if (typeof task.id !== "string" || typeof task.state !== "string") throw new Error("incomplete task");
    seen++;
  }
});
if (seen !== expected) throw new Error(`listed ${seen} of ${expected} tasks`);
emit({ ...figures, firstItemMs });
