/**
 * No secret in anything the SDK or the local Batch service logs or throws. A representative run —
 * successes and failures with Shared Key, bearer tokens and a wrong key, retried injected faults,
 * a resource file behind a SAS URL that the node fails to download, SAS generation and a refused
 * upload to storage, the command line with a custom key — is made with `@azure/logger` at verbose
 * level; its log lines, the process output and every error (message, stack, inspected object) are
 * then scanned for the account keys, the token, the SAS signature and anything shaped like an
 * Authorization value.
 */
import { AzureLogger, getLogLevel, setLogLevel, type AzureLogLevel } from "@azure/logger";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { format, inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials, BatchTokenCredentials } from "../../src/auth/index.js";
import { startLocalBatchService, type LocalBatchService } from "../../src/emulator/index.js";
import {
  BatchClient,
  CloudTask,
  ODATADetailLevel,
  ResourceFile,
  RetryPolicyProvider,
} from "../../src/objectmodel/index.js";
import { ProtocolClient } from "../../src/protocol/client.js";
import { getBlobSasUrl, getContainerSasUrl, uploadFileToContainer } from "../../src/storage/index.js";
import { startCli, stopCli } from "../reliability/cli-process.js";

const BATCH_KEY = randomBytes(64).toString("base64");
const WRONG_KEY = randomBytes(64).toString("base64");
const STORAGE_KEY = randomBytes(64).toString("base64");
const TOKEN = `opaque-${randomBytes(24).toString("hex")}`;
const WRONG_TOKEN = `opaque-${randomBytes(24).toString("hex")}`;

const captured: string[] = [];
let service: LocalBatchService;
let storage: http.Server;
let storageUrl: string;
let previousLevel: AzureLogLevel | undefined;
const originalLog = AzureLogger.log;
const originalStdout = process.stdout.write.bind(process.stdout);
const originalStderr = process.stderr.write.bind(process.stderr);
const scratch = mkdtempSync(join(tmpdir(), "azbatch-secrets-"));

function capture(error: unknown): void {
  captured.push(String(error), (error as Error)?.stack ?? "", inspect(error, { depth: 6 }));
  try {
    captured.push(JSON.stringify(error));
  } catch {
    // Cyclic objects are covered by inspect above.
  }
}

/** Runs `work`, which is expected to fail, and keeps everything its error shows. */
async function failing(work: () => Promise<unknown>): Promise<void> {
  let failed = false;
  try {
    await work();
  } catch (error) {
    failed = true;
    capture(error);
  }
  expect(failed).toBe(true);
}

beforeAll(async () => {
  previousLevel = getLogLevel();
  setLogLevel("verbose");
  AzureLogger.log = (...args: unknown[]) => captured.push(format(...args));
  const tee =
    (write: typeof process.stdout.write) =>
    (chunk: unknown, ...rest: unknown[]): boolean => {
      captured.push(String(chunk));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    };
  process.stdout.write = tee(originalStdout) as typeof process.stdout.write;
  process.stderr.write = tee(originalStderr) as typeof process.stderr.write;
  // A storage endpoint that refuses everything, as a storage account does with a bad signature.
  storage = http.createServer((req, res) => {
    req.resume();
    res.writeHead(403, { "content-type": "application/xml", "x-ms-error-code": "AuthenticationFailed" });
    res.end(
      '<?xml version="1.0"?><Error><Code>AuthenticationFailed</Code><Message>refused</Message></Error>',
    );
  });
  await new Promise<void>((r) => storage.listen(0, "127.0.0.1", r));
  storageUrl = `http://127.0.0.1:${(storage.address() as AddressInfo).port}/secretstore`;
  service = await startLocalBatchService({
    accountName: "secretaccount",
    accountKey: BATCH_KEY,
    timeScale: 0,
    acceptTokens: (token) => token === TOKEN,
    onInternalError: (error) => capture(error),
  });
});

afterAll(async () => {
  process.stdout.write = originalStdout as typeof process.stdout.write;
  process.stderr.write = originalStderr as typeof process.stderr.write;
  AzureLogger.log = originalLog;
  setLogLevel(previousLevel);
  await service?.close();
  storage?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const connectionString = (): string =>
  `DefaultEndpointsProtocol=http;AccountName=secretstore;AccountKey=${STORAGE_KEY};BlobEndpoint=${storageUrl};`;

describe("secrets in logs and errors", () => {
  it("appear nowhere after a representative run", async () => {
    const client = BatchClient.open(
      new BatchSharedKeyCredentials(service.url, service.accountName, BATCH_KEY),
      {
        customBehaviors: [RetryPolicyProvider.exponentialRetryProvider(10, 6)],
      },
    );
    const jobs = client.jobOperations;

    // Successes, with injected failures retried along the way.
    service.faults.configure({ seed: 3, failRequestFraction: 0.3, retryAfterSeconds: 0 });
    const pool = client.poolOperations.createPool({
      poolId: "p",
      virtualMachineSize: "standard_d1_v2",
      virtualMachineConfiguration: {
        imageReference: {
          publisher: "canonical",
          offer: "0001-com-ubuntu-server-jammy",
          sku: "22_04-lts",
          version: "latest",
        },
        nodeAgentSkuId: "batch.node.ubuntu 22.04",
      },
      targetDedicatedComputeNodes: 1,
    });
    await pool.commit();
    await jobs.createJob("j", { poolId: "p" }).commit();
    await jobs.addTask("j", [new CloudTask("ok", "/bin/true"), new CloudTask("ok2", "/bin/true")]);
    await jobs.listTasks("j", new ODATADetailLevel({ selectClause: "id,state" })).toList();
    service.faults.configure({ failRequestFraction: 0 });

    // A resource file behind a SAS URL the node cannot download.
    const sasUrl = await getBlobSasUrl({
      connectionString: connectionString(),
      containerName: "inputs",
      blobName: "in.txt",
    });
    const containerSas = await getContainerSasUrl({
      connectionString: connectionString(),
      containerName: "inputs",
    });
    const sig = new URL(sasUrl).searchParams.get("sig") as string;
    const containerSig = new URL(containerSas).searchParams.get("sig") as string;
    expect(sig.length).toBeGreaterThan(20);
    const task = new CloudTask("needs-input", "/bin/cat in.txt", {
      resourceFiles: [ResourceFile.fromUrl(sasUrl, "in.txt")],
    });
    await jobs.addTask("j", task);
    const deadline = Date.now() + 20_000;
    let failed = await jobs.getTask("j", "needs-input");
    while (failed.state !== "completed" && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      failed = await jobs.getTask("j", "needs-input");
    }
    expect(failed.executionInformation?.failureInformation?.code).toBeDefined();
    captured.push(inspect(failed.executionInformation, { depth: 6 }));
    for await (const file of jobs.listNodeFiles("j", "needs-input", { recursive: true })) {
      if (!file.isDirectory) captured.push(await file.readAsString());
    }

    // Failures: missing resources, a wrong key, bad tokens, storage refusing an upload.
    await failing(() => jobs.getJob("missing"));
    await failing(() => jobs.addTask("missing", new CloudTask("x", "/bin/true")));
    const wrong = BatchClient.open(
      new BatchSharedKeyCredentials(service.url, service.accountName, WRONG_KEY),
      {
        customBehaviors: [RetryPolicyProvider.noRetryProvider()],
      },
    );
    await failing(() => wrong.jobOperations.getJob("j"));
    await failing(() => wrong.jobOperations.addTask("j", [new CloudTask("w1", "/bin/true")]));
    await failing(() => wrong.jobOperations.listTasks("j").toList());
    const badToken = new ProtocolClient(service.url, new BatchTokenCredentials(service.url, WRONG_TOKEN));
    await failing(() => badToken.job.get({ jobId: "j" }));
    const goodToken = new ProtocolClient(
      service.url,
      new BatchTokenCredentials(service.url, async () => TOKEN),
    );
    expect((await goodToken.job.get({ jobId: "j" })).status).toBe(200);
    const local = join(scratch, "upload.txt");
    writeFileSync(local, "data");
    await failing(() =>
      uploadFileToContainer({ connectionString: connectionString(), containerName: "inputs" }, local),
    );
    await failing(() =>
      new ProtocolClient(
        sasUrl,
        new BatchSharedKeyCredentials(service.url, service.accountName, BATCH_KEY),
      ).job.get({ jobId: "j" }),
    );

    // The command line, started with a custom key, prints where it listens but not the key.
    const cli = await startCli(["--account-key", BATCH_KEY]);
    captured.push(cli.banner);
    await stopCli(cli, "SIGTERM");

    const text = captured.join("\n");
    expect(text).toMatch(/GET .*\/jobs\/j/); // the verbose log really was captured
    expect(text).toMatch(/retrying/);
    for (const [name, secret] of Object.entries({
      BATCH_KEY,
      WRONG_KEY,
      STORAGE_KEY,
      TOKEN,
      WRONG_TOKEN,
      sig,
      containerSig,
      encodedSig: encodeURIComponent(sig),
      encodedContainerSig: encodeURIComponent(containerSig),
    })) {
      expect(text.includes(secret), `${name} leaked`).toBe(false);
      expect(text.includes(secret.slice(0, 24)), `part of ${name} leaked`).toBe(false);
    }
    expect(text).not.toMatch(/SharedKey\s+[^\s:]+:(?!REDACTED)[A-Za-z0-9+/]{16,}/);
    expect(text).not.toMatch(/Bearer\s+(?!REDACTED)[A-Za-z0-9._~+/-]{8,}/);
    expect(text).not.toMatch(/[?&]sig=(?!REDACTED)[^&\s"']{8,}/i);
    expect(text).not.toMatch(/AccountKey=(?!REDACTED)[^;\s"']{8,}/);
  }, 90_000);
});
