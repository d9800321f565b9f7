/**
 * Requests and bytes per poll while waiting for 10,000 tasks to complete: azbatch's TaskStateMonitor
 * (task counts + pages of unfinished tasks) against a Batch .NET-style monitor that asks for the
 * watched tasks by id in `id eq 'a' or id eq 'b' …` filters of at most 500 characters.
 *
 * Both run against the same tiny local HTTP fake of one job, in which 2,000 more tasks complete after
 * every poll. Run with `npx tsx bench/task-state-monitor.bench.ts`.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ProtocolClient } from "../src/protocol/client.js";
import type { TaskState } from "../src/protocol/models.generated.js";
import { RetryPolicyProvider, resolveRequestOptions } from "../src/objectmodel/behaviors.js";
import {
  ODATAMonitorControl,
  TaskStateMonitor,
  type MonitorableTask,
} from "../src/objectmodel/task-state-monitor.js";

const TASKS = 10_000;
const COMPLETED_PER_POLL = 2_000;
const PREDICATE_LIMIT = 500;
const JOB = "job1";

interface PollCost {
  unfinished: number;
  requests: number;
  bytes: number;
}

/** One job whose tasks complete in id order, `COMPLETED_PER_POLL` per {@link FakeJob.advance}. */
class FakeJob {
  readonly ids = Array.from({ length: TASKS }, (_, i) => `task-${String(i).padStart(5, "0")}`);
  completed = 0;
  requests = 0;
  bytes = 0;

  state(index: number): TaskState {
    return index < this.completed ? "completed" : "running";
  }

  advance(): void {
    this.completed = Math.min(TASKS, this.completed + COMPLETED_PER_POLL);
  }

  handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    const url = new URL(request.url ?? "/", `http://${request.headers.host}`);
    this.requests++;
    this.bytes += Buffer.byteLength(`${request.method} ${request.url} HTTP/1.1\r\n`);
    for (const [name, value] of Object.entries(request.headers))
      this.bytes += Buffer.byteLength(`${name}: ${value}\r\n`);
    const body = JSON.stringify(this.route(url));
    this.bytes += Buffer.byteLength(body);
    response.writeHead(200, { "content-type": "application/json" });
    response.end(body);
  }

  private route(url: URL): unknown {
    if (url.pathname === `/jobs/${JOB}/taskcounts`) {
      const running = TASKS - this.completed;
      const counts = { active: 0, running, completed: this.completed, succeeded: this.completed, failed: 0 };
      return { taskCounts: counts, taskSlotCounts: counts };
    }
    const filter = url.searchParams.get("$filter") ?? "";
    const wanted = new Set([...filter.matchAll(/id eq '([^']+)'/g)].map((m) => m[1]));
    const rows = this.ids
      .map((id, index) => ({ id, state: this.state(index) }))
      .filter((row) => (wanted.size > 0 ? wanted.has(row.id) : row.state !== "completed"));
    const skip = Number(url.searchParams.get("skip") ?? 0);
    const max = Number(url.searchParams.get("maxresults") ?? 1000);
    const next = new URLSearchParams(url.searchParams);
    next.set("skip", String(skip + max));
    return {
      value: rows.slice(skip, skip + max),
      ...(skip + max < rows.length ? { "odata.nextLink": `${url.origin}${url.pathname}?${next}` } : {}),
    };
  }
}

/** Measures what each poll of `run` costs; `run` calls `pollDone` after each poll. */
async function measure(job: FakeJob, run: (pollDone: () => void) => Promise<void>): Promise<PollCost[]> {
  const polls: PollCost[] = [];
  let requests = 0;
  let bytes = 0;
  await run(() => {
    polls.push({
      unfinished: TASKS - job.completed,
      requests: job.requests - requests,
      bytes: job.bytes - bytes,
    });
    requests = job.requests;
    bytes = job.bytes;
    job.advance();
  });
  return polls;
}

/** Batch .NET's approach: refresh the unfinished watched tasks by id, ~25 ids per 500-character filter. */
async function idFilterMonitor(protocol: ProtocolClient, ids: string[], pollDone: () => void): Promise<void> {
  const options = { requestOptions: resolveRequestOptions([RetryPolicyProvider.noRetryProvider()]) };
  let unfinished = ids;
  while (unfinished.length > 0) {
    const still: string[] = [];
    for (const filter of idFilters(unfinished)) {
      for await (const task of protocol.task.list({ jobId: JOB, filter, select: "id,state", ...options })) {
        if (task.state !== "completed") still.push(task.id!);
      }
    }
    unfinished = still;
    pollDone();
  }
}

function idFilters(ids: string[]): string[] {
  const filters: string[] = [];
  let current = "";
  for (const id of ids) {
    const term = `id eq '${id}'`;
    const candidate = current ? `${current} or ${term}` : term;
    if (candidate.length > PREDICATE_LIMIT && current) {
      filters.push(current);
      current = term;
    } else current = candidate;
  }
  if (current) filters.push(current);
  return filters;
}

function report(name: string, polls: PollCost[]): void {
  console.log(`\n${name}`);
  console.log("poll  unfinished  requests      bytes");
  polls.forEach((p, i) =>
    console.log(
      `${String(i + 1).padStart(4)}  ${String(p.unfinished).padStart(10)}  ${String(p.requests).padStart(8)}  ${String(p.bytes).padStart(9)}`,
    ),
  );
  const requests = polls.reduce((n, p) => n + p.requests, 0);
  const bytes = polls.reduce((n, p) => n + p.bytes, 0);
  console.log(`total ${polls.length} polls, ${requests} requests, ${(bytes / 1024).toFixed(0)} KiB`);
}

async function main(): Promise<void> {
  let job = new FakeJob();
  const server = http.createServer((request, response) => job.handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const protocol = new ProtocolClient(baseUrl, { signRequest: async () => undefined });
  try {
    const ours = await measure(job, async (pollDone) => {
      const monitor = new TaskStateMonitor({ protocol, behaviors: [RetryPolicyProvider.noRetryProvider()] });
      monitor.on("progress", pollDone);
      const tasks: MonitorableTask[] = job.ids.map((id) => ({ id, parentJobId: JOB }));
      await monitor.whenAll(tasks, "completed", {
        controlParams: new ODATAMonitorControl({ delayBetweenDataFetch: 500 }),
      });
    });
    job = new FakeJob();
    const ids = job.ids;
    const dotnet = await measure(job, (pollDone) => idFilterMonitor(protocol, ids, pollDone));
    console.log(`Waiting for ${TASKS} tasks to complete (${COMPLETED_PER_POLL} complete after each poll)`);
    report(
      "azbatch TaskStateMonitor (task counts + unfinished tasks, $select=id,state, 1000 per page)",
      ours,
    );
    report(`Batch .NET-style id filters (<= ${PREDICATE_LIMIT} characters each)`, dotnet);
  } finally {
    server.close();
  }
}

await main();
