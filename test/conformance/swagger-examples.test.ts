/**
 * Replays every request/response example of the REST contract through the protocol client: the request that
 * goes out must be the example's request, and the example's response must come back parsed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials } from "../../src/auth/shared-key.js";
import { NoRetry } from "../../src/http/retry-policies.js";
import { ProtocolClient } from "../../src/protocol/client.js";
import { routes } from "../../src/protocol/routes.generated.js";
import { sharedMissingReason, specDir } from "../support/shared.js";

const baseUrl = "https://account.region.batch.test";
const key = Buffer.from("conformance-test-key").toString("base64");

interface Example {
  parameters: Record<string, unknown>;
  responses: Record<string, Record<string, unknown>>;
}

interface Case {
  file: string;
  operationId: string;
  example: Example;
}

function loadCases(): Case[] {
  if (!specDir) return [];
  const swagger = JSON.parse(readFileSync(join(specDir, "BatchService.json"), "utf8"));
  const cases: Case[] = [];
  for (const methods of Object.values<Record<string, any>>(swagger.paths)) {
    for (const operation of Object.values<any>(methods)) {
      for (const ref of Object.values<{ $ref: string }>(operation["x-ms-examples"] ?? {})) {
        const file = ref.$ref.replace("./examples/", "");
        const example = JSON.parse(readFileSync(join(specDir, "examples", file), "utf8"));
        cases.push({ file, operationId: operation.operationId, example });
      }
    }
  }
  return cases.sort((a, b) => a.file.localeCompare(b.file));
}

interface Captured {
  method: string;
  url: URL;
  body: string;
}

const captured: Captured[] = [];
let nextResponse: () => Response = () => new HttpResponse(null, { status: 500 });
const server = setupServer(
  http.all(`${baseUrl}/*`, async ({ request }) => {
    captured.push({ method: request.method, url: new URL(request.url), body: await request.text() });
    return nextResponse();
  }),
);

function exampleResponse(example: Example): {
  status: number;
  body: unknown;
  headers: Record<string, string>;
} {
  const [status, response] = Object.entries(example.responses)[0];
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...response, ...(response.headers as object) })) {
    // The examples' Content-Length does not always match their illustrative bodies; let the server compute it.
    const skip = name === "body" || name === "headers" || name.toLowerCase() === "content-length";
    if (!skip && typeof value === "string") headers[name] = value;
  }
  return { status: Number(status), body: response.body, headers };
}

const cases = loadCases();

describe.skipIf(!specDir)(`swagger examples ${specDir ? "" : `(${sharedMissingReason})`}`, () => {
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());
  const client = new ProtocolClient(baseUrl, new BatchSharedKeyCredentials(baseUrl, "account", key), {
    retryPolicy: new NoRetry(),
  });

  it("has all 100 examples", () => {
    expect(new Set(cases.map((c) => c.file)).size).toBe(100);
  });

  it.each(cases.map((c) => [c.file, c] as const))("%s", async (_file, { operationId, example }) => {
    const route = routes.find((r) => r.operationId === operationId)!;
    const parameters: Record<string, unknown> = {};
    for (const p of route.parameters) {
      if (p.wireName in example.parameters) parameters[p.key] = example.parameters[p.wireName];
    }
    const response = exampleResponse(example);
    const binary = route.binaryResponse;
    nextResponse = () =>
      binary
        ? new HttpResponse(String(response.body), { status: response.status, headers: response.headers })
        : response.body === undefined
          ? new HttpResponse(null, { status: response.status, headers: response.headers })
          : HttpResponse.json(response.body, { status: response.status, headers: response.headers });
    captured.length = 0;

    const method = (client as any)[route.group][route.name].bind((client as any)[route.group]);
    let result: any;
    if (route.pageable) {
      // Only the first page: an example's next link points at the real service's host.
      const pages = method(parameters).byPage()[Symbol.asyncIterator]();
      const first = await pages.next();
      result = { body: { value: first.value.items }, nextLink: first.value.nextLink };
    } else {
      result = await method(parameters);
    }

    // The request that went out.
    expect(captured).toHaveLength(1);
    const sent = captured[0];
    expect(sent.method).toBe(route.method);
    const expectedPath = route.path.replace(/\{(\w+)\}/g, (_, name) =>
      encodeURIComponent(String(example.parameters[name])),
    );
    expect(sent.url.pathname).toBe(expectedPath);
    expect(sent.url.searchParams.get("api-version")).toBe("2024-07-01.20.0");
    for (const p of route.parameters.filter((p) => p.in === "query")) {
      const value = example.parameters[p.wireName];
      expect(sent.url.searchParams.get(p.wireName)).toBe(value === undefined ? null : String(value));
    }
    const bodyParameter = route.parameters.find((p) => p.in === "body");
    if (bodyParameter) expect(JSON.parse(sent.body)).toEqual(example.parameters[bodyParameter.wireName]);
    else expect(sent.body).toBe("");

    // The response that came back.
    if (binary) {
      expect(await text(result.body as Readable)).toBe(String(response.body));
      expect(result.headers.ocpBatchFileIsdirectory).toBe(false);
    } else if (route.pageable) {
      expect(result.body.value).toEqual((response.body as any).value);
      expect(result.nextLink).toBe((response.body as any)["odata.nextLink"]);
    } else if (response.body !== undefined) {
      expect(result.body).toEqual(response.body);
    } else {
      expect(result.body).toBeUndefined();
    }
    expect(route.successCodes).toContain(result.status ?? response.status);
  });
});
