import { describe, expect, it } from "vitest";
import { EnvironmentConfigurationError, openEnvironment } from "../../../examples/support/environment.js";
import { formatTimeSpan } from "../../../examples/support/format.js";

const BATCH = {
  BATCH_ACCOUNT_URL: "https://myaccount.westeurope.batch.azure.com",
  BATCH_ACCOUNT_NAME: "myaccount",
  BATCH_ACCOUNT_KEY: "a2V5",
};

describe("openEnvironment with account variables", () => {
  it("uses the real accounts named by the environment, and starts nothing", async () => {
    const environment = await openEnvironment({
      storage: true,
      env: { ...BATCH, STORAGE_ACCOUNT_NAME: "mystorage", STORAGE_ACCOUNT_KEY: "c3RvcmFnZQ==" },
    });
    expect(environment.local).toBe(false);
    expect(environment.batch).toEqual({
      url: BATCH.BATCH_ACCOUNT_URL,
      accountName: "myaccount",
      accountKey: "a2V5",
    });
    expect(environment.blobService?.url).toBe("https://mystorage.blob.core.windows.net/");
    await environment.close();
  });

  it("prefers a storage connection string", async () => {
    const environment = await openEnvironment({
      storage: true,
      env: {
        ...BATCH,
        STORAGE_CONNECTION_STRING:
          "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=c3RvcmFnZQ==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;",
      },
    });
    expect(environment.blobService?.url).toBe("http://127.0.0.1:1/devstoreaccount1");
  });

  it("names the missing Batch variables when only some are set, without showing values", async () => {
    const attempt = openEnvironment({
      env: { BATCH_ACCOUNT_URL: BATCH.BATCH_ACCOUNT_URL, BATCH_ACCOUNT_KEY: "c2VjcmV0" },
    });
    await expect(attempt).rejects.toThrow(EnvironmentConfigurationError);
    await expect(attempt).rejects.toThrow(/missing: BATCH_ACCOUNT_NAME\.$/);
    await expect(attempt).rejects.not.toThrow(/c2VjcmV0/);
  });

  it("refuses a real Batch account with local storage, and half a storage account", async () => {
    await expect(openEnvironment({ storage: true, env: BATCH })).rejects.toThrow(
      /needs a real Storage account/,
    );
    await expect(
      openEnvironment({ storage: true, env: { ...BATCH, STORAGE_ACCOUNT_NAME: "mystorage" } }),
    ).rejects.toThrow(/STORAGE_ACCOUNT_NAME and STORAGE_ACCOUNT_KEY/);
  });
});

describe("formatTimeSpan", () => {
  it("prints hours, minutes and seconds like a .NET TimeSpan", () => {
    expect(formatTimeSpan(30 * 60_000)).toBe("00:30:00");
    expect(formatTimeSpan(3_723_000)).toBe("01:02:03");
    expect(formatTimeSpan(25 * 3_600_000)).toBe("25:00:00");
  });

  it("adds seven fraction digits when there is a fraction", () => {
    expect(formatTimeSpan(2_731.4224)).toBe("00:00:02.7314224");
    expect(formatTimeSpan(1_005)).toBe("00:00:01.0050000");
  });
});
