/**
 * `BatchCredentials`: the base of the credential classes (Batch .NET `Auth.BatchCredentials`).
 * @module
 */
import type { RequestSigner, SignableRequest } from "../http/types.js";
import { parseBatchBaseUrl } from "./base-url.js";

/**
 * What every credential class has: the account endpoint it authenticates against and a way to sign
 * requests. `BatchClient.open` accepts any subclass.
 */
export abstract class BatchCredentials implements RequestSigner {
  /** The Batch account endpoint, e.g. `https://account.region.batch.azure.com`. */
  readonly baseUrl: string;

  /**
   * @param baseUrl The account endpoint (http or https).
   * @throws TypeError when it is not an absolute http(s) URL.
   */
  protected constructor(baseUrl: string) {
    parseBatchBaseUrl(baseUrl);
    this.baseUrl = baseUrl;
  }

  /** Adds the authentication headers to an outgoing request. */
  abstract signRequest(request: SignableRequest): Promise<void>;
}
