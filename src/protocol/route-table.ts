/**
 * The compact form `routes.generated.ts` is written in, and its expansion into {@link Route} entries.
 * The generated table lists each parameter once and each operation on one line, so a change of the
 * contract reads as a small diff; {@link expandRoutes} turns it into the full route objects the client
 * and the local service use.
 * @module
 */
import type { Route, RouteParameter } from "./route-types.js";

/**
 * One operation of the compact table:
 * `[ "METHOD /path", parameter ids, success codes, response, extra response headers ]`.
 *
 * - parameter ids: space separated keys of the parameter table, in the contract's order; `...name`
 *   stands for the ids of the named parameter group.
 * - response: the success body's definition name, `binary` for raw file content or `""` for none,
 *   preceded by `pageable ` when the operation returns a list envelope with `odata.nextLink`.
 * - extra response headers: space separated, beside the headers every operation answers.
 */
export type RouteLine = readonly [
  request: string,
  parameters: string,
  successCodes: readonly number[],
  response: string,
  headers: string,
];

/** The compact table: shared parameters and headers once, then one line per operation id. */
export interface CompactRouteTable {
  /** Every parameter of the contract by id (its key, or the key with a suffix when definitions differ). */
  readonly parameters: Readonly<Record<string, RouteParameter>>;
  /** Named runs of parameter ids that many operations share, in order. */
  readonly groups: Readonly<Record<string, string>>;
  /** Response headers (lower case) every operation declares. */
  readonly headers: readonly string[];
  /** Operation id → its line. */
  readonly operations: Readonly<Record<string, RouteLine>>;
}

const PAGEABLE = "pageable ";
const BINARY = "binary";

/** `ComputeNodeExtension` → `computeNodeExtension`. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The route entries of a compact table, in the table's order. */
export function expandRoutes(table: CompactRouteTable): Route[] {
  const ids = (text: string): string[] =>
    text
      .split(" ")
      .filter(Boolean)
      .flatMap((id) => (id.startsWith("...") ? ids(group(table, id.slice(3))) : [id]));
  return Object.entries(table.operations).map(([operationId, line]) => {
    const [request, parameters, successCodes, response, headers] = line;
    const [prefix, suffix] = operationId.split("_");
    const space = request.indexOf(" ");
    const pageable = response.startsWith(PAGEABLE);
    const body = pageable ? response.slice(PAGEABLE.length) : response;
    return {
      operationId,
      group: lowerFirst(prefix),
      name: lowerFirst(suffix),
      method: request.slice(0, space) as Route["method"],
      path: request.slice(space + 1),
      parameters: ids(parameters).map((id) => parameter(table, id)),
      successCodes,
      ...(body && body !== BINARY ? { responseSchema: body } : {}),
      binaryResponse: body === BINARY,
      pageable,
      responseHeaders: [...table.headers, ...headers.split(" ").filter(Boolean)].sort(),
    };
  });
}

function group(table: CompactRouteTable, name: string): string {
  const ids = table.groups[name];
  if (ids === undefined) throw new Error(`route table: no parameter group ${name}`);
  return ids;
}

function parameter(table: CompactRouteTable, id: string): RouteParameter {
  const found = table.parameters[id];
  if (found === undefined) throw new Error(`route table: no parameter ${id}`);
  return found;
}
