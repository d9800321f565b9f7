/**
 * Who may use the web view: one-time login tokens (handed out in a URL at start), sessions they or
 * the account key open, and the session cookie that carries a session. Sessions live in memory
 * only: a restart signs every browser out.
 * @module
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A session ends after this long without a request. */
const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** A login token nobody used expires after this long. */
const TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Open sessions and unused tokens kept at most; the oldest goes first. */
const MAX_ENTRIES = 64;

function secret(): string {
  return randomBytes(32).toString("base64url");
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

/** Drops expired entries, then the oldest ones beyond {@link MAX_ENTRIES}. */
function prune(entries: Map<string, number>, now: number): void {
  for (const [id, expires] of entries) if (expires <= now) entries.delete(id);
  for (const id of entries.keys()) {
    if (entries.size <= MAX_ENTRIES) break;
    entries.delete(id);
  }
}

/** Login tokens and sessions of one service. */
export class SessionRegistry {
  private readonly tokens = new Map<string, number>();
  private readonly sessions = new Map<string, number>();
  private readonly keyDigest: Buffer;

  /** @param port - the service's port (known once it listens), part of the cookie's name. */
  constructor(
    accountKey: string,
    private readonly port: () => string,
  ) {
    this.keyDigest = digest(accountKey);
  }

  /** Name of the session cookie: per port, since browsers share cookies between a host's ports. */
  get cookieName(): string {
    return `azbatch-ui-${this.port()}`;
  }

  /** A new login token, valid once. */
  issueToken(now = Date.now()): string {
    const token = secret();
    this.tokens.set(token, now + TOKEN_LIFETIME_MS);
    prune(this.tokens, now);
    return token;
  }

  /** Spends a login token: true (and never again) if it was issued and has not expired. */
  redeemToken(token: string, now = Date.now()): boolean {
    const expires = this.tokens.get(token);
    this.tokens.delete(token);
    return expires !== undefined && expires > now;
  }

  /** Whether `key` is the account key (compared in constant time). */
  isAccountKey(key: string): boolean {
    return timingSafeEqual(digest(key), this.keyDigest);
  }

  /** Opens a session; the result is the cookie's value. */
  open(now = Date.now()): string {
    const id = secret();
    this.sessions.set(id, now + SESSION_IDLE_MS);
    prune(this.sessions, now);
    return id;
  }

  /** Whether the request's cookie names an open session (which it keeps alive). */
  check(cookieHeader: string | undefined, now = Date.now()): boolean {
    const id = this.sessionOf(cookieHeader);
    const expires = id === undefined ? undefined : this.sessions.get(id);
    if (id === undefined || expires === undefined || expires <= now) return false;
    this.sessions.set(id, now + SESSION_IDLE_MS);
    return true;
  }

  /** Ends the session the cookie names, if any. */
  close(cookieHeader: string | undefined): void {
    const id = this.sessionOf(cookieHeader);
    if (id !== undefined) this.sessions.delete(id);
  }

  /** `Set-Cookie` value that hands the browser a session: script cannot read it, other sites never send it. */
  setCookie(id: string): string {
    return `${this.cookieName}=${id}; Path=/_ui/; HttpOnly; SameSite=Strict`;
  }

  /** `Set-Cookie` value that removes the session cookie. */
  clearCookie(): string {
    return `${this.cookieName}=; Path=/_ui/; HttpOnly; SameSite=Strict; Max-Age=0`;
  }

  private sessionOf(cookieHeader: string | undefined): string | undefined {
    for (const part of (cookieHeader ?? "").split(";")) {
      const eq = part.indexOf("=");
      if (eq > 0 && part.slice(0, eq).trim() === this.cookieName) return part.slice(eq + 1).trim();
    }
    return undefined;
  }
}
