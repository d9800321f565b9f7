/**
 * The files of a persistent store: a snapshot of the whole state (`state.json`) and an append-only
 * journal of the changes since (`journal.<n>.log`, one JSON record per line). A change is durable
 * once its journal line is flushed to disk; compaction writes a new snapshot and starts a new
 * journal, so that restart time stays bounded by the state's size, not its history.
 *
 * A crash at any moment leaves a valid state: a snapshot is written to a temporary file, flushed
 * and renamed over the previous one; a journal line cut short by a crash (or a full disk) is the
 * file's last and is ignored on load, and a failed append is cut off again before the next one.
 *
 * The directory belongs to one service at a time: a lock file holding the owner's pid keeps a
 * second service out. State, journal, lock and temporary files are private to the service's user (0600).
 * @module
 */
import {
  closeSync,
  fdatasync,
  fsync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const SNAPSHOT = "state.json";
const LOCK = "service.lock";
const TEMP = /^state\.json\.\d+\.tmp$/;
const JOURNAL = /^journal\.(\d+)\.log$/;
const PRIVATE_FILE = 0o600;
const PRIVATE_DIR = 0o700;
/** The snapshot property naming the first journal that holds changes made after it. */
const JOURNAL_MARK = "journal";

const fdatasyncAsync = promisify(fdatasync);
const fsyncAsync = promisify(fsync);

/** Writes bytes to an open file; returns how many were written, like `fs.writeSync`. */
export type FileWriter = (fd: number, data: Uint8Array, offset: number, length: number) => number;

/** Raised when a second service is started on a directory another live service holds. */
export class LocationInUseError extends Error {
  /** Pid of the service holding the directory. */
  readonly pid: number;

  constructor(dir: string, pid: number) {
    super(`The location ${dir} is in use by another local Batch service (pid ${pid}).`);
    this.name = "LocationInUseError";
    this.pid = pid;
  }
}

/** Reads and writes the snapshot and journal under a directory it holds locked. */
export class StateFiles {
  private readonly path: string;
  private readonly lockPath: string;
  private locked = false;
  /** Number of the journal appends go to. */
  private generation = 1;
  /** The open journal and how many of its bytes hold whole records. */
  private journal: { fd: number; size: number } | undefined;

  /**
   * Creates the directory (0700) when missing, takes its lock and removes temporaries a killed
   * service left behind.
   * @param write - the low-level writer; a seam to prove short writes are caught.
   * @throws {@link LocationInUseError} when a live service holds the directory.
   */
  constructor(
    private readonly dir: string,
    private readonly write: FileWriter = writeSync,
  ) {
    mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
    this.path = join(dir, SNAPSHOT);
    this.lockPath = join(dir, LOCK);
    this.lock();
    // Holding the lock, every temporary is a leftover of a service that died mid-write.
    for (const name of readdirSync(dir)) if (TEMP.test(name)) rmSync(join(dir, name), { force: true });
  }

  /**
   * What the directory holds: the last snapshot and the journal records after it. Appends then go
   * to a new journal after all of them (never to one whose last line may be torn).
   */
  load(): DurableState {
    const state = readState(this.dir);
    this.generation = Math.max(state.firstJournal, (state.journals.at(-1) ?? 0) + 1);
    return state;
  }

  /**
   * Appends one record (written at once, not yet flushed: see {@link sync}). Throws when its bytes
   * did not all reach the file; the partial line is then cut off, or, when even that fails, later
   * appends go to a new journal, so the torn line stays the last of its file.
   * @returns the bytes appended.
   */
  append(record: unknown): number {
    const bytes = Buffer.from(`${JSON.stringify(record)}\n`, "utf8");
    const journal = this.openJournal();
    try {
      writeAll(this.write, journal.fd, bytes);
      journal.size += bytes.length;
      return bytes.length;
    } catch (error) {
      try {
        ftruncateSync(journal.fd, journal.size);
      } catch {
        this.closeJournal();
        this.generation++;
      }
      throw error;
    }
  }

  /** Flushes what was appended so far to disk; rejects when the disk reports a failure. */
  async sync(): Promise<void> {
    if (this.journal) await fdatasyncAsync(this.journal.fd);
  }

  /**
   * Compacts: starts a new journal for the changes that follow (at once, before the first await),
   * writes `snapshot` — the state as of this call — and then removes the journals it covers. Until
   * the snapshot is in place, a restart replays the old journals as well as the new one. Rejects
   * when the snapshot did not fully reach the disk; the previous one then stays.
   * @returns the size of the snapshot in bytes.
   */
  async compact(snapshot: object): Promise<number> {
    this.closeJournal();
    const next = ++this.generation;
    const size = await this.save({ ...snapshot, [JOURNAL_MARK]: next });
    for (const n of journalNumbers(this.dir))
      if (n < next) rmSync(join(this.dir, journalName(n)), { force: true });
    return size;
  }

  /** Gives the directory up for another service (idempotent). */
  release(): void {
    this.closeJournal();
    if (!this.locked) return;
    this.locked = false;
    rmSync(this.lockPath, { force: true });
  }

  /**
   * Replaces the snapshot atomically and durably; the old one stays when the new one fails. The
   * bytes are taken before the first await, so later changes of `snapshot` do not reach them.
   * @returns the snapshot's size in bytes.
   */
  private async save(snapshot: unknown): Promise<number> {
    const temp = `${this.path}.${process.pid}.tmp`;
    const bytes = Buffer.from(JSON.stringify(snapshot), "utf8");
    try {
      const fd = openSync(temp, "w", PRIVATE_FILE);
      try {
        writeAll(this.write, fd, bytes);
        // Off the event loop: a large snapshot takes a while to reach the disk.
        await fsyncAsync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, this.path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    this.syncDirectory();
    return bytes.length;
  }

  private openJournal(): { fd: number; size: number } {
    if (!this.journal) {
      const fd = openSync(join(this.dir, journalName(this.generation)), "a", PRIVATE_FILE);
      this.journal = { fd, size: 0 };
      // A record in a file whose directory entry is lost would be lost with it.
      this.syncDirectory();
    }
    return this.journal;
  }

  private closeJournal(): void {
    if (this.journal) closeSync(this.journal.fd);
    this.journal = undefined;
  }

  private syncDirectory(): void {
    const dirFd = openSync(this.dir, "r");
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  }

  private lock(): void {
    for (;;) {
      try {
        const fd = openSync(this.lockPath, "wx", PRIVATE_FILE);
        try {
          writeSync(fd, String(process.pid));
        } finally {
          closeSync(fd);
        }
        this.locked = true;
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const holder = this.holder();
      if (holder !== undefined && isAlive(holder)) throw new LocationInUseError(this.dir, holder);
      // A dead holder's lock (or an unreadable one, cut short by a crash) is taken over.
      rmSync(this.lockPath, { force: true });
    }
  }

  private holder(): number | undefined {
    try {
      const pid = Number(readFileSync(this.lockPath, "utf8").trim());
      return Number.isInteger(pid) && pid > 0 ? pid : undefined;
    } catch {
      return undefined;
    }
  }
}

/** What a directory holds durably: the snapshot, the journals after it and their records in order. */
export interface DurableState {
  /** The snapshot (without the journal mark), or `undefined` when none was written yet. */
  readonly snapshot: unknown;
  /** The first journal number the snapshot does not cover. */
  readonly firstJournal: number;
  /** Numbers of the journals the snapshot does not cover that exist, ascending. */
  readonly journals: readonly number[];
  /** Their records, oldest first (a torn last line of a journal is left out). */
  readonly records: readonly unknown[];
  /** Sizes of the snapshot and of those journals, in bytes. */
  readonly bytes: { readonly snapshot: number; readonly journals: number };
}

/** Reads what a state directory holds durably, without taking its lock (e.g. to inspect it). */
export function readState(dir: string): DurableState {
  const path = join(dir, SNAPSHOT);
  let snapshot: Record<string, unknown> | undefined;
  const bytes = { snapshot: 0, journals: 0 };
  try {
    const text = readFileSync(path, "utf8");
    bytes.snapshot = text.length;
    snapshot = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT")
      // Only a file this writer did not produce can be torn: name it rather than fail obscurely.
      throw new Error(`${path} is not a valid state snapshot: ${(error as Error).message}`);
  }
  let from = 0;
  if (snapshot && typeof snapshot === "object" && JOURNAL_MARK in snapshot) {
    from = Number(snapshot[JOURNAL_MARK]);
    delete snapshot[JOURNAL_MARK];
  }
  const journals = journalNumbers(dir).filter((n) => n >= from);
  const records: unknown[] = [];
  for (const n of journals) {
    const text = readFileSync(join(dir, journalName(n)), "utf8");
    bytes.journals += text.length;
    for (const line of text.split("\n")) {
      if (line === "") continue;
      try {
        records.push(JSON.parse(line));
      } catch {
        // A line cut short: the last write of a crashed service or a full disk, never acknowledged.
        break;
      }
    }
  }
  return { snapshot, firstJournal: from, journals, records, bytes };
}

/** Numbers of the journals in `dir`, ascending. */
function journalNumbers(dir: string): number[] {
  return readdirSync(dir)
    .map((name) => JOURNAL.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
}

function journalName(generation: number): string {
  return `journal.${generation}.log`;
}

/** Writes every byte, or throws (a disk that takes nothing is full). */
function writeAll(write: FileWriter, fd: number, bytes: Buffer): void {
  let done = 0;
  while (done < bytes.length) {
    const written = write(fd, bytes, done, bytes.length - done);
    // Zero bytes written would loop forever: a disk that takes nothing is full.
    if (written <= 0) throw Object.assign(new Error("No space left to write the state."), { code: "ENOSPC" });
    done += written;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
