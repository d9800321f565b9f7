import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSwagger, readRoutes } from "../../scripts/codegen/swagger.js";
import { generateAll, type GeneratedFiles } from "../../scripts/codegen/pipeline.js";
import { API_VERSION } from "../../src/protocol/api-version.generated.js";
import { routes } from "../../src/protocol/routes.generated.js";
import { definitions } from "../../src/protocol/schemas.generated.js";
import { repoRoot, sharedMissingReason, specDir } from "../support/shared.js";

/** Every `*.generated.ts` committed under the given folders, as repository paths. */
function committedGeneratedFiles(...folders: string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(repoRoot, folder), { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".generated.ts"))
      .map((name) =>
        relative(repoRoot, join(repoRoot, folder, name))
          .split("\\")
          .join("/"),
      ),
  );
}

describe("npm run codegen", () => {
  let generated: GeneratedFiles;
  beforeAll(async () => {
    generated = await generateAll();
  }, 120_000);

  it("regenerates every committed generated file to its committed text", () => {
    const stale = Object.entries(generated.files)
      .filter(([path, text]) => readFileSync(join(repoRoot, path), "utf8") !== text)
      .map(([path]) => path);
    expect(stale, "stale: run npm run codegen").toEqual([]);
  });

  it.skipIf(!specDir)(
    `owns every generated file of the repository ${specDir ? "" : sharedMissingReason}`,
    () => {
      expect(generated.skipped).toBeUndefined();
      expect(Object.keys(generated.files).sort()).toEqual(committedGeneratedFiles("src", "test").sort());
    },
  );
});

describe.skipIf(!specDir)(`generated protocol layer ${specDir ? "" : `(${sharedMissingReason})`}`, () => {
  const swagger = specDir ? loadSwagger(join(specDir, "BatchService.json")) : undefined;

  it("takes the api-version from the contract", () => {
    expect(API_VERSION).toBe(swagger!.info.version);
  });

  it("expands the compact route table to exactly the contract's operations", () => {
    expect(JSON.stringify(routes)).toBe(JSON.stringify(readRoutes(swagger!)));
  });

  it("writes the route table compactly: each parameter once, one line per operation", () => {
    const text = readFileSync(join(repoRoot, "src/protocol/routes.generated.ts"), "utf8");
    for (const route of routes) {
      expect(text.split("\n").filter((line) => line.startsWith(`    ${route.operationId}: [`))).toHaveLength(
        1,
      );
    }
    expect(text.match(/wireName: "client-request-id"/g)).toHaveLength(1);
    expect(text.split("\n").length).toBeLessThan(200);
  });

  it("covers all 77 operations and every definition", () => {
    expect(routes).toHaveLength(77);
    expect(Object.keys(definitions).sort()).toEqual(Object.keys(swagger!.definitions).sort());
    expect(new Set(routes.map((r) => `${r.group}.${r.name}`)).size).toBe(77);
  });

  it("copies none of the contract's description prose", () => {
    const descriptions = new Set<string>();
    JSON.stringify(swagger, (key, value) => {
      if ((key === "description" || key === "title") && typeof value === "string" && value.length > 40)
        descriptions.add(value);
      return value;
    });
    const text = committedGeneratedFiles("src")
      .map((path) => readFileSync(join(repoRoot, path), "utf8"))
      .join("\n");
    const copied = [...descriptions].filter((d) => text.includes(d));
    expect(copied).toEqual([]);
  });
});
