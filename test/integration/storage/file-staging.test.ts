import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BlobServiceClient } from "@azure/storage-blob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FileStagingContext } from "../../../src/objectmodel/file-staging.js";
import { ResourceFile } from "../../../src/objectmodel/resource-file.js";
import {
  DEFAULT_STAGING_CONTAINER,
  FileToStage,
  getContainerSasUrl,
  StagingStorageAccount,
} from "../../../src/storage/index.js";
import { startAzurite, type AzuriteInstance } from "../../support/azurite.js";

let azurite: AzuriteInstance;
let work: string;
let account: StagingStorageAccount;

beforeAll(async () => {
  azurite = await startAzurite();
  work = await mkdtemp(join(tmpdir(), "azbatch-staging-"));
  account = new StagingStorageAccount(azurite.accountName, azurite.accountKey, azurite.blobEndpoint);
});

afterAll(async () => {
  await azurite?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const newContext = (): FileStagingContext => ({ artifacts: new Map() });

/** Stages every provider in one simulated add-task call, as the workflow does. */
async function stageAll(files: FileToStage[], context = newContext()): Promise<ResourceFile[]> {
  return (await Promise.all(files.map((f) => f.stageFiles(context)))).flat();
}

async function uploadsOf(fragment: string): Promise<number> {
  return (await azurite.requests()).filter((r) => r.method === "PUT" && r.url.includes(fragment)).length;
}

describe("FileToStage", () => {
  it("stages one file for 1,000 tasks across two add-task calls with one upload", async () => {
    const local = join(work, "shared-input.txt");
    await writeFile(local, "shared\n");
    const tasks = Array.from({ length: 1000 }, (_, i) => new FileToStage(local, account, `in/${i % 2}.txt`));
    const first = await stageAll(tasks);
    const second = await stageAll(tasks.slice(0, 10));

    expect(first).toHaveLength(1000);
    expect(first[0]).toBeInstanceOf(ResourceFile);
    expect(first[0].filePath).toBe("in/0.txt");
    expect(first[1].filePath).toBe("in/1.txt");
    // One SAS per call: every task of the call points at the same URL.
    expect(new Set(first.map((f) => f.httpUrl)).size).toBe(1);
    expect(new Set(second.map((f) => f.httpUrl)).size).toBe(1);
    expect(await uploadsOf("shared-input.txt")).toBe(1);
    // and exactly one container creation
    expect(
      (await azurite.requests()).filter((r) =>
        r.url.endsWith(`${DEFAULT_STAGING_CONTAINER}?restype=container`),
      ),
    ).toHaveLength(1);

    const response = await fetch(first[0].httpUrl!);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("shared\n");
    expect(new URL(first[0].httpUrl!).searchParams.get("sp")).toBe("r");
  });

  it("gives same-named files from different folders their own blobs", async () => {
    await mkdir(join(work, "a"), { recursive: true });
    await mkdir(join(work, "b"), { recursive: true });
    await writeFile(join(work, "a", "data.csv"), "from a");
    await writeFile(join(work, "b", "data.csv"), "from b");
    const [a, b] = await stageAll([
      new FileToStage(join(work, "a", "data.csv"), account, "a.csv"),
      new FileToStage(join(work, "b", "data.csv"), account, "b.csv"),
    ]);
    expect(a.httpUrl).not.toBe(b.httpUrl);
    expect(await (await fetch(a.httpUrl!)).text()).toBe("from a");
    expect(await (await fetch(b.httpUrl!)).text()).toBe("from b");
  });

  it("uploads a new version when the file changes", async () => {
    const local = join(work, "changing.txt");
    await writeFile(local, "v1");
    await utimes(local, new Date(), new Date(Date.now() - 60_000));
    const [v1] = await new FileToStage(local, account).stageFiles(newContext());
    await writeFile(local, "version 2");
    const [v2] = await new FileToStage(local, account).stageFiles(newContext());
    expect(await (await fetch(v1.httpUrl!)).text()).toBe("v1");
    expect(await (await fetch(v2.httpUrl!)).text()).toBe("version 2");
    expect(await uploadsOf("changing.txt")).toBe(2);
  });

  it("stages names with spaces and unicode", async () => {
    const local = join(work, "ëingabe datei 文件.txt");
    await writeFile(local, "unicode");
    const [file] = await new FileToStage(local, account).stageFiles(newContext());
    expect(file.filePath).toBe("ëingabe datei 文件.txt");
    expect(await (await fetch(file.httpUrl!)).text()).toBe("unicode");
  });

  it("accepts a connection string or a BlobServiceClient, with its own container and SAS lifetime", async () => {
    const local = join(work, "other.txt");
    await writeFile(local, "other");
    const fromString = new StagingStorageAccount(azurite.connectionString, {
      containerName: "custom-staging",
      sasLifetimeMs: 10 * 60_000,
    });
    const fromClient = new StagingStorageAccount(
      BlobServiceClient.fromConnectionString(azurite.connectionString),
    );
    const [x] = await new FileToStage(local, fromString).stageFiles(newContext());
    const [y] = await new FileToStage(local, fromClient).stageFiles(newContext());
    expect(new URL(x.httpUrl!).pathname).toMatch(/^\/devstoreaccount1\/custom-staging\//);
    const expiry = Date.parse(new URL(x.httpUrl!).searchParams.get("se")!);
    expect(expiry - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    expect(await (await fetch(x.httpUrl!)).text()).toBe("other");
    expect(await (await fetch(y.httpUrl!)).text()).toBe("other");
  });

  it("refuses bad input before any request", async () => {
    const before = (await azurite.requests()).length;
    expect(() => new FileToStage(join(work, "x.txt"), account, "../x.txt")).toThrow(RangeError);
    expect(() => new FileToStage(join(work, "x.txt"), account, "/abs/x.txt")).toThrow(RangeError);
    expect(() => new FileToStage("", account)).toThrow(TypeError);
    expect(() => new FileToStage("x", {} as StagingStorageAccount)).toThrow(TypeError);
    expect(() => new StagingStorageAccount(azurite.accountName, azurite.accountKey, "not a url")).toThrow(
      TypeError,
    );
    expect(() => new StagingStorageAccount(azurite.connectionString, { containerName: "Bad" })).toThrow(
      RangeError,
    );
    await expect(
      new FileToStage(join(work, "missing.txt"), account).stageFiles(newContext()),
    ).rejects.toThrow(/ENOENT/);
    expect((await azurite.requests()).slice(before)).toEqual([]);
  });

  it("refuses an account that cannot sign before uploading anything", async () => {
    // An account reached through a SAS cannot sign read URLs for what it would upload.
    const sasOnly = new StagingStorageAccount(
      new BlobServiceClient(
        (await getContainerSasUrl(await account.getContainerClient(), { permissions: "rwl" })).replace(
          `/${DEFAULT_STAGING_CONTAINER}?`,
          "?",
        ),
      ),
    );
    const local = join(work, "never-uploaded.txt");
    await writeFile(local, "x");
    const before = (await azurite.requests()).length;
    await expect(new FileToStage(local, sasOnly).stageFiles(newContext())).rejects.toThrow(
      /neither an account key/,
    );
    expect((await azurite.requests()).slice(before)).toEqual([]);
  });
});
