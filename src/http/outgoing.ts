/**
 * The request as the pipeline's policies build it up.
 * @module
 */
import type { HttpMethod, PipelineRequest, RequestOptions, RequestSigner, ResponseKind } from "./types.js";

/** A request being prepared for the wire. Header names are lower case once the request policies ran. */
export interface OutgoingRequest {
  method: HttpMethod;
  url: URL;
  headers: Record<string, string>;
  /** Serialized body, when there is one. */
  body?: Buffer;
  /** Per-attempt client timeout in milliseconds. */
  timeoutMs: number;
  readonly responseKind: ResponseKind;
}

/** What a policy may consult besides the request itself. */
export interface PolicyContext {
  readonly request: PipelineRequest;
  readonly options: RequestOptions;
  readonly signer: RequestSigner;
  readonly userAgent: string;
}

/** One step that prepares a request; the pipeline runs them in order. */
export type RequestPolicy = (request: OutgoingRequest, context: PolicyContext) => void | Promise<void>;
