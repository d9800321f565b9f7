/**
 * Body policy: JSON serialization and the content headers that go with it.
 * @module
 */
import type { RequestPolicy } from "../outgoing.js";

/** The content type of every JSON request body. */
export const JSON_CONTENT_TYPE = "application/json; odata=minimalmetadata; charset=utf-8";

const METHODS_WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Serializes a JSON body and sets `Content-Type` and `Content-Length`. A body-less POST, PUT,
 * PATCH or DELETE sends (and signs) `Content-Length: 0`; GET and HEAD send none.
 */
export const applyContent: RequestPolicy = (request, { request: source }) => {
  if (source.body !== undefined) {
    request.body = Buffer.from(JSON.stringify(source.body), "utf8");
    request.headers["content-type"] ??= JSON_CONTENT_TYPE;
    request.headers["content-length"] = String(request.body.length);
  } else if (METHODS_WITH_BODY.has(request.method)) {
    request.headers["content-length"] = "0";
  }
};
