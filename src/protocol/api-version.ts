/** The REST api-version this package speaks (set by the pipeline on every request). */
export { API_VERSION } from "../http/policies/query.js";
