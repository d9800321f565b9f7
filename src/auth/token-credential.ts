/**
 * Recognizing an `@azure/core-auth` `TokenCredential` without loading that package: its runtime
 * (and the packages it pulls in) would add to every cold `import("azbatch")`, for a type check.
 * @module
 */
import type { TokenCredential } from "@azure/core-auth";

/**
 * True for a `TokenCredential`: an object with a `getToken` method. An object that also has a
 * `signRequest` method (older service-client credentials, or these credentials' own classes) counts
 * only when its `getToken` declares parameters, as `@azure/core-auth` decides it.
 */
export function isTokenCredential(value: unknown): value is TokenCredential {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return false;
  const candidate = value as { getToken?: unknown; signRequest?: unknown };
  return (
    typeof candidate.getToken === "function" &&
    (candidate.signRequest === undefined || candidate.getToken.length > 0)
  );
}
