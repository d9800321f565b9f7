/**
 * Identification policy: `User-Agent`.
 * @module
 */
import type { RequestPolicy } from "../outgoing.js";

/** Sets `User-Agent` unless the caller set one. */
export const applyUserAgent: RequestPolicy = (request, { userAgent }) => {
  request.headers["user-agent"] ??= userAgent;
};
