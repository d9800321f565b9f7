/**
 * The snapshot writer at the fs boundary: short writes and a full disk never replace the previous
 * snapshot, leftovers of a killed service are removed, files are private, and the directory lock
 * keeps a second service out while taking over a dead one's.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  LocationInUseError,
  SnapshotFile,
  type FileWriter,
} from "../../../src/emulator/store/persistence.js";

let root: string;
let dir: string;
const open: SnapshotFile[] = [];

function snapshotFile(write?: FileWriter): SnapshotFile {
  const file = new SnapshotFile(dir, write);
  open.push(file);
  return file;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "azbatch-snapshot-"));
  dir = join(root, "location");
});

afterEach(() => {
  for (const file of open.splice(0)) file.release();
  rmSync(root, { recursive: true, force: true });
});

const good = { version: 1, pools: ["kept"] };
const bigger = { version: 1, pools: ["x".repeat(10_000)] };

describe("SnapshotFile.save", () => {
  it("writes the rest when the disk takes only part of a write", () => {
    // Every call takes at most 100 bytes: a writer that trusted one call would truncate the file.
    const file = snapshotFile((fd, data, offset, length) =>
      writeSync(fd, data, offset, Math.min(length, 100)),
    );
    file.save(bigger);
    expect(file.load()).toEqual(bigger);
  });

  it("keeps the previous snapshot when the disk fills up part-way", () => {
    let budget = Number.POSITIVE_INFINITY;
    const file = snapshotFile((fd, data, offset, length) => {
      const n = Math.min(length, budget);
      budget -= n;
      return n === 0 ? 0 : writeSync(fd, data, offset, n);
    });
    file.save(good);
    budget = 4096;
    expect(() => file.save(bigger)).toThrow();
    expect(JSON.parse(readFileSync(join(dir, "state.json"), "utf8"))).toEqual(good);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps the previous snapshot when a write fails with ENOSPC", () => {
    let full = false;
    const file = snapshotFile((fd, data, offset, length) => {
      if (full) throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      return writeSync(fd, data, offset, length);
    });
    file.save(good);
    full = true;
    expect(() => file.save(bigger)).toThrow(/ENOSPC/);
    file.release();
    expect(snapshotFile().load()).toEqual(good);
  });

  it("makes the directory, state and lock private to the service's user", () => {
    const file = snapshotFile();
    file.save(good);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, "state.json")).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "service.lock")).mode & 0o777).toBe(0o600);
  });
});

describe("SnapshotFile start-up", () => {
  it("removes temporaries a killed service left behind, and nothing else", () => {
    snapshotFile().save(good);
    open.pop()?.release();
    writeFileSync(join(dir, "state.json.4242.tmp"), '{"trunc');
    writeFileSync(join(dir, "notes.txt"), "mine");
    expect(snapshotFile().load()).toEqual(good);
    expect(readdirSync(dir).sort()).toEqual(["notes.txt", "service.lock", "state.json"]);
  });

  it("names a snapshot it did not write that is torn", () => {
    snapshotFile().release();
    open.pop();
    writeFileSync(join(dir, "state.json"), '{"version":1,"pools":["trunc');
    expect(() => snapshotFile().load()).toThrow(`${join(dir, "state.json")} is not a valid state snapshot`);
  });

  it("refuses a directory a live service holds, naming its pid", () => {
    snapshotFile();
    const second = (): SnapshotFile => snapshotFile();
    expect(second).toThrow(LocationInUseError);
    expect(second).toThrow(`(pid ${process.pid})`);
  });

  it("takes over the lock of a service that is gone, and frees it on release", () => {
    // The pid of a process that has certainly exited.
    const dead = spawnSync(process.execPath, [
      "-e",
      "process.stdout.write(String(process.pid))",
    ]).stdout.toString();
    snapshotFile().release();
    writeFileSync(join(dir, "service.lock"), dead);
    const file = snapshotFile();
    expect(readFileSync(join(dir, "service.lock"), "utf8")).toBe(String(process.pid));
    file.release();
    expect(existsSync(join(dir, "service.lock"))).toBe(false);
  });
});
