/**
 * Content negotiation policy: `Accept`.
 * @module
 */
import type { RequestPolicy } from "../outgoing.js";

/** Sets the `Accept` header matching the expected response (JSON, or any type for file content) unless the caller set one. */
export const applyAccept: RequestPolicy = (request) => {
  request.headers["accept"] ??= request.responseKind === "stream" ? "*/*" : "application/json";
};
