/**
 * `/_ui/api/<operation path>`: the web view's way to the service's own REST operations. The page
 * never holds the account key; this proxy signs each request with Shared Key on the server side and
 * sends it to the service over loopback, so every click goes through the same authentication,
 * validation and handlers as any client's request.
 * @module
 */
import { request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import { buildStringToSign, computeSharedKeySignature } from "../../auth/shared-key.js";
import { API_VERSION } from "../../protocol/api-version.generated.js";
import { readBody } from "../http/body.js";

/** Methods the REST operations use. */
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]);
/** Request headers passed on (the rest, cookies above all, stay behind). */
const FORWARDED_REQUEST_HEADERS = ["content-type", "ocp-range", "if-match", "if-none-match"];
/** Response headers passed back, beside every `ocp-*` one. */
const FORWARDED_RESPONSE_HEADERS = [
  "content-type",
  "content-length",
  "etag",
  "last-modified",
  "request-id",
  "retry-after",
  "dataserviceid",
];

/** Where the proxy sends requests and how it signs them. */
export interface ProxyTarget {
  /** The service's own base URL (known once it listens). */
  readonly url: () => string;
  readonly accountName: string;
  readonly accountKey: string;
}

/** A refusal of the proxy itself, answered as `{ error: { code, message } }`. */
export class ProxyRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The service URL a `/_ui/api/...` request target stands for; refuses anything but one absolute
 * operation path on the service itself.
 */
export function operationUrl(rawTarget: string, serviceUrl: string): URL {
  const rest = rawTarget.slice("/_ui/api".length);
  // One leading slash only: `//host` or a backslash would change what the signed URL means.
  const url = /^\/[^/\\]/.test(rest) ? new URL(rest, serviceUrl) : undefined;
  // Dot segments resolve before the check, so that `/pools/../_ui/…` cannot reach the web view either.
  if (!url || url.pathname.startsWith("/_ui")) {
    throw new ProxyRefusal(400, "InvalidOperationPath", "The path does not name a Batch operation.");
  }
  return url;
}

/** Forwards one request, signed, and streams the answer back. */
export async function forward(
  request: IncomingMessage,
  response: ServerResponse,
  target: ProxyTarget,
): Promise<void> {
  const method = (request.method ?? "GET").toUpperCase();
  if (!METHODS.has(method)) throw new ProxyRefusal(405, "MethodNotAllowed", `${method} is not supported.`);
  const url = operationUrl(request.url ?? "", target.url());
  url.searchParams.set("api-version", API_VERSION);
  const body = await readBody(request);
  const headers: Record<string, string> = { "ocp-date": new Date().toUTCString() };
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers[name];
    if (typeof value === "string") headers[name] = value;
  }
  if (body.length > 0 || ["POST", "PUT", "PATCH"].includes(method)) {
    headers["content-length"] = String(body.length);
  }
  const signature = computeSharedKeySignature(
    buildStringToSign({ method, url, headers, accountName: target.accountName }),
    target.accountKey,
  );
  headers.authorization = `SharedKey ${target.accountName}:${signature}`;
  await new Promise<void>((resolve, reject) => {
    const outgoing = httpRequest(url, { method, headers }, (answer) => {
      const passed: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined && (name.startsWith("ocp-") || FORWARDED_RESPONSE_HEADERS.includes(name)))
          passed[name] = value;
      }
      response.writeHead(answer.statusCode ?? 502, { ...passed, "Cache-Control": "no-store" });
      answer.pipe(response);
      answer.on("end", resolve);
      answer.on("error", reject);
    });
    outgoing.on("error", () =>
      reject(new ProxyRefusal(502, "ServiceUnreachable", "The service did not answer the request.")),
    );
    outgoing.end(body);
  });
}
