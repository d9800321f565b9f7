/**
 * Matches a request's method and path against the generated route table.
 * @module
 */
import type { Route } from "../../protocol/route-types.js";
import { BatchServiceError } from "../errors.js";

/** A matched operation and its decoded path parameters (keyed by wire name). */
export interface RouteMatch {
  readonly route: Route;
  readonly pathParams: Readonly<Record<string, string>>;
}

interface CompiledRoute {
  readonly route: Route;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  // A placeholder matches one path segment; `{filePath}` is last and may hold encoded slashes.
  const source = route.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const placeholder = /^\{([^}]+)\}$/.exec(part);
      if (!placeholder) return escapeRegExp(part);
      names.push(placeholder[1]);
      return placeholder[1] === "filePath" ? "(.+)" : "([^/]+)";
    })
    .join("");
  return { route, pattern: new RegExp(`^${source}/?$`, "i"), names };
}

/** Resolves requests to operations. */
export class Router {
  private readonly compiled: readonly CompiledRoute[];

  constructor(routes: readonly Route[]) {
    // Literal segments beat placeholders: sort routes with more literal text first.
    this.compiled = routes
      .map(compile)
      .sort((a, b) => literalLength(b.route.path) - literalLength(a.route.path));
  }

  /**
   * The operation for `method` and the raw (still percent-encoded) `pathname`.
   * Throws 404 `ResourceNotFound` for an unknown path and 405 `UnsupportedHttpVerb` for a known path with another verb.
   */
  match(method: string, pathname: string): RouteMatch {
    let pathKnown = false;
    for (const candidate of this.compiled) {
      const m = candidate.pattern.exec(pathname);
      if (!m) continue;
      pathKnown = true;
      if (candidate.route.method !== method) continue;
      const pathParams: Record<string, string> = {};
      candidate.names.forEach((name, i) => {
        pathParams[name] = decodeSegment(m[i + 1]);
      });
      return { route: candidate.route, pathParams };
    }
    if (pathKnown) {
      throw new BatchServiceError(
        405,
        "UnsupportedHttpVerb",
        "The resource does not support this HTTP verb.",
        [{ key: "HttpVerb", value: method }],
      );
    }
    throw Router.unknownResource();
  }

  /** The 404 `ResourceNotFound` for a path (or an operation of another api-version) the service does not know. */
  static unknownResource(): BatchServiceError {
    return new BatchServiceError(
      404,
      "ResourceNotFound",
      "The requested URI does not name any resource of this service.",
    );
  }
}

function literalLength(path: string): number {
  return path.replace(/\{[^}]+\}/g, "").length;
}

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new BatchServiceError(400, "InvalidUri", "The request URI holds a malformed percent-encoding.");
  }
}
