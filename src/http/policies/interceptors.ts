/**
 * Interceptor policy: runs the caller's request interceptors once per logical request.
 * @module
 */
import type { OutgoingRequest, RequestPolicy } from "../outgoing.js";
import type { RequestInterceptor } from "../types.js";

/** Runs the interceptors in order, then lower-cases whatever header names they added. */
export const applyInterceptors: RequestPolicy = (request, { options }) => {
  const interceptors = options.interceptors;
  // Without interceptors the names are already lower case (the pipeline and its policies set them so),
  // and nothing is awaited.
  if (interceptors === undefined || interceptors.length === 0) return;
  return intercept(request, interceptors);
};

async function intercept(
  request: OutgoingRequest,
  interceptors: readonly RequestInterceptor[],
): Promise<void> {
  for (const interceptor of interceptors) await interceptor(request);
  request.headers = lowerCaseNames(request.headers);
}

function lowerCaseNames(headers: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && value !== null) result[name.toLowerCase()] = String(value);
  }
  return result;
}
