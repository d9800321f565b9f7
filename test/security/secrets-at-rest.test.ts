/**
 * Secrets at rest and in reach of tasks, through the command line: the account key given with
 * `--key-file` is neither in the environment nor the command line of any process a task can read
 * (`/proc/<ancestor>/environ`, `cmdline`, its own env), state files are 0600 in a 0700 directory,
 * and no node-user password is stored.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService } from "../../src/emulator/index.js";
import { startCli, stopCli, type CliService } from "../reliability/cli-process.js";
import { LINUX_VM_CONFIGURATION } from "../support/fixtures.js";
import { send, sign, wireRequest, type Target } from "./raw-request.js";

const KEY = Buffer.from("a-private-account-key-for-this-test-only-0123456789").toString("base64");
const PASSWORD = "N0de-User-Passw0rd!";
const root = mkdtempSync(join(tmpdir(), "azbatch-secrets-"));
const location = join(root, "location");
const keyFile = join(root, "key");
let cli: CliService;
let target: Target;

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const answer = await send(target, sign(target, wireRequest(method, path, body)));
  return { status: answer.status, json: answer.text ? (JSON.parse(answer.text) as unknown) : undefined };
}

/** Every ancestor's command line and environment, then the task's own environment. */
const SNOOP = [
  "p=$PPID",
  'while [ "$p" -gt 1 ]; do',
  "  echo; echo ancestor $p; tr '\\0' ' ' < /proc/$p/cmdline; tr '\\0' ' ' < /proc/$p/environ",
  "  p=$(awk '/^PPid/ {print $2}' /proc/$p/status)",
  "done",
  "env",
].join("\n");

beforeAll(async () => {
  writeFileSync(keyFile, `${KEY}\n`, { mode: 0o600 });
  cli = await startCli(["--location", location, "--key-file", keyFile, "--time-scale", "0"]);
  target = { url: cli.url, accountName: cli.accountName, accountKey: KEY };
  expect(
    (
      await call("POST", "/pools", {
        id: "p",
        vmSize: "standard_d1_v2",
        virtualMachineConfiguration: LINUX_VM_CONFIGURATION,
        targetDedicatedNodes: 1,
      })
    ).status,
  ).toBe(201);
  expect((await call("POST", "/jobs", { id: "j", poolInfo: { poolId: "p" } })).status).toBe(201);
  writeFileSync(join(root, "snoop.sh"), SNOOP);
  const add = await call("POST", "/jobs/j/tasks", {
    id: "t",
    commandLine: `/bin/sh ${join(root, "snoop.sh")}`,
  });
  expect(add.status).toBe(201);
}, 60_000);

afterAll(async () => {
  await stopCli(cli, "SIGTERM");
  rmSync(root, { recursive: true, force: true });
});

async function completedTask(): Promise<any> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const task = (await call("GET", "/jobs/j/tasks/t")).json;
    if (task.state === "completed") return task;
    if (Date.now() > deadline) throw new Error(`task still ${String(task.state)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("secrets of a service started with --key-file", () => {
  it("are out of reach of a task reading its ancestors' environ and cmdline", async () => {
    const task = await completedTask();
    expect(task.executionInfo.exitCode).toBe(0);
    const out = readFileSync(
      join(
        location,
        "data",
        "pools",
        "p",
        "nodes",
        task.nodeInfo.nodeId,
        "workitems",
        "j",
        "job-1",
        "t",
        "stdout.txt",
      ),
      "utf8",
    );
    // The snoop did read the service's command line…
    expect(out).toContain(`--key-file ${keyFile}`);
    // …and found the key nowhere.
    expect(out).not.toContain(KEY);
  }, 90_000);

  it("keeps state files private and stores no node-user password", async () => {
    const task = await completedTask();
    const users = `/pools/p/nodes/${String(task.nodeInfo.nodeId)}/users`;
    expect((await call("POST", users, { name: "alice", password: PASSWORD, isAdmin: false })).status).toBe(
      201,
    );
    expect((await call("PUT", `${users}/alice`, { password: `${PASSWORD}2` })).status).toBe(200);
    // The snapshot and the journal of changes since.
    const files = readdirSync(location).filter((name) => /^(state\.json|journal\.\d+\.log)$/.test(name));
    expect(files.some((name) => name.startsWith("journal."))).toBe(true);
    const state = files.map((name) => readFileSync(join(location, name), "utf8")).join("\n");
    expect(state).toContain("alice");
    expect(state).not.toContain(PASSWORD);
    expect(statSync(location).mode & 0o777).toBe(0o700);
    for (const file of [...files, "service.lock"])
      expect(statSync(join(location, file)).mode & 0o777).toBe(0o600);
  });
});

describe("a snapshot of an earlier version that holds a password", () => {
  it("loses the password at the next start", async () => {
    const dir = join(root, "old-snapshot");
    let service = await startLocalBatchService({ location: dir, runTasks: false, timeScale: 0 });
    const local: Target = service;
    const pool = {
      id: "p",
      vmSize: "standard_d1_v2",
      virtualMachineConfiguration: LINUX_VM_CONFIGURATION,
      targetDedicatedNodes: 1,
    };
    expect((await send(local, sign(local, wireRequest("POST", "/pools", pool)))).status).toBe(201);
    const node = Object.values(service.service.store.pools.get("p")?.nodes.list() ?? [])[0];
    expect(node).toBeDefined();
    const users = `/pools/p/nodes/${String(node?.data.id)}/users`;
    expect((await send(local, sign(local, wireRequest("POST", users, { name: "bob" })))).status).toBe(201);
    await service.close();
    const file = join(dir, "state.json");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace('"name":"bob"', `"name":"bob","password":"${PASSWORD}"`),
    );
    expect(readFileSync(file, "utf8")).toContain(PASSWORD);
    service = await startLocalBatchService({ location: dir, runTasks: false, timeScale: 0 });
    await service.close();
    expect(readFileSync(file, "utf8")).not.toContain(PASSWORD);
  });
});
