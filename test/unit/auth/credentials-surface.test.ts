/**
 * The credential classes as Batch .NET exposes them: the BatchCredentials base, keyValue and
 * tokenProvider, and the key staying out of every printed or serialized form.
 */
import { format, inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import {
  BatchClient,
  BatchCredentials,
  BatchSharedKeyCredentials,
  BatchTokenCredentials,
  RetryPolicyProvider,
} from "../../../src/index.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";

const server = useMswServer();
const KEY = Buffer.from("credentials-surface-secret-key-!").toString("base64");

describe("BatchCredentials", () => {
  it("is the base of both credential classes and what BatchClient.open takes", () => {
    const shared = new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", KEY);
    const token = new BatchTokenCredentials(TEST_BATCH_URL, "a-token");
    for (const credentials of [shared, token]) {
      expect(credentials).toBeInstanceOf(BatchCredentials);
      expect(credentials.baseUrl).toBe(TEST_BATCH_URL);
      const asBase: BatchCredentials = credentials;
      expect(BatchClient.open(asBase)).toBeInstanceOf(BatchClient);
    }
  });

  it("a user subclass signs the client's requests", async () => {
    class HeaderCredentials extends BatchCredentials {
      constructor() {
        super(TEST_BATCH_URL);
      }
      signRequest(request: { headers: Record<string, string> }): Promise<void> {
        request.headers["authorization"] = "Custom yes";
        return Promise.resolve();
      }
    }
    let seen: string | null = null;
    server.use(
      http.get(`${TEST_BATCH_URL}/pools/p1`, ({ request }) => {
        seen = request.headers.get("authorization");
        return HttpResponse.json({ id: "p1" });
      }),
    );
    const client = BatchClient.open(new HeaderCredentials(), {
      customBehaviors: [RetryPolicyProvider.noRetryProvider()],
    });
    await client.poolOperations.getPool("p1");
    expect(seen).toBe("Custom yes");
  });
});

describe("BatchSharedKeyCredentials.keyValue", () => {
  it("returns the key, which no printed or serialized form contains", () => {
    const credentials = new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", KEY);
    expect(credentials.keyValue).toBe(KEY);
    const forms = [
      String(credentials),
      `${credentials}`,
      JSON.stringify(credentials),
      JSON.stringify({ credentials }),
      inspect(credentials, { depth: 10, showHidden: true, getters: true }),
      format("%o %O %j", credentials, credentials, credentials),
      JSON.stringify({ ...credentials }),
      Object.keys(credentials).join(","),
    ];
    for (const form of forms) expect(form).not.toContain(KEY);
  });

  it("a refused key is not echoed in the error", () => {
    const bad = `${KEY}*`;
    const error = (() => {
      try {
        return new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", bad);
      } catch (e) {
        return e as Error;
      }
    })() as Error;
    expect(error).toBeInstanceOf(TypeError);
    expect(`${error.message} ${error.stack} ${inspect(error)}`).not.toContain(bad);
  });
});

describe("BatchTokenCredentials.tokenProvider", () => {
  it("is the function given, or one yielding the fixed token", async () => {
    const provider = () => Promise.resolve("from-provider");
    expect(new BatchTokenCredentials(TEST_BATCH_URL, provider).tokenProvider).toBe(provider);
    const fixed = new BatchTokenCredentials(TEST_BATCH_URL, "fixed-token");
    await expect(fixed.tokenProvider()).resolves.toBe("fixed-token");
    expect(`${JSON.stringify(fixed)} ${inspect(fixed, { showHidden: true, getters: true })}`).not.toContain(
      "fixed-token",
    );
  });

  it("asks a TokenCredential (through the cache)", async () => {
    let calls = 0;
    const credential = {
      getToken: () => {
        calls++;
        return Promise.resolve({ token: "entra-token", expiresOnTimestamp: Date.now() + 3_600_000 });
      },
    };
    const credentials = new BatchTokenCredentials(TEST_BATCH_URL, credential);
    await expect(credentials.tokenProvider()).resolves.toBe("entra-token");
    await expect(credentials.tokenProvider()).resolves.toBe("entra-token");
    expect(calls).toBe(1);
  });
});
