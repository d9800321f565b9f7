import { readdirSync } from "node:fs";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials } from "../../../src/auth/index.js";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import { ProtocolClient } from "../../../src/protocol/client.js";
import { LINUX_VM_CONFIGURATION } from "../../support/fixtures.js";
import { sign, wireRequest } from "../../security/raw-request.js";

const ABORTS = 300;
const CONCURRENT = 30;

let service: LocalBatchService;
let client: ProtocolClient;

/** Descriptors this process (which hosts the service) holds open. */
function openDescriptors(): number {
  return readdirSync("/proc/self/fd").length;
}

async function until(what: string, probe: () => Promise<boolean> | boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts downloading `path` and goes away as soon as the first bytes arrive. */
function abortedDownload(path: string): Promise<void> {
  const request = sign(service, wireRequest("GET", path));
  const url = new URL(service.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: "GET",
        path: request.path,
        headers: request.headers,
        agent: false,
      },
      (res) => {
        if (res.statusCode !== 200) reject(new Error(`download answered ${res.statusCode}`));
        res.once("data", () => {
          req.destroy();
          resolve();
        });
      },
    );
    req.on("error", () => resolve());
    req.end();
  });
}

beforeAll(async () => {
  service = await startLocalBatchService({ timeScale: 0 });
  client = new ProtocolClient(
    service.url,
    new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
  );
});

afterAll(async () => {
  await service?.close();
});

describe("file downloads the client abandons", () => {
  it(`release their descriptors: ${ABORTS} aborted downloads leave the open descriptor count near its baseline`, async () => {
    await client.pool.add({
      pool: {
        id: "pool-dl",
        vmSize: "standard_d2s_v3",
        virtualMachineConfiguration: LINUX_VM_CONFIGURATION,
        targetDedicatedNodes: 1,
      },
    } as never);
    await client.job.add({ job: { id: "job-dl", poolInfo: { poolId: "pool-dl" } } } as never);
    await client.task.add({
      jobId: "job-dl",
      task: { id: "big", commandLine: "/bin/sh -c 'head -c 16777216 /dev/zero > big.bin'" },
    } as never);
    await until("the task to complete", async () => {
      const { body } = await client.task.get({ jobId: "job-dl", taskId: "big" });
      return body.state === "completed";
    });
    const path = "/jobs/job-dl/tasks/big/files/wd%2Fbig.bin";
    await abortedDownload(path);
    const baseline = openDescriptors();

    for (let done = 0; done < ABORTS; done += CONCURRENT)
      await Promise.all(Array.from({ length: CONCURRENT }, () => abortedDownload(path)));

    let last = 0;
    await until("descriptors to return near the baseline", () => (last = openDescriptors()) <= baseline + 20);
    expect(last).toBeLessThanOrEqual(baseline + 20);
    // The service still answers.
    const { body } = await client.task.get({ jobId: "job-dl", taskId: "big" });
    expect(body.state).toBe("completed");
  }, 120_000);
});
