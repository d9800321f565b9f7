import { lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  BlobServiceClient,
  ContainerClient,
  ContainerSASPermissions,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from "@azure/storage-blob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildTaskEnvironment,
  NodeLayout,
  NodeProcessRegistry,
  type TaskRunSpec,
} from "../../../src/emulator/agent/index.js";
import { blobNames, blobText, startAzurite, type AzuriteInstance } from "../../support/azurite.js";

let azurite: AzuriteInstance;
let service: BlobServiceClient;
let dataDir: string;
let layout: NodeLayout;
let registry: NodeProcessRegistry;
let counter = 0;

/** A container SAS URL with the given permissions, valid for an hour. */
function sasUrl(container: ContainerClient, permissions: string): string {
  const credential = new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey);
  const sas = generateBlobSASQueryParameters(
    {
      containerName: container.containerName,
      permissions: ContainerSASPermissions.parse(permissions),
      expiresOn: new Date(Date.now() + 3_600_000),
    },
    credential,
  ).toString();
  return `${container.url}?${sas}`;
}

async function createContainer(name: string, blobs: Record<string, string> = {}): Promise<ContainerClient> {
  const container = service.getContainerClient(name);
  await container.create();
  for (const [blob, content] of Object.entries(blobs))
    await container.getBlockBlobClient(blob).upload(content, content.length);
  return container;
}

function task(commandLine: string, extra: Partial<TaskRunSpec> = {}): TaskRunSpec {
  const taskId = `task-${++counter}`;
  return {
    commandLine,
    directories: layout.taskDirectories("task", "job1", taskId),
    environment: buildTaskEnvironment(layout, {
      accountName: "devbatch",
      accountUrl: "http://127.0.0.1:1/",
      poolId: "pool1",
      nodeId: "node1",
      isDedicated: true,
      kind: "task",
      jobId: "job1",
      taskId,
    }),
    ...extra,
  };
}

beforeAll(async () => {
  azurite = await startAzurite();
  service = BlobServiceClient.fromConnectionString(azurite.connectionString);
  dataDir = await mkdtemp(path.join(tmpdir(), "agent-storage-"));
  layout = NodeLayout.forNode(dataDir, "pool1", "node1");
  await layout.create();
  registry = new NodeProcessRegistry();
});

afterAll(async () => {
  await registry?.killAll();
  await azurite?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("resource files from Azurite", () => {
  it("downloads a blob through a SAS httpUrl", async () => {
    const container = await createContainer("http-input", { "words.txt": "alpha beta\n" });
    const credential = new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey);
    const blobSas = generateBlobSASQueryParameters(
      {
        containerName: "http-input",
        blobName: "words.txt",
        permissions: ContainerSASPermissions.parse("r"),
        expiresOn: new Date(Date.now() + 3_600_000),
      },
      credential,
    ).toString();
    const spec = task("cat words.txt", {
      resourceFiles: [
        { httpUrl: `${container.getBlobClient("words.txt").url}?${blobSas}`, filePath: "words.txt" },
      ],
    });
    const outcome = await registry.run(spec).completion;
    expect(outcome).toMatchObject({ result: "success", exitCode: 0 });
    expect(await readFile(path.join(spec.directories.taskDir, "stdout.txt"), "utf8")).toBe("alpha beta\n");
    // Without fileMode a Linux node applies 0770.
    expect((await stat(path.join(spec.directories.workingDir, "words.txt"))).mode & 0o777).toBe(0o770);
  });

  it("downloads every blob under blobPrefix from a container SAS URL, keeping folders, with fileMode", async () => {
    const container = await createContainer("prefix-input", {
      "data/a.txt": "A",
      "data/sub/b.txt": "B",
      "other/c.txt": "C",
    });
    const spec = task("true", {
      resourceFiles: [
        {
          storageContainerUrl: sasUrl(container, "rl"),
          blobPrefix: "data/",
          filePath: "in",
          fileMode: "0644",
        },
      ],
    });
    expect((await registry.run(spec).completion).result).toBe("success");
    const wd = spec.directories.workingDir;
    expect(await readFile(path.join(wd, "in/data/a.txt"), "utf8")).toBe("A");
    expect(await readFile(path.join(wd, "in/data/sub/b.txt"), "utf8")).toBe("B");
    await expect(stat(path.join(wd, "in/other/c.txt"))).rejects.toThrow(/ENOENT/);
    expect((await stat(path.join(wd, "in/data/a.txt"))).mode & 0o777).toBe(0o644);
  });

  it("downloads from an auto-storage container by name", async () => {
    await createContainer("auto-input", { "x.txt": "auto" });
    const spec = task("cat x.txt", {
      resourceFiles: [{ autoStorageContainerName: "auto-input" }],
      autoStorage: { connectionString: azurite.connectionString },
    });
    expect((await registry.run(spec).completion).result).toBe("success");
    expect(await readFile(path.join(spec.directories.taskDir, "stdout.txt"), "utf8")).toBe("auto");
  });

  it("fails with the service's codes, without running the command, when the SAS cannot list or the container is missing", async () => {
    const container = await createContainer("no-list", { "a.txt": "A" });
    const denied = task("/bin/sh -c 'echo ran > ran.txt'", {
      resourceFiles: [{ storageContainerUrl: sasUrl(container, "r") }],
    });
    const outcome = await registry.run(denied).completion;
    expect(outcome).toMatchObject({
      result: "failure",
      failureStage: "preProcessing",
      failureInfo: { category: "usererror", code: "BlobAccessDenied" },
    });
    expect(JSON.stringify(outcome.failureInfo)).not.toMatch(/sig=(?!REDACTED)/);
    await expect(stat(path.join(denied.directories.workingDir, "ran.txt"))).rejects.toThrow(/ENOENT/);

    const missing = await registry.run(
      task("true", {
        resourceFiles: [{ autoStorageContainerName: "does-not-exist" }],
        autoStorage: { connectionString: azurite.connectionString },
      }),
    ).completion;
    expect(missing.failureInfo?.code).toBe("BlobNotFound");
  });
});

describe("output files to Azurite", () => {
  it("uploads by condition: single files to their exact path, wildcard matches under a prefix", async () => {
    const out = await createContainer("outputs");
    const url = sasUrl(out, "rcw");
    const spec = task(
      "/bin/sh -c 'mkdir -p res/deep && echo r1 > res/one.txt && echo r2 > res/deep/two.txt && echo log > run.log && echo hi'",
      {
        outputFiles: [
          {
            filePattern: "res/**/*.txt",
            destination: { container: { containerUrl: url, path: "results" } },
            uploadOptions: { uploadCondition: "tasksuccess" },
          },
          {
            filePattern: "run.log",
            destination: {
              container: {
                containerUrl: url,
                path: "logs/task.log",
                uploadHeaders: [{ name: "Content-Type", value: "text/plain" }],
              },
            },
            uploadOptions: { uploadCondition: "taskcompletion" },
          },
          {
            filePattern: "../stdout.txt",
            destination: { container: { containerUrl: url } },
            uploadOptions: { uploadCondition: "tasksuccess" },
          },
          {
            filePattern: "run.log",
            destination: { container: { containerUrl: url, path: "failure-only.log" } },
            uploadOptions: { uploadCondition: "taskfailure" },
          },
        ],
      },
    );
    const outcome = await registry.run(spec).completion;
    expect(outcome).toMatchObject({ result: "success", exitCode: 0 });
    expect(await blobNames(out)).toEqual([
      "logs/task.log",
      "results/deep/two.txt",
      "results/one.txt",
      "stdout.txt",
    ]);
    expect(await blobText(out, "results/deep/two.txt")).toBe("r2\n");
    expect(await blobText(out, "stdout.txt")).toBe("hi\n");
    expect((await out.getBlobClient("logs/task.log").getProperties()).contentType).toBe("text/plain");
    expect(
      outcome.uploadedFiles.every(
        (f) => !f.containerUrl.includes(new URL(url).searchParams.get("sig") as string),
      ),
    ).toBe(true);
  });

  it("uploads taskfailure files when the process fails, and keeps the exit code", async () => {
    const out = await createContainer("outputs-failure");
    const url = sasUrl(out, "cw");
    const outcome = await registry.run(
      task("/bin/sh -c 'echo bad > err.log; exit 2'", {
        outputFiles: [
          {
            filePattern: "err.log",
            destination: { container: { containerUrl: url } },
            uploadOptions: { uploadCondition: "taskfailure" },
          },
          {
            filePattern: "err.log",
            destination: { container: { containerUrl: url, path: "never.log" } },
            uploadOptions: { uploadCondition: "tasksuccess" },
          },
        ],
      }),
    ).completion;
    expect(outcome).toMatchObject({
      result: "failure",
      exitCode: 2,
      failureInfo: { code: "FailureExitCode" },
    });
    expect(await blobNames(out)).toEqual(["err.log"]);
  });

  it("fails a successful process with FileUploadMiscError when the destination refuses the upload", async () => {
    const out = await createContainer("outputs-readonly");
    const spec = task("/bin/sh -c 'echo x > a.txt'", {
      outputFiles: [
        {
          filePattern: "a.txt",
          destination: { container: { containerUrl: sasUrl(out, "r") } },
          uploadOptions: { uploadCondition: "taskcompletion" },
        },
      ],
    });
    const outcome = await registry.run(spec).completion;
    expect(outcome).toMatchObject({
      result: "failure",
      exitCode: 0,
      failureStage: "fileUpload",
      failureInfo: { category: "usererror", code: "FileUploadMiscError" },
    });
    expect(await readFile(path.join(spec.directories.taskDir, "fileuploaderr.txt"), "utf8")).toMatch(
      /a\.txt/,
    );
    expect(await blobNames(out)).toEqual([]);
  });

  it("refuses a pattern that leaves the task directory", async () => {
    const out = await createContainer("outputs-escape");
    const outcome = await registry.run(
      task("true", {
        outputFiles: [
          {
            filePattern: "../../../*",
            destination: { container: { containerUrl: sasUrl(out, "cw") } },
            uploadOptions: { uploadCondition: "taskcompletion" },
          },
        ],
      }),
    ).completion;
    expect(outcome).toMatchObject({ result: "failure", failureInfo: { code: "FileUploadMiscError" } });
    expect(await blobNames(out)).toEqual([]);
  });
});

describe("symbolic links a task leaves behind", () => {
  let host: string;
  beforeAll(async () => {
    // Files of the host, outside every task directory.
    host = await mkdtemp(path.join(tmpdir(), "azbatch-host-"));
    await mkdir(path.join(host, "dir"));
    await writeFile(path.join(host, "secret.txt"), "host secret\n");
    await writeFile(path.join(host, "dir", "other.txt"), "host other\n");
  });
  afterAll(async () => {
    await rm(host, { recursive: true, force: true });
  });

  function uploading(commandLine: string, filePattern: string, out: ContainerClient): TaskRunSpec {
    return task(commandLine, {
      outputFiles: [
        {
          filePattern,
          destination: { container: { containerUrl: sasUrl(out, "cw") } },
          uploadOptions: { uploadCondition: "taskcompletion" },
        },
      ],
    });
  }

  it("never uploads a host file through a link, and refuses a pattern whose base links outside", async () => {
    const file = await createContainer("outputs-link-file");
    const fileOutcome = await registry.run(
      uploading(`ln -s ${path.join(host, "secret.txt")} result.txt`, "result.txt", file),
    ).completion;
    expect(fileOutcome).toMatchObject({ result: "failure", failureInfo: { code: "FileUploadMiscError" } });
    expect(await blobNames(file)).toEqual([]);

    const dir = await createContainer("outputs-link-dir");
    const dirOutcome = await registry.run(uploading(`ln -s ${path.join(host, "dir")} out`, "out/*", dir))
      .completion;
    expect(dirOutcome).toMatchObject({ result: "failure", failureInfo: { code: "FileUploadMiscError" } });
    expect(await blobNames(dir)).toEqual([]);
  });

  it("uploads a link that stays inside the task directory as the file it leads to", async () => {
    const out = await createContainer("outputs-link-inside");
    const outcome = await registry.run(
      uploading("/bin/sh -c 'echo inside > real.txt && ln -s real.txt alias.txt'", "alias.txt", out),
    ).completion;
    expect(outcome).toMatchObject({ result: "success" });
    expect(await blobText(out, "alias.txt")).toBe("inside\n");
  });

  it("writes resource files over a link an earlier attempt left, and refuses a folder that links outside", async () => {
    await createContainer("link-input", { "a.txt": "from blob\n", "sub/b.txt": "from blob too\n" });
    const spec = task("true", {
      resourceFiles: [{ storageContainerUrl: sasUrl(service.getContainerClient("link-input"), "rl") }],
    });
    await mkdir(spec.directories.workingDir, { recursive: true });
    await symlink(path.join(host, "secret.txt"), path.join(spec.directories.workingDir, "a.txt"));
    await symlink(path.join(host, "dir"), path.join(spec.directories.workingDir, "sub"));

    const outcome = await registry.run(spec).completion;
    expect(outcome).toMatchObject({ result: "failure", failureInfo: { code: "ResourceFileWriteFailed" } });
    // The link was replaced by the blob; the host's files are as they were.
    expect(await readFile(path.join(host, "secret.txt"), "utf8")).toBe("host secret\n");
    expect((await lstat(path.join(spec.directories.workingDir, "a.txt"))).isSymbolicLink()).toBe(false);
    expect(await readFile(path.join(spec.directories.workingDir, "a.txt"), "utf8")).toBe("from blob\n");
    expect((await readdir(path.join(host, "dir"))).sort()).toEqual(["other.txt"]);
  });
});
