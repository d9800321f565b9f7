/**
 * Reads and parses request bodies: size limit, JSON syntax, and the operation's body schema.
 * @module
 */
import type { IncomingMessage } from "node:http";
import type { Route } from "../../protocol/route-types.js";
import { BatchServiceError } from "../errors.js";

/** The service refuses request bodies above 1 MB. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Reads the whole body; 413 `RequestBodyTooLarge` past {@link MAX_BODY_BYTES} (the rest is drained, not buffered). */
export function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on("end", () => {
      if (tooLarge) {
        reject(
          new BatchServiceError(
            413,
            "RequestBodyTooLarge",
            "The request body is larger than the service accepts.",
            [{ key: "MaxLimit", value: String(MAX_BODY_BYTES) }],
          ),
        );
      } else resolve(Buffer.concat(chunks));
    });
    request.on("error", reject);
  });
}

function invalidBody(reason: string): BatchServiceError {
  return new BatchServiceError(400, "InvalidRequestBody", "The request body is not valid.", [
    { key: "Reason", value: reason },
  ]);
}

/** The body parameter of an operation, if it takes one. */
export function bodyParameter(route: Route): Route["parameters"][number] | undefined {
  return route.parameters.find((p) => p.in === "body");
}

/**
 * Parses the JSON body of an operation that takes one; `undefined` for operations without a body
 * parameter (any content is ignored there, as the service does). Malformed JSON or a non-object
 * gets 400 `InvalidRequestBody`; a missing required body gets 400 `MissingRequiredProperty`… via the caller's schema check.
 */
export function parseBody(route: Route, raw: Buffer): unknown {
  const param = bodyParameter(route);
  if (!param) return undefined;
  const text = raw.toString("utf8").trim();
  if (text === "") {
    if (param.required) throw invalidBody("The operation requires a request body.");
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidBody("The request body is not well-formed JSON.");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw invalidBody("The request body must be a JSON object.");
  }
  return parsed;
}
