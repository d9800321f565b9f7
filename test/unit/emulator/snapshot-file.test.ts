/**
 * The state files at the fs boundary: short writes and a full disk never replace the previous
 * snapshot nor leave a torn journal record behind, compaction retires the journals it covers,
 * leftovers of a killed service are removed, files are private, and the directory lock keeps a
 * second service out while taking over a dead one's.
 */
import { spawnSync } from "node:child_process";
import {
  appendFileSync,
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
  readState,
  StateFiles,
  type FileWriter,
} from "../../../src/emulator/store/persistence.js";

let root: string;
let dir: string;
const open: StateFiles[] = [];

function snapshotFile(write?: FileWriter): StateFiles {
  const file = new StateFiles(dir, write);
  open.push(file);
  return file;
}

/** A writer that takes `budget.bytes` more bytes, then reports a full disk (0 bytes written). */
function limitedWriter(budget: { bytes: number }): FileWriter {
  return (fd, data, offset, length) => {
    const n = Math.min(length, budget.bytes);
    budget.bytes -= n;
    return n === 0 ? 0 : writeSync(fd, data, offset, n);
  };
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

describe("StateFiles.compact", () => {
  it("writes the rest when the disk takes only part of a write", async () => {
    // Every call takes at most 100 bytes: a writer that trusted one call would truncate the file.
    const file = snapshotFile((fd, data, offset, length) =>
      writeSync(fd, data, offset, Math.min(length, 100)),
    );
    await file.compact(bigger);
    expect(file.load().snapshot).toEqual(bigger);
  });

  it("keeps the previous snapshot when the disk fills up part-way", async () => {
    const budget = { bytes: Number.POSITIVE_INFINITY };
    const file = snapshotFile(limitedWriter(budget));
    await file.compact(good);
    budget.bytes = 4096;
    await expect(file.compact(bigger)).rejects.toThrow();
    expect(readState(dir).snapshot).toEqual(good);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps the previous snapshot when a write fails with ENOSPC", async () => {
    let full = false;
    const file = snapshotFile((fd, data, offset, length) => {
      if (full) throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      return writeSync(fd, data, offset, length);
    });
    await file.compact(good);
    full = true;
    await expect(file.compact(bigger)).rejects.toThrow(/ENOSPC/);
    file.release();
    expect(snapshotFile().load().snapshot).toEqual(good);
  });

  it("retires the journals the new snapshot covers; later records go to a new journal", async () => {
    const file = snapshotFile();
    file.load();
    file.append({ n: 1 });
    await file.compact(good);
    file.append({ n: 2 });
    await file.sync();
    expect(
      readdirSync(dir)
        .filter((n) => n.startsWith("journal."))
        .sort(),
    ).toEqual(["journal.2.log"]);
    file.release();
    expect(snapshotFile().load()).toMatchObject({ snapshot: good, records: [{ n: 2 }] });
  });

  it("makes the directory, state, journal and lock private to the service's user", async () => {
    const file = snapshotFile();
    await file.compact(good);
    file.append({ n: 1 });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const name of readdirSync(dir)) expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(["journal.2.log", "service.lock", "state.json"]);
  });
});

describe("StateFiles journal", () => {
  it("loads the records appended after the snapshot, in order", async () => {
    const file = snapshotFile();
    file.load();
    for (let n = 1; n <= 3; n++) file.append({ n });
    await file.sync();
    file.release();
    expect(snapshotFile().load()).toMatchObject({
      snapshot: undefined,
      records: [{ n: 1 }, { n: 2 }, { n: 3 }],
    });
  });

  it("cuts off a record the disk took only part of, so the next one is read", () => {
    const budget = { bytes: Number.POSITIVE_INFINITY };
    const file = snapshotFile(limitedWriter(budget));
    file.load();
    file.append({ n: 1 });
    budget.bytes = 5;
    expect(() => file.append({ n: 2, filler: "x".repeat(100) })).toThrow(/space/);
    budget.bytes = Number.POSITIVE_INFINITY;
    file.append({ n: 3 });
    file.release();
    expect(snapshotFile().load().records).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it("ignores a torn last line, as a crash mid-append leaves it", () => {
    const file = snapshotFile();
    file.load();
    file.append({ n: 1 });
    file.release();
    appendFileSync(join(dir, "journal.1.log"), '{"n":2,"tru');
    const again = snapshotFile();
    expect(again.load().records).toEqual([{ n: 1 }]);
    // New records never follow the torn line in its file.
    again.append({ n: 3 });
    again.release();
    expect(snapshotFile().load().records).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it("ignores journals left by a compaction that finished writing its snapshot but not removing them", async () => {
    const file = snapshotFile();
    file.load();
    file.append({ n: 1 });
    await file.compact(good);
    file.release();
    writeFileSync(join(dir, "journal.1.log"), '{"n":1}\n', { mode: 0o600 });
    expect(snapshotFile().load()).toMatchObject({ snapshot: good, records: [] });
  });
});

describe("SnapshotFile start-up", () => {
  it("removes temporaries a killed service left behind, and nothing else", async () => {
    await snapshotFile().compact(good);
    open.pop()?.release();
    writeFileSync(join(dir, "state.json.4242.tmp"), '{"trunc');
    writeFileSync(join(dir, "notes.txt"), "mine");
    expect(snapshotFile().load().snapshot).toEqual(good);
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
    const second = (): StateFiles => snapshotFile();
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
