/**
 * The request pipeline: sending, retrying, errors, redaction and paging.
 * @module
 */
export type {
  HttpMethod,
  ResponseKind,
  RequestSigner,
  SignableRequest,
  InterceptedRequest,
  RequestOptions,
  PipelineRequest,
  PipelineResponse,
  HttpSender,
  // The object model's behavior class owns the name `RequestInterceptor` in the package's public surface.
  RequestInterceptor as HttpRequestInterceptor,
} from "./types.js";
export { HttpPipeline, type HttpPipelineOptions } from "./pipeline.js";
export {
  DEFAULT_TIMEOUT_MS,
  LONG_OPERATION_TIMEOUT_MS,
  DEFAULT_RETRY_DELTA_BACKOFF,
  DEFAULT_MAX_RETRIES,
  DEFAULT_LINEAR_MAX_BACKOFF,
} from "./defaults.js";
export { RetryDecision, OperationContext, RequestResult, type IRetryPolicy } from "./retry-decision.js";
export {
  BatchException,
  RequestTimeoutError,
  NetworkError,
  InvalidResponseError,
  createBatchException,
  type BatchError,
  type BatchErrorDetail,
  type ErrorMessage,
  type RequestInformation,
  type FailedResponse,
} from "./errors.js";
export {
  ExponentialRetry,
  LinearRetry,
  NoRetry,
  defaultRetryPolicy,
  isRetryableStatus,
  isTransientFailure,
} from "./retry-policies.js";
export { createPager, type Page, type Pager, type PageMapper } from "./paging.js";
export { redactUrl, redactHeaders, redactText, REDACTED } from "./redact.js";
export { httpStatusName } from "./status-names.js";
export { JSON_CONTENT_TYPE } from "./policies/content.js";
export { SDK_VERSION, buildUserAgent } from "./version.js";
export { logger } from "./logger.js";
