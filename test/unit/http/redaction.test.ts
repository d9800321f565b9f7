import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { AzureLogger, getLogLevel, setLogLevel, type AzureLogLevel } from "@azure/logger";
import { BatchSharedKeyCredentials, BatchTokenCredentials } from "../../../src/auth/index.js";
import {
  BatchException,
  HttpPipeline,
  LinearRetry,
  redactHeaders,
  redactText,
  redactUrl,
} from "../../../src/http/index.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";

const KEY = Buffer.from("redaction-test-account-key-0123456789").toString("base64");
const TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZWRhY3Rpb24ifQ.c2lnbmF0dXJlLXBhcnQ";
const SAS_SIG = "sv2Fsecretsig%3D";
const server = useMswServer();

describe("redaction helpers", () => {
  it("redactUrl hides SAS signatures and keeps the rest", () => {
    const url = `https://store.blob.core.windows.net/c/b.txt?sv=2024-01-01&se=2026-01-01&sp=r&sig=${SAS_SIG}`;
    expect(redactUrl(url)).toBe(
      "https://store.blob.core.windows.net/c/b.txt?sv=2024-01-01&se=2026-01-01&sp=r&sig=REDACTED",
    );
    expect(redactUrl(new URL(`https://x/y?SIG=${SAS_SIG}&a=1`))).toBe("https://x/y?SIG=REDACTED&a=1");
  });

  it("redactHeaders hides credentials and leaves other headers", () => {
    expect(
      redactHeaders({
        Authorization: `SharedKey acct:${KEY}`,
        "x-ms-account-key": KEY,
        "ocp-date": "Tue, 03 Nov 2026 10:00:00 GMT",
        location: `https://x/y?sig=${SAS_SIG}`,
      }),
    ).toEqual({
      Authorization: "REDACTED",
      "x-ms-account-key": "REDACTED",
      "ocp-date": "Tue, 03 Nov 2026 10:00:00 GMT",
      location: "https://x/y?sig=REDACTED",
    });
  });

  it("redactText hides authorization values, SAS signatures, connection-string keys and JWTs", () => {
    const text = `auth SharedKey acct:abc123+/= bearer Bearer ${TOKEN} url https://h/p?a=1&sig=${SAS_SIG} conn AccountKey=${KEY}; jwt ${TOKEN}`;
    const redacted = redactText(text);
    for (const secret of ["abc123", TOKEN, SAS_SIG, KEY]) expect(redacted).not.toContain(secret);
    expect(redacted).toContain("SharedKey acct:REDACTED");
    expect(redacted).toContain("sig=REDACTED");
  });
});

describe("no secrets in logs or errors", () => {
  let lines: string[] = [];
  let previousLevel: AzureLogLevel | undefined;
  const previousLog = AzureLogger.log;

  beforeEach(() => {
    lines = [];
    previousLevel = getLogLevel();
    setLogLevel("verbose");
    AzureLogger.log = (...args: unknown[]) => lines.push(args.map(String).join(" "));
  });
  afterEach(() => {
    AzureLogger.log = previousLog;
    setLogLevel(previousLevel);
  });

  it("logs one line per attempt with method, redacted URL, status and duration", async () => {
    let calls = 0;
    server.use(
      http.get(`${TEST_BATCH_URL}/files`, ({ request }) =>
        ++calls === 1
          ? HttpResponse.json(
              { code: "ServerBusy", message: { value: `echo ${request.headers.get("authorization")}` } },
              { status: 503 },
            )
          : HttpResponse.json({}),
      ),
    );
    const pipeline = new HttpPipeline({
      signer: new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", KEY),
      retryPolicy: new LinearRetry(1, 2),
    });
    await pipeline.send({
      method: "GET",
      url: `${TEST_BATCH_URL}/files`,
      query: { sig: SAS_SIG },
      responseKind: "json",
    });
    const attempts = lines.filter((l) => / -> /.test(l));
    expect(attempts).toHaveLength(2);
    expect(attempts[0]).toMatch(
      /GET https:\/\/testaccount\.westus\.batch\.azure\.com\/files\?sig=REDACTED&api-version=\S+ -> 503 in \d+ ms \(attempt 1\)/,
    );
    expect(attempts[1]).toMatch(/-> 200 in \d+ ms \(attempt 2\)/);
    const all = lines.join("\n");
    expect(all).not.toContain(SAS_SIG);
    expect(all).not.toContain(KEY);
    expect(all).not.toMatch(/SharedKey testaccount:[A-Za-z0-9+/]/);
  });

  it("keeps the Authorization value out of an error message that echoes it", async () => {
    server.use(
      http.get(`${TEST_BATCH_URL}/pools`, ({ request }) =>
        HttpResponse.text(`denied for ${request.headers.get("authorization")} at ${request.url}`, {
          status: 403,
        }),
      ),
    );
    const pipeline = new HttpPipeline({ signer: new BatchTokenCredentials(TEST_BATCH_URL, TOKEN) });
    const error = await pipeline
      .send({ method: "GET", url: `${TEST_BATCH_URL}/pools`, query: { sig: SAS_SIG }, responseKind: "json" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchException);
    const text = `${(error as Error).message} ${JSON.stringify(error)} ${String(error)}`;
    expect(text).toContain("Bearer REDACTED");
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(SAS_SIG);
    expect(lines.join("\n")).not.toContain(TOKEN);
  });

  it.each([
    ["an encoded '='", (secret: string) => `https%3A%2F%2Fs%2Fc%3Fsv%3D1%26sig%3D${secret}%26se%3D2`],
    ["a lower-case encoded '='", (secret: string) => `https%3A%2F%2Fs%2Fc%3Fsv%3D1%26sig%3d${secret}`],
    [
      "a double-encoded '='",
      (secret: string) => `https%253A%252F%252Fs%253Fsv%253D1%2526sig%253D${secret}%2526x`,
    ],
    ["an encoded token", (secret: string) => `https://s/c?a=1&access_token%3D${secret}`],
  ])("keeps a SAS signature behind %s out of the error message", async (_, link) => {
    const secret = "c2VjcmV0LXNpZ25hdHVyZQ";
    server.use(
      http.get(`${TEST_BATCH_URL}/pools`, () =>
        HttpResponse.text(`cannot read source=${link(secret)} now`, { status: 400 }),
      ),
    );
    const pipeline = new HttpPipeline({ signer: new BatchTokenCredentials(TEST_BATCH_URL, TOKEN) });
    const error = await pipeline
      .send({ method: "GET", url: `${TEST_BATCH_URL}/pools`, responseKind: "json" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchException);
    const text = `${(error as Error).message} ${JSON.stringify(error)} ${String(error)}`;
    expect(text).toContain("REDACTED");
    expect(text).not.toContain(secret);
  });
});
