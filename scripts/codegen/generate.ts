/** Turns the swagger into the text of every generated file of `src/protocol/`; pure, so tests can compare it with the tree. */
import { emitModels } from "./emit-models.js";
import { emitOperations, emitRoutes, emitSchemas } from "./emit-routes.js";
import { readRoutes, type Swagger } from "./swagger.js";

/** The text of `api-version.generated.ts`: the contract's own version, the one place it is spelled. */
function emitApiVersion(swagger: Swagger, header: string): string {
  return `${header}
/** The REST api-version this package speaks (the pipeline sets it on every request). */
export const API_VERSION = ${JSON.stringify(swagger.info.version)};
`;
}

/** Repository path → content for every file under `src/protocol/` that the generator owns. */
export function generateProtocol(swagger: Swagger): Record<string, string> {
  const header = (what: string) =>
    `// generated — do not edit. Produced by scripts/codegen from BatchService.json (api-version ${swagger.info.version}): ${what}.\n`;
  const routes = readRoutes(swagger);
  return {
    "src/protocol/api-version.generated.ts": emitApiVersion(swagger, header("the api-version")),
    "src/protocol/models.generated.ts": emitModels(swagger, header("wire models")),
    "src/protocol/routes.generated.ts": emitRoutes(routes, header("the route table")),
    "src/protocol/schemas.generated.ts": emitSchemas(swagger, header("validation schemas")),
    "src/protocol/operations.generated.ts": emitOperations(
      swagger,
      routes,
      header("operation parameters and signatures"),
    ),
  };
}
