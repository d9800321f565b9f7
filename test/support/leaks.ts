/**
 * What counts as a leaked secret in test output and logs: the development account keys, SAS signatures,
 * Shared Key signatures and bearer tokens — each pattern matches the secret, never its redacted form.
 */
import { DEV_ACCOUNT_KEY } from "../../src/emulator/index.js";

/** Azurite's published development account key. */
export const AZURITE_ACCOUNT_KEY =
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

function literal(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}

const LEAKS: readonly [string, RegExp][] = [
  ["the local Batch service's development key", literal(DEV_ACCOUNT_KEY)],
  ["Azurite's account key", literal(AZURITE_ACCOUNT_KEY)],
  ["a SAS signature", /[?&]sig=(?!REDACTED)[^&\s"'<>]{16,}/i],
  ["a Shared Key signature", /SharedKey [^:\s"']+:[A-Za-z0-9+/]{20,}={0,2}/],
  ["a bearer token", /Bearer (?!REDACTED)[A-Za-z0-9._~+/-]{20,}/],
];

/** The kinds of secret found in `texts` (names only: the values are never repeated). */
export function findLeaks(texts: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const [name, pattern] of LEAKS) if (pattern.test(text)) found.add(name);
  return [...found];
}
