import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../scripts/codegen/generate.js";
import { repoRoot, sharedMissingReason, specDir } from "../support/shared.js";

describe.skipIf(!specDir)(`generated protocol layer ${specDir ? "" : `(${sharedMissingReason})`}`, () => {
  const outputs = specDir ? generate(join(specDir, "BatchService.json")) : {};

  it.each(Object.keys(outputs))("%s matches a fresh run of scripts/codegen", (name) => {
    const committed = readFileSync(join(repoRoot, "src", "protocol", name), "utf8");
    expect(committed === outputs[name], `${name} is stale: run npm run codegen`).toBe(true);
  });

  it("covers all 77 operations and every definition", async () => {
    const { routes } = await import("../../src/protocol/routes.generated.js");
    const { definitions } = await import("../../src/protocol/schemas.generated.js");
    const swagger = JSON.parse(readFileSync(join(specDir!, "BatchService.json"), "utf8"));
    expect(routes).toHaveLength(77);
    expect(Object.keys(definitions).sort()).toEqual(Object.keys(swagger.definitions).sort());
    expect(new Set(routes.map((r) => `${r.group}.${r.name}`)).size).toBe(77);
  });

  it("copies none of the contract's description prose", () => {
    const swagger = JSON.parse(readFileSync(join(specDir!, "BatchService.json"), "utf8"));
    const descriptions = new Set<string>();
    JSON.stringify(swagger, (key, value) => {
      if ((key === "description" || key === "title") && typeof value === "string" && value.length > 40)
        descriptions.add(value);
      return value;
    });
    const text = Object.values(outputs).join("\n");
    const copied = [...descriptions].filter((d) => text.includes(d));
    expect(copied).toEqual([]);
  });
});
