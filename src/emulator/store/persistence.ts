/**
 * Durable snapshots of the store: the whole state is written to a temporary file, flushed to
 * disk and renamed over the previous snapshot, so a crash at any moment leaves either the old
 * or the new snapshot — never a torn one.
 * @module
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";

const SNAPSHOT = "state.json";

/** Reads and writes the store snapshot under a directory. */
export class SnapshotFile {
  private readonly path: string;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, SNAPSHOT);
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
    return JSON.parse(text) as unknown;
  }

  /** Replaces the snapshot atomically and durably (synchronous: the caller acknowledges only afterwards). */
  save(snapshot: unknown): void {
    const temp = `${this.path}.${process.pid}.tmp`;
    const fd = openSync(temp, "w");
    try {
      writeSync(fd, JSON.stringify(snapshot));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, this.path);
    // Make the rename itself durable.
    const dirFd = openSync(this.dir, "r");
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  }
}
