/**
 * Detail levels: which items a list returns (`$filter`) and which properties and expansions each item
 * carries (`$select`, `$expand`).
 * @module
 */

/**
 * Anything that narrows what a list, get or refresh call returns. {@link ODATADetailLevel} is the
 * implementation the SDK ships; a plain object with the same optional clauses works too.
 */
export interface DetailLevel {
  /** OData `$filter` expression, e.g. `state eq 'active'`. */
  filterClause?: string;
  /** Comma-separated wire property names for `$select`, e.g. `id,state`. */
  selectClause?: string;
  /** Comma-separated expansions for `$expand`, e.g. `stats`. */
  expandClause?: string;
}

/** Clauses accepted by {@link ODATADetailLevel}'s constructor. */
export interface ODATADetailLevelInit {
  /** OData `$filter` expression. */
  filterClause?: string;
  /** `$select` list. */
  selectClause?: string;
  /** `$expand` list. */
  expandClause?: string;
}

/** A detail level expressed as OData clauses (Batch .NET `ODATADetailLevel`); all clauses stay writable. */
export class ODATADetailLevel implements DetailLevel {
  /** OData `$filter` expression. */
  filterClause?: string;
  /** `$select` list. */
  selectClause?: string;
  /** `$expand` list. */
  expandClause?: string;

  /** Creates a detail level from any subset of the three clauses. */
  constructor(init: ODATADetailLevelInit = {}) {
    this.filterClause = init.filterClause;
    this.selectClause = init.selectClause;
    this.expandClause = init.expandClause;
  }
}

/** Which OData query options an operation accepts. */
export interface SupportedClauses {
  /** The operation accepts `$filter`. */
  filter?: boolean;
  /** The operation accepts `$select`. */
  select?: boolean;
  /** The operation accepts `$expand`. */
  expand?: boolean;
}

/** Query parameters for the protocol client, keyed as its parameter objects expect. */
export interface DetailLevelQuery {
  /** Value for `$filter`. */
  filter?: string;
  /** Value for `$select`. */
  select?: string;
  /** Value for `$expand`. */
  expand?: string;
}

const CLAUSES = [
  ["filterClause", "filter"],
  ["selectClause", "select"],
  ["expandClause", "expand"],
] as const;

/**
 * Turns a detail level into protocol query parameters for one operation. Blank clauses are ignored.
 * Throws a `TypeError` naming the clause and the operation, before any request is made, when the
 * detail level carries a clause the operation does not accept or a clause that is not a string.
 */
export function applyDetailLevel(
  detailLevel: DetailLevel | undefined,
  supported: SupportedClauses,
  operationName: string,
): DetailLevelQuery {
  const query: DetailLevelQuery = {};
  if (detailLevel === undefined || detailLevel === null) return query;
  if (typeof detailLevel !== "object") {
    throw new TypeError(
      `${operationName}: detailLevel must be an ODATADetailLevel, got ${typeof detailLevel}`,
    );
  }
  for (const [clause, key] of CLAUSES) {
    const value: unknown = detailLevel[clause];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string") {
      throw new TypeError(`${operationName}: detailLevel.${clause} must be a string, got ${typeof value}`);
    }
    if (value.trim() === "") continue;
    if (!supported[key]) {
      throw new TypeError(`${operationName} does not support the ${clause} of a detail level ($${key})`);
    }
    query[key] = value;
  }
  return query;
}
