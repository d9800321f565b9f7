/**
 * Locates `../shared` (the REST contract, the recordings and the tutorial inputs) beside the repository.
 * Tests that need it are skipped, with a message saying why, when it is absent (a user's fresh clone).
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { API_VERSION } from "../../src/protocol/api-version.generated.js";

/** Root of the repository. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** `../shared` beside the repository, or `undefined` when it is not there. */
export const sharedDir: string | undefined = (() => {
  const dir = join(repoRoot, "..", "shared");
  return existsSync(join(dir, "spec")) ? dir : undefined;
})();

/** Folder of the swagger the package is generated from and its examples. */
export const specDir = sharedDir && join(sharedDir, "spec", `batch-${API_VERSION}`);

/** Folder of the recorded sessions of the real service. */
export const recordingsDir = sharedDir && join(sharedDir, "recordings", "batch-js-node");

/** Why a shared-data test is skipped, printed once by the suites that need it. */
export const sharedMissingReason =
  "skipped: ../shared (REST contract and recordings) is not beside the repository";

if (!sharedDir) console.warn(sharedMissingReason);
