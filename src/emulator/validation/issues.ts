/**
 * The shape of a validation finding, and how each kind maps to the service's `BatchError` details.
 * @module
 */

/** The service's error codes for a malformed request, as validation reports them. */
export type ValidationIssueCode =
  | "MissingRequiredProperty"
  | "InvalidPropertyValue"
  | "InvalidRequestBody"
  | "MissingRequiredQueryParameter"
  | "InvalidQueryParameterValue"
  | "MissingRequiredHeader"
  | "InvalidHeaderValue";

/** One `key`/`value` entry of a `BatchError`'s `values`. */
export interface BatchErrorDetailValue {
  readonly key: string;
  readonly value: string;
}

/** One thing wrong with a request; the server turns it into an HTTP 400 `BatchError`. */
export interface ValidationIssue {
  /** The `BatchError.code` the service answers with. */
  readonly code: ValidationIssueCode;
  /** Dotted path of the body property (`startTask.commandLine`, `resourceFiles[0].httpUrl`), or the wire name of a parameter. */
  readonly property: string;
  /** Why the value is rejected, in plain words. */
  readonly reason: string;
  /** The `BatchError.values` entries the service sends for this code. */
  readonly values: readonly BatchErrorDetailValue[];
}

/** Renders a rejected value for the `…Value` detail, bounded so a huge body does not echo back whole. */
function show(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** A required body property is absent (or null). */
export function missingProperty(property: string): ValidationIssue {
  return {
    code: "MissingRequiredProperty",
    property,
    reason: `the required property '${property}' is missing`,
    values: [{ key: "PropertyName", value: property }],
  };
}

/** A body property is well-typed but out of its allowed values. */
export function invalidProperty(property: string, value: unknown, reason: string): ValidationIssue {
  return {
    code: "InvalidPropertyValue",
    property,
    reason,
    values: [
      { key: "PropertyName", value: property },
      { key: "PropertyValue", value: show(value) },
      { key: "Reason", value: reason },
    ],
  };
}

/** The body cannot be read into the expected type (wrong JSON type, unknown property, unparsable format). */
export function invalidBody(property: string, reason: string): ValidationIssue {
  return { code: "InvalidRequestBody", property, reason, values: [{ key: "Reason", value: reason }] };
}

/** A required query parameter or header is absent. */
export function missingParameter(where: "query" | "header", name: string): ValidationIssue {
  return where === "query"
    ? {
        code: "MissingRequiredQueryParameter",
        property: name,
        reason: `the required query parameter '${name}' is missing`,
        values: [{ key: "QueryParameterName", value: name }],
      }
    : {
        code: "MissingRequiredHeader",
        property: name,
        reason: `the required header '${name}' is missing`,
        values: [{ key: "HeaderName", value: name }],
      };
}

/** A query parameter or header has a value of the wrong kind or range. */
export function invalidParameter(
  where: "query" | "header",
  name: string,
  value: string,
  reason: string,
): ValidationIssue {
  const [nameKey, valueKey, code] =
    where === "query"
      ? (["QueryParameterName", "QueryParameterValue", "InvalidQueryParameterValue"] as const)
      : (["HeaderName", "HeaderValue", "InvalidHeaderValue"] as const);
  return {
    code,
    property: name,
    reason,
    values: [
      { key: nameKey, value: name },
      { key: valueKey, value: show(value) },
      { key: "Reason", value: reason },
    ],
  };
}
