import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  BatchSharedKeyCredentials,
  buildStringToSign,
  computeSharedKeySignature,
} from "../../../src/auth/index.js";

const KEY = Buffer.from("a secret account key that must never leak").toString("base64");
const URL_BASE = "https://acct.westus.batch.azure.com";

describe("BatchSharedKeyCredentials construction", () => {
  it.each([
    ["an empty URL", "", "acct", KEY, /baseUrl/],
    ["a relative URL", "/pools", "acct", KEY, /baseUrl/],
    ["a non-http URL", "ftp://acct.batch", "acct", KEY, /http or https/],
    ["an empty account name", URL_BASE, " ", KEY, /accountName/],
    ["an empty key", URL_BASE, "acct", "", /keyValue/],
    ["a key that is not base64", URL_BASE, "acct", "not base64!!", /base64/],
  ])("rejects %s with a TypeError", (_label, url, name, key, message) => {
    expect(() => new BatchSharedKeyCredentials(url, name, key)).toThrow(TypeError);
    expect(() => new BatchSharedKeyCredentials(url, name, key)).toThrow(message);
  });

  it("does not echo a malformed key", () => {
    const badKey = "this-is-my-secret-key-value";
    try {
      new BatchSharedKeyCredentials(URL_BASE, "acct", badKey);
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain(badKey);
    }
  });

  it("never shows the key in toString, inspect or JSON", () => {
    const credentials = new BatchSharedKeyCredentials(URL_BASE, "acct", KEY);
    for (const text of [
      String(credentials),
      inspect(credentials, { showHidden: true, depth: 5 }),
      JSON.stringify(credentials),
    ]) {
      expect(text).not.toContain(KEY);
      expect(text).toContain("acct");
    }
  });
});

describe("buildStringToSign", () => {
  it("looks headers up case-insensitively and signs absent ones as empty lines", () => {
    const text = buildStringToSign({
      method: "put",
      url: new URL(`${URL_BASE}/jobs/j1`),
      headers: {
        "Content-Type": "application/json",
        "IF-MATCH": "etag",
        "Content-Length": "12",
        accept: "x",
      },
      accountName: "acct",
    });
    expect(text).toBe("PUT\n\n\n12\n\napplication/json\n\n\netag\n\n\n\n/acct/jobs/j1");
  });

  it("lower-cases and sorts ocp- headers and skips empty ones", () => {
    const text = buildStringToSign({
      method: "GET",
      url: new URL(`${URL_BASE}/x`),
      headers: {
        "Ocp-Date": "D",
        "ocp-range": "bytes=0-1",
        "ocp-empty": "",
        "ocp-absent": undefined,
        "client-request-id": "c",
      },
      accountName: "acct",
    });
    expect(text.split("\n").slice(12)).toEqual(["ocp-date:D", "ocp-range:bytes=0-1", "/acct/x"]);
  });

  it("keeps the path as sent, lower-cases and sorts query names, decodes values, joins repeated names", () => {
    const url = new URL(`${URL_BASE}/pools/a%20b/%C3%A9?B=2&a=x+y&b=1&%24filter=id%20eq%20%27p%27&flag`);
    const text = buildStringToSign({ method: "GET", url, headers: {}, accountName: "acct" });
    expect(text.split("\n").slice(12)).toEqual([
      "/acct/pools/a%20b/%C3%A9",
      "$filter:id eq 'p'",
      "a:x y",
      "b:2,1",
      "flag:",
    ]);
  });

  it("signs a malformed percent sequence as it stands", () => {
    const url = new URL(`${URL_BASE}/x?v=100%`);
    expect(
      buildStringToSign({ method: "GET", url, headers: {}, accountName: "a" }).endsWith("\nv:100%"),
    ).toBe(true);
  });
});

describe("signRequest", () => {
  it("sets Authorization from the request's URL and headers", async () => {
    const credentials = new BatchSharedKeyCredentials(URL_BASE, "acct", KEY);
    const url = new URL(`${URL_BASE}/pools?api-version=1`);
    const headers: Record<string, string> = { "ocp-date": "Tue, 03 Nov 2026 10:00:00 GMT" };
    await credentials.signRequest({ method: "GET", url, headers });
    const expected = computeSharedKeySignature(
      buildStringToSign({ method: "GET", url, headers, accountName: "acct" }),
      KEY,
    );
    expect(headers.authorization).toBe(`SharedKey acct:${expected}`);
  });

  it("changes the signature when a signed header changes", () => {
    const url = new URL(`${URL_BASE}/pools`);
    const sign = (date: string) =>
      computeSharedKeySignature(
        buildStringToSign({ method: "GET", url, headers: { "ocp-date": date }, accountName: "a" }),
        KEY,
      );
    expect(sign("Tue, 03 Nov 2026 10:00:00 GMT")).not.toBe(sign("Tue, 03 Nov 2026 10:00:01 GMT"));
  });
});
