/**
 * The tutorial's shape end to end: input files in Azurite reach the tasks as SAS resource files,
 * three tasks count words on the local Batch service, and their results come back as output files.
 * A fourth task reads from the linked auto-storage account.
 */
import { ContainerClient } from "@azure/storage-blob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloudTask, outputFileToContainer, ResourceFile } from "../../../src/index.js";
import { getBlobSasUrl, getContainerSasUrl } from "../../../src/storage/index.js";
import { startAzurite, type AzuriteInstance } from "../../support/azurite.js";
import {
  createJob,
  createReadyPool,
  openService,
  taskFile,
  waitForCompletedTasks,
  type NodeTestContext,
} from "./support.js";

const TEXTS: Record<string, string> = {
  "one.txt": "the quick brown fox",
  "two.txt": "jumps over\nthe lazy dog again",
  "three.txt": "hello",
};

let azurite: AzuriteInstance;
let ctx: NodeTestContext;

beforeAll(async () => {
  azurite = await startAzurite();
  ctx = await openService({ autoStorage: { connectionString: azurite.connectionString } });
  for (const name of ["input", "output"])
    await new ContainerClient(azurite.connectionString, name).createIfNotExists();
  const input = new ContainerClient(azurite.connectionString, "input");
  for (const [name, text] of Object.entries(TEXTS))
    await input.getBlockBlobClient(name).upload(text, text.length);
}, 60_000);

afterAll(async () => {
  await ctx?.close();
  await azurite?.close();
});

describe("a word-count job with resource files in and output files out", () => {
  it("counts the words of each input file and uploads the counts", async () => {
    await createReadyPool(ctx.client, "wc", 2, (pool) => (pool.taskSlotsPerNode = 2));
    await createJob(ctx.client, "wc-job", "wc");
    const outputUrl = await getContainerSasUrl(
      { connectionString: azurite.connectionString, containerName: "output" },
      { permissions: "w" },
    );
    const tasks = await Promise.all(
      Object.keys(TEXTS).map(async (name) => {
        const url = await getBlobSasUrl(
          { connectionString: azurite.connectionString, containerName: "input", blobName: name },
          { permissions: "r" },
        );
        const task = new CloudTask(
          `count-${name.replace(".txt", "")}`,
          `/bin/sh -c 'wc -w < ${name} > count-${name}'`,
        );
        task.resourceFiles = [ResourceFile.fromUrl(url, name)];
        task.outputFiles = [
          outputFileToContainer("count-*.txt", outputUrl, { uploadCondition: "tasksuccess" }),
        ];
        return task;
      }),
    );
    await ctx.client.jobOperations.addTask("wc-job", tasks);
    const done = await waitForCompletedTasks(ctx.client, "wc-job", 3);
    expect(done.map((t) => t.executionInformation?.result)).toEqual(["success", "success", "success"]);

    const output = new ContainerClient(azurite.connectionString, "output");
    for (const [name, text] of Object.entries(TEXTS)) {
      const body = await output.getBlobClient(`count-${name}`).downloadToBuffer();
      expect(Number(body.toString().trim())).toBe(text.split(/\s+/).length);
    }
  });

  it("downloads a whole container from the linked auto-storage account", async () => {
    await createJob(ctx.client, "auto-job", "wc");
    const task = new CloudTask("cat-all", "/bin/sh -c 'cat in/one.txt in/three.txt'");
    task.resourceFiles = [ResourceFile.fromAutoStorageContainer("input", { filePath: "in" })];
    await ctx.client.jobOperations.addTask("auto-job", task);
    const [done] = await waitForCompletedTasks(ctx.client, "auto-job", 1);
    expect(done.executionInformation?.result).toBe("success");
    expect(await taskFile(ctx.client, "auto-job", "cat-all")).toBe(
      `${TEXTS["one.txt"]}${TEXTS["three.txt"]}`,
    );
  });

  it("fails a task whose resource file cannot be read, without running it", async () => {
    await createJob(ctx.client, "denied-job", "wc");
    const task = new CloudTask("denied", "/bin/sh -c 'echo ran'");
    task.resourceFiles = [ResourceFile.fromUrl(`${azurite.blobEndpoint}/input/one.txt`, "one.txt")];
    await ctx.client.jobOperations.addTask("denied-job", task);
    const [done] = await waitForCompletedTasks(ctx.client, "denied-job", 1);
    expect(done.executionInformation?.result).toBe("failure");
    expect(done.executionInformation?.failureInformation?.category).toBe("usererror");
    expect(done.executionInformation?.failureInformation?.code).toMatch(/^Blob/);
    expect(done.executionInformation?.exitCode).toBeUndefined();
  });
});
