/**
 * azbatch: the Batch .NET object model for Node.js.
 *
 * Start with {@link BatchClient.open} and {@link BatchSharedKeyCredentials}; the REST layer underneath is
 * {@link ProtocolClient}, and its wire models are in the `Protocol` namespace. The local Batch service lives in
 * the separate entry point `azbatch/emulator`.
 * @module
 */
export * from "./auth/index.js";
export * from "./http/index.js";
export * from "./protocol/index.js";
export type * as Protocol from "./protocol/models.generated.js";
export type * as ProtocolOperations from "./protocol/operations.generated.js";
export * from "./objectmodel/index.js";
export * from "./storage/index.js";
