/**
 * The contract between the HTTP layer and the operation handlers: a handler receives a parsed,
 * authenticated, validated request and returns what to answer; it never sees sockets.
 * @module
 */
import type { IncomingHttpHeaders } from "node:http";
import type { Definitions } from "../../protocol/models.generated.js";
import type { Route } from "../../protocol/route-types.js";
import type { Stored, WireObject } from "../store/entities.js";
import { bodyParameter } from "./body.js";
import type { Store } from "../store/store.js";

/** A request as a handler sees it. */
export interface RequestContext {
  readonly route: Route;
  /** Decoded path parameters keyed by wire name (`poolId`, `filePath`…). */
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The parsed JSON body (already checked against the operation's schema), or undefined. */
  readonly body: unknown;
  /** Scheme and authority the client used, e.g. `http://127.0.0.1:5000`; resource URLs are built on it. */
  readonly baseUrl: string;
  readonly store: Store;
}

/** A file (or directory) answered by the file operations. */
export interface FileAnswer {
  /** Absolute path on disk. */
  readonly path: string;
  /** The file's `ocp-batch-file-url`. */
  readonly url: string;
}

/** What a handler answers. Missing fields take the operation's defaults (first success code, no body). */
export interface HandlerResult {
  readonly status?: number;
  /** A JSON body; `odata.metadata` is added from {@link HandlerResult.metadata}. */
  readonly body?: WireObject;
  /** The fragment after `$metadata#`, e.g. `pools/@Element`. */
  readonly metadata?: string;
  /** The resource whose `eTag`/`lastModified` become the `ETag`/`Last-Modified` headers. */
  readonly entity?: WireObject;
  /** URL for the `Location` header (creates). */
  readonly location?: string;
  /** URL for the `DataServiceId` header. */
  readonly dataServiceId?: string;
  /** File content or properties (file GET / HEAD). */
  readonly file?: FileAnswer;
}

/** One operation's implementation; one that waits on something outside the store (storage) answers a promise. */
export type Handler = (ctx: RequestContext) => HandlerResult | Promise<HandlerResult>;

/** Handlers keyed by operation id. */
export type HandlerTable = Readonly<Record<string, Handler>>;

/** A path parameter (the router guarantees its presence). */
export function pathParam(ctx: RequestContext, name: string): string {
  const value = ctx.pathParams[name];
  if (value === undefined) throw new Error(`Route ${ctx.route.operationId} has no path parameter ${name}.`);
  return value;
}

/**
 * The request body typed as `definition`, the body schema of the handler's route (which checked the body
 * against it already); an absent optional body reads as `{}`. Naming another definition than the route's is
 * a programming error, so a handler cannot read a body as a shape the service never validated.
 */
export function bodyOf<D extends keyof Definitions>(
  ctx: RequestContext,
  definition: D,
): Stored<Definitions[D]> {
  const schema = bodyParameter(ctx.route)?.schema;
  if (schema !== definition) {
    throw new Error(
      `Route ${ctx.route.operationId} takes a ${schema ?? "bodiless"} request, not ${definition}.`,
    );
  }
  return (ctx.body ?? {}) as Stored<Definitions[D]>;
}

/** The resource URL `<baseUrl><path>` with each segment encoded. */
export function resourceUrl(ctx: RequestContext, ...segments: string[]): string {
  // Built by appending: it runs for every task of a list page or an add-collection answer.
  let url = ctx.baseUrl;
  for (const segment of segments) url += `/${encodeURIComponent(segment)}`;
  return url;
}
