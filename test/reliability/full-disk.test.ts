/**
 * The local Batch service with its `location` on a small tmpfs that fills up: a change the disk
 * refused is answered 503 `ServerBusy` (never acknowledged), reads keep working, neither the
 * snapshot nor the journal keeps a partial write, and the service restarts on the directory.
 * Needs `mount -t tmpfs` (root); skipped with a message where mounting is not allowed.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, truncateSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../src/emulator/index.js";
import { replay, type SerializedState } from "../../src/emulator/store/journal.js";
import { readState } from "../../src/emulator/store/persistence.js";
import { send, sign, wireRequest } from "../security/raw-request.js";

const mountPoint = mkdtempSync(join(tmpdir(), "azbatch-fulldisk-"));
const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint]).status === 0;
if (!mounted) console.warn(`full-disk tests skipped: cannot mount a tmpfs on ${mountPoint} (needs root)`);
const location = join(mountPoint, "state");
const filler = join(mountPoint, "filler");
const services: LocalBatchService[] = [];

afterAll(async () => {
  await Promise.all(services.map((s) => s.close()));
  if (mounted) spawnSync("umount", [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

async function start(): Promise<LocalBatchService> {
  const service = await startLocalBatchService({ location, runTasks: false });
  services.push(service);
  return service;
}

async function call(service: LocalBatchService, method: string, path: string, body?: unknown) {
  const answer = await send(service, sign(service, wireRequest(method, path, body)));
  return {
    status: answer.status,
    headers: answer.headers,
    json: answer.text ? (JSON.parse(answer.text) as any) : undefined,
  };
}

/** A job whose display name makes the state grow by about `size` bytes. */
function job(id: string, size = 1000): unknown {
  return { id, displayName: "d".repeat(size), poolInfo: { poolId: "pool" } };
}

/** Fills the file system, then frees `spare` bytes. */
function fillDisk(spare: number): void {
  const fd = openSync(filler, "a");
  const chunk = Buffer.alloc(4096);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe("ENOSPC");
  } finally {
    closeSync(fd);
  }
  const size = readFileSync(filler).length;
  truncateSync(filler, Math.max(0, size - spare));
}

/** Ids of the jobs the snapshot and journal hold durably. */
function savedJobIds(): string[] {
  const { snapshot, records } = readState(location);
  return replay(snapshot as SerializedState | undefined, records)
    .jobs.map((j) => String(j.data.id))
    .sort();
}

describe.skipIf(!mounted)("a full disk under --location", () => {
  it("never acknowledges a change that did not reach the disk, and keeps serving reads", async () => {
    let service = await start();
    for (let i = 0; i < 8; i++)
      expect((await call(service, "POST", "/jobs", job(`kept-${i}`))).status).toBe(201);
    const kept = Array.from({ length: 8 }, (_, i) => `kept-${i}`).sort();

    // Nearly full: the next journal record (about 8 kB) gets only part of its bytes written.
    fillDisk(4096);
    const refused = await call(service, "POST", "/jobs", job("refused-1", 8000));
    expect(refused.status).toBe(503);
    expect(refused.json.code).toBe("ServerBusy");
    expect(refused.json.message.value).toMatch(/durabl/);
    expect(refused.headers["retry-after"]).toBeDefined();
    expect(savedJobIds()).toEqual(kept);

    // Completely full: writes are refused, reads still answer.
    fillDisk(0);
    expect((await call(service, "PATCH", "/jobs/kept-0", { priority: 5 })).status).toBe(503);
    expect((await call(service, "GET", "/jobs/kept-1")).status).toBe(200);
    // The refused job stays in memory until a write succeeds or the service restarts (docs/emulator.md).
    expect((await call(service, "GET", "/jobs")).json.value).toHaveLength(9);
    expect(savedJobIds()).toEqual(kept);

    // A restart reads the last good snapshot: the refused changes were never acknowledged.
    await service.close();
    service = await start();
    expect((await call(service, "GET", "/jobs/kept-7")).status).toBe(200);
    expect((await call(service, "GET", "/jobs/refused-1")).status).toBe(404);

    // Once there is room again, changes are acknowledged and durable.
    rmSync(filler);
    expect((await call(service, "POST", "/jobs", job("after"))).status).toBe(201);
    expect(savedJobIds()).toEqual([...kept, "after"].sort());
    await service.close();
  });
});
