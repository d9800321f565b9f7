/**
 * Per-attempt identity policies: `client-request-id` and `ocp-date`.
 * @module
 */
import { randomUUID } from "node:crypto";
import type { RequestPolicy } from "../outgoing.js";

/**
 * Sets `client-request-id` for this attempt: from the caller's provider when there is one, else
 * the id the caller fixed on the request, else a fresh UUID (so each retry gets its own id).
 */
export const applyClientRequestId: RequestPolicy = (request, { options }) => {
  if (options.clientRequestIdProvider) {
    request.headers["client-request-id"] = options.clientRequestIdProvider();
  } else {
    request.headers["client-request-id"] ??= randomUUID();
  }
};

/** Sets `ocp-date` to the attempt's time in RFC 1123 form, unless the caller fixed one. */
export const applyOcpDate: RequestPolicy = (request) => {
  request.headers["ocp-date"] ??= new Date().toUTCString();
};
