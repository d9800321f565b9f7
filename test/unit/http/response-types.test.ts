import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials } from "../../../src/auth/shared-key.js";
import { InvalidResponseError, NoRetry } from "../../../src/http/index.js";
import { ProtocolClient } from "../../../src/protocol/client.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";
import { openClient } from "../objectmodel/om-support.js";

const credentials = new BatchSharedKeyCredentials(
  TEST_BATCH_URL,
  "testaccount",
  Buffer.from("response-types-key").toString("base64"),
);
const server = useMswServer();

/** Answers Pool_Get with a 200 and exactly `text` as the JSON body. */
function servePoolBody(text: string): void {
  server.use(
    http.get(
      `${TEST_BATCH_URL}/pools/p1`,
      () => new HttpResponse(text, { status: 200, headers: { "content-type": "application/json" } }),
    ),
  );
}

const WRONG_BODIES: [string, string, RegExp][] = [
  ["an array", "[1,2,3]", /is an array where a JSON object was expected/],
  ["a string", '"pool"', /is a string where a JSON object was expected/],
  ["a number", "42", /is a number where a JSON object was expected/],
  ["null", "null", /is null where a JSON object was expected/],
  ["not JSON", "<html>oops</html>", /is not valid JSON/],
];

describe("a success body of the wrong type", () => {
  it.each(WRONG_BODIES)("through the protocol client: %s", async (_, text, message) => {
    servePoolBody(text);
    const client = new ProtocolClient(TEST_BATCH_URL, credentials, { retryPolicy: new NoRetry() });
    const error = await (client.invoke("Pool_Get", { poolId: "p1" }) as Promise<unknown>).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).statusCode).toBe(200);
    expect((error as Error).message).toMatch(message);
  });

  it.each(WRONG_BODIES)("through poolOperations.getPool: %s", async (_, text, message) => {
    servePoolBody(text);
    const error = await openClient()
      .poolOperations.getPool("p1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(message);
  });

  it("an object body still becomes the pool", async () => {
    servePoolBody('{"id":"p1","vmSize":"standard_d2s_v3"}');
    const pool = await openClient().poolOperations.getPool("p1");
    expect(pool.id).toBe("p1");
  });
});
