/** Wire behaviour of the local Batch service: headers, errors, validation, paging, conditions, robustness. */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import { isBatchError, poolBody, signedRequest } from "../../integration/emulator/support.js";

let service: LocalBatchService;

beforeAll(async () => {
  service = await startLocalBatchService({ timeScale: 0 });
});

afterAll(async () => {
  await service.close();
});

describe("startup", () => {
  it("listens on 127.0.0.1 and releases its port on close", async () => {
    const other = await startLocalBatchService();
    expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await other.close();
    await expect(fetch(`${other.url}/pools`)).rejects.toThrow();
  });
});

describe("headers", () => {
  it("answers a create with 201, Location, DataServiceId, ETag and Last-Modified", async () => {
    const res = await signedRequest(service, "POST", "/pools", { body: poolBody("hdr-pool") });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`${service.url}/pools/hdr-pool`);
    expect(res.headers.dataserviceid).toBe(`${service.url}/pools/hdr-pool`);
    expect(res.headers.etag).toMatch(/^0x8D[0-9A-F]{13}$/);
    expect(res.headers["last-modified"]).toMatch(/GMT$/);
    expect(res.headers.dataserviceversion).toBe("3.0");
    expect(res.headers["request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const get = await signedRequest(service, "GET", "/pools/hdr-pool");
    expect(get.headers.etag).toBe(get.body.eTag);
    expect(get.body["odata.metadata"]).toBe(`${service.url}/$metadata#pools/@Element`);
    expect(get.body.url).toBe(`${service.url}/pools/hdr-pool`);
  });

  it("echoes client-request-id only when asked", async () => {
    const id = "8a3e6a3c-8e4f-4c0f-9e7b-6c4f0b7f1d2a";
    const asked = await signedRequest(service, "GET", "/pools", {
      headers: { "client-request-id": id, "return-client-request-id": "true" },
    });
    expect(asked.headers["client-request-id"]).toBe(id);
    const silent = await signedRequest(service, "GET", "/pools", { headers: { "client-request-id": id } });
    expect(silent.headers["client-request-id"]).toBeUndefined();
  });

  it("answers HEAD with a status and no body", async () => {
    const found = await signedRequest(service, "HEAD", "/pools/hdr-pool");
    expect(found.status).toBe(200);
    expect(found.text).toBe("");
    const missing = await signedRequest(service, "HEAD", "/pools/absent");
    expect(missing.status).toBe(404);
    expect(missing.text).toBe("");
  });
});

describe("errors", () => {
  it("uses 404 codes per resource kind", async () => {
    expect((await signedRequest(service, "GET", "/pools/none")).body.code).toBe("PoolNotFound");
    expect((await signedRequest(service, "GET", "/jobs/none")).body.code).toBe("JobNotFound");
    expect((await signedRequest(service, "GET", "/jobschedules/none")).body.code).toBe("JobScheduleNotFound");
    expect(
      (await signedRequest(service, "GET", "/certificates(thumbprintAlgorithm=sha1,thumbprint=abc)")).body
        .code,
    ).toBe("CertificateNotFound");
    expect((await signedRequest(service, "GET", "/applications/none")).body.code).toBe("ApplicationNotFound");
    expect((await signedRequest(service, "GET", "/pools/hdr-pool/nodes/none")).body.code).toBe(
      "NodeNotFound",
    );
  });

  it("answers unknown paths with 404 and unsupported verbs with 405", async () => {
    const unknown = await signedRequest(service, "GET", "/nothing/here");
    expect(unknown.status).toBe(404);
    expect(isBatchError(unknown.body)).toBe(true);
    const verb = await signedRequest(service, "PUT", "/pools");
    expect(verb.status).toBe(405);
  });

  it("enforces the id rules", async () => {
    const long = await signedRequest(service, "POST", "/pools", { body: poolBody("x".repeat(65)) });
    expect(long.status).toBe(400);
    expect(long.body.values).toContainEqual({ key: "PropertyName", value: "id" });
    const chars = await signedRequest(service, "POST", "/jobs", {
      body: { id: "bad id!", poolInfo: { poolId: "p" } },
    });
    expect(chars.status).toBe(400);
    await signedRequest(service, "POST", "/jobs", { body: { id: "CaseJob", poolInfo: { poolId: "p" } } });
    const dup = await signedRequest(service, "POST", "/jobs", {
      body: { id: "casejob", poolInfo: { poolId: "p" } },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe("JobExists");
  });

  it("rejects malformed JSON, wrong types, unknown properties and missing required ones", async () => {
    const malformed = await signedRequest(service, "POST", "/pools", { body: "{ not json" });
    expect([malformed.status, malformed.body.code]).toEqual([400, "InvalidRequestBody"]);
    const wrongType = await signedRequest(service, "POST", "/pools", {
      body: { ...poolBody("t1"), targetDedicatedNodes: "three" },
    });
    expect(wrongType.status).toBe(400);
    expect(isBatchError(wrongType.body)).toBe(true);
    const unknown = await signedRequest(service, "POST", "/pools", {
      body: { ...poolBody("t2"), colour: "blue" },
    });
    expect(unknown.status).toBe(400);
    const missing = await signedRequest(service, "POST", "/pools", { body: { id: "t3" } });
    expect([missing.status, missing.body.code]).toEqual([400, "MissingRequiredProperty"]);
    expect(missing.body.values).toContainEqual({ key: "PropertyName", value: "vmSize" });
    const array = await signedRequest(service, "POST", "/pools", { body: "[1,2]" });
    expect(array.status).toBe(400);
  });

  it("rejects bodies over 1 MB with 413 RequestBodyTooLarge", async () => {
    const res = await signedRequest(service, "POST", "/pools", {
      body: { ...poolBody("big"), displayName: "x".repeat(1024 * 1024) },
    });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe("RequestBodyTooLarge");
  });

  it("validates query parameters", async () => {
    const res = await signedRequest(service, "GET", "/pools", { query: { maxresults: "0" } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("InvalidQueryParameterValue");
    expect(res.body.values).toContainEqual({ key: "QueryParameterName", value: "maxresults" });
    const filter = await signedRequest(service, "GET", "/pools", { query: { $filter: "state eq" } });
    expect([filter.status, filter.body.code]).toEqual([400, "InvalidQueryParameterValue"]);
    const expand = await signedRequest(service, "GET", "/pools", { query: { $expand: "nodes" } });
    expect(expand.status).toBe(400);
    const token = await signedRequest(service, "GET", "/pools", { query: { $skiptoken: "!!" } });
    expect(token.status).toBe(400);
  });
});

describe("lists", () => {
  it("pages with odata.nextLink on a stable key while items are added and removed", async () => {
    for (let i = 0; i < 7; i++)
      await signedRequest(service, "POST", "/jobs", { body: { id: `page-${i}`, poolInfo: { poolId: "p" } } });
    const first = await signedRequest(service, "GET", "/jobs", {
      query: { $filter: "startswith(id,'page-')", maxresults: "3", $select: "id" },
    });
    expect(first.body.value).toEqual([{ id: "page-0" }, { id: "page-1" }, { id: "page-2" }]);
    await signedRequest(service, "POST", "/jobs", { body: { id: "page-7", poolInfo: { poolId: "p" } } });
    await signedRequest(service, "DELETE", "/jobs/page-0");
    const next = new URL(first.body["odata.nextLink"] as string);
    const second = await signedRequest(service, "GET", next.pathname, {
      query: Object.fromEntries(next.searchParams),
    });
    expect(second.body.value).toEqual([{ id: "page-3" }, { id: "page-4" }, { id: "page-5" }]);
  });

  it("expands stats on request", async () => {
    const res = await signedRequest(service, "GET", "/jobs/page-1", { query: { $expand: "stats" } });
    // An OData Int64 goes on the wire as a string.
    expect(res.body.stats.numSucceededTasks).toBe("0");
    const plain = await signedRequest(service, "GET", "/jobs/page-1");
    expect(plain.body.stats).toBeUndefined();
  });
});

describe("conditional requests", () => {
  it("answers If-Match with a stale eTag with 412 and If-None-Match with the current one with 304", async () => {
    const get = await signedRequest(service, "GET", "/jobs/page-1");
    const etag = get.headers.etag;
    const stale = await signedRequest(service, "PATCH", "/jobs/page-1", {
      body: { priority: 5 },
      headers: { "if-match": "0x8D000000000000" },
    });
    expect([stale.status, stale.body.code]).toEqual([412, "ConditionNotMet"]);
    const ok = await signedRequest(service, "PATCH", "/jobs/page-1", {
      body: { priority: 5 },
      headers: { "if-match": etag },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).not.toBe(etag);
    const unchanged = await signedRequest(service, "GET", "/jobs/page-1", {
      headers: { "if-none-match": ok.headers.etag },
    });
    expect(unchanged.status).toBe(304);
    const since = await signedRequest(service, "GET", "/jobs/page-1", {
      headers: { "if-modified-since": new Date(Date.now() + 60_000).toUTCString() },
    });
    expect(since.status).toBe(304);
    const unmodified = await signedRequest(service, "DELETE", "/jobs/page-1", {
      headers: { "if-unmodified-since": new Date(Date.now() - 3_600_000).toUTCString() },
    });
    expect(unmodified.status).toBe(412);
  });
});

describe("robustness", () => {
  const targets = [
    ["POST", "/pools"],
    ["POST", "/jobs"],
    ["POST", "/jobschedules"],
    ["POST", "/certificates"],
    ["POST", "/jobs/fuzz-job/tasks"],
    ["POST", "/jobs/fuzz-job/addtaskcollection"],
    ["PATCH", "/pools/hdr-pool"],
    ["POST", "/pools/hdr-pool/resize"],
    ["POST", "/pools/hdr-pool/enableautoscale"],
    ["PUT", "/jobs/fuzz-job"],
  ] as const;

  it("answers 1,000 fuzzed bodies with a 2xx or a 4xx BatchError, never a 5xx", async () => {
    await signedRequest(service, "POST", "/jobs", { body: { id: "fuzz-job", poolInfo: { poolId: "p" } } });
    const body = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(
        fc.constantFrom(
          "id",
          "vmSize",
          "poolInfo",
          "value",
          "commandLine",
          "targetDedicatedNodes",
          "schedule",
          "thumbprint",
          "data",
          "x",
        ),
        fc.jsonValue(),
      ),
      fc.string(),
    );
    let count = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), body, async ([method, path], value) => {
        count++;
        const res = await signedRequest(service, method, path, {
          body: typeof value === "string" ? value : JSON.stringify(value),
        });
        if (res.status >= 500) throw new Error(`${method} ${path} → ${res.status} ${res.text}`);
        if (res.status >= 400) expect(isBatchError(res.body)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    expect(count).toBe(1000);
  }, 120_000);
});
