/**
 * Identification policy: `User-Agent` and `Accept`.
 * @module
 */
import type { RequestPolicy } from "../outgoing.js";

/** Sets `User-Agent` (unless the caller set one) and the `Accept` header matching the expected response. */
export const applyUserAgent: RequestPolicy = (request, { userAgent }) => {
  request.headers["user-agent"] ??= userAgent;
  request.headers["accept"] ??= request.responseKind === "stream" ? "*/*" : "application/json";
};
