import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials } from "../../../src/auth/shared-key.js";
import { NoRetry } from "../../../src/http/retry-policies.js";
import { ProtocolClient } from "../../../src/protocol/client.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";

const credentials = new BatchSharedKeyCredentials(
  TEST_BATCH_URL,
  "testaccount",
  Buffer.from("k").toString("base64"),
);
const client = new ProtocolClient(TEST_BATCH_URL, credentials, { retryPolicy: new NoRetry() });
const requests: string[] = [];
const server = useMswServer();

function record(status: number, body?: object) {
  return ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    requests.push(`${request.method} ${url.pathname}${url.search}`);
    return body ? HttpResponse.json(body, { status }) : new HttpResponse(null, { status });
  };
}

describe("ProtocolClient", () => {
  it("refuses a base URL that is not absolute http(s)", () => {
    expect(() => new ProtocolClient("batch.test", credentials)).toThrow(TypeError);
  });

  it("sends any operation by its id through invoke()", async () => {
    server.use(http.get(`${TEST_BATCH_URL}/pools/:poolId`, record(200, { id: "p 1" })));
    requests.length = 0;
    const result = (await client.invoke("Pool_Get", { poolId: "p 1", select: "id" })) as { body: unknown };
    expect(result.body).toEqual({ id: "p 1" });
    expect(requests).toEqual(["GET /pools/p%201?$select=id&api-version=2024-07-01.20.0"]);
  });

  it("names an unknown operation id", () => {
    expect(() => client.invoke("Pool_Explode")).toThrow(/unknown operation 'Pool_Explode'/);
  });

  it("refuses a missing required parameter before any request", () => {
    requests.length = 0;
    expect(() => client.pool.get({ poolId: "" })).toThrow(/'poolId' is required/);
    expect(() => client.pool.add({} as never)).toThrow(/'pool' is required/);
    expect(requests).toEqual([]);
  });

  it("answers an exists check for a missing resource with status 404 instead of an error", async () => {
    const notFound = {
      code: "PoolNotFound",
      message: { lang: "en-US", value: "The specified pool does not exist." },
    };
    server.use(
      http.head(`${TEST_BATCH_URL}/pools/:poolId`, record(404)),
      http.get(`${TEST_BATCH_URL}/pools/:poolId`, record(404, notFound)),
    );
    const result = await client.pool.exists({ poolId: "gone" });
    expect(result.status).toBe(404);
    await expect(client.pool.get({ poolId: "gone" })).rejects.toThrow(/PoolNotFound/);
  });
});
