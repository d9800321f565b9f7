/**
 * The bundled task application, run as a node runs it (`node task-application.js …` in a bare folder),
 * uploading to Azurite through a container SAS.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { BlobServiceClient, ContainerSASPermissions, type ContainerClient } from "@azure/storage-blob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleTaskApplication } from "../../examples/dotnet-tutorial/bundle.js";
import { startAzurite, type AzuriteInstance } from "../support/azurite.js";

const run = promisify(execFile);

interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

describe("task-application.js", () => {
  let azurite: AzuriteInstance;
  let container: ContainerClient;
  let workDir: string;
  let bundle: string;

  beforeAll(async () => {
    azurite = await startAzurite();
    container = BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient("output");
    await container.create();
    workDir = await mkdtemp(join(tmpdir(), "task-app-"));
    bundle = await bundleTaskApplication(join(workDir, "shared"));
  });

  afterAll(async () => {
    await azurite?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  async function runTask(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
    // Only PATH survives: a node has nothing of this repository's environment.
    const options = { cwd: workDir, env: { PATH: process.env.PATH, ...env } };
    try {
      const { stdout, stderr } = await run(process.execPath, [bundle, ...args], options);
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  async function sasUrl(permissions: string): Promise<string> {
    return container.generateSasUrl({
      permissions: ContainerSASPermissions.parse(permissions),
      expiresOn: new Date(Date.now() + 3_600_000),
    });
  }

  it("is one file with no imports of anything but Node built-ins", async () => {
    const source = await readFile(bundle, "utf8");
    const required = [...source.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]);
    expect(required.length).toBeGreaterThan(0);
    for (const name of required)
      expect(name).toMatch(/^(node:)?(fs\/promises|fs|path|url|util|buffer|stream)$/);
  });

  it("writes the top words and the task identity, and uploads them through the SAS", async () => {
    await writeFile(join(workDir, "words.txt"), "\uFEFFcloud node cloud task Node node cloud\n");
    const sas = await sasUrl("w");
    const result = await runTask(["words.txt", "2", sas], {
      AZ_BATCH_NODE_ID: "tvm-7",
      AZ_BATCH_TASK_ID: "topNtask0",
      AZ_BATCH_JOB_ID: "job-1",
      AZ_BATCH_POOL_ID: "pool-1",
    });

    expect(result.code).toBe(0);
    const expected =
      "Count\tWord\n  3\t\tcloud\n  2\t\tnode\n------------------------------\n" +
      "Node: tvm-7\nTask: topNtask0\nJob:  job-1\nPool: pool-1\n";
    expect(await readFile(join(workDir, "words_OUTPUT.txt"), "utf8")).toBe(expected);
    expect((await container.getBlobClient("words_OUTPUT.txt").downloadToBuffer()).toString("utf8")).toBe(
      expected,
    );
    expect(result.stdout).toContain("Write operation succeeded for SAS URL");
    const signature = new URL(sas).searchParams.get("sig")!;
    expect(result.stdout + result.stderr).not.toContain(signature);
    expect(result.stdout + result.stderr).not.toContain(encodeURIComponent(signature));
  });

  it("exits non-zero, without printing the signature, when the SAS does not allow writing", async () => {
    await writeFile(join(workDir, "other.txt"), "a b a");
    const readOnly = await sasUrl("r");
    const result = await runTask(["other.txt", "3", readOnly]);

    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Write operation failed for SAS URL .*sig=REDACTED/);
    expect(result.stderr).toContain("Additional error information: 403");
    const signature = new URL(readOnly).searchParams.get("sig")!;
    expect(result.stdout + result.stderr).not.toContain(encodeURIComponent(signature));
    expect(result.stdout + result.stderr).not.toContain(signature);
    await expect(container.getBlobClient("other_OUTPUT.txt").exists()).resolves.toBe(false);
  });

  it("exits non-zero with a usage line for wrong arguments or a missing input file", async () => {
    const usage = await runTask(["words.txt", "three", "http://127.0.0.1/x"]);
    expect(usage.code).not.toBe(0);
    expect(usage.stderr).toContain("usage: node task-application.js");

    const missing = await runTask(["nope.txt", "3", await sasUrl("w")]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("ENOENT");
  });
});
