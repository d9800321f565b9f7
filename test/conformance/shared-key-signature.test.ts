/**
 * Shared Key signatures against an independent implementation: fixed vectors produced once by the
 * published `@azure/batch` 10.2.0 signer, and a cross-check of ≥ 1,000 generated requests sent over a
 * real socket and re-signed from what the server received.
 *
 * Where the two signers differ (and the cross-check therefore avoids the input):
 * - the reference keeps query names as they are; the Batch scheme (and azbatch) lower-case them — the
 *   generator uses lower-case names, as every Batch operation does;
 * - the reference keeps only the first of repeated query names; azbatch joins them with commas;
 * - the reference recognizes `ocp-*` headers only when spelled in lower case; azbatch matches any case
 *   (it sends lower case, which is what the cross-check feeds both).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  BatchSharedKeyCredentials,
  buildStringToSign,
  computeSharedKeySignature,
} from "../../src/auth/index.js";
import { HttpPipeline, NoRetry, type HttpMethod } from "../../src/http/index.js";

const require = createRequire(import.meta.url);
const reference = require("@azure/batch") as {
  BatchSharedKeyCredentials: new (
    account: string,
    key: string,
  ) => { signRequest(w: unknown): Promise<unknown> };
};
const { WebResource } = require("@azure/ms-rest-js") as {
  WebResource: new (
    url: string,
    method: string,
    body?: string,
  ) => { headers: { set(n: string, v: string): void; get(n: string): string | undefined } };
};

const VECTOR_KEY = "ZGV2ZWxvcG1lbnQta2V5LWZvci1zaWduYXR1cmUtdmVjdG9ycy0wMDAwMDAwMA==";
const DATE = "Tue, 03 Nov 2026 10:00:00 GMT";
const HOST = "https://myaccount.westus.batch.azure.com";

/** Signed once with the `@azure/batch` 10.2.0 signer. */
const VECTORS: {
  method: string;
  url: string;
  headers: Record<string, string>;
  stringToSign: string;
  signature: string;
}[] = [
  {
    method: "GET",
    url: `${HOST}/pools?api-version=2024-07-01.20.0&maxresults=10&%24filter=state%20eq%20%27active%27&timeout=30`,
    headers: {
      "ocp-date": DATE,
      "client-request-id": "6a1c3ad8-5e0c-4f38-9c8e-0d1f1f2a9b77",
      accept: "application/json",
    },
    stringToSign:
      "GET\n\n\n\n\n\n\n\n\n\n\n\nocp-date:Tue, 03 Nov 2026 10:00:00 GMT\n/myaccount/pools" +
      "\n$filter:state eq 'active'\napi-version:2024-07-01.20.0\nmaxresults:10\ntimeout:30",
    signature: "F9wBLtUFOV/EfKfqdZvQYw9N4PwRkQFSVKe4H1pCNYo=",
  },
  {
    method: "POST",
    url: `${HOST}/pools/pool%20%C3%A4/resize?api-version=2024-07-01.20.0`,
    headers: {
      "ocp-date": DATE,
      "content-type": "application/json; odata=minimalmetadata; charset=utf-8",
      "content-length": "30",
      "if-match": "0x8DE6445A18FBED9",
    },
    stringToSign:
      "POST\n\n\n30\n\napplication/json; odata=minimalmetadata; charset=utf-8\n\n\n0x8DE6445A18FBED9\n\n\n\n" +
      "ocp-date:Tue, 03 Nov 2026 10:00:00 GMT\n/myaccount/pools/pool%20%C3%A4/resize\napi-version:2024-07-01.20.0",
    signature: "xf0iC/IUDcFK/szx8KRN2eCbpvxOlFZSQOtySVqGweo=",
  },
  {
    method: "GET",
    url: `${HOST}/jobs/j1/tasks/t1/files/wd%2Fout.txt?api-version=2024-07-01.20.0`,
    headers: {
      "ocp-date": DATE,
      "ocp-range": "bytes=0-99",
      "if-modified-since": "Mon, 02 Nov 2026 10:00:00 GMT",
    },
    stringToSign:
      "GET\n\n\n\n\n\n\nMon, 02 Nov 2026 10:00:00 GMT\n\n\n\n\nocp-date:Tue, 03 Nov 2026 10:00:00 GMT\nocp-range:bytes=0-99\n" +
      "/myaccount/jobs/j1/tasks/t1/files/wd%2Fout.txt\napi-version:2024-07-01.20.0",
    signature: "YO8n0Ryr1PbLw+RGMrXDDEZ+/WV/2g0nqjFqPPiwIrs=",
  },
  {
    method: "DELETE",
    url: `${HOST}/jobs/j1?api-version=2024-07-01.20.0`,
    headers: {
      "ocp-date": DATE,
      "content-length": "0",
      "if-none-match": '"abc"',
      "if-unmodified-since": "Mon, 02 Nov 2026 10:00:00 GMT",
    },
    stringToSign:
      'DELETE\n\n\n0\n\n\n\n\n\n"abc"\nMon, 02 Nov 2026 10:00:00 GMT\n\nocp-date:Tue, 03 Nov 2026 10:00:00 GMT\n' +
      "/myaccount/jobs/j1\napi-version:2024-07-01.20.0",
    signature: "OawuuxV2CtpjCHh5aXL7cpJg/N9sZlfXYyqGImfyc1M=",
  },
];

describe("fixed Shared Key vectors", () => {
  for (const vector of VECTORS) {
    it(`${vector.method} ${new URL(vector.url).pathname}`, async () => {
      const url = new URL(vector.url);
      const stringToSign = buildStringToSign({
        method: vector.method,
        url,
        headers: vector.headers,
        accountName: "myaccount",
      });
      expect(stringToSign).toBe(vector.stringToSign);
      expect(computeSharedKeySignature(stringToSign, VECTOR_KEY)).toBe(vector.signature);
      const headers: Record<string, string> = { ...vector.headers };
      await new BatchSharedKeyCredentials(HOST, "myaccount", VECTOR_KEY).signRequest({
        method: vector.method as HttpMethod,
        url,
        headers,
      });
      expect(headers.authorization).toBe(`SharedKey myaccount:${vector.signature}`);
    });
  }
});

describe("cross-check with the @azure/batch signer on raw URLs", () => {
  const KEY = Buffer.from("raw-url cross-check key").toString("base64");
  // Query parts as other clients may write them: '+' for spaces, %2B for plus, raw and encoded unicode.
  const rawValue = fc.array(
    fc.constantFrom("a", "Z", "0", "+", "%2B", "%20", "%27", "'", "%C3%A9", "é", "~", "*", "%2C", ","),
    {
      maxLength: 8,
    },
  );
  const rawQuery = fc.uniqueArray(
    fc.tuple(
      fc.constantFrom("$filter", "$select", "maxresults", "api-version", "timeout"),
      rawValue.map((v) => v.join("")),
    ),
    { selector: ([n]) => n, maxLength: 5 },
  );

  it("builds the same string-to-sign as the reference for 1,000 raw query strings", async () => {
    await fc.assert(
      fc.asyncProperty(rawQuery, fc.constantFrom("GET", "POST"), async (query, method) => {
        const href = `${HOST}/jobs/j%201/tasks?${query.map(([n, v]) => `${n}=${v}`).join("&")}`;
        const url = new URL(href);
        const headers = { "ocp-date": DATE, "content-length": method === "POST" ? "0" : undefined };
        const resource = new WebResource(url.href, method);
        resource.headers.set("ocp-date", DATE);
        if (method === "POST") resource.headers.set("content-length", "0");
        await new reference.BatchSharedKeyCredentials("myaccount", KEY).signRequest(resource);
        const ours = computeSharedKeySignature(
          buildStringToSign({ method, url, headers, accountName: "myaccount" }),
          KEY,
        );
        expect(resource.headers.get("authorization")).toBe(`SharedKey myaccount:${ours}`);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});

interface Captured {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

describe("cross-check with the @azure/batch signer over a real socket", () => {
  const KEY = Buffer.from("cross-check-key: azbatch vs the reference signer").toString("base64");
  let server: http.Server;
  let base: string;
  let captured: Captured | undefined;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const headers: Record<string, string> = {};
        for (let i = 0; i < req.rawHeaders.length; i += 2) headers[req.rawHeaders[i]] = req.rawHeaders[i + 1];
        captured = {
          method: req.method!,
          path: req.url!,
          headers,
          body: Buffer.concat(chunks).toString("utf8"),
        };
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  async function referenceAuthorization(request: Captured): Promise<string | undefined> {
    const resource = new WebResource(`${base}${request.path}`, request.method, request.body || undefined);
    for (const [name, value] of Object.entries(request.headers)) {
      if (name.toLowerCase() !== "authorization") resource.headers.set(name, value);
    }
    await new reference.BatchSharedKeyCredentials("devaccount", KEY).signRequest(resource);
    return resource.headers.get("authorization");
  }

  const segment = fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
    fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 8 })
      .filter((s) => s !== "." && s !== ".." && !s.includes("/")),
  );
  const queryName = fc.constantFrom(
    "$filter",
    "$select",
    "$expand",
    "maxresults",
    "timeout",
    "recursive",
    "force",
    "x-custom",
  );
  const queryValue = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.constantFrom("state eq 'active'", "id,state", "a+b=c&d", "100%", "ünïcødé 日本"),
  );
  const optionalHeader = (gen: fc.Arbitrary<string>) => fc.option(gen, { nil: undefined });
  const httpDate = fc
    .date({ min: new Date(2000, 0, 1), max: new Date(2099, 0, 1), noInvalidDate: true })
    .map((d) => d.toUTCString());
  const request = fc.record({
    method: fc.constantFrom<HttpMethod>("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"),
    segments: fc.array(segment, { minLength: 1, maxLength: 4 }),
    query: fc.uniqueArray(fc.tuple(queryName, queryValue), { selector: ([n]) => n, maxLength: 4 }),
    ifMatch: optionalHeader(fc.stringMatching(/^0x[0-9A-F]{15}$/)),
    ifNoneMatch: optionalHeader(fc.constantFrom('"etag"', "*", "0x8DE6445A18FBED9")),
    ifModifiedSince: optionalHeader(httpDate),
    ifUnmodifiedSince: optionalHeader(httpDate),
    ocpRange: optionalHeader(fc.nat(10_000).map((n) => `bytes=${n}-${n + 99}`)),
    returnClientRequestId: fc.option(fc.constantFrom("true", "false"), { nil: undefined }),
    body: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
  });

  it("signs ≥ 1,000 generated requests exactly as the reference does", async () => {
    const pipeline = new HttpPipeline({
      signer: new BatchSharedKeyCredentials(base, "devaccount", KEY),
      retryPolicy: new NoRetry(),
    });
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const withBody = r.body !== undefined && r.method !== "GET" && r.method !== "HEAD";
        captured = undefined;
        await pipeline.send({
          method: r.method,
          url: `${base}/${r.segments.map(encodeURIComponent).join("/")}`,
          query: Object.fromEntries(r.query),
          headers: {
            "if-match": r.ifMatch,
            "if-none-match": r.ifNoneMatch,
            "if-modified-since": r.ifModifiedSince,
            "if-unmodified-since": r.ifUnmodifiedSince,
            "ocp-range": r.ocpRange,
            "return-client-request-id": r.returnClientRequestId,
          },
          body: withBody ? r.body : undefined,
          responseKind: "none",
        });
        expect(captured).toBeDefined();
        const sent = captured!.headers.authorization;
        expect(sent).toMatch(/^SharedKey devaccount:[A-Za-z0-9+/]{43}=$/);
        expect(await referenceAuthorization(captured!)).toBe(sent);
        checked++;
      }),
      { numRuns: 1000, seed: 20241107 },
    );
    expect(checked).toBeGreaterThanOrEqual(1000);
  });
});
