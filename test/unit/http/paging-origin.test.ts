/**
 * The pager follows odata.nextLink only on the account's own origin, and stops on a link it has
 * already followed, so neither a foreign host nor a looping service gets credentials or a hang.
 */
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { BatchTokenCredentials } from "../../../src/auth/index.js";
import { InvalidResponseError, NoRetry } from "../../../src/http/index.js";
import { ProtocolClient } from "../../../src/protocol/client.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";

const TOKEN = "paging-origin-bearer-token-0123456789";
const client = new ProtocolClient(TEST_BATCH_URL, new BatchTokenCredentials(TEST_BATCH_URL, TOKEN), {
  retryPolicy: new NoRetry(),
});
const foreign: string[] = [];
const server = useMswServer(
  http.all("*", ({ request }) => {
    foreign.push(`${request.method} ${request.url} ${request.headers.get("authorization") ?? ""}`);
    return HttpResponse.json({ value: [] });
  }),
);

/** Answers the job list with one item and the given next link. */
function serveFirstPage(nextLink: string): void {
  server.use(
    http.get(`${TEST_BATCH_URL}/jobs`, () =>
      HttpResponse.json({ value: [{ id: "job1" }], "odata.nextLink": nextLink }),
    ),
  );
}

async function listAll(): Promise<unknown> {
  const ids: string[] = [];
  for await (const job of client.job.list({}) as AsyncIterable<{ id: string }>) ids.push(job.id);
  return ids;
}

describe("pager links", () => {
  it.each([
    ["another host", "https://collector.example.net/jobs?page=2&sig=leaked"],
    ["another port", `${TEST_BATCH_URL}:8443/jobs?page=2`],
    ["a plain-http downgrade", `${TEST_BATCH_URL.replace("https:", "http:")}/jobs?page=2`],
  ])("refuses a next page on %s without sending to it", async (_, link) => {
    foreign.length = 0;
    serveFirstPage(link);
    const error = await listAll().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/not followed/);
    expect((error as Error).message).not.toContain("leaked");
    expect((error as Error).message).not.toContain(TOKEN);
    expect(foreign).toEqual([]);
  });

  it("ends a loop of next links with an error instead of paging forever", async () => {
    let requests = 0;
    server.use(
      http.get(`${TEST_BATCH_URL}/jobs`, ({ request }) => {
        requests += 1;
        const page = new URL(request.url).searchParams.get("page") === "2" ? "1" : "2";
        return HttpResponse.json({
          value: [{ id: `job${requests}` }],
          "odata.nextLink": `${TEST_BATCH_URL}/jobs?page=${page}`,
        });
      }),
    );
    await expect(listAll()).rejects.toThrow(/already read/);
    expect(requests).toBeLessThan(10);
  });

  it("follows a link on the account's own origin, relative links included", async () => {
    server.use(
      http.get(`${TEST_BATCH_URL}/jobs`, ({ request }) =>
        new URL(request.url).searchParams.get("page") === "2"
          ? HttpResponse.json({ value: [{ id: "job2" }] })
          : HttpResponse.json({ value: [{ id: "job1" }], "odata.nextLink": "/jobs?page=2" }),
      ),
    );
    await expect(listAll()).resolves.toEqual(["job1", "job2"]);
  });
});
