import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BlobServiceClient } from "@azure/storage-blob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidOperationException } from "../../../src/objectmodel/errors.js";
import { ResourceFile } from "../../../src/objectmodel/resource-file.js";
import {
  FileToStage,
  getContainerSasUrl,
  SequentialFileStagingArtifact,
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

/** Stages the providers in one simulated add-task call, as the workflow does: one call for the type. */
async function stageAll(
  files: FileToStage[],
  artifact = new SequentialFileStagingArtifact(),
): Promise<ResourceFile[]> {
  await files[0].stageFiles(files, artifact);
  return files.flatMap((f) => f.stagedFiles ?? []);
}

/** Stages one file in a call of its own. */
async function stageOne(file: FileToStage): Promise<ResourceFile> {
  return (await stageAll([file]))[0];
}

async function containerCreations(): Promise<string[]> {
  return (await azurite.requests())
    .filter((r) => r.method === "PUT" && r.url.endsWith("?restype=container"))
    .map((r) => r.url);
}

async function uploadsOf(fragment: string): Promise<number> {
  return (await azurite.requests()).filter((r) => r.method === "PUT" && r.url.includes(fragment)).length;
}

describe("FileToStage", () => {
  it("stages one file for 1,000 tasks of a call with one upload into the container the call names", async () => {
    const local = join(work, "shared-input.txt");
    await writeFile(local, "shared\n");
    const tasks = Array.from({ length: 1000 }, (_, i) => new FileToStage(local, account, `in/${i % 2}.txt`));
    const creationsBefore = (await containerCreations()).length;
    const artifact = new SequentialFileStagingArtifact();
    const first = await stageAll(tasks, artifact);

    expect(first).toHaveLength(1000);
    expect(first[0]).toBeInstanceOf(ResourceFile);
    expect(first[0].filePath).toBe("in/0.txt");
    expect(first[1].filePath).toBe("in/1.txt");
    // One SAS per call: every task of the call points at the same URL.
    expect(new Set(first.map((f) => f.httpUrl)).size).toBe(1);
    expect(await uploadsOf("shared-input.txt")).toBe(1);
    // One container, named by the call and reported in its artifact.
    const created = artifact.blobContainerCreated!;
    expect(created).toMatch(/^mab-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-\d{3}-[0-9a-f]{6}$/);
    expect((await containerCreations()).slice(creationsBefore)).toEqual([
      `/devstoreaccount1/${created}?restype=container`,
    ]);
    expect(new URL(first[0].httpUrl!).pathname.split("/")[2]).toBe(created);

    const response = await fetch(first[0].httpUrl!);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("shared\n");
    expect(new URL(first[0].httpUrl!).searchParams.get("sp")).toBe("r");
  });

  it("stages again into a new container after the caller deleted the reported one", async () => {
    const local = join(work, "cleaned-up.txt");
    await writeFile(local, "again\n");
    const file = new FileToStage(local, account);
    const first = new SequentialFileStagingArtifact();
    await stageAll([file], first);
    await (await account.getContainerClient(first.blobContainerCreated!)).delete();

    const second = new SequentialFileStagingArtifact({ namingFragment: "Second-Run" });
    const [again] = await stageAll([file], second);
    expect(second.blobContainerCreated).toMatch(/^mab-second-run-/);
    expect(second.blobContainerCreated).not.toBe(first.blobContainerCreated);
    // The unchanged file was uploaded again, and its new URL works.
    expect(await uploadsOf("cleaned-up.txt")).toBe(2);
    expect(await (await fetch(again.httpUrl!)).text()).toBe("again\n");
    // An artifact describes one run only.
    await expect(file.stageFiles([file], second)).rejects.toThrow(InvalidOperationException);
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
    const v1 = await stageOne(new FileToStage(local, account));
    await writeFile(local, "version 2");
    const v2 = await stageOne(new FileToStage(local, account));
    expect(await (await fetch(v1.httpUrl!)).text()).toBe("v1");
    expect(await (await fetch(v2.httpUrl!)).text()).toBe("version 2");
    expect(await uploadsOf("changing.txt")).toBe(2);
  });

  it("stages names with spaces and unicode", async () => {
    const local = join(work, "ëingabe datei 文件.txt");
    await writeFile(local, "unicode");
    const file = await stageOne(new FileToStage(local, account));
    expect(file.filePath).toBe("ëingabe datei 文件.txt");
    expect(await (await fetch(file.httpUrl!)).text()).toBe("unicode");
  });

  it("accepts the init object, a connection string or a BlobServiceClient, with its own SAS lifetime", async () => {
    const local = join(work, "other.txt");
    await writeFile(local, "other");
    const fromString = new StagingStorageAccount(azurite.connectionString, { sasLifetimeMs: 10 * 60_000 });
    const fromClient = new StagingStorageAccount(
      BlobServiceClient.fromConnectionString(azurite.connectionString),
    );
    const fromInit = new StagingStorageAccount({
      storageAccount: azurite.accountName,
      storageAccountKey: azurite.accountKey,
      blobEndpoint: azurite.blobEndpoint,
    });
    const x = await stageOne(new FileToStage(local, fromString));
    const y = await stageOne(new FileToStage(local, fromClient));
    const z = await stageOne(new FileToStage(local, fromInit));
    expect(await (await fetch(z.httpUrl!)).text()).toBe("other");
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
    await expect(stageOne(new FileToStage(join(work, "missing.txt"), account))).rejects.toThrow(/ENOENT/);
    await writeFile(join(work, "x.txt"), "x");
    await expect(
      stageAll(
        [new FileToStage(join(work, "x.txt"), account)],
        new SequentialFileStagingArtifact({ namingFragment: "not_valid" }),
      ),
    ).rejects.toThrow(RangeError);
    expect((await azurite.requests()).slice(before)).toEqual([]);
  });

  it("refuses an account that cannot sign before uploading anything", async () => {
    // An account reached through a SAS cannot sign read URLs for what it would upload.
    const sasOnly = new StagingStorageAccount(
      new BlobServiceClient(
        (
          await getContainerSasUrl(await account.getContainerClient("sas-only"), { permissions: "rwl" })
        ).replace("/sas-only?", "?"),
      ),
    );
    const local = join(work, "never-uploaded.txt");
    await writeFile(local, "x");
    const before = (await azurite.requests()).length;
    await expect(stageOne(new FileToStage(local, sasOnly))).rejects.toThrow(/neither an account key/);
    expect((await azurite.requests()).slice(before)).toEqual([]);
  });
});
