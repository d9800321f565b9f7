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

/** The last formatted `ocp-date` and its second: the form has no finer unit, so it is formatted once per second. */
let dateSecond = Number.NaN;
let dateText = "";

/** Sets `ocp-date` to the attempt's time in RFC 1123 form, unless the caller fixed one. */
export const applyOcpDate: RequestPolicy = (request) => {
  if (request.headers["ocp-date"] !== undefined) return;
  const second = Math.floor(Date.now() / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateText = new Date(second * 1000).toUTCString();
  }
  request.headers["ocp-date"] = dateText;
};
