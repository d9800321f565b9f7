/**
 * Path traversal: the file operations of tasks and nodes never read, describe or delete anything
 * outside the task's or node's directory, whatever the spelling (`../`, percent-encoded, backslashes,
 * absolute, a symbolic link planted by the task), and a resource file's `filePath` never writes
 * outside the task's working directory.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withLocalService } from "../support/local-service.js";
import { createPoolAndJob, waitForCompletedTask } from "../support/service-client.js";
import { send, sign, wireRequest } from "./raw-request.js";

const SECRET = "sentinel-content-that-must-never-be-served";
const outside = mkdtempSync(join(tmpdir(), "azbatch-outside-"));
const sentinel = join(outside, "secret.txt");
const local = withLocalService();
let fileServer: http.Server;
let fileUrl: string;
let nodeId: string;

beforeAll(async () => {
  writeFileSync(sentinel, SECRET);
  fileServer = http.createServer((_, res) => res.end("downloaded"));
  await new Promise<void>((r) => fileServer.listen(0, "127.0.0.1", r));
  fileUrl = `http://127.0.0.1:${(fileServer.address() as AddressInfo).port}/input.txt`;
  await createPoolAndJob(local.client, { poolId: "p", jobId: "j", pool: { vmSize: "standard_d1_v2" } });
  await local.client.task.add({
    jobId: "j",
    task: { id: "t", commandLine: `/bin/sh -c 'echo hello; ln -s ${sentinel} leak.txt'` },
  });
  const task = await waitForCompletedTask(local.client, "j", "t");
  expect(task.executionInfo?.exitCode).toBe(0);
  nodeId = task.nodeInfo?.nodeId as string;
}, 60_000);

afterAll(async () => {
  fileServer?.close();
  rmSync(outside, { recursive: true, force: true });
});

const up = "../".repeat(24);
const target = sentinel.replace(/^\//, "");
/** Spellings of a path to the sentinel, as they go on the wire (path segments included). */
const SPELLINGS: Array<[string, string]> = [
  ["plain ../", `${up}${target}`],
  ["encoded ..%2F", encodeURIComponent(`${up}${target}`)],
  ["encoded %2e%2e%2f", `${"%2e%2e%2f".repeat(24)}${target.split("/").map(encodeURIComponent).join("%2f")}`],
  ["double-encoded %252e%252e%252f", `${"%252e%252e%252f".repeat(24)}${target}`],
  ["backslashes", encodeURIComponent(`${up.replace(/\//g, "\\")}${target.replace(/\//g, "\\")}`)],
  ["absolute", encodeURIComponent(sentinel)],
  ["absolute, plain", sentinel.slice(1)],
  ["mixed ./..", `stdout.txt/..%2F..%2F${encodeURIComponent(up + target)}`],
];

const FILE_ROUTES: Array<[string, (p: string) => string]> = [
  ["task file", (p) => `/jobs/j/tasks/t/files/${p}`],
  ["node file", (p) => `/pools/p/nodes/${nodeId}/files/${p}`],
];

describe.each(FILE_ROUTES)("%s operations", (_, route) => {
  it.each(SPELLINGS)("refuse %s to read, describe or delete outside", async (_spelling, path) => {
    for (const method of ["GET", "HEAD", "DELETE"]) {
      const answer = await send(local.service, sign(local.service, wireRequest(method, route(path))));
      expect(answer.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(answer.status, `${method} ${path}`).toBeLessThan(500);
      expect(answer.everything).not.toContain(SECRET);
      expect(answer.headers["content-length"]).not.toBe(String(SECRET.length));
    }
    expect(readFileSync(sentinel, "utf8")).toBe(SECRET);
  });
});

describe("the same operations", () => {
  it("still serve files inside the directories, so the refusals above are about the paths", async () => {
    const own = await send(
      local.service,
      sign(local.service, wireRequest("GET", "/jobs/j/tasks/t/files/stdout.txt")),
    );
    expect(own.status).toBe(200);
    expect(own.text).toBe("hello\n");
    const names: string[] = [];
    for await (const file of local.client.file.listFromComputeNode({ poolId: "p", nodeId, recursive: true }))
      names.push(file.name as string);
    const stdout = names.find((n) => n.endsWith("/t/wd/stdout.txt") || n.endsWith("/t/stdout.txt"));
    expect(stdout).toBeDefined();
    const onNode = await send(
      local.service,
      sign(
        local.service,
        wireRequest(
          "GET",
          `/pools/p/nodes/${nodeId}/files/${(stdout as string).split("/").map(encodeURIComponent).join("/")}`,
        ),
      ),
    );
    expect(onNode.status).toBe(200);
    expect(onNode.text).toBe("hello\n");
  });
});

describe("a symbolic link the task planted", () => {
  it("is not followed out of the task directory", async () => {
    const names: string[] = [];
    for await (const file of local.client.file.listFromTask({ jobId: "j", taskId: "t", recursive: true }))
      names.push(file.name as string);
    // A link that leads outside is left out of listings, and reading it is refused.
    expect(names).not.toContain("wd/leak.txt");
    for (const method of ["GET", "HEAD"]) {
      const answer = await send(
        local.service,
        sign(local.service, wireRequest(method, "/jobs/j/tasks/t/files/wd/leak.txt")),
      );
      expect(answer.everything).not.toContain(SECRET);
      expect(answer.status).toBeGreaterThanOrEqual(400);
    }
  });
});

describe("resource file filePath", () => {
  const cases: Array<[string, string]> = [
    ["../", `${up}${outside.slice(1)}/planted-relative.txt`],
    ["absolute", join(outside, "planted-absolute.txt")],
    ["encoded", `%2e%2e%2f%2e%2e%2f${"../".repeat(20)}${outside.slice(1)}/planted-encoded.txt`],
  ];

  it.each(cases)("refuses %s paths out of the working directory", async (name, filePath) => {
    const taskId = `rf-${name.replace(/\W/g, "")}`;
    const planted = filePath.includes("relative")
      ? join(outside, "planted-relative.txt")
      : filePath.includes("encoded")
        ? join(outside, "planted-encoded.txt")
        : filePath;
    let refusedAtAdd = false;
    try {
      await local.client.task.add({
        jobId: "j",
        task: { id: taskId, commandLine: "/bin/true", resourceFiles: [{ httpUrl: fileUrl, filePath }] },
      });
    } catch (error) {
      refusedAtAdd =
        (error as { requestInformation?: { httpStatusCode?: number } }).requestInformation?.httpStatusCode ===
        400;
      expect(refusedAtAdd).toBe(true);
    }
    if (!refusedAtAdd) {
      const task = await waitForCompletedTask(local.client, "j", taskId);
      expect(task.executionInfo?.result).toBe("failure");
      expect(task.executionInfo?.failureInfo?.category).toBe("usererror");
    }
    expect(existsSync(planted)).toBe(false);
  });
});
