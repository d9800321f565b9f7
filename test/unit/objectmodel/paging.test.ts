import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { BatchSharedKeyCredentials } from "../../../src/auth/index.js";
import { ProtocolClient } from "../../../src/protocol/client.js";
import type { CloudTask } from "../../../src/protocol/models.generated.js";
import { PagedEnumerable } from "../../../src/objectmodel/paged-enumerable.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";

const server = useMswServer();
const KEY = Buffer.from("paging-test-key-paging-test-key!").toString("base64");
const protocol = new ProtocolClient(
  TEST_BATCH_URL,
  new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", KEY),
);

/** Serves `pages` of task ids; page n links to page n+1 with a `page` query parameter. Records request URLs. */
function servePages(pages: string[][]): URL[] {
  const urls: URL[] = [];
  server.use(
    http.get(`${TEST_BATCH_URL}/jobs/job1/tasks`, ({ request }) => {
      const url = new URL(request.url);
      urls.push(url);
      const index = Number(url.searchParams.get("page") ?? 0);
      const next =
        index + 1 < pages.length ? `${TEST_BATCH_URL}/jobs/job1/tasks?page=${index + 1}` : undefined;
      return HttpResponse.json({
        value: pages[index].map((id) => ({ id })),
        ...(next ? { "odata.nextLink": next } : {}),
      });
    }),
  );
  return urls;
}

class Task {
  constructor(readonly id: string) {}
}

function listTasks(filter?: string): PagedEnumerable<Task> {
  return PagedEnumerable.from(
    () => protocol.task.list({ jobId: "job1", filter }),
    (wire: CloudTask) => new Task(wire.id!),
  );
}

describe("PagedEnumerable", () => {
  it("fetches nothing until iterated", async () => {
    const urls = servePages([["a"]]);
    const tasks = listTasks();
    await new Promise((r) => setTimeout(r, 20));
    expect(urls).toHaveLength(0);
    expect((await tasks.toList()).map((t) => t.id)).toEqual(["a"]);
    expect(urls).toHaveLength(1);
  });

  it("follows next links lazily with for await, mapping each item", async () => {
    const urls = servePages([["a", "b"], ["c"], ["d"]]);
    const seen: string[] = [];
    for await (const task of listTasks("state eq 'active'")) {
      expect(task).toBeInstanceOf(Task);
      seen.push(task.id);
      if (task.id === "c") break;
    }
    expect(seen).toEqual(["a", "b", "c"]);
    expect(urls).toHaveLength(2);
    expect(urls[0].searchParams.get("$filter")).toBe("state eq 'active'");
    // The next link is followed as is: the filter is not applied again.
    expect(urls[1].searchParams.get("$filter")).toBeNull();
    expect(urls[1].searchParams.get("page")).toBe("1");
  });

  it("skips empty pages that carry a next link", async () => {
    servePages([[], ["a"], [], [], ["b", "c"], []]);
    const tasks = listTasks();
    const pages: string[][] = [];
    for await (const page of tasks.pages()) pages.push(page.map((t) => t.id));
    expect(pages).toEqual([["a"], ["b", "c"]]);
    expect((await tasks.toList()).map((t) => t.id)).toEqual(["a", "b", "c"]);
  });

  it("starts from the first page on every iteration", async () => {
    const urls = servePages([["a"], ["b"]]);
    const tasks = listTasks();
    expect((await tasks.toList()).map((t) => t.id)).toEqual(["a", "b"]);
    expect((await tasks.toList()).map((t) => t.id)).toEqual(["a", "b"]);
    expect(urls.map((u) => u.searchParams.get("page"))).toEqual([null, "1", null, "1"]);
  });

  it("forEach awaits an async callback for each item in order", async () => {
    servePages([["a", "b"], ["c"]]);
    const order: string[] = [];
    await listTasks().forEach(async (task) => {
      await new Promise((r) => setTimeout(r, task.id === "a" ? 20 : 0));
      order.push(task.id);
    });
    expect(order).toEqual(["a", "b", "c"]);
    await expect(listTasks().forEach(undefined as never)).rejects.toThrow(TypeError);
  });

  it("returns an empty list for an empty result", async () => {
    servePages([[]]);
    expect(await listTasks().toList()).toEqual([]);
  });

  it("passes on a failing page", async () => {
    server.use(
      http.get(`${TEST_BATCH_URL}/jobs/job1/tasks`, () =>
        HttpResponse.json({ code: "JobNotFound", message: { value: "no such job" } }, { status: 404 }),
      ),
    );
    await expect(listTasks().toList()).rejects.toMatchObject({
      name: "BatchException",
      requestInformation: { httpStatusCode: 404 },
    });
  });
});
