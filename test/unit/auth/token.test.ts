import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import type { AccessToken, GetTokenOptions, TokenCredential } from "@azure/core-auth";
import { BATCH_TOKEN_SCOPE, BatchTokenCredentials } from "../../../src/auth/index.js";

const URL_BASE = "https://acct.westus.batch.azure.com";

async function authorizationOf(credentials: BatchTokenCredentials): Promise<string> {
  const headers: Record<string, string> = {};
  await credentials.signRequest({ method: "GET", url: new URL(`${URL_BASE}/pools`), headers });
  return headers.authorization;
}

/** A TokenCredential that hands out numbered tokens with a chosen lifetime and records the scopes asked for. */
class CountingCredential implements TokenCredential {
  calls = 0;
  readonly scopes: (string | string[])[] = [];
  constructor(private readonly lifetimeMs: number) {}
  async getToken(scopes: string | string[], _options?: GetTokenOptions): Promise<AccessToken> {
    this.scopes.push(scopes);
    this.calls++;
    await new Promise((r) => setTimeout(r, 5));
    return { token: `token-${this.calls}`, expiresOnTimestamp: Date.now() + this.lifetimeMs };
  }
}

describe("BatchTokenCredentials", () => {
  it("sends a static token as a bearer token", async () => {
    expect(await authorizationOf(new BatchTokenCredentials(URL_BASE, "abc"))).toBe("Bearer abc");
  });

  it("asks a provider function for each request", async () => {
    let n = 0;
    const credentials = new BatchTokenCredentials(URL_BASE, async () => `fn-${++n}`);
    expect(await authorizationOf(credentials)).toBe("Bearer fn-1");
    expect(await authorizationOf(credentials)).toBe("Bearer fn-2");
  });

  it("rejects a provider that returns nothing", async () => {
    const credentials = new BatchTokenCredentials(URL_BASE, async () => "");
    await expect(authorizationOf(credentials)).rejects.toThrow(TypeError);
  });

  it("asks a TokenCredential for the Batch scope and caches the token while it is fresh", async () => {
    const source = new CountingCredential(60 * 60 * 1000);
    const credentials = new BatchTokenCredentials(URL_BASE, source);
    const results = await Promise.all([
      authorizationOf(credentials),
      authorizationOf(credentials),
      authorizationOf(credentials),
    ]);
    expect(results).toEqual(["Bearer token-1", "Bearer token-1", "Bearer token-1"]);
    expect(await authorizationOf(credentials)).toBe("Bearer token-1");
    expect(source.calls).toBe(1);
    expect(source.scopes[0]).toBe(BATCH_TOKEN_SCOPE);
  });

  it("refreshes a token within two minutes of its expiry", async () => {
    const source = new CountingCredential(90 * 1000);
    const credentials = new BatchTokenCredentials(URL_BASE, source);
    expect(await authorizationOf(credentials)).toBe("Bearer token-1");
    expect(await authorizationOf(credentials)).toBe("Bearer token-2");
    expect(source.calls).toBe(2);
  });

  it.each([
    ["an empty URL", "", "t"],
    ["a non-http URL", "file:///x", "t"],
    ["an empty token", URL_BASE, ""],
    ["an object that is not a credential", URL_BASE, { token: "t" }],
  ])("rejects %s with a TypeError", (_label, url, token) => {
    expect(() => new BatchTokenCredentials(url, token as string)).toThrow(TypeError);
  });

  it("never shows a static token in toString, inspect or JSON", () => {
    const credentials = new BatchTokenCredentials(URL_BASE, "very-secret-token");
    for (const text of [
      String(credentials),
      inspect(credentials, { showHidden: true }),
      JSON.stringify(credentials),
    ]) {
      expect(text).not.toContain("very-secret-token");
    }
  });
});
