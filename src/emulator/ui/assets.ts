/**
 * The web view's static files (built by tsup from `client/` into `dist/emulator/ui/`) and the two
 * HTML pages around them: the app shell and the login form.
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The files the build emits, with their content types; nothing else is ever read from disk. */
const ASSET_TYPES: Readonly<Record<string, string>> = {
  "app.js": "text/javascript; charset=utf-8",
  "app.css": "text/css; charset=utf-8",
};

/**
 * Where the built assets are: beside the bundled module in the package (`dist/emulator/ui/`), or,
 * when running from source, in the checkout's `dist/` after `npm run build`.
 */
function assetsDirectory(): string | undefined {
  const candidates = ["./ui/", "../../../dist/emulator/ui/"].map((relative) =>
    fileURLToPath(new URL(relative, import.meta.url)),
  );
  return candidates.find((dir) => existsSync(`${dir}app.js`));
}

/** A static file ready to send. */
export interface Asset {
  readonly type: string;
  readonly content: Buffer;
}

/** Reads assets once and keeps them; `undefined` for a name that is not one. */
export class AssetStore {
  private readonly cache = new Map<string, Asset>();
  private directory: string | undefined | null = null;

  /** Whether the built assets exist (they do in the package; a source checkout needs a build). */
  get available(): boolean {
    this.directory ??= assetsDirectory();
    return this.directory !== undefined;
  }

  /** The asset of that name, or `undefined` when there is no such asset. */
  get(name: string): Asset | undefined {
    const type = Object.hasOwn(ASSET_TYPES, name) ? ASSET_TYPES[name] : undefined;
    if (type === undefined || !this.available) return undefined;
    let asset = this.cache.get(name);
    if (!asset) {
      asset = { type, content: readFileSync(`${this.directory}${name}`) };
      this.cache.set(name, asset);
    }
    return asset;
  }
}

/**
 * Scripts and styles only from the service itself, no inline code, no framing: a page that shows
 * task output (anyone's text) cannot be made to run it.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/_ui/assets/app.css"></head>` +
    `<body>${body}</body></html>`
  );
}

/** The app shell: the script renders everything into `#app`. */
export function appPage(accountName: string): string {
  return page(
    `Local Batch service: ${accountName}`,
    `<div id="app" data-account="${escapeHtml(accountName)}"></div>` +
      `<script type="module" src="/_ui/assets/app.js"></script>`,
  );
}

/** The login form (account key), with why the visitor sees it. */
export function loginPage(accountName: string, message: string): string {
  return page(
    "Sign in: local Batch service",
    `<main class="login"><h1>Local Batch service</h1>` +
      `<p role="status">${escapeHtml(message)}</p>` +
      `<form method="post" action="/_ui/login">` +
      `<label for="accountKey">Account key of ${escapeHtml(accountName)}</label>` +
      `<input id="accountKey" name="accountKey" type="password" autocomplete="current-password" required>` +
      `<button type="submit">Sign in</button></form></main>`,
  );
}
