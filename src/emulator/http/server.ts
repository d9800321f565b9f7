/**
 * The HTTP front of the local Batch service (node:http): for each request it authenticates the caller
 * from the headers alone, then resolves the operation, checks api-version, parameters and body, runs
 * the handler, persists state changes and only then answers.
 * @module
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Route } from "../../protocol/route-types.js";
import { BatchServiceError } from "../errors.js";
import type { Store } from "../store/store.js";
import { authenticate, verifyContentMd5, type AuthSettings } from "./auth.js";
import { parseBody, readBody } from "./body.js";
import type { HandlerTable, RequestContext } from "./context.js";
import { withInt64Strings } from "./int64.js";
import { bodySchema, checkApiVersion, checkBody, checkParameters } from "./params.js";
import { sendError, sendResult, type ResponseContext } from "./respond.js";
import { Router } from "./router.js";

/** Everything the HTTP layer needs. */
export interface HttpServiceConfig {
  readonly routes: readonly Route[];
  readonly handlers: HandlerTable;
  readonly store: Store;
  readonly auth: AuthSettings;
  /** Called with unexpected exceptions (which are answered with 500 `InternalError`). */
  readonly onInternalError?: (error: unknown) => void;
  /** Fault injection: asked once per authenticated request; absent or undefined means no fault. */
  readonly injectFault?: (operationId: string) => InjectedFault | undefined;
  /** Open connections beyond which new ones are closed at once (512 when absent). */
  readonly maxConnections?: number;
  /** The web view, answering every request under `/_ui` (absent: those paths are unknown resources). */
  readonly webView?: { handle(request: IncomingMessage, response: ServerResponse): Promise<void> };
}

/**
 * A fault for one request: answer with an error without processing it, destroy the connection before
 * processing it (`drop`), or process it and destroy the connection instead of answering (`loseResponse`).
 */
export type InjectedFault =
  | { readonly kind: "fail"; readonly error: BatchServiceError }
  | { readonly kind: "drop" }
  | { readonly kind: "loseResponse" };

/**
 * Idle, slow or stalled connections are closed so that they cannot hold the process's file
 * descriptors for long (each socket is one).
 */
const CONNECTION_LIMITS = { keepAliveTimeout: 5_000, headersTimeout: 30_000, requestTimeout: 120_000 };

/** Connections beyond this are refused rather than letting sockets exhaust the descriptor limit. */
const MAX_CONNECTIONS = 512;

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Methods that never change state. */
const READS = new Set(["GET", "HEAD"]);

/**
 * The answer to a change the disk refused (full, failing): the client retries later. The change
 * stays in memory and reaches the disk with the next write that succeeds; a restart before that
 * drops it, which is allowed as it was never acknowledged.
 */
function undurableChange(): BatchServiceError {
  return new BatchServiceError(
    503,
    "ServerBusy",
    "The service could not save the change durably (its disk refused the write); retry the request later.",
    [],
    { "Retry-After": "5" },
  );
}

/** Creates the (not yet listening) HTTP server. */
export function createBatchHttpServer(config: HttpServiceConfig): Server {
  const router = new Router(config.routes);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? "GET").toUpperCase();
    const baseUrl = `http://${header(request, "host") ?? "127.0.0.1"}`;
    const echo = /^true$/i.test(header(request, "return-client-request-id") ?? "")
      ? header(request, "client-request-id")
      : undefined;
    const rc: ResponseContext = { requestId: randomUUID(), baseUrl, echoClientRequestId: echo, method };
    let bodyRead = false;
    const path = (request.url ?? "/").split("?")[0];
    // The web view has its own sign-in; no Batch operation lives under its prefix.
    if (config.webView && (path === "/_ui" || path.startsWith("/_ui/"))) {
      await config.webView.handle(request, response);
      return;
    }
    try {
      let url: URL;
      try {
        url = new URL(request.url ?? "/", baseUrl);
      } catch {
        throw new BatchServiceError(400, "InvalidUri", "The request URI is not valid.");
      }
      // Authenticate on the headers alone, before routing or reading a body nobody may send.
      authenticate({ method, url, headers: request.headers }, config.auth);
      // Read the body before any other refusal, so that those leave the connection reusable.
      const raw = await readBody(request);
      bodyRead = true;
      verifyContentMd5(request.headers, raw);
      const match = router.match(method, path);
      const shape = checkApiVersion(url.searchParams);
      // An operation the requested api-version does not have is unknown there, as an unknown path is.
      if (!shape.has(match.route.operationId)) throw Router.unknownResource();
      const fault = config.injectFault?.(match.route.operationId);
      if (fault?.kind === "fail") throw fault.error;
      if (fault?.kind === "drop") {
        request.socket.destroy();
        return;
      }
      checkParameters(match.route, url.searchParams, request.headers);
      const sent = parseBody(match.route, raw);
      if (sent !== undefined) checkBody(match.route, sent, shape);
      const requestSchema = bodySchema(match.route);
      const body = sent !== undefined && requestSchema ? shape.toContract(requestSchema, sent) : sent;
      const handler = config.handlers[match.route.operationId];
      if (!handler)
        throw new BatchServiceError(
          501,
          "NotImplemented",
          `The operation ${match.route.operationId} is not emulated.`,
        );
      const ctx: RequestContext = {
        route: match.route,
        pathParams: match.pathParams,
        query: shape.toContractQuery(url.searchParams),
        headers: request.headers,
        body,
        baseUrl,
        store: config.store,
      };
      const result = await handler(ctx);
      // A change that did not reach the disk is never acknowledged; a read needs no disk.
      if (!config.store.flush() && !READS.has(method)) throw undurableChange();
      if (fault?.kind === "loseResponse") {
        request.socket.destroy();
        return;
      }
      const schema = match.route.responseSchema;
      const answer =
        result.body && schema
          ? { ...result, body: shape.fromContract(schema, withInt64Strings(schema, result.body)) }
          : result;
      sendResult(
        response,
        rc,
        result.status ?? match.route.successCodes[0],
        answer,
        header(request, "ocp-range"),
      );
    } catch (error) {
      // A failed request may still have changed state before failing (e.g. part of a collection).
      config.store.flush();
      if (error instanceof BatchServiceError) {
        // An unread (refused or oversized) body is not worth receiving: close the connection after answering.
        if (!bodyRead) response.setHeader("Connection", "close");
        sendError(response, rc, error);
        return;
      }
      config.onInternalError?.(error);
      sendError(
        response,
        rc,
        new BatchServiceError(500, "InternalError", "The service met an unexpected condition."),
      );
    }
  }

  const server = createServer(CONNECTION_LIMITS, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      config.onInternalError?.(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  server.maxConnections = config.maxConnections ?? MAX_CONNECTIONS;
  return server;
}
