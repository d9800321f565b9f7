/**
 * Durable snapshots of the store: the whole state is written to a temporary file, flushed to
 * disk and renamed over the previous snapshot, so a crash at any moment leaves either the old
 * or the new snapshot — never a torn one. A write that does not fully reach the disk (a full
 * disk, a short write) throws and leaves the previous snapshot in place.
 *
 * The directory belongs to one service at a time: a lock file holding the owner's pid keeps a
 * second service out. State, lock and temporary files are private to the service's user (0600).
 * @module
 */
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";

const SNAPSHOT = "state.json";
const LOCK = "service.lock";
const TEMP = /^state\.json\.\d+\.tmp$/;
const PRIVATE_FILE = 0o600;
const PRIVATE_DIR = 0o700;

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

/** Reads and writes the store snapshot under a directory it holds locked. */
export class SnapshotFile {
  private readonly path: string;
  private readonly lockPath: string;
  private locked = false;

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

  /** The last snapshot written, or `undefined` when there is none yet. */
  load(): unknown {
    let text: string;
    try {
      text = readFileSync(this.path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      // Only a file this writer did not produce can be torn: name it rather than fail obscurely.
      throw new Error(`${this.path} is not a valid state snapshot: ${(error as Error).message}`);
    }
  }

  /**
   * Replaces the snapshot atomically and durably (synchronous: the caller acknowledges only
   * afterwards). Throws when the bytes did not all reach the disk; the old snapshot then stays.
   */
  save(snapshot: unknown): void {
    const temp = `${this.path}.${process.pid}.tmp`;
    try {
      this.writeFile(temp, Buffer.from(JSON.stringify(snapshot), "utf8"));
      renameSync(temp, this.path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    // Make the rename itself durable.
    const dirFd = openSync(this.dir, "r");
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  }

  /** Gives the directory up for another service (idempotent). */
  release(): void {
    if (!this.locked) return;
    this.locked = false;
    rmSync(this.lockPath, { force: true });
  }

  private writeFile(path: string, bytes: Buffer): void {
    const fd = openSync(path, "w", PRIVATE_FILE);
    try {
      let done = 0;
      while (done < bytes.length) {
        const written = this.write(fd, bytes, done, bytes.length - done);
        // Zero bytes written would loop forever: a disk that takes nothing is full.
        if (written <= 0)
          throw Object.assign(new Error("No space left to write the snapshot."), { code: "ENOSPC" });
        done += written;
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
