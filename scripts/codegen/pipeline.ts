/**
 * Every generator of the repository behind one call, so one `npm run codegen` regenerates all generated
 * files and one `--check` verifies them: the protocol layer, the object model and the api-version
 * difference table from the REST contract, and the .NET surface table from its name list.
 */
import { generateApiVersions } from "../apiversions/generate.js";
import { generateSurface } from "../surface/generate.js";
import { generateProtocol } from "./generate.js";
import { findSwagger, loadSwagger } from "./swagger.js";

/** What one run of the pipeline produced. */
export interface GeneratedFiles {
  /** Repository path (with `/`) → content, for every file the generators own. */
  readonly files: Record<string, string>;
  /** Why generators were left out: the REST contract is not beside the repository. */
  readonly skipped?: string;
}

/** Runs every generator; those that read the REST contract are skipped when `../shared/spec` is absent. */
export async function generateAll(): Promise<GeneratedFiles> {
  const surface = await generateSurface();
  const swaggerFile = findSwagger();
  if (!swaggerFile) {
    return { files: surface, skipped: "../shared/spec is not beside the repository" };
  }
  const swagger = loadSwagger(swaggerFile);
  // imported here because loading it reads the contract
  const { generateObjectModel } = await import("../objectmodel/generate.js");
  return {
    files: {
      ...generateProtocol(swagger),
      ...(await generateObjectModel()),
      ...generateApiVersions(swagger),
      ...surface,
    },
  };
}
