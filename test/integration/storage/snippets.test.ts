import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BlobServiceClient, ContainerClient } from "@azure/storage-blob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTutorialContainers } from "../../../examples/snippets/storage-containers.js";
import {
  deleteTutorialContainers,
  downloadTutorialOutputs,
} from "../../../examples/snippets/storage-download.js";
import {
  deleteStagingContainer,
  filesToStageFor,
  stagingAccount,
} from "../../../examples/snippets/storage-file-staging.js";
import type { FileStagingArtifacts } from "../../../src/objectmodel/file-staging.js";
import { FileToStage } from "../../../src/storage/index.js";
import { tutorialOutputFiles } from "../../../examples/snippets/storage-output.js";
import { uploadTutorialFiles } from "../../../examples/snippets/storage-upload.js";
import { startAzurite, type AzuriteInstance } from "../../support/azurite.js";

let azurite: AzuriteInstance;
let work: string;

beforeAll(async () => {
  azurite = await startAzurite();
  work = await mkdtemp(join(tmpdir(), "azbatch-snippets-"));
});

afterAll(async () => {
  await azurite?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the storage snippets of docs/storage.md", () => {
  it("run the tutorial's storage steps end to end", async () => {
    const cs = azurite.connectionString;
    expect(await createTutorialContainers(cs)).toEqual(["application", "input", "output"]);
    expect(await createTutorialContainers(cs)).toEqual([]);

    const app = join(work, "task-app.js");
    const inputs = [join(work, "taskdata1.txt"), join(work, "taskdata2.txt")];
    await writeFile(app, "console.log('hi')");
    for (const [i, path] of inputs.entries()) await writeFile(path, `data ${i + 1}`);
    const uploaded = await uploadTutorialFiles(cs, app, inputs);
    expect(uploaded.application.fileMode).toBe("0755");
    expect(await (await fetch(uploaded.application.httpUrl!)).text()).toBe("console.log('hi')");
    expect(await Promise.all(uploaded.inputs.map(async (f) => (await fetch(f.httpUrl!)).text()))).toEqual([
      "data 1",
      "data 2",
    ]);

    // A node would upload with the output files' container URL; do the same here.
    const [results] = await tutorialOutputFiles(cs, "task-1");
    const dest = results.destination.container!;
    expect(dest.path).toBe("task-1");
    await new ContainerClient(dest.containerUrl)
      .getBlockBlobClient(`${dest.path}/words_OUTPUT.txt`)
      .upload("w", 1);

    const downloaded = await downloadTutorialOutputs(cs, join(work, "out"));
    expect(downloaded).toEqual([join(work, "out", "task-1", "words_OUTPUT.txt")]);
    expect(await readFile(downloaded[0], "utf8")).toBe("w");

    await deleteTutorialContainers(cs);
    const left: string[] = [];
    for await (const c of BlobServiceClient.fromConnectionString(cs).listContainers()) left.push(c.name);
    expect(left).toEqual([]);
  });

  it("stage files for a task", async () => {
    const input = join(work, "input.txt");
    const shared = join(work, "settings.json");
    await writeFile(input, "in");
    await writeFile(shared, "{}");
    const account = stagingAccount(azurite.accountName, azurite.accountKey, azurite.blobEndpoint);
    // What the add-task workflow does for the task's FileToStage entries.
    const providers = filesToStageFor(account, input, shared);
    const artifact = providers[0].createStagingArtifact();
    const artifacts: FileStagingArtifacts = new Map([[FileToStage, artifact]]);
    await providers[0].stageFiles(providers, artifact);
    const files = providers.flatMap((f) => f.stagedFiles ?? []);
    expect(files.map((f) => f.filePath)).toEqual(["input.txt", "shared/settings.json"]);
    expect(await (await fetch(files[1].httpUrl!)).text()).toBe("{}");

    await deleteStagingContainer(account, artifacts);
    const left: string[] = [];
    for await (const c of BlobServiceClient.fromConnectionString(azurite.connectionString).listContainers())
      left.push(c.name);
    expect(left).not.toContain(artifact.blobContainerCreated);
    expect((await fetch(files[1].httpUrl!)).status).toBe(404);
  });
});
