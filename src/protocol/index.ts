/**
 * The generated REST layer: the route table and the protocol client. Wire models are exported as the
 * `Protocol` namespace from the package root so their names do not clash with the object model's.
 * @module
 */
export {
  ProtocolClient,
  buildRequest,
  type OperationParameters,
  type ProtocolClientOptions,
} from "./client.js";
export type { OperationOptions, OperationResponse, ResponseHeaders } from "./operation-types.js";
export { parseResponseHeaders } from "./response-headers.js";
export type { ProtocolOperationGroups } from "./operations.generated.js";
export type {
  ArraySchema,
  BooleanSchema,
  NumberSchema,
  ObjectSchema,
  ParameterKind,
  ParameterLocation,
  Route,
  RouteParameter,
  SchemaNode,
  SchemaRef,
  StringSchema,
} from "./route-types.js";
export { routes } from "./routes.generated.js";
export { definitions } from "./schemas.generated.js";
export { API_VERSION } from "./api-version.generated.js";
