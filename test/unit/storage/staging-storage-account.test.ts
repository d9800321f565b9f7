import { describe, expect, it } from "vitest";
import { StagingStorageAccount } from "../../../src/storage/index.js";

const KEY = "c2VjcmV0LXN0YWdpbmcta2V5LXZhbHVlLTEyMzQ1Njc4OQ==";
const ENDPOINT = "https://myaccount.blob.core.windows.net/";

/** The message of what `build` throws (it must throw). */
function messageOf(build: () => unknown): string {
  try {
    build();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected a throw");
}

describe("StagingStorageAccount constructor", () => {
  it("takes the .NET arguments positionally or as one options object", () => {
    const positional = new StagingStorageAccount("myaccount", KEY, ENDPOINT);
    const init = new StagingStorageAccount(
      { storageAccount: "myaccount", storageAccountKey: KEY, blobEndpoint: ENDPOINT },
      { sasLifetimeMs: 60_000 },
    );
    for (const account of [positional, init]) {
      expect(account.storageAccount).toBe("myaccount");
      expect(account.blobEndpoint).toBe("https://myaccount.blob.core.windows.net");
    }
    expect(init.sasLifetimeMs).toBe(60_000);
  });

  it("gives the endpoint as a URL under the .NET name blobUri", () => {
    const account = new StagingStorageAccount("myaccount", KEY, ENDPOINT);
    expect(account.blobUri).toBeInstanceOf(URL);
    expect(account.blobUri.href).toBe("https://myaccount.blob.core.windows.net/");
    expect(account.blobUri.host).toBe("myaccount.blob.core.windows.net");
    account.blobUri.host = "other.example";
    expect(account.blobEndpoint).toBe("https://myaccount.blob.core.windows.net");
  });

  it.each([
    ["a number", () => new StagingStorageAccount(42 as never)],
    ["null", () => new StagingStorageAccount(null as never)],
    ["an array", () => new StagingStorageAccount([] as never)],
    ["an empty string", () => new StagingStorageAccount("")],
    [
      "an init object with an unknown key",
      () =>
        new StagingStorageAccount({
          storageAccount: "a",
          storageAccountKey: KEY,
          blobEndpoint: ENDPOINT,
          accountKey: KEY,
        } as never),
    ],
    [
      "an init object without the key",
      () => new StagingStorageAccount({ storageAccount: "a", blobEndpoint: ENDPOINT } as never),
    ],
    ["a key without endpoint", () => new StagingStorageAccount("a", KEY, undefined as never)],
    ["a malformed endpoint", () => new StagingStorageAccount("a", KEY, "not a url")],
    ["a non-string key", () => new StagingStorageAccount("a", 7 as never, ENDPOINT)],
    [
      "the removed containerName option",
      () => new StagingStorageAccount("a", KEY, ENDPOINT, { containerName: "x" } as never),
    ],
  ])("refuses %s with a TypeError that does not quote the key", (_, build) => {
    expect(build).toThrow(TypeError);
    expect(messageOf(build)).not.toContain(KEY);
  });

  it("names the unknown property", () => {
    expect(
      () =>
        new StagingStorageAccount({
          storageAccount: "a",
          storageAccountKey: KEY,
          blobEndpoint: ENDPOINT,
          key: 1,
        } as never),
    ).toThrow(/unknown property 'key'/);
  });
});
