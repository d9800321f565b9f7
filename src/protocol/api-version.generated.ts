// generated — do not edit. Produced by scripts/codegen from BatchService.json (api-version 2024-07-01.20.0): the api-version.

/** The REST api-version this package speaks (the pipeline sets it on every request). */
export const API_VERSION = "2024-07-01.20.0";
