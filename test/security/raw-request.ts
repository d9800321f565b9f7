/**
 * Raw HTTP requests to the local Batch service with full control over the bytes on the wire (path
 * sent verbatim, headers, body), Shared Key-signed like a client would, plus the signature the
 * service would have expected for the request as finally sent, to check that no answer reveals it.
 */
import http from "node:http";
import { buildStringToSign, computeSharedKeySignature } from "../../src/auth/shared-key.js";

/** Where to send and which account to sign for. */
export interface Target {
  readonly url: string;
  readonly accountName: string;
  readonly accountKey: string;
}

/** A request as it goes on the wire. */
export interface WireRequest {
  method: string;
  /** Path and query exactly as sent (not normalized). */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** What came back. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
  /** `text` plus every header value: everything an attacker gets to read. */
  readonly everything: string;
}

const API = "api-version=2024-07-01.20.0";

/** A request for `path` (the api-version is appended), dated now, with a JSON body when given. */
export function wireRequest(method: string, path: string, body?: unknown): WireRequest {
  const request: WireRequest = {
    method,
    path: `${path}${path.includes("?") ? "&" : "?"}${API}`,
    headers: { "ocp-date": new Date().toUTCString() },
  };
  if (body !== undefined) {
    request.body = typeof body === "string" ? body : JSON.stringify(body);
    request.headers["content-type"] = "application/json; odata=minimalmetadata";
  }
  return request;
}

/** The Shared Key signature of `request` under `key`, computed over the URL the service parses. */
export function signatureOf(target: Target, request: WireRequest, key = target.accountKey): string {
  const headers = { ...request.headers };
  if (request.body !== undefined) headers["content-length"] = String(Buffer.byteLength(request.body));
  const url = new URL(request.path, target.url);
  return computeSharedKeySignature(
    buildStringToSign({ method: request.method, url, headers, accountName: target.accountName }),
    key,
  );
}

/** Signs `request` in place with `key` (the account's by default). */
export function sign(target: Target, request: WireRequest, key = target.accountKey): WireRequest {
  request.headers.authorization = `SharedKey ${target.accountName}:${signatureOf(target, request, key)}`;
  return request;
}

/** Sends `request` verbatim. */
export function send(target: Target, request: WireRequest): Promise<RawAnswer> {
  const base = new URL(target.url);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...request.headers };
    if (request.body !== undefined) headers["content-length"] = String(Buffer.byteLength(request.body));
    const req = http.request(
      { host: base.hostname, port: base.port, method: request.method, path: request.path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const headerText = Object.entries(res.headers)
            .map(([k, v]) => `${k}: ${String(v)}`)
            .join("\n");
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            everything: `${headerText}\n${text}`,
          });
        });
      },
    );
    req.on("error", reject);
    req.end(request.body);
  });
}
