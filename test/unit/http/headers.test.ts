import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import {
  BatchSharedKeyCredentials,
  buildStringToSign,
  computeSharedKeySignature,
} from "../../../src/auth/index.js";
import {
  HttpPipeline,
  JSON_CONTENT_TYPE,
  NoRetry,
  SDK_VERSION,
  type PipelineRequest,
} from "../../../src/http/index.js";
import { API_VERSION } from "../../../src/protocol/api-version.generated.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";

const KEY = Buffer.from("headers-test-key").toString("base64");
const server = useMswServer();

interface Seen {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string;
}

/** Answers every request with `reply` and records what arrived. */
function capture(reply: () => Response = () => HttpResponse.json({ ok: true })): Seen[] {
  const seen: Seen[] = [];
  server.use(
    http.all(`${TEST_BATCH_URL}/*`, async ({ request }) => {
      seen.push({
        method: request.method,
        url: new URL(request.url),
        headers: Object.fromEntries(request.headers.entries()),
        body: await request.text(),
      });
      return reply();
    }),
  );
  return seen;
}

function pipeline(suffix?: string): HttpPipeline {
  return new HttpPipeline({
    signer: new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", KEY),
    retryPolicy: new NoRetry(),
    userAgentSuffix: suffix,
  });
}

function send(request: Partial<PipelineRequest> & Pick<PipelineRequest, "method">, p = pipeline()) {
  return p.send({ url: `${TEST_BATCH_URL}/pools`, responseKind: "json", ...request });
}

describe("headers on the wire", () => {
  it("GET carries ocp-date, a client-request-id, the user agent, api-version and no content headers", async () => {
    const seen = capture();
    const before = Math.floor(Date.now() / 1000) * 1000;
    await send({ method: "GET" }, pipeline("MyTool/2.0"));
    const { headers, url } = seen[0];
    expect(headers["ocp-date"]).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(Date.parse(headers["ocp-date"])).toBeGreaterThanOrEqual(before);
    expect(headers["client-request-id"]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(headers["user-agent"]).toBe(
      `azbatch/${SDK_VERSION} Node.js/${process.versions.node} (${process.platform}; ${process.arch}) MyTool/2.0`,
    );
    expect(headers["content-length"]).toBeUndefined();
    expect(headers["content-type"]).toBeUndefined();
    expect(url.searchParams.get("api-version")).toBe(API_VERSION);
    expect(url.searchParams.has("timeout")).toBe(false);
  });

  it("a body-less POST sends Content-Length: 0 and no Content-Type", async () => {
    const seen = capture(() => new HttpResponse(null, { status: 202 }));
    const response = await send({
      method: "POST",
      url: `${TEST_BATCH_URL}/pools/p1/stopresize`,
      responseKind: "none",
    });
    expect(response.status).toBe(202);
    expect(response.body).toBeUndefined();
    expect(seen[0].headers["content-length"]).toBe("0");
    expect(seen[0].headers["content-type"]).toBeUndefined();
  });

  it("a body-less DELETE sends Content-Length: 0", async () => {
    const seen = capture(() => new HttpResponse(null, { status: 202 }));
    await send({ method: "DELETE", url: `${TEST_BATCH_URL}/pools/p1`, responseKind: "none" });
    expect(seen[0].headers["content-length"]).toBe("0");
  });

  it("a JSON body is sent with the OData content type and its byte length", async () => {
    const seen = capture(() => new HttpResponse(null, { status: 201 }));
    await send({ method: "POST", body: { id: "pööl", vmSize: "standard_d2s_v3" }, responseKind: "none" });
    const body = JSON.stringify({ id: "pööl", vmSize: "standard_d2s_v3" });
    expect(seen[0].headers["content-type"]).toBe(JSON_CONTENT_TYPE);
    expect(seen[0].headers["content-length"]).toBe(String(Buffer.byteLength(body)));
    expect(seen[0].body).toBe(body);
  });

  it("sends query parameters percent-encoded with %20 and the timeout only when given", async () => {
    const seen = capture(() => HttpResponse.json({ value: [] }));
    await send({
      method: "GET",
      query: { $filter: "state eq 'active'", $select: "id,state", timeout: "30", maxresults: undefined },
    });
    const { url } = seen[0];
    expect(url.search).toContain("$filter=state%20eq%20%27active%27");
    expect(url.searchParams.get("$select")).toBe("id,state");
    expect(url.searchParams.get("timeout")).toBe("30");
    expect(url.searchParams.has("maxresults")).toBe(false);
  });

  it("keeps caller headers and a caller-fixed client-request-id", async () => {
    const seen = capture();
    await send({
      method: "GET",
      headers: { "Client-Request-Id": "fixed-id", "return-client-request-id": "true", "if-match": undefined },
    });
    expect(seen[0].headers["client-request-id"]).toBe("fixed-id");
    expect(seen[0].headers["return-client-request-id"]).toBe("true");
    expect(seen[0].headers["if-match"]).toBeUndefined();
  });

  it("runs interceptors once, before signing, so what they add is signed", async () => {
    const seen = capture();
    let calls = 0;
    await send({
      method: "GET",
      options: {
        interceptors: [
          (request) => {
            calls++;
            request.headers["Ocp-Custom-Tag"] = "tagged";
            request.url.searchParams.set("extra", "1");
          },
        ],
      },
    });
    expect(calls).toBe(1);
    const { method, url, headers } = seen[0];
    expect(headers["ocp-custom-tag"]).toBe("tagged");
    const stringToSign = buildStringToSign({ method, url, headers, accountName: "testaccount" });
    expect(stringToSign).toContain("ocp-custom-tag:tagged\n");
    expect(headers.authorization).toBe(
      `SharedKey testaccount:${computeSharedKeySignature(stringToSign, KEY)}`,
    );
  });
});

describe("responses", () => {
  it("lower-cases response header names", async () => {
    capture(() =>
      HttpResponse.json(
        { id: "p1" },
        { headers: { ETag: "0x1", "Last-Modified": "Tue, 03 Nov 2026 10:00:00 GMT", "request-id": "r" } },
      ),
    );
    const response = await send({ method: "GET" });
    expect(response.headers).toMatchObject({
      etag: "0x1",
      "last-modified": "Tue, 03 Nov 2026 10:00:00 GMT",
      "request-id": "r",
    });
  });

  it("hands file content over as a Node Readable", async () => {
    capture(
      () =>
        new HttpResponse("hello from the node", {
          headers: { "content-type": "application/octet-stream", "ocp-batch-file-isdirectory": "False" },
        }),
    );
    const response = await send({
      method: "GET",
      url: `${TEST_BATCH_URL}/jobs/j/tasks/t/files/stdout.txt`,
      responseKind: "stream",
    });
    expect(response.body).toBeInstanceOf(Readable);
    const chunks: Buffer[] = [];
    for await (const chunk of response.body as Readable) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe("hello from the node");
    expect(response.headers["ocp-batch-file-isdirectory"]).toBe("False");
  });

  it("HEAD resolves with headers and no body", async () => {
    capture(
      () =>
        new HttpResponse(null, { headers: { "content-length": "42", "ocp-batch-file-mode": "0o100644" } }),
    );
    const response = await send({
      method: "HEAD",
      url: `${TEST_BATCH_URL}/jobs/j/tasks/t/files/stdout.txt`,
      responseKind: "none",
    });
    expect(response.body).toBeUndefined();
    expect(response.headers["ocp-batch-file-mode"]).toBe("0o100644");
  });
});

describe("pipeline construction", () => {
  it("requires a signer and a positive timeout", () => {
    expect(() => new HttpPipeline({} as never)).toThrow(TypeError);
    expect(
      () =>
        new HttpPipeline({
          signer: new BatchSharedKeyCredentials(TEST_BATCH_URL, "a", KEY),
          defaultTimeoutMs: 0,
        }),
    ).toThrow(RangeError);
  });

  it("rejects a non-positive per-request timeout before sending", async () => {
    const seen = capture();
    await expect(send({ method: "GET", options: { timeoutMs: -1 } })).rejects.toThrow(RangeError);
    expect(seen).toHaveLength(0);
  });
});

describe("downloads and cancellation (real local server)", () => {
  it("destroys a download stream when the caller's signal aborts after the headers arrived", async () => {
    // Sends one chunk and keeps the response open, like a large file in transit.
    const fileServer = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.write("first chunk");
    });
    await new Promise<void>((resolve) => fileServer.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(fileServer.address() as AddressInfo).port}`;
    server.close();
    try {
      const controller = new AbortController();
      const p = new HttpPipeline({
        signer: new BatchSharedKeyCredentials(base, "a", KEY),
        retryPolicy: new NoRetry(),
      });
      const response = await p.send({
        method: "GET",
        url: `${base}/jobs/j/tasks/t/files/big.bin`,
        responseKind: "stream",
        options: { signal: controller.signal },
      });
      const body = response.body as Readable;
      const reason = new Error("user cancelled");
      const consumed = (async () => {
        for await (const _ of body) controller.abort(reason);
      })();
      await expect(consumed).rejects.toBe(reason);
      expect(body.destroyed).toBe(true);
    } finally {
      fileServer.closeAllConnections();
      await new Promise((resolve) => fileServer.close(resolve));
    }
  });
});
