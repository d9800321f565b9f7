/**
 * Durability: the service runs as a child process with `--location`; it is killed with SIGKILL
 * while requests are in flight and restarted on the same directory. Everything it acknowledged
 * must still be there.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEV_ACCOUNT_KEY, DEV_ACCOUNT_NAME, type LocalBatchService } from "../../../src/emulator/index.js";
import { signedRequest } from "./support.js";
import { pollUntil } from "../../support/service-client.js";

const CLI = join(import.meta.dirname, "../../../src/emulator/cli.ts");
const children: ChildProcess[] = [];
const location = mkdtempSync(join(tmpdir(), "azbatch-persist-"));

function start(): Promise<{ child: ChildProcess; service: LocalBatchService }> {
  const child = spawn(process.execPath, ["--import", "tsx", CLI, "--location", location, "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        const service = {
          url: m[1],
          accountName: DEV_ACCOUNT_NAME,
          accountKey: DEV_ACCOUNT_KEY,
        } as LocalBatchService;
        resolve({ child, service });
      }
    });
    child.once("exit", (code) => reject(new Error(`emulator exited early (${String(code)})`)));
  });
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(location, { recursive: true, force: true });
});

describe("persistence under --location", () => {
  it("keeps every acknowledged resource across kill -9 and restart", async () => {
    const first = await start();
    const acknowledged: string[] = [];
    expect(
      (
        await signedRequest(first.service, "POST", "/jobs", {
          body: { id: "durable", poolInfo: { poolId: "p" } },
        })
      ).status,
    ).toBe(201);
    // Keep writing until the process is killed underneath the requests.
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; ; i++) {
        const id = `t-${w}-${i}`;
        try {
          const res = await signedRequest(first.service, "POST", "/jobs/durable/tasks", {
            body: { id, commandLine: "echo" },
          });
          if (res.status === 201) acknowledged.push(id);
        } catch {
          return; // connection refused or reset: the process is gone
        }
      }
    });
    // Kill once enough writes were acknowledged, however long a loaded machine takes to make them.
    await pollUntil(
      "11 acknowledged task adds",
      () => (acknowledged.length > 10 ? true : undefined),
      60_000,
      5,
    );
    first.child.kill("SIGKILL");
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(10);

    const second = await start();
    const res = await signedRequest(second.service, "GET", "/jobs/durable/tasks", {
      query: { $select: "id" },
    });
    expect(res.status).toBe(200);
    const present = new Set((res.body.value as { id: string }[]).map((t) => t.id));
    const lost = acknowledged.filter((id) => !present.has(id));
    expect(lost).toEqual([]);
    // The restarted service keeps answering writes.
    expect(
      (
        await signedRequest(second.service, "POST", "/jobs/durable/tasks", {
          body: { id: "after-restart", commandLine: "x" },
        })
      ).status,
    ).toBe(201);
    second.child.kill("SIGTERM");
  }, 60_000);
});
