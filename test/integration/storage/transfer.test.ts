import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { BlobServiceClient, ContainerClient } from "@azure/storage-blob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ResourceFile } from "../../../src/objectmodel/resource-file.js";
import {
  ContainerNotFoundError,
  createContainerIfNotExists,
  deleteContainerIfExists,
  downloadContainerToFolder,
  getContainerSasUrl,
  uploadFileToContainer,
  uploadFilesToContainer,
  uploadFolderToContainer,
} from "../../../src/storage/index.js";
import { startAzurite, type AzuriteInstance } from "../../support/azurite.js";

let azurite: AzuriteInstance;
let service: BlobServiceClient;
let work: string;

beforeAll(async () => {
  azurite = await startAzurite();
  service = BlobServiceClient.fromConnectionString(azurite.connectionString);
  work = await mkdtemp(join(tmpdir(), "azbatch-transfer-"));
});

afterAll(async () => {
  await azurite?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function fetchText(file: ResourceFile): Promise<string> {
  const response = await fetch(file.httpUrl!);
  expect(response.status).toBe(200);
  return response.text();
}

describe("containers", () => {
  it("creates and deletes only when needed", async () => {
    const target = { connectionString: azurite.connectionString, containerName: "lifecycle" };
    expect(await createContainerIfNotExists(target)).toBe(true);
    expect(await createContainerIfNotExists(target)).toBe(false);
    expect(await service.getContainerClient("lifecycle").exists()).toBe(true);
    expect(await deleteContainerIfExists(target)).toBe(true);
    expect(await deleteContainerIfExists(target)).toBe(false);
    expect(await service.getContainerClient("lifecycle").exists()).toBe(false);
  });
});

describe("uploads", () => {
  it("uploads one file and returns a resource file with a read SAS", async () => {
    const container = service.getContainerClient("input");
    await createContainerIfNotExists(container);
    const local = join(work, "taskdata0.txt");
    await writeFile(local, "zero\n");
    const file = await uploadFileToContainer(container, local);
    expect(file).toBeInstanceOf(ResourceFile);
    expect(file.filePath).toBe("taskdata0.txt");
    expect(new URL(file.httpUrl!).pathname).toBe("/devstoreaccount1/input/taskdata0.txt");
    expect(new URL(file.httpUrl!).searchParams.get("sp")).toBe("r");
    expect(await fetchText(file)).toBe("zero\n");
    const upload = await fetch(file.httpUrl!, {
      method: "PUT",
      body: "x",
      headers: { "x-ms-blob-type": "BlockBlob" },
    });
    expect(upload.status).toBe(403);
  });

  it("keeps spaces and unicode in blob names and node paths", async () => {
    const local = join(work, "my input ü 文件.txt");
    await writeFile(local, "unicode\n");
    const file = await uploadFileToContainer(service.getContainerClient("input"), local, {
      blobName: "dir one/my input ü 文件.txt",
      filePath: "data/ü.txt",
      fileMode: "0644",
    });
    expect(file.filePath).toBe("data/ü.txt");
    expect(file.fileMode).toBe("0644");
    expect(await fetchText(file)).toBe("unicode\n");
    const names: string[] = [];
    for await (const b of service.getContainerClient("input").listBlobsFlat({ prefix: "dir one/" }))
      names.push(b.name);
    expect(names).toEqual(["dir one/my input ü 文件.txt"]);
  });

  it("uploads several files with prefixes, in order", async () => {
    const paths = [];
    for (const n of [1, 2, 3]) {
      const p = join(work, `many-${n}.txt`);
      await writeFile(p, `file ${n}`);
      paths.push(p);
    }
    const files = await uploadFilesToContainer(
      { connectionString: azurite.connectionString, containerName: "input" },
      paths,
      { blobPrefix: "batch-1/", filePathPrefix: "in/", concurrency: 2 },
    );
    expect(files.map((f) => f.filePath)).toEqual(["in/many-1.txt", "in/many-2.txt", "in/many-3.txt"]);
    expect(await Promise.all(files.map(fetchText))).toEqual(["file 1", "file 2", "file 3"]);
  });

  it("refuses to upload into a missing container with a clear error", async () => {
    const local = join(work, "orphan.txt");
    await writeFile(local, "orphan");
    const error = await uploadFileToContainer(service.getContainerClient("does-not-exist"), local).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ContainerNotFoundError);
    expect(error.containerName).toBe("does-not-exist");
  });
});

describe("folder round trip", () => {
  it("uploads a folder tree and downloads it back unchanged", async () => {
    const source = join(work, "tree");
    const tree: Record<string, string> = {
      "a.txt": "A",
      "sub dir/b ü.txt": "B",
      "sub dir/deeper/c 文件.bin": "C\u0000binary",
    };
    for (const [rel, content] of Object.entries(tree)) {
      await mkdir(join(source, rel, ".."), { recursive: true });
      await writeFile(join(source, rel), content);
    }
    const container = service.getContainerClient("tree");
    await createContainerIfNotExists(container);
    const files = await uploadFolderToContainer(container, source, { blobPrefix: "run-1/" });
    expect(files.map((f) => f.filePath).sort()).toEqual(Object.keys(tree).sort());
    for (const file of files) expect(await fetchText(file)).toBe(tree[file.filePath!]);

    const target = join(work, "downloaded");
    const written = await downloadContainerToFolder(container, target, { prefix: "run-1/" });
    expect(written).toHaveLength(3);
    for (const [rel, content] of Object.entries(tree)) {
      expect(await readFile(join(target, "run-1", rel), "utf8")).toBe(content);
    }
  });

  it("errors from a SAS client never show the signature, even with their cause", async () => {
    const missing = service.getContainerClient("gone-away");
    const sasUrl = await getContainerSasUrl(missing, { permissions: "rl" });
    const sig = new URL(sasUrl).searchParams.get("sig")!;
    const error = await downloadContainerToFolder(new ContainerClient(sasUrl), join(work, "y")).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ContainerNotFoundError);
    const shown = inspect(error, { depth: 10 }) + String(error.stack);
    expect(shown).not.toContain(sig);
    expect(shown).not.toContain(encodeURIComponent(sig));
  });

  it("downloading a missing container fails with a clear error", async () => {
    await expect(
      downloadContainerToFolder(service.getContainerClient("nope-nope"), join(work, "x")),
    ).rejects.toThrow(ContainerNotFoundError);
  });
});

describe("bad input is refused before any request", () => {
  it("throws typed errors and sends nothing", async () => {
    const container = service.getContainerClient("input");
    const local = join(work, "taskdata0.txt");
    const before = (await azurite.requests()).length;
    await expect(uploadFileToContainer(container, local, { filePath: "../escape.txt" })).rejects.toThrow(
      RangeError,
    );
    await expect(uploadFileToContainer(container, local, { filePath: "/etc/passwd" })).rejects.toThrow(
      RangeError,
    );
    await expect(uploadFileToContainer(container, local, { filePath: "a/../../b" })).rejects.toThrow(/\.\./);
    await expect(uploadFileToContainer(container, local, { blobName: "dir/" })).rejects.toThrow(RangeError);
    await expect(uploadFileToContainer(container, local, { sas: { permissions: "" } })).rejects.toThrow(
      RangeError,
    );
    await expect(
      uploadFileToContainer(container, local, { sas: { expiresOn: new Date(Date.now() - 60_000) } }),
    ).rejects.toThrow(/in the past/);
    await expect(uploadFileToContainer(container, join(work, "missing.txt"))).rejects.toThrow(/ENOENT/);
    await expect(uploadFileToContainer(container, work)).rejects.toThrow(/Not a regular file/);
    await expect(
      uploadFileToContainer(
        { connectionString: azurite.connectionString, containerName: undefined as never },
        local,
      ),
    ).rejects.toThrow(/container name is required/);
    await expect(uploadFilesToContainer(container, [local, local])).rejects.toThrow(/same blob name/);
    expect((await azurite.requests()).slice(before)).toEqual([]);
  });
});
