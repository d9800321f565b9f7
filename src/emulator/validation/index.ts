/**
 * Request and response validation of the local Batch service against the REST contract.
 * @module
 */
export { validateBody, validateResponse, type BodyValidationOptions, type SchemaTable } from "./body.js";
export { validateParameter } from "./parameter.js";
export { isDateTime, isDuration, isRfc1123, isUuid } from "./formats.js";
export type { BatchErrorDetailValue, ValidationIssue, ValidationIssueCode } from "./issues.js";
