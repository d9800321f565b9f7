/**
 * Node files: the directories of nodes and tasks on disk, listed, read and deleted the way the
 * file operations expose them. Paths can never leave the node's or task's directory.
 * @module
 */
import { existsSync, readdirSync, realpathSync, rmSync, statSync, type Stats } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { BatchServiceError, notFound } from "../errors.js";
import type { WireObject } from "../store/entities.js";

/** Resolves `filePath` inside `root`; 400 when it would escape, 404 `FileNotFound` when absent. */
export function resolveFile(root: string | undefined, filePath: string): string {
  if (!root) throw notFound("File");
  const base = resolve(root);
  const full = resolve(base, filePath.replace(/\\/g, "/").replace(/^\/+/, ""));
  if (!isInside(base, full)) throw leavesDirectory();
  if (!existsSync(full)) throw notFound("File");
  // A task can create symbolic links: what the path finally names must be inside the directory too.
  if (!isInside(realpathSync(base), realpathSync(full))) throw leavesDirectory();
  return full;
}

function isInside(base: string, full: string): boolean {
  return full === base || full.startsWith(base + sep);
}

function leavesDirectory(): BatchServiceError {
  return new BatchServiceError(400, "InvalidUri", "The file path leaves the directory it is relative to.");
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}

/** The `NodeFile` entries under `root` (one level, or all levels when `recursive`). */
export function listFiles(
  root: string | undefined,
  recursive: boolean,
  urlOf: (name: string) => string,
): WireObject[] {
  if (!root || !existsSync(root)) return [];
  const realRoot = realpathSync(root);
  const result: WireObject[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = join(dir, entry.name);
      const name = toPosix(relative(root, full));
      const stats = entry.isSymbolicLink() ? linkTarget(realRoot, full) : statSync(full);
      if (!stats) continue;
      const file: WireObject = { name, url: urlOf(name), isDirectory: stats.isDirectory() };
      if (!stats.isDirectory()) {
        file.properties = {
          creationTime: stats.birthtime.toISOString(),
          lastModified: stats.mtime.toISOString(),
          contentLength: stats.size,
          contentType: "text/plain",
          fileMode: `0o${stats.mode.toString(8)}`,
        };
      }
      result.push(file);
      // Linked directories are not entered: a link loop would never end and names would repeat.
      if (recursive && stats.isDirectory() && !entry.isSymbolicLink()) walk(full);
    }
  };
  walk(root);
  return result;
}

/**
 * What a symbolic link names, or undefined (the entry is left out of listings) when it dangles,
 * loops or leads outside the directory being listed.
 */
function linkTarget(realRoot: string, link: string): Stats | undefined {
  try {
    const target = realpathSync(link);
    return isInside(realRoot, target) ? statSync(target) : undefined;
  } catch {
    return undefined;
  }
}

/** Deletes a file, or a directory when `recursive` (a non-empty directory otherwise gets 409). */
export function deleteFile(path: string, recursive: boolean): void {
  const stats = statSync(path);
  if (stats.isDirectory()) {
    if (!recursive && readdirSync(path).length > 0) {
      throw new BatchServiceError(
        409,
        "DirectoryNotEmpty",
        "The directory is not empty; delete it with recursive=true.",
      );
    }
    rmSync(path, { recursive: true, force: true });
    return;
  }
  rmSync(path, { force: true });
}

/** The modification time of a file as an ISO string (for conditional requests). */
export function fileLastModified(path: string): string {
  return statSync(path).mtime.toISOString();
}
