/**
 * Microsoft Entra ID (bearer token) authentication for the Batch service.
 * @module
 */
import { inspect } from "node:util";
import type { AccessToken, TokenCredential } from "@azure/core-auth";
import { isTokenCredential } from "./token-credential.js";
import type { SignableRequest } from "../http/types.js";
import type { CredentialsDescription } from "./base-url.js";
import { BatchCredentials } from "./batch-credentials.js";

/** The scope Batch tokens are requested for. */
export const BATCH_TOKEN_SCOPE = "https://batch.core.windows.net//.default";

/** A cached token is replaced this long before it expires, so it never expires in flight. */
const REFRESH_MARGIN_MS = 2 * 60 * 1000;

/** Where {@link BatchTokenCredentials} gets its tokens. */
export type BatchTokenSource = string | (() => Promise<string>) | TokenCredential;

/**
 * Credentials that send `Authorization: Bearer <token>`. The token is a fixed string, comes from
 * an async function called for each request, or from any `@azure/core-auth` `TokenCredential`
 * (such as `DefaultAzureCredential`), whose tokens are cached until two minutes before they expire.
 */
export class BatchTokenCredentials extends BatchCredentials {
  readonly #source: BatchTokenSource;
  #cached: AccessToken | undefined;
  #pending: Promise<AccessToken> | undefined;

  /**
   * @param baseUrl The account endpoint (http or https).
   * @param token A token, a token provider function, or a `TokenCredential`.
   * @throws TypeError on an empty URL or token, or an unsupported token source.
   */
  constructor(baseUrl: string, token: BatchTokenSource) {
    super(baseUrl);
    if (typeof token === "string") {
      if (token.trim() === "") throw new TypeError("token must be a non-empty string");
    } else if (typeof token !== "function" && !isTokenCredential(token)) {
      throw new TypeError(
        "token must be a string, a function returning a Promise<string>, or a TokenCredential",
      );
    }
    this.#source = token;
  }

  /**
   * The function that supplies a token for each request: the function given to the constructor, or
   * one resolving to the fixed token, or one asking the `TokenCredential` (through the cache).
   */
  get tokenProvider(): () => Promise<string> {
    const source = this.#source;
    return typeof source === "function" ? source : () => this.#token();
  }

  /** Sets `Authorization: Bearer …`. */
  override async signRequest(request: SignableRequest): Promise<void> {
    request.headers["authorization"] = `Bearer ${await this.#token()}`;
  }

  async #token(): Promise<string> {
    const source = this.#source;
    if (typeof source === "string") return source;
    if (typeof source === "function") {
      const token = await source();
      if (typeof token !== "string" || token === "")
        throw new TypeError("the token provider returned no token");
      return token;
    }
    if (this.#cached && this.#cached.expiresOnTimestamp - REFRESH_MARGIN_MS > Date.now()) {
      return this.#cached.token;
    }
    // Concurrent requests share one refresh instead of each asking the credential.
    this.#pending ??= fetchToken(source).finally(() => (this.#pending = undefined));
    this.#cached = await this.#pending;
    return this.#cached.token;
  }

  /** A description without the token. */
  override toString(): string {
    return `BatchTokenCredentials(${this.baseUrl})`;
  }

  /** JSON form without the token. */
  /** The non-secret parts, so that logging or serializing credentials never reveals a token. */
  toJSON(): CredentialsDescription {
    return { baseUrl: this.baseUrl };
  }

  /** `util.inspect` form without the token. */
  [inspect.custom](): string {
    return this.toString();
  }
}

async function fetchToken(credential: TokenCredential): Promise<AccessToken> {
  const token = await credential.getToken(BATCH_TOKEN_SCOPE);
  if (!token) throw new Error(`the token credential returned no token for scope ${BATCH_TOKEN_SCOPE}`);
  return token;
}
