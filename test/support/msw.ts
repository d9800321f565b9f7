/**
 * Starts an msw server for a test file: listening before all tests, handlers reset after each,
 * closed after all. Unhandled requests fail the test.
 */
import { afterAll, afterEach, beforeAll } from "vitest";
import { setupServer, type SetupServer } from "msw/node";
import type { RequestHandler } from "msw";

/** The base URL tests use for a fake Batch account (msw intercepts it; nothing leaves the process). */
export const TEST_BATCH_URL = "https://testaccount.westus.batch.azure.com";

/** Registers lifecycle hooks for an msw server with the given initial handlers and returns it. */
export function useMswServer(...handlers: RequestHandler[]): SetupServer {
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}
