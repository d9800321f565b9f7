import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { BatchSharedKeyCredentials } from "../../../src/auth/index.js";
import {
  HttpPipeline,
  InvalidResponseError,
  NoRetry,
  createPager,
  type Page,
} from "../../../src/http/index.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";

const KEY = Buffer.from("paging-test-key").toString("base64");
const server = useMswServer();
const pipeline = new HttpPipeline({
  signer: new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", KEY),
  retryPolicy: new NoRetry(),
});

const firstRequest = {
  method: "GET",
  url: `${TEST_BATCH_URL}/jobs/j1/tasks`,
  query: { $filter: "state eq 'completed'", maxresults: "2" },
  responseKind: "json",
} as const;

/** Three pages (the middle one empty), linked by odata.nextLink URLs that carry their own query. */
function serveThreePages(): URL[] {
  const requested: URL[] = [];
  server.use(
    http.get(`${TEST_BATCH_URL}/jobs/j1/tasks`, ({ request }) => {
      const url = new URL(request.url);
      requested.push(url);
      const page = url.searchParams.get("page");
      const next = (n: number) =>
        `${TEST_BATCH_URL}/jobs/j1/tasks?api-version=2024-07-01.20.0&maxresults=2&%24skiptoken=x&page=${n}`;
      if (page === null)
        return HttpResponse.json(
          { value: [{ id: "t1" }, { id: "t2" }], "odata.nextLink": next(2) },
          { headers: { "request-id": "r1" } },
        );
      if (page === "2") return HttpResponse.json({ value: [], "odata.nextLink": next(3) });
      return HttpResponse.json({ "odata.metadata": "m", value: [{ id: "t3" }] });
    }),
  );
  return requested;
}

describe("createPager", () => {
  it("fetches nothing before iteration", async () => {
    const requested = serveThreePages();
    createPager(pipeline, firstRequest);
    await new Promise((r) => setTimeout(r, 20));
    expect(requested).toHaveLength(0);
  });

  it("iterates items across three pages, an empty middle page included", async () => {
    const requested = serveThreePages();
    const ids: string[] = [];
    for await (const task of createPager<{ id: string }>(pipeline, firstRequest)) ids.push(task.id);
    expect(ids).toEqual(["t1", "t2", "t3"]);
    expect(requested).toHaveLength(3);
  });

  it("follows nextLink as is, without re-applying the first request's query", async () => {
    const requested = serveThreePages();
    const pages: Page<unknown>[] = [];
    for await (const page of createPager(pipeline, firstRequest).byPage()) pages.push(page);
    expect(pages.map((p) => p.items.length)).toEqual([2, 0, 1]);
    expect(pages[0].headers["request-id"]).toBe("r1");
    expect(pages[2].nextLink).toBeUndefined();
    expect(requested[0].searchParams.get("$filter")).toBe("state eq 'completed'");
    for (const url of requested.slice(1)) {
      expect(url.searchParams.has("$filter")).toBe(false);
      expect(url.searchParams.getAll("api-version")).toEqual(["2024-07-01.20.0"]);
      expect(url.searchParams.get("$skiptoken")).toBe("x");
    }
  });

  it("stops fetching when the caller stops iterating", async () => {
    const requested = serveThreePages();
    for await (const task of createPager<{ id: string }>(pipeline, firstRequest)) {
      if (task.id === "t1") break;
    }
    expect(requested).toHaveLength(1);
  });

  it("maps pages with the given mapper", async () => {
    serveThreePages();
    const pager = createPager(pipeline, firstRequest, (page) => ({
      ...page,
      items: page.items.map((item) => (item as { id: string }).id.toUpperCase()),
    }));
    const ids: string[] = [];
    for await (const id of pager) ids.push(id);
    expect(ids).toEqual(["T1", "T2", "T3"]);
  });

  it("rejects a list response without a value array", async () => {
    server.use(http.get(`${TEST_BATCH_URL}/jobs/j1/tasks`, () => HttpResponse.json({ items: [] })));
    const iterate = async () => {
      for await (const _ of createPager(pipeline, firstRequest)) void _;
    };
    await expect(iterate()).rejects.toBeInstanceOf(InvalidResponseError);
  });
});
