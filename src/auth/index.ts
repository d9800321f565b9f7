/**
 * Authentication: Shared Key and bearer-token credentials.
 * @module
 */
export { BatchCredentials } from "./batch-credentials.js";
export {
  BatchSharedKeyCredentials,
  buildStringToSign,
  computeSharedKeySignature,
  type StringToSignInput,
} from "./shared-key.js";
export { BatchTokenCredentials, BATCH_TOKEN_SCOPE, type BatchTokenSource } from "./token.js";
export type { CredentialsDescription } from "./base-url.js";
