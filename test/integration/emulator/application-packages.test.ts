import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync, strToU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import { poolBody, signedRequest, type RawResponse } from "./support.js";

const work = mkdtempSync(join(tmpdir(), "azbatch-apps-"));
let service: LocalBatchService;
let packageServer: Server;

beforeAll(async () => {
  const zipPath = join(work, "tool-1.0.zip");
  writeFileSync(zipPath, zipSync({ "hello.txt": strToU8("tool one\n"), "bin/": {} }));
  const dirPath = join(work, "tool-2.0");
  mkdirSync(dirPath);
  writeFileSync(join(dirPath, "dir.txt"), "tool two\n");
  const webZip = zipSync({ "sub/web.txt": strToU8("from the web\n") });
  packageServer = createServer((request, response) => {
    if (request.url !== "/web.zip") response.writeHead(404).end();
    else response.writeHead(200, { "content-type": "application/zip" }).end(Buffer.from(webZip));
  });
  await new Promise<void>((resolve) => packageServer.listen(0, "127.0.0.1", resolve));
  const port = (packageServer.address() as AddressInfo).port;
  service = await startLocalBatchService({
    timeScale: 0,
    applications: [
      {
        id: "tool",
        displayName: "The tool",
        versions: [
          { version: "1.0", path: zipPath },
          { version: "2.0", path: dirPath },
        ],
        defaultVersion: "1.0",
      },
      { id: "web-app", versions: [{ version: "3.1", url: `http://127.0.0.1:${port}/web.zip` }] },
    ],
  });
});

afterAll(async () => {
  await service?.close();
  await new Promise((resolve) => packageServer?.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

async function completed(jobId: string, taskId: string): Promise<RawResponse> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const task = await signedRequest(service, "GET", `/jobs/${jobId}/tasks/${taskId}`);
    if (task.body?.state === "completed") return task;
    if (Date.now() > deadline) throw new Error(`${taskId} did not complete: ${task.text}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("application packages on the local service", () => {
  it("lists the configured applications and their versions", async () => {
    const list = await signedRequest(service, "GET", "/applications");
    expect(list.body.value).toEqual([
      { id: "tool", displayName: "The tool", versions: ["1.0", "2.0"] },
      { id: "web-app", displayName: "web-app", versions: ["3.1"] },
    ]);
    const one = await signedRequest(service, "GET", "/applications/WEB-APP");
    expect(one.body).toMatchObject({ id: "web-app", versions: ["3.1"] });
  });

  it("deploys pool and task packages (zip, directory, URL) and sets AZ_BATCH_APP_PACKAGE_* as on Linux", async () => {
    const pool = await signedRequest(service, "POST", "/pools", {
      body: poolBody("apps-pool", {
        targetDedicatedNodes: 1,
        // Pools name applications by their resource id; no version means the default one.
        applicationPackageReferences: [
          {
            applicationId:
              "/subscriptions/s/resourceGroups/g/providers/Microsoft.Batch/batchAccounts/a/applications/tool",
          },
        ],
        // The node only takes tasks if the start task found the pool's package.
        startTask: {
          commandLine: `/bin/sh -c 'test -f "$AZ_BATCH_APP_PACKAGE_tool/hello.txt"'`,
          waitForSuccess: true,
        },
      }),
    });
    expect(pool.status).toBe(201);
    await signedRequest(service, "POST", "/jobs", {
      body: { id: "apps-job", poolInfo: { poolId: "apps-pool" } },
    });
    const add = await signedRequest(service, "POST", "/jobs/apps-job/tasks", {
      body: {
        id: "reads",
        commandLine: `/bin/sh -c 'cat "$AZ_BATCH_APP_PACKAGE_tool/hello.txt" "$AZ_BATCH_APP_PACKAGE_tool_1_0/hello.txt" "$AZ_BATCH_APP_PACKAGE_tool_2_0/dir.txt" "$AZ_BATCH_APP_PACKAGE_web_app_3_1/sub/web.txt"'`,
        applicationPackageReferences: [
          { applicationId: "tool", version: "2.0" },
          { applicationId: "web-app", version: "3.1" },
        ],
      },
    });
    expect(add.status).toBe(201);
    const task = await completed("apps-job", "reads");
    const stdout = await signedRequest(service, "GET", "/jobs/apps-job/tasks/reads/files/stdout.txt");
    expect(task.body.executionInfo.exitCode, stdout.text).toBe(0);
    expect(stdout.text).toBe("tool one\ntool one\ntool two\nfrom the web\n");
    const node = (await signedRequest(service, "GET", "/pools/apps-pool/nodes")).body.value[0];
    expect(node.state).toBe("idle");
    const files = await signedRequest(service, "GET", `/pools/apps-pool/nodes/${node.id}/files`, {
      query: { recursive: "true" },
    });
    const names = files.body.value.map((f: { name: string }) => f.name);
    expect(names).toContain("applications/tool_1.0/hello.txt");
    expect(names).toContain("applications/web-app_3.1/sub/web.txt");
  });

  it("refuses references to unknown applications, unknown versions, or no version without a default with 409", async () => {
    const pool = await signedRequest(service, "POST", "/pools", {
      body: poolBody("bad-apps", {
        applicationPackageReferences: [
          { applicationId: "tool", version: "9.9" },
          { applicationId: "missing" },
          { applicationId: "web-app" },
          { applicationId: "tool" },
        ],
      }),
    });
    expect(pool.status).toBe(409);
    expect(pool.body.code).toBe("InvalidApplicationPackageReferences");
    expect(pool.body.values).toEqual([
      { key: "tool", value: "9.9" },
      { key: "missing", value: "(default version)" },
      { key: "web-app", value: "(default version)" },
    ]);
    expect((await signedRequest(service, "GET", "/pools/bad-apps")).status).toBe(404);

    await signedRequest(service, "POST", "/jobs", {
      body: { id: "bad-apps-job", poolInfo: { poolId: "none" } },
    });
    const task = await signedRequest(service, "POST", "/jobs/bad-apps-job/tasks", {
      body: {
        id: "t",
        commandLine: "/bin/true",
        applicationPackageReferences: [{ applicationId: "nope", version: "1" }],
      },
    });
    expect(task.status).toBe(409);
    expect(task.body.values).toEqual([{ key: "nope", value: "1" }]);

    const patch = await signedRequest(service, "PATCH", "/pools/apps-pool", {
      body: { applicationPackageReferences: [{ applicationId: "tool", version: "0.1" }] },
    });
    expect(patch.status).toBe(409);
  });

  it("completes a job whose auto pool references an unknown package with InvalidApplicationPackageReferencesInAutoPool", async () => {
    await signedRequest(service, "POST", "/jobs", {
      body: {
        id: "auto-bad-apps",
        poolInfo: {
          autoPoolSpecification: {
            poolLifetimeOption: "job",
            pool: {
              ...poolBody("unused"),
              id: undefined,
              applicationPackageReferences: [{ applicationId: "missing" }],
            },
          },
        },
      },
    });
    const job = await signedRequest(service, "GET", "/jobs/auto-bad-apps");
    expect(job.body.state).toBe("completed");
    expect(job.body.executionInfo.schedulingError.code).toBe("InvalidApplicationPackageReferencesInAutoPool");
  });
});
