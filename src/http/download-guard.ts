/**
 * Guards a streamed download after its attempt returned: an idle-read timeout and the caller's signal.
 * @module
 */
import { Transform, type Readable } from "node:stream";
import { RequestTimeoutError } from "./errors.js";

/**
 * Returns a stream carrying `body`'s bytes that errors with {@link RequestTimeoutError} when no byte
 * arrives for `idleTimeoutMs` while the reader wants more (a slow reader is not the server's stall),
 * and with the signal's reason when `signal` aborts. Either way the connection is destroyed.
 */
export function guardDownload(body: Readable, idleTimeoutMs: number, signal?: AbortSignal): Readable {
  let timer: NodeJS.Timeout | undefined;
  const guarded = new Transform({
    transform(chunk, _encoding, callback) {
      timer?.refresh();
      callback(null, chunk);
    },
  });
  const fail = (error: Error): void => {
    body.destroy(error);
    guarded.destroy(error);
  };
  timer = setTimeout(function onIdle() {
    if (guarded.readableLength >= guarded.readableHighWaterMark) timer = setTimeout(onIdle, idleTimeoutMs);
    else fail(new RequestTimeoutError(idleTimeoutMs));
  }, idleTimeoutMs);
  const onAbort = (): void =>
    fail(signal!.reason instanceof Error ? signal!.reason : new Error(String(signal!.reason)));
  signal?.addEventListener("abort", onAbort, { once: true });
  body.once("error", (error) => guarded.destroy(error));
  body.once("close", () => {
    if (!body.readableEnded && !guarded.destroyed) {
      guarded.destroy(body.errored ?? new Error("The response body closed before its end"));
    }
  });
  guarded.once("close", () => {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
    // A reader that gives up (destroys its stream) frees the connection too.
    if (!body.destroyed) body.destroy();
  });
  body.pipe(guarded);
  return guarded;
}
