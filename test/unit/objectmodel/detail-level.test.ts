import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { BatchSharedKeyCredentials } from "../../../src/auth/index.js";
import { ProtocolClient } from "../../../src/protocol/client.js";
import {
  ODATADetailLevel,
  applyDetailLevel,
  type DetailLevel,
} from "../../../src/objectmodel/detail-level.js";
import { PagedEnumerable } from "../../../src/objectmodel/paged-enumerable.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";

const server = useMswServer();
const KEY = Buffer.from("detail-test-key-detail-test-key!").toString("base64");
const protocol = new ProtocolClient(
  TEST_BATCH_URL,
  new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", KEY),
);

/** A list operation as the object model builds one: the detail level is checked when the call is made. */
function listPoolUsageMetrics(detailLevel?: DetailLevel): PagedEnumerable<string> {
  const query = applyDetailLevel(detailLevel, { filter: true }, "listPoolUsageMetrics");
  return PagedEnumerable.from(
    () => protocol.pool.listUsageMetrics(query),
    (wire) => wire.poolId,
  );
}

describe("ODATADetailLevel", () => {
  it("keeps its clauses readable and writable", () => {
    const level = new ODATADetailLevel({ selectClause: "id,state" });
    expect(level.selectClause).toBe("id,state");
    expect(level.filterClause).toBeUndefined();
    level.filterClause = "state eq 'active'";
    level.expandClause = "stats";
    expect(applyDetailLevel(level, { filter: true, select: true, expand: true }, "listJobs")).toEqual({
      filter: "state eq 'active'",
      select: "id,state",
      expand: "stats",
    });
  });

  it("ignores blank clauses and a missing detail level", () => {
    expect(applyDetailLevel(undefined, {}, "getTask")).toEqual({});
    expect(
      applyDetailLevel(new ODATADetailLevel({ selectClause: " ", expandClause: "" }), {}, "getTask"),
    ).toEqual({});
  });

  it("accepts a plain object", () => {
    expect(applyDetailLevel({ selectClause: "id" }, { select: true }, "getPool")).toEqual({ select: "id" });
  });
});

describe("applyDetailLevel errors", () => {
  it("names the clause and the operation for an unsupported clause", () => {
    expect(() =>
      applyDetailLevel(
        new ODATADetailLevel({ expandClause: "stats" }),
        { filter: true, select: true },
        "getTask",
      ),
    ).toThrow(new TypeError("getTask does not support the expandClause of a detail level ($expand)"));
  });

  it("rejects clauses that are not strings and detail levels that are not objects", () => {
    expect(() => applyDetailLevel({ filterClause: 5 as never }, { filter: true }, "listJobs")).toThrow(
      /listJobs: detailLevel.filterClause must be a string/,
    );
    expect(() => applyDetailLevel("id" as never, { select: true }, "getJob")).toThrow(TypeError);
  });

  it("throws before any request is made", async () => {
    let requests = 0;
    server.use(
      http.get(`${TEST_BATCH_URL}/poolusagemetrics`, () => {
        requests++;
        return HttpResponse.json({ value: [{ poolId: "p1" }] });
      }),
    );
    expect(() => listPoolUsageMetrics(new ODATADetailLevel({ selectClause: "poolId" }))).toThrow(
      /listPoolUsageMetrics does not support the selectClause/,
    );
    expect(requests).toBe(0);
    const metrics = listPoolUsageMetrics(new ODATADetailLevel({ filterClause: "poolId eq 'p1'" }));
    expect(await metrics.toList()).toEqual(["p1"]);
    expect(requests).toBe(1);
  });
});
