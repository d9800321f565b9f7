/**
 * Test helpers: raw signed requests to a local Batch service (so that tests control every byte
 * and header a client would send).
 */
import { BatchSharedKeyCredentials } from "../../../src/auth/shared-key.js";
import type { LocalBatchService } from "../../../src/emulator/index.js";
import { LINUX_VM_CONFIGURATION } from "../../support/fixtures.js";

/** Options of {@link signedRequest}. */
export interface RawRequestOptions {
  /** JSON value (serialized) or raw text (sent as is). */
  body?: unknown;
  /** Extra headers, signed with the request. */
  headers?: Record<string, string>;
  /** Query parameters; `api-version` defaults to 2024-07-01.20.0 unless given (`null` removes it). */
  query?: Record<string, string | null>;
  /** Sign with this key instead of the service's. */
  key?: string;
  /** Skip signing (no Authorization header). */
  unsigned?: boolean;
  /** Changes the request after signing (to simulate tampering). */
  tamper?: (request: { url: URL; headers: Record<string, string>; body?: string }) => void;
}

/** A raw answer: status, lower-cased headers and the parsed JSON body (if any). */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: any;
  text: string;
}

/** Sends one Shared Key-signed request. */
export async function signedRequest(
  service: LocalBatchService,
  method: string,
  path: string,
  options: RawRequestOptions = {},
): Promise<RawResponse> {
  const url = new URL(service.url + path);
  const query = { "api-version": "2024-07-01.20.0", ...options.query };
  for (const [name, value] of Object.entries(query)) if (value !== null) url.searchParams.set(name, value);
  const headers: Record<string, string> = { "ocp-date": new Date().toUTCString(), ...options.headers };
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["content-type"] ??= "application/json; odata=minimalmetadata";
    headers["content-length"] = String(Buffer.byteLength(body));
  }
  if (!options.unsigned) {
    const credentials = new BatchSharedKeyCredentials(
      service.url,
      service.accountName,
      options.key ?? service.accountKey,
    );
    await credentials.signRequest({ method: method as "GET", url, headers });
  }
  const request = { url, headers, body };
  options.tamper?.(request);
  if (request.body !== undefined) request.headers["content-length"] = String(Buffer.byteLength(request.body));
  const response = await fetch(request.url, { method, headers: request.headers, body: request.body });
  const text = await response.text();
  const isJson = response.headers.get("content-type")?.startsWith("application/json") ?? false;
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body: isJson && text !== "" ? JSON.parse(text) : undefined,
    text,
  };
}

/** A minimal valid pool body. */
export function poolBody(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    vmSize: "standard_d1_v2",
    virtualMachineConfiguration: LINUX_VM_CONFIGURATION,
    ...extra,
  };
}

/** Expects a `BatchError` body with the given code. */
export function isBatchError(body: unknown): body is {
  code: string;
  message: { lang: string; value: string };
  values?: { key: string; value: string }[];
} {
  const b = body as { code?: unknown; message?: { lang?: unknown; value?: unknown } } | undefined;
  return typeof b?.code === "string" && b.message?.lang === "en-US" && typeof b.message.value === "string";
}
