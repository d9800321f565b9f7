import { readdirSync } from "node:fs";
import http from "node:http";
import { describe, expect, it } from "vitest";
import { sign, wireRequest } from "../../security/raw-request.js";
import { withLocalService } from "../../support/local-service.js";
import { createPoolAndJob, pollUntil, waitForCompletedTask } from "../../support/service-client.js";

const ABORTS = 300;
const CONCURRENT = 30;

const local = withLocalService();

/** Descriptors this process (which hosts the service) holds open. */
function openDescriptors(): number {
  return readdirSync("/proc/self/fd").length;
}

/** Starts downloading `path` and goes away as soon as the first bytes arrive. */
function abortedDownload(path: string): Promise<void> {
  const request = sign(local.service, wireRequest("GET", path));
  const url = new URL(local.service.url);
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

describe("file downloads the client abandons", () => {
  it(`release their descriptors: ${ABORTS} aborted downloads leave the open descriptor count near its baseline`, async () => {
    await createPoolAndJob(local.client, { poolId: "pool-dl", jobId: "job-dl" });
    await local.client.task.add({
      jobId: "job-dl",
      task: { id: "big", commandLine: "/bin/sh -c 'head -c 16777216 /dev/zero > big.bin'" },
    });
    await waitForCompletedTask(local.client, "job-dl", "big");
    const path = "/jobs/job-dl/tasks/big/files/wd%2Fbig.bin";
    await abortedDownload(path);
    const baseline = openDescriptors();

    for (let done = 0; done < ABORTS; done += CONCURRENT)
      await Promise.all(Array.from({ length: CONCURRENT }, () => abortedDownload(path)));

    let last = 0;
    await pollUntil("descriptors to return near the baseline", () =>
      (last = openDescriptors()) <= baseline + 20 ? true : undefined,
    );
    expect(last).toBeLessThanOrEqual(baseline + 20);
    // The service still answers.
    const { body } = await local.client.task.get({ jobId: "job-dl", taskId: "big" });
    expect(body.state).toBe("completed");
  }, 120_000);
});
