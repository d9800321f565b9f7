import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { BatchSharedKeyCredentials } from "../../../src/auth/index.js";
import {
  BatchException,
  HttpPipeline,
  InvalidResponseError,
  NoRetry,
  createBatchException,
} from "../../../src/http/index.js";
import { parseRetryAfter } from "../../../src/http/errors.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";

const KEY = Buffer.from("errors-test-key").toString("base64");
const server = useMswServer();
const pipeline = new HttpPipeline({
  signer: new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", KEY),
  retryPolicy: new NoRetry(),
});

async function failure(): Promise<BatchException> {
  const error = await pipeline
    .send({ method: "POST", url: `${TEST_BATCH_URL}/pools`, body: { id: "p1" }, responseKind: "none" })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BatchException);
  return error as BatchException;
}

describe("error mapping", () => {
  it("parses a BatchError body into requestInformation and the message", async () => {
    server.use(
      http.post(`${TEST_BATCH_URL}/pools`, ({ request }) =>
        HttpResponse.json(
          {
            "odata.metadata": `${TEST_BATCH_URL}/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element`,
            code: "PoolExists",
            message: {
              lang: "en-US",
              value: "The specified pool already exists.\nRequestId:r-1\nTime:2026-01-01T00:00:00Z",
            },
            values: [{ key: "Reason", value: "duplicate" }],
          },
          {
            status: 409,
            headers: { "request-id": "r-1", "client-request-id": request.headers.get("client-request-id")! },
          },
        ),
      ),
    );
    const error = await failure();
    expect(error.message).toBe(
      "Operation returned an invalid status code 'Conflict' (409): PoolExists: The specified pool already exists.",
    );
    expect(error.name).toBe("BatchException");
    const info = error.requestInformation;
    expect(info.httpStatusCode).toBe(409);
    expect(info.httpStatusMessage).toBe("Conflict");
    expect(info.serviceRequestId).toBe("r-1");
    expect(info.clientRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.batchError).toEqual({
      code: "PoolExists",
      message: {
        language: "en-US",
        value: "The specified pool already exists.\nRequestId:r-1\nTime:2026-01-01T00:00:00Z",
      },
      values: [{ key: "Reason", value: "duplicate" }],
    });
  });

  it("gives a useful exception for a body that is not JSON", async () => {
    server.use(
      http.post(`${TEST_BATCH_URL}/pools`, () =>
        HttpResponse.text("<html><body>Bad gateway from the proxy</body></html>", {
          status: 502,
          statusText: "Bad Gateway",
        }),
      ),
    );
    const error = await failure();
    expect(error.message).toBe(
      "Operation returned an invalid status code 'BadGateway' (502): <html><body>Bad gateway from the proxy</body></html>",
    );
    expect(error.requestInformation.batchError).toBeUndefined();
    expect(error.requestInformation.httpStatusMessage).toBe("Bad Gateway");
  });

  it("shortens a long non-JSON body", async () => {
    server.use(
      http.post(`${TEST_BATCH_URL}/pools`, () => HttpResponse.text("x".repeat(5000), { status: 400 })),
    );
    const error = await failure();
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toMatch(/x…$/);
  });

  it("gives a useful exception for an empty body and keeps the client-request-id that was sent", async () => {
    let sentId = "";
    server.use(
      http.post(`${TEST_BATCH_URL}/pools`, ({ request }) => {
        sentId = request.headers.get("client-request-id")!;
        return new HttpResponse(null, { status: 404 });
      }),
    );
    const error = await failure();
    expect(error.message).toBe("Operation returned an invalid status code 'NotFound' (404)");
    expect(error.requestInformation.clientRequestId).toBe(sentId);
  });

  it("carries Retry-After in milliseconds", async () => {
    server.use(
      http.post(
        `${TEST_BATCH_URL}/pools`,
        () => new HttpResponse(null, { status: 503, headers: { "Retry-After": "7" } }),
      ),
    );
    expect((await failure()).requestInformation.retryAfter).toBe(7000);
  });

  it("rejects a success body that is not JSON with InvalidResponseError", async () => {
    server.use(http.get(`${TEST_BATCH_URL}/pools/p1`, () => HttpResponse.text("{not json", { status: 200 })));
    const error = await pipeline
      .send({ method: "GET", url: `${TEST_BATCH_URL}/pools/p1`, responseKind: "json" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).statusCode).toBe(200);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("Tue, 03 Nov 2026 10:00:00 GMT");
  it.each([
    ["12", 12_000],
    ["0", 0],
    ["1.5", 1500],
    ["Tue, 03 Nov 2026 10:00:30 GMT", 30_000],
    ["Tue, 03 Nov 2026 09:00:00 GMT", 0],
    ["soon", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("reads %j as %j ms", (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe("createBatchException", () => {
  it("accepts a plain-string message and names unknown statuses by number", () => {
    const error = createBatchException({
      status: 418,
      headers: {},
      bodyText: JSON.stringify({ code: "Teapot", message: "short and stout" }),
    });
    expect(error.message).toBe(
      "Operation returned an invalid status code '418' (418): Teapot: short and stout",
    );
    expect(error.requestInformation.httpStatusMessage).toBe("418");
  });
});
