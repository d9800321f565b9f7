/**
 * Runs in every test file (vitest `setupFiles`): turns the SDK's logging on, keeps every log line and everything
 * the file writes to stdout/stderr, and fails the file when any of it carries a secret (see `leaks.ts`). The
 * secret itself is never printed. `AZBATCH_SECRET_SCAN=0` turns the scan off.
 */
import { AzureLogger, setLogLevel } from "@azure/logger";
import { format } from "node:util";
import { afterAll } from "vitest";
import { findLeaks } from "./leaks.js";

const seen: string[] = [];

if (process.env.AZBATCH_SECRET_SCAN !== "0") {
  const userLevel = process.env.AZURE_LOG_LEVEL;
  if (!userLevel) setLogLevel("verbose");
  const print = AzureLogger.log;
  AzureLogger.log = (...args: unknown[]) => {
    seen.push(format(...args));
    if (userLevel) print(...args);
  };
  // The test runner routes `console` around the process streams, so both are watched.
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      seen.push(format(...args));
      original(...args);
    };
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...a: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      seen.push(String(chunk));
      return write(chunk, ...rest);
    }) as typeof stream.write;
  }

  afterAll(() => {
    const found = findLeaks(seen);
    seen.length = 0;
    if (found.length > 0) {
      throw new Error(`This test file logged or printed ${found.join(", ")} (the value is not shown here).`);
    }
  });
}
