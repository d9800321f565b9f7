/**
 * Shapes what a GET or list answers: `$expand`, `$select`, `$filter`, and `maxresults` paging with
 * an opaque continuation token on the items' creation sequence, so pages stay correct while items
 * are added or removed between requests.
 * @module
 */
import {
  applySelect,
  evaluateFilter,
  ODataSyntaxError,
  parseExpand,
  parseFilter,
  type FilterExpression,
} from "../odata/index.js";
import { invalidQueryParameter } from "../errors.js";
import type { WireObject } from "../store/entities.js";
import type { HandlerResult, RequestContext } from "./context.js";

/** One list candidate: its stable sort key and a function producing its wire form. */
export interface Listable {
  readonly seq: number;
  render(expand: readonly string[]): WireObject;
}

const DEFAULT_MAX_RESULTS = 1000;
const SKIP_TOKEN = "$skiptoken";

function odataError(error: unknown, ctx: RequestContext): never {
  if (error instanceof ODataSyntaxError) {
    const name = `$${error.clause}`;
    throw invalidQueryParameter(name, ctx.query.get(name) ?? "", error.reason);
  }
  throw error;
}

/** The `$expand` names the request asks for, checked against those the operation supports. */
export function requestedExpand(ctx: RequestContext, allowed: readonly string[]): string[] {
  const clause = ctx.query.get("$expand");
  if (clause === null) return [];
  try {
    return parseExpand(clause, allowed);
  } catch (error) {
    return odataError(error, ctx);
  }
}

/** Applies the request's `$select` (if any) to a wire object. */
export function selected(ctx: RequestContext, wire: WireObject): WireObject {
  const clause = ctx.query.get("$select");
  if (clause === null) return wire;
  try {
    return applySelect(wire, clause) as WireObject;
  } catch (error) {
    return odataError(error, ctx);
  }
}

function parsedFilter(ctx: RequestContext): FilterExpression | undefined {
  const clause = ctx.query.get("$filter");
  if (clause === null) return undefined;
  try {
    return parseFilter(clause);
  } catch (error) {
    return odataError(error, ctx);
  }
}

function decodeToken(ctx: RequestContext): number {
  const raw = ctx.query.get(SKIP_TOKEN);
  if (raw === null) return 0;
  const m = /^seq:(\d{1,15})$/.exec(Buffer.from(raw, "base64url").toString("utf8"));
  if (!m) throw invalidQueryParameter(SKIP_TOKEN, raw, "The continuation token is not valid");
  return Number(m[1]);
}

function nextLink(ctx: RequestContext, lastSeq: number): string {
  const query = new URLSearchParams(ctx.query);
  query.set(SKIP_TOKEN, Buffer.from(`seq:${lastSeq}`, "utf8").toString("base64url"));
  return `${ctx.baseUrl}${currentPath(ctx)}?${query.toString()}`;
}

function currentPath(ctx: RequestContext): string {
  return ctx.route.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(ctx.pathParams[name] ?? ""),
  );
}

/** The `$expand` values pools, jobs and job schedules take. */
export const STATS_AND_METADATA: readonly string[] = ["stats", "metadata"];

/**
 * A list page: items after the continuation token, filtered, at most `maxresults`, each expanded
 * and selected; `odata.nextLink` when more may follow.
 */
export function listPage(
  ctx: RequestContext,
  items: readonly Listable[],
  metadata: string,
  expandable: readonly string[] = [],
): HandlerResult {
  const filter = parsedFilter(ctx);
  const expand = requestedExpand(ctx, expandable);
  const max = Number(ctx.query.get("maxresults") ?? DEFAULT_MAX_RESULTS);
  const after = decodeToken(ctx);
  const value: WireObject[] = [];
  let lastSeq = after;
  let more = false;
  const ordered = inSeqOrder(items) ? items : [...items].sort((a, b) => a.seq - b.seq);
  for (let i = firstAfter(ordered, after); i < ordered.length; i++) {
    const item = ordered[i];
    const wire = item.render(expand);
    if (filter && !evaluateFilter(filter, wire)) continue;
    if (value.length === max) {
      more = true;
      break;
    }
    value.push(selected(ctx, wire));
    lastSeq = item.seq;
  }
  const body: WireObject = { value };
  if (more) body["odata.nextLink"] = nextLink(ctx, lastSeq);
  return { body, metadata };
}

/** True when the items are already sorted by sequence number, as stored collections list them. */
function inSeqOrder(items: readonly Listable[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i - 1].seq > items[i].seq) return false;
  return true;
}

/**
 * Index of the first item with a sequence number above `after` (binary search): a later page of a
 * long list starts there instead of stepping over every item of the pages before it.
 */
function firstAfter(ordered: readonly Listable[], after: number): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ordered[middle].seq <= after) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Stored resources as list candidates; `render` gets each one with the request's `$expand`. */
export function listables<T extends { readonly seq: number }>(
  items: readonly T[],
  render: (item: T, expand: readonly string[]) => WireObject,
): Listable[] {
  return items.map((item) => new StoredListable(item, render));
}

/**
 * A list candidate as an instance rather than a closure per item: every page of a long list makes
 * one per stored item, and closures cost several times more (with the names kept, far more).
 */
class StoredListable<T extends { readonly seq: number }> implements Listable {
  readonly seq: number;
  constructor(
    private readonly item: T,
    private readonly renderItem: (item: T, expand: readonly string[]) => WireObject,
  ) {
    this.seq = item.seq;
  }

  render(expand: readonly string[]): WireObject {
    return this.renderItem(this.item, expand);
  }
}

/** Positions as sequence numbers, for lists computed on the fly (files, images, counts…). */
export function indexed(wires: readonly WireObject[]): Listable[] {
  return wires.map((wire, i) => ({ seq: i + 1, render: () => wire }));
}
