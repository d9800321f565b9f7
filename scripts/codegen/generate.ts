/** Turns the swagger into the text of every generated file; pure, so tests can compare it with the tree. */
import { emitModels } from "./emit-models.js";
import { emitOperations, emitRoutes, emitSchemas } from "./emit-routes.js";
import { API_VERSION, loadSwagger, readRoutes } from "./swagger.js";

const header = (what: string) =>
  `// generated — do not edit. Produced by scripts/codegen from BatchService.json (api-version ${API_VERSION}): ${what}.\n`;

/** File name → content for every file under `src/protocol/` that the generator owns. */
export function generate(swaggerFile: string): Record<string, string> {
  const swagger = loadSwagger(swaggerFile);
  const routes = readRoutes(swagger);
  return {
    "models.generated.ts": emitModels(swagger, header("wire models")),
    "routes.generated.ts": emitRoutes(routes, header("the route table")),
    "schemas.generated.ts": emitSchemas(swagger, header("validation schemas")),
    "operations.generated.ts": emitOperations(swagger, routes, header("operation parameters and signatures")),
  };
}
