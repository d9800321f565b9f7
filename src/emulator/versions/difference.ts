/**
 * The shape of one entry of the generated api-version difference table.
 * @module
 */

/** The wire type of a property only older api-versions have. */
export type OlderPropertyType = "string" | "number" | "boolean" | "object" | "string[]" | "object[]";

/** An operation of an older api-version that 2024-07-01.20.0 no longer has. */
export interface VersionOperation {
  /** `<Group>_<Method>` as the older client names it, e.g. `Pool_GetAllLifetimeStatistics`. */
  readonly operationId: string;
  /** HTTP method. */
  readonly method: string;
  /** Path template, e.g. `/lifetimepoolstats`. */
  readonly path: string;
}

/** How one api-version's wire schema differs from 2024-07-01.20.0. */
export interface ApiVersionDifference {
  /** The npm clients (name@version) the difference was measured in or derived from. */
  readonly source: string;
  /** 2024-07 definitions the version does not have at all. */
  readonly missingDefinitions: readonly string[];
  /** Per definition, the 2024-07 properties the version does not have. */
  readonly lacks: Readonly<Record<string, readonly string[]>>;
  /** Per definition, 2024-07 property name → the version's name for it. */
  readonly renames: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Per definition, properties only the version has, with their wire types (accepted in requests, not acted upon). */
  readonly extras: Readonly<Record<string, Readonly<Record<string, OlderPropertyType>>>>;
  /** Envelope definitions the version answers unwrapped: definition → the property answered instead. */
  readonly unwraps: Readonly<Record<string, string>>;
  /** 2024-07 operation ids the version does not have. */
  readonly lacksOperations: readonly string[];
  /** Operations the version has beyond 2024-07. */
  readonly extraOperations: readonly VersionOperation[];
}
