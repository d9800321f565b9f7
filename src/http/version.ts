/**
 * The SDK's identity on the wire.
 * @module
 */
import { arch, platform } from "node:os";
import packageJson from "../../package.json" with { type: "json" };

/** The package version. */
export const SDK_VERSION: string = packageJson.version;

/** `azbatch/<version> Node.js/<version> (<platform>; <arch>)`, plus the caller's suffix. */
export function buildUserAgent(suffix?: string): string {
  const base = `azbatch/${SDK_VERSION} Node.js/${process.versions.node} (${platform()}; ${arch()})`;
  return suffix ? `${base} ${suffix}` : base;
}
