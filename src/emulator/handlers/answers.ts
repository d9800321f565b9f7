/**
 * Look-ups and answers the resource handlers share: a resource checked against the request's
 * conditions, and the headers that creates, changes and existence checks answer with.
 * @module
 */
import { checkConditions } from "../http/conditional.js";
import type { HandlerResult, RequestContext } from "../http/context.js";
import { selected } from "../http/views.js";
import type { WireObject } from "../store/entities.js";

/** A stored resource: its wire object carries the `eTag` / `lastModified` conditions compare with. */
interface Stored {
  readonly data: WireObject;
}

/** `entity` once the request's `If-*` headers hold for it; 412 (or 304 for reads) otherwise. */
export function checked<T extends Stored>(ctx: RequestContext, entity: T): T {
  checkConditions(ctx, entity.data);
  return entity;
}

/** The answer to a HEAD existence check: 404 without a body when absent, else the resource's headers. */
export function existence(ctx: RequestContext, entity: Stored | undefined): HandlerResult {
  if (!entity) return { status: 404 };
  return { entity: checked(ctx, entity).data };
}

/**
 * The answer to a GET of one resource: its wire form narrowed by `$select`, tagged `<collection>/@Element`,
 * with the stored `entity`'s `ETag` / `Last-Modified` when given.
 */
export function element(
  ctx: RequestContext,
  collection: string,
  wire: WireObject,
  entity?: WireObject,
): HandlerResult {
  return { body: selected(ctx, wire), metadata: `${collection}/@Element`, entity };
}

/** The answer to a create: `Location` and `DataServiceId` both name the new resource at `url`. */
export function created(url: string, entity?: WireObject): HandlerResult {
  return { entity, location: url, dataServiceId: url };
}

/**
 * The `DataServiceId` of the operation on the resource at `url`: the resource itself, or for an
 * action route (`…/{jobId}/disable`) the action's URL.
 */
export function serviceId(ctx: RequestContext, url: string): string {
  const last = ctx.route.path.split("/").pop() ?? "";
  return last.startsWith("{") ? url : `${url}/${last}`;
}

/** The answer to a change of the resource at `url`: its new `ETag` / `Last-Modified` and {@link serviceId}. */
export function changed(ctx: RequestContext, entity: WireObject, url: string): HandlerResult {
  return { entity, dataServiceId: serviceId(ctx, url) };
}
