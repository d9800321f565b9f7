/**
 * The web view of the local Batch service, under `/_ui/`: pages, static assets, live changes and a
 * signing proxy to the REST operations. Who gets in: a browser that opened a one-time login URL or
 * entered the account key holds an HttpOnly, SameSite=Strict session cookie scoped to `/_ui/`;
 * everything but the static assets and the login form demands it (see docs/emulator.md).
 * @module
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { BatchServiceError } from "../errors.js";
import { readBody } from "../http/body.js";
import type { Store } from "../store/store.js";
import { appPage, AssetStore, CONTENT_SECURITY_POLICY, loginPage } from "./assets.js";
import { LiveChanges } from "./live.js";
import { forward, ProxyRefusal, type ProxyTarget } from "./proxy.js";
import { SessionRegistry } from "./sessions.js";

/** The path prefix the web view owns; no Batch operation's path starts with it. */
export const UI_PREFIX = "/_ui";

/** Header the page sends with every API call: a cross-site form or image cannot set it. */
const UI_HEADER = "x-azbatch-ui";

/** What the web view needs from the service. */
export interface WebViewConfig extends ProxyTarget {
  readonly store: Store;
}

/** The running web view. */
export interface WebView {
  /** Answers a request whose path starts with {@link UI_PREFIX}. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /** A fresh login URL with a one-time token. */
  loginUrl(): string;
  /** Ends live streams and stops listening to the store. */
  close(): void;
}

const PAGE_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  // Not "no-referrer": with it, browsers send `Origin: null` on the login form's same-origin POST.
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

function sendJsonError(response: ServerResponse, status: number, code: string, message: string): void {
  response.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  response.end(JSON.stringify({ error: { code, message } }));
}

function redirect(response: ServerResponse, location: string, cookie?: string): void {
  response.writeHead(303, {
    Location: location,
    "Cache-Control": "no-store",
    ...(cookie && { "Set-Cookie": cookie }),
  });
  response.end();
}

/**
 * Whether the request comes from a page of this service: browsers name the requesting origin on
 * cross-site requests (`Origin`, `Sec-Fetch-Site`); requests without either are not from a browser page.
 */
function sameOrigin(request: IncomingMessage): boolean {
  const site = request.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") return false;
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://${request.headers.host ?? ""}`;
}

/** Creates the web view of a service. */
export function createWebView(config: WebViewConfig): WebView {
  const sessions = new SessionRegistry(config.accountKey, () => new URL(config.url()).port);
  const live = new LiveChanges(config.store);
  const assets = new AssetStore();

  const sendPage = (response: ServerResponse, status: number, html: string, cookie?: string): void => {
    response.writeHead(status, { ...PAGE_HEADERS, ...(cookie && { "Set-Cookie": cookie }) });
    response.end(html);
  };
  const sendLogin = (response: ServerResponse, status: number, message: string): void =>
    sendPage(response, status, loginPage(config.accountName, message));

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? "GET").toUpperCase();
    const target = request.url ?? "/";
    const [path, query = ""] = target.split("?", 2);
    const signedIn = sessions.check(request.headers.cookie);
    const allow = (...methods: string[]): boolean => {
      if (methods.includes(method)) return true;
      response.setHeader("Allow", methods.join(", "));
      sendJsonError(response, 405, "MethodNotAllowed", `${method} is not supported here.`);
      return false;
    };

    if (path === UI_PREFIX) {
      if (allow("GET", "HEAD")) redirect(response, `${UI_PREFIX}/${query ? `?${query}` : ""}`);
      return;
    }
    if (path === `${UI_PREFIX}/`) {
      if (!allow("GET", "HEAD")) return;
      const token = new URLSearchParams(query).get("token");
      if (token !== null) {
        // The redirect drops the token from the address bar and the history.
        if (sessions.redeemToken(token))
          redirect(response, `${UI_PREFIX}/`, sessions.setCookie(sessions.open()));
        else sendLogin(response, 403, "This link is not valid or was used already: enter the account key.");
        return;
      }
      if (!signedIn)
        return sendLogin(
          response,
          401,
          "Sign in with the login link the service printed, or the account key.",
        );
      if (!assets.available)
        return sendJsonError(
          response,
          503,
          "AssetsNotBuilt",
          "The web view is not built: run npm run build.",
        );
      return sendPage(response, 200, appPage(config.accountName));
    }
    if (path === `${UI_PREFIX}/login` || path === `${UI_PREFIX}/logout`) {
      if (!allow("POST")) return;
      if (!sameOrigin(request))
        return sendJsonError(response, 403, "CrossOriginRequest", "Refused: not from this service's page.");
      if (path.endsWith("/logout")) {
        sessions.close(request.headers.cookie);
        return redirect(response, `${UI_PREFIX}/`, sessions.clearCookie());
      }
      const key = new URLSearchParams((await readBody(request)).toString("utf8")).get("accountKey") ?? "";
      if (!sessions.isAccountKey(key)) return sendLogin(response, 403, "That is not the account key.");
      return redirect(response, `${UI_PREFIX}/`, sessions.setCookie(sessions.open()));
    }
    if (path.startsWith(`${UI_PREFIX}/assets/`)) {
      if (!allow("GET", "HEAD")) return;
      const asset = assets.get(path.slice(`${UI_PREFIX}/assets/`.length));
      if (!asset) return sendJsonError(response, 404, "NotFound", "There is no such asset.");
      response.writeHead(200, {
        "Content-Type": asset.type,
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
      });
      response.end(method === "HEAD" ? undefined : asset.content);
      return;
    }
    const api = path === `${UI_PREFIX}/api` || path.startsWith(`${UI_PREFIX}/api/`);
    if (api || path === `${UI_PREFIX}/events`) {
      if (!signedIn) return sendJsonError(response, 401, "SessionRequired", "Sign in to the web view first.");
      if (!sameOrigin(request))
        return sendJsonError(response, 403, "CrossOriginRequest", "Refused: not from this service's page.");
      if (!api) {
        if (allow("GET")) live.attach(response);
        return;
      }
      if (request.headers[UI_HEADER] !== "1")
        return sendJsonError(response, 403, "MissingHeader", `API calls carry the ${UI_HEADER} header.`);
      return forward(request, response, config);
    }
    sendJsonError(response, 404, "NotFound", "The web view has no such page.");
  }

  return {
    async handle(request, response) {
      try {
        await route(request, response);
      } catch (error) {
        if (response.headersSent) {
          response.destroy();
          return;
        }
        if (error instanceof ProxyRefusal)
          return sendJsonError(response, error.status, error.code, error.message);
        if (error instanceof BatchServiceError)
          return sendJsonError(response, error.status, error.code, error.message);
        throw error;
      }
    },
    loginUrl: () => `${config.url()}${UI_PREFIX}/?token=${sessions.issueToken()}`,
    close: () => live.close(),
  };
}
