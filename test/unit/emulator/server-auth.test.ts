/** Authentication and api-version checks of the local Batch service. */
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import { isBatchError, signedRequest } from "../../integration/emulator/support.js";

let service: LocalBatchService;
let tokenService: LocalBatchService;
const WRONG_KEY = Buffer.from("not the account key at all, but well-formed base64 ok").toString("base64");

beforeAll(async () => {
  service = await startLocalBatchService();
  tokenService = await startLocalBatchService({ acceptTokens: (token) => token === "good-token" });
});

afterAll(async () => {
  await service.close();
  await tokenService.close();
});

describe("Shared Key authentication", () => {
  it("accepts a correctly signed request", async () => {
    const res = await signedRequest(service, "GET", "/pools");
    expect(res.status).toBe(200);
    expect(res.body.value).toEqual([]);
  });

  it("refuses a wrong key with 403 AuthenticationFailed and no hint of the expected signature", async () => {
    const res = await signedRequest(service, "GET", "/pools", { key: WRONG_KEY });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe("AuthenticationFailed");
    const expected = createHmac("sha256", Buffer.from(service.accountKey, "base64"))
      .update("GET")
      .digest("base64");
    expect(res.text).not.toContain(service.accountKey);
    expect(res.text).not.toContain(expected.slice(0, 12));
    expect(res.text).not.toMatch(/stringtosign/i);
  });

  it("refuses a request whose body length or query changed after signing", async () => {
    const body = { id: "p1", vmSize: "small" };
    const longer = await signedRequest(service, "POST", "/pools", {
      body,
      tamper: (r) => {
        r.body = JSON.stringify({ ...body, displayName: "injected" });
      },
    });
    expect(longer.status).toBe(403);
    const query = await signedRequest(service, "GET", "/pools", {
      tamper: (r) => r.url.searchParams.set("maxresults", "5"),
    });
    expect(query.status).toBe(403);
  });

  it("refuses a stale or future ocp-date", async () => {
    const stale = new Date(Date.now() - 16 * 60_000).toUTCString();
    const future = new Date(Date.now() + 16 * 60_000).toUTCString();
    for (const date of [stale, future]) {
      const res = await signedRequest(service, "GET", "/pools", { headers: { "ocp-date": date } });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe("AuthenticationFailed");
    }
    const recent = await signedRequest(service, "GET", "/pools", {
      headers: { "ocp-date": new Date(Date.now() - 60_000).toUTCString() },
    });
    expect(recent.status).toBe(200);
  });

  it("refuses a request without Authorization with 403", async () => {
    const res = await signedRequest(service, "GET", "/pools", { unsigned: true });
    expect(res.status).toBe(403);
    expect(isBatchError(res.body)).toBe(true);
  });

  it("refuses an account name that is not the service's", async () => {
    const res = await signedRequest(service, "GET", "/pools", {
      tamper: (r) => {
        r.headers.authorization = r.headers.authorization.replace(service.accountName, "otheraccount");
      },
    });
    expect(res.status).toBe(403);
  });
});

describe("bearer tokens", () => {
  it("are refused unless configured", async () => {
    const res = await signedRequest(service, "GET", "/pools", {
      unsigned: true,
      headers: { authorization: "Bearer anything" },
    });
    expect(res.status).toBe(403);
  });

  it("are checked by the configured function", async () => {
    const good = await signedRequest(tokenService, "GET", "/pools", {
      unsigned: true,
      headers: { authorization: "Bearer good-token" },
    });
    expect(good.status).toBe(200);
    const bad = await signedRequest(tokenService, "GET", "/pools", {
      unsigned: true,
      headers: { authorization: "Bearer bad-token" },
    });
    expect(bad.status).toBe(403);
  });
});

describe("api-version", () => {
  it("answers a missing api-version with 400 MissingRequiredQueryParameter", async () => {
    const res = await signedRequest(service, "GET", "/pools", { query: { "api-version": null } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("MissingRequiredQueryParameter");
    expect(res.body.values).toContainEqual({ key: "QueryParameterName", value: "api-version" });
    expect(res.body["odata.metadata"]).toMatch(
      /\$metadata#Microsoft\.Azure\.Batch\.Protocol\.Entities\.Container\.errors\/@Element$/,
    );
  });

  it("answers an unknown api-version with 400 UnsupportedRequestVersion", async () => {
    const res = await signedRequest(service, "GET", "/pools", { query: { "api-version": "2019-01-01.8.0" } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("UnsupportedRequestVersion");
  });

  it("accepts the versions clients in use send", async () => {
    for (const version of ["2022-10-01.16.0", "2023-05-01.17.0", "2024-07-01.20.0", "2025-06-01"]) {
      const res = await signedRequest(service, "GET", "/pools", { query: { "api-version": version } });
      expect(res.status).toBe(200);
    }
  });
});
