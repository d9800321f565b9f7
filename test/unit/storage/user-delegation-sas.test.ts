import type { AccessToken, TokenCredential } from "@azure/core-auth";
import { BlobServiceClient } from "@azure/storage-blob";
import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it } from "vitest";
import { getBlobSasUrl, getContainerSasUrl, getUserDelegationKey } from "../../../src/storage/index.js";
import { useMswServer } from "../../support/msw.js";

/** A credential that hands out a fixed bearer token. */
const credential: TokenCredential = {
  async getToken(): Promise<AccessToken> {
    return { token: "test-token", expiresOnTimestamp: Date.now() + 3_600_000 };
  },
};

interface KeyRequest {
  url: URL;
  authorization: string | null;
  start: string;
  expiry: string;
}
let keyRequests: KeyRequest[] = [];

function keyHandler(origin: string) {
  return http.post(`${origin}/*`, async ({ request }) => {
    const url = new URL(request.url);
    if (url.searchParams.get("comp") !== "userdelegationkey") return new HttpResponse(null, { status: 400 });
    const body = await request.text();
    const start = /<Start>([^<]+)<\/Start>/.exec(body)![1];
    const expiry = /<Expiry>([^<]+)<\/Expiry>/.exec(body)![1];
    keyRequests.push({ url, authorization: request.headers.get("authorization"), start, expiry });
    const xml =
      `<?xml version="1.0" encoding="utf-8"?><UserDelegationKey><SignedOid>oid-1</SignedOid>` +
      `<SignedTid>tid-1</SignedTid><SignedStart>${start}</SignedStart><SignedExpiry>${expiry}</SignedExpiry>` +
      `<SignedService>b</SignedService><SignedVersion>2025-01-05</SignedVersion>` +
      `<Value>${Buffer.from("k".repeat(32)).toString("base64")}</Value></UserDelegationKey>`;
    return new HttpResponse(xml, { status: 200, headers: { "content-type": "application/xml" } });
  });
}

useMswServer(keyHandler("https://acct.blob.core.windows.net"), keyHandler("https://127.0.0.1:10000"));

beforeEach(() => {
  keyRequests = [];
});

describe("user delegation SAS (TokenCredential clients)", () => {
  const service = new BlobServiceClient("https://acct.blob.core.windows.net", credential);
  const blob = service.getContainerClient("inputs").getBlobClient("a b/ü.txt");

  it("requests a key for the SAS lifetime and signs a read SAS with it", async () => {
    const before = Date.now();
    const url = new URL(await getBlobSasUrl(blob, { lifetimeMs: 30 * 60_000 }));
    expect(keyRequests).toHaveLength(1);
    expect(keyRequests[0].url.pathname).toBe("/");
    expect(keyRequests[0].authorization).toBe("Bearer test-token");
    const keyExpiry = Date.parse(keyRequests[0].expiry);
    expect(keyExpiry - before).toBeGreaterThan(29 * 60_000);
    expect(keyExpiry - before).toBeLessThanOrEqual(31 * 60_000);

    expect(url.pathname).toBe("/inputs/a%20b/%C3%BC.txt");
    const params = url.searchParams;
    expect(params.get("skoid")).toBe("oid-1");
    expect(params.get("sktid")).toBe("tid-1");
    expect(params.get("sp")).toBe("r");
    expect(params.get("spr")).toBe("https");
    expect(params.get("sr")).toBe("b");
    expect(params.get("sig")).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it("reuses a given key without another request", async () => {
    const key = await getUserDelegationKey(service, new Date(Date.now() + 2 * 3_600_000));
    expect(keyRequests).toHaveLength(1);
    const url = new URL(
      await getContainerSasUrl(service.getContainerClient("inputs"), {
        permissions: "rl",
        userDelegationKey: key,
      }),
    );
    expect(keyRequests).toHaveLength(1);
    expect(url.searchParams.get("sp")).toBe("rl");
    expect(url.searchParams.get("sr")).toBe("c");
  });

  it("refuses a SAS that would outlive its key, or a key longer than 7 days", async () => {
    const key = await getUserDelegationKey(service, new Date(Date.now() + 60_000));
    await expect(getBlobSasUrl(blob, { userDelegationKey: key })).rejects.toThrow(/outlive/);
    await expect(getUserDelegationKey(service, new Date(Date.now() + 8 * 24 * 3_600_000))).rejects.toThrow(
      RangeError,
    );
    expect(keyRequests).toHaveLength(1);
  });

  it("asks the account of a path-style endpoint (Azurite with OAuth, which needs https) for the key", async () => {
    const local = new BlobServiceClient("https://127.0.0.1:10000/devstoreaccount1", credential);
    const url = new URL(await getBlobSasUrl(local.getContainerClient("inputs").getBlobClient("a.txt")));
    expect(keyRequests.map((r) => r.url.pathname)).toEqual(["/devstoreaccount1/"]);
    expect(url.pathname).toBe("/devstoreaccount1/inputs/a.txt");
    expect(url.searchParams.get("skoid")).toBe("oid-1");
  });

  it("refuses a user delegation key for an account-key client", async () => {
    const keyed = BlobServiceClient.fromConnectionString("UseDevelopmentStorage=true");
    const key = await getUserDelegationKey(service, new Date(Date.now() + 3_600_000));
    await expect(
      getBlobSasUrl(keyed.getContainerClient("inputs").getBlobClient("a.txt"), { userDelegationKey: key }),
    ).rejects.toThrow(/only to TokenCredential/);
    await expect(getUserDelegationKey(keyed, new Date(Date.now() + 60_000))).rejects.toThrow(TypeError);
  });
});
