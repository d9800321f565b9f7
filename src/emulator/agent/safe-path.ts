/**
 * Path joining that cannot leave a base directory: used for resource-file targets, output-file
 * patterns and the file API, whose paths come from requests.
 * @module
 */
import { realpath } from "node:fs/promises";
import path from "node:path";

/** Thrown when a request path would resolve outside the directory it must stay in. */
export class PathEscapeError extends Error {
  /** The offending path as given. */
  readonly requestedPath: string;

  /** Creates the error. */
  constructor(requestedPath: string, reason: string) {
    super(`the path '${requestedPath}' is not allowed: ${reason}`);
    this.name = "PathEscapeError";
    this.requestedPath = requestedPath;
  }
}

/** The path itself plus up to two rounds of percent-decoding, so `%2e%2e%2f` and `%252e…` are caught too. */
function decodedVariants(p: string): string[] {
  const variants = [p];
  let current = p;
  for (let round = 0; round < 2; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      break;
    }
    if (next === current) break;
    variants.push(next);
    current = next;
  }
  return variants;
}

function check(variant: string, original: string): void {
  if (variant.includes("\0")) throw new PathEscapeError(original, "it contains a NUL character");
  // Backslashes count as separators so that Windows-style `..\..\x` is judged like `../../x`.
  const slashed = variant.replace(/\\/g, "/");
  if (slashed.startsWith("/") || /^[A-Za-z]:/.test(slashed)) {
    throw new PathEscapeError(original, "absolute paths are refused");
  }
  const normalized = path.posix.normalize(slashed);
  if (normalized === ".." || normalized.startsWith("../")) {
    throw new PathEscapeError(original, "it leaves its base directory");
  }
}

/**
 * Joins `relativePath` to `baseDir`, refusing absolute paths, `..` that climbs out, NUL bytes and
 * percent-encoded forms of either. An empty path yields `baseDir` itself.
 * @throws PathEscapeError when the path is refused.
 */
export function resolveInside(baseDir: string, relativePath: string): string {
  for (const variant of decodedVariants(relativePath)) check(variant, relativePath);
  const base = path.resolve(baseDir);
  const resolved = path.resolve(base, relativePath);
  if (resolved !== base && !resolved.startsWith(base + path.sep)) {
    throw new PathEscapeError(relativePath, "it leaves its base directory");
  }
  return resolved;
}

/**
 * Like {@link resolveInside} for a path that exists, with symbolic links followed: a link inside
 * the base directory that points outside it is refused as well.
 * @throws PathEscapeError when the path is refused; the `fs` error (e.g. `ENOENT`) when it does not exist.
 */
export async function realPathInside(baseDir: string, relativePath: string): Promise<string> {
  const lexical = resolveInside(baseDir, relativePath);
  const [base, real] = await Promise.all([realpath(baseDir), realpath(lexical)]);
  if (real !== base && !real.startsWith(base + path.sep)) {
    throw new PathEscapeError(relativePath, "it links outside its base directory");
  }
  return real;
}
