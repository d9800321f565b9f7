/** The `azbatch-emulator` command line. */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEV_ACCOUNT_KEY, DEV_ACCOUNT_NAME, type LocalBatchService } from "../../../src/emulator/index.js";
import { signedRequest } from "./support.js";

const CLI = join(import.meta.dirname, "../../../src/emulator/cli.ts");

function run(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], {
    encoding: "utf8",
    timeout: 20_000,
  });
}

describe("azbatch-emulator", () => {
  it("prints its options with --help", () => {
    const result = run("--help");
    expect(result.status).toBe(0);
    for (const option of [
      "--port",
      "--host",
      "--account-name",
      "--account-key",
      "--location",
      "--accept-tokens",
      "--time-scale",
      "--transition",
      "--application",
      "--ui",
    ]) {
      expect(result.stdout).toContain(option);
    }
  });

  it("refuses bad arguments with exit code 2", () => {
    expect(run("--port", "abc").status).toBe(2);
    expect(run("--bogus").status).toBe(2);
    expect(run("--transition", "delete").status).toBe(2);
    expect(run("--transition", "delete=-5").status).toBe(2);
  }, 120_000);

  it("refuses an --application without version and source with exit code 2", () => {
    expect(run("--application", "no-version").status).toBe(2);
  }, 120_000);

  it("offers the packages given with --application (the first version of an id is its default)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "azbatch-cli-app-"));
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        CLI,
        "--application",
        `tool:1.0=${dir}`,
        "--application",
        "tool:2.0=http://127.0.0.1:9/t.zip",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const m = /listening on (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]);
        });
        child.once("exit", (code) => reject(new Error(`exited early (${String(code)})`)));
      });
      const service = {
        url,
        accountName: DEV_ACCOUNT_NAME,
        accountKey: DEV_ACCOUNT_KEY,
      } as LocalBatchService;
      const list = await signedRequest(service, "GET", "/applications");
      expect(list.body.value).toEqual([{ id: "tool", displayName: "tool", versions: ["1.0", "2.0"] }]);
      // No version named: the default (first) one is taken, so the reference is valid.
      const pool = await signedRequest(service, "POST", "/pools", {
        body: {
          id: "p",
          vmSize: "standard_d1_v2",
          virtualMachineConfiguration: {
            imageReference: { publisher: "canonical", offer: "o", sku: "s" },
            nodeAgentSKUId: "n",
          },
          applicationPackageReferences: [{ applicationId: "tool" }],
        },
      });
      expect(pool.status).toBe(201);
    } finally {
      child.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("exits with 1 when an --application path does not exist", () => {
    const result = run("--application", "tool:1.0=/nonexistent/azbatch-package.zip");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("does not exist");
  }, 120_000);

  it("prints a one-time login URL of the web view with --ui", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, "--ui"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const m = /Web view \(the link works once\): (http:\/\/\S+\/_ui\/\?token=\S+)/.exec(out);
          if (m) resolve(m[1]);
        });
        child.once("exit", (code) => reject(new Error(`exited early (${String(code)})`)));
      });
      const first = await fetch(url, { redirect: "manual" });
      expect(first.status).toBe(303);
      expect(first.headers.get("set-cookie")).toMatch(/HttpOnly; SameSite=Strict/);
      expect((await fetch(url, { redirect: "manual" })).status).toBe(403);
    } finally {
      child.kill("SIGTERM");
    }
  }, 120_000);
});
