/**
 * Interceptor policy: runs the caller's request interceptors once per logical request.
 * @module
 */
import type { RequestPolicy } from "../outgoing.js";

/** Runs the interceptors in order, then lower-cases whatever header names they added. */
export const applyInterceptors: RequestPolicy = async (request, { options }) => {
  const interceptors = options.interceptors ?? [];
  // Without interceptors the names are already lower case (the pipeline and its policies set them so).
  if (interceptors.length === 0) return;
  for (const interceptor of interceptors) await interceptor(request);
  request.headers = lowerCaseNames(request.headers);
};

function lowerCaseNames(headers: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && value !== null) result[name.toLowerCase()] = String(value);
  }
  return result;
}
