/**
 * Authentication policy.
 * @module
 */
import type { RequestPolicy } from "../outgoing.js";

/** Lets the credentials sign the final URL and wire headers (runs last, after every header is set). */
export const applySignature: RequestPolicy = async (request, { signer }) => {
  await signer.signRequest(request);
};
