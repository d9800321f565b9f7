/**
 * Names for HTTP status codes as Batch .NET prints them (the `HttpStatusCode` member names).
 * @module
 */

const NAMES: Readonly<Record<number, string>> = {
  200: "OK",
  201: "Created",
  202: "Accepted",
  204: "NoContent",
  206: "PartialContent",
  301: "MovedPermanently",
  302: "Found",
  304: "NotModified",
  400: "BadRequest",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  405: "MethodNotAllowed",
  406: "NotAcceptable",
  408: "RequestTimeout",
  409: "Conflict",
  410: "Gone",
  411: "LengthRequired",
  412: "PreconditionFailed",
  413: "RequestEntityTooLarge",
  414: "RequestUriTooLong",
  415: "UnsupportedMediaType",
  416: "RequestedRangeNotSatisfiable",
  429: "TooManyRequests",
  500: "InternalServerError",
  501: "NotImplemented",
  502: "BadGateway",
  503: "ServiceUnavailable",
  504: "GatewayTimeout",
  505: "HttpVersionNotSupported",
};

/** The .NET-style name of a status code (`409` → `Conflict`), or the number itself when unnamed. */
export function httpStatusName(status: number): string {
  return NAMES[status] ?? String(status);
}
