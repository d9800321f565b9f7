/**
 * Generates `src/emulator/generated/api-versions.generated.ts`: for each older api-version whose
 * complete wire schema an installed Batch npm client carries (in its generated mappers and operation
 * specs), how it differs from the contract the local service is built on. Part of `npm run codegen`
 * (`scripts/codegen/index.ts`).
 *
 * The clients are dev dependencies (see package.json); nothing of their code is copied, only the
 * property and operation names are compared.
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Route, SchemaNode } from "../../src/protocol/route-types.js";
import { readRoutes, toSchemaNode, type Swagger } from "../codegen/swagger.js";

const require = createRequire(import.meta.url);

/** The installed client carrying each api-version's schema, and its mapper dialect. */
const SOURCES = [
  { version: "2020-03-01.11.0", pkg: "azure-batch", dialect: "ms-rest" },
  { version: "2020-09-01.12.0", pkg: "azure-batch-api-2020-09", dialect: "ms-rest-js" },
  { version: "2022-10-01.16.0", pkg: "@azure/batch", dialect: "ms-rest-js" },
] as const;

/** Properties that changed name between versions (same meaning and type): older name → 2024-07 name. */
const RENAMES: Readonly<Record<string, string>> = { maxTasksPerNode: "taskSlotsPerNode" };

/**
 * Definitions older versions answer without their envelope: when a version lacks the definition, the
 * operation answers the named property's value instead (the flat task counts before 2020-09).
 */
const UNWRAPS: Readonly<Record<string, string>> = { TaskCountsResult: "taskCounts" };

interface Mapper {
  readonly serializedName?: string;
  readonly type: {
    readonly name: string;
    readonly className?: string;
    readonly modelProperties?: Record<string, Mapper>;
  };
}

interface Operation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
}

function packageDir(pkg: string): string {
  return dirname(require.resolve(`${pkg}/package.json`));
}

/** Wire property names of every composite definition of a client, keyed by class name. */
function mapperProperties(pkg: string, dialect: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const add = (mapper: Mapper | undefined) => {
    const props = mapper?.type?.modelProperties;
    const className = mapper?.type?.className;
    if (!props || !className) return;
    // Paged list envelopes name their items "" (the wire's `value`) and escape the next link's dot.
    const names = Object.values(props).map((p) =>
      p.serializedName === "" ? "value" : (p.serializedName ?? "").replace(/\\\./g, "."),
    );
    found.set(className, new Set(names));
  };
  if (dialect === "ms-rest") {
    const models = require(`${pkg}/lib/models`) as Record<string, unknown>;
    for (const model of Object.values(models)) {
      if (typeof model !== "function") continue;
      const instance = new (model as new () => { mapper?: () => Mapper })();
      if (typeof instance.mapper === "function") add(instance.mapper());
    }
  } else {
    const client = require(pkg) as { BatchServiceMappers: Record<string, Mapper> };
    for (const mapper of Object.values(client.BatchServiceMappers)) add(mapper);
  }
  return found;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The operations (method, path) of a client, named `<Group>_<Method>` as the contract names them. */
function clientOperations(pkg: string, dialect: string): Operation[] {
  const dir = packageDir(pkg);
  const ops: Operation[] = [];
  if (dialect === "ms-rest") {
    const opsDir = join(dir, "lib", "operations");
    for (const file of readdirSync(opsDir).filter((f) => f.endsWith(".js") && f !== "index.js")) {
      const group = capitalize(file.replace(/\.js$/, ""));
      for (const chunk of readFileSync(join(opsDir, file), "utf8")
        .split(/\nfunction _/)
        .slice(1)) {
        const name = /^(\w+)\(/.exec(chunk)?.[1];
        const path = /requestUrl = baseUrl \+ \(baseUrl\.endsWith\('\/'\) \? '' : '\/'\) \+ '([^']+)'/.exec(
          chunk,
        )?.[1];
        const method = /httpRequest\.method = '(\w+)'/.exec(chunk)?.[1];
        if (name && path && method && !name.endsWith("Next"))
          ops.push({ operationId: `${group}_${capitalize(name)}`, method, path: `/${path}` });
      }
    }
  } else {
    const text = readFileSync(join(dir, "dist", "batch.js"), "utf8");
    let group = "";
    const pattern =
      /(?:class (\w+) \{|var (\w+) = \/\*\* @class \*\/)|(?:const|var) (\w+)OperationSpec(?:\$\d+)? = \{\s*httpMethod: "(\w+)",(?:\s*baseUrl: "[^"]*",)?\s*path: "([^"]+)"/g;
    for (const m of text.matchAll(pattern)) {
      if (m[1] || m[2]) group = m[1] ?? m[2];
      else if (!m[3].endsWith("Next"))
        ops.push({ operationId: `${group}_${capitalize(m[3])}`, method: m[4], path: `/${m[5]}` });
    }
  }
  return ops;
}

/** The contract the older versions are compared with. */
interface Contract {
  readonly routes: readonly Route[];
  readonly definitions: Readonly<Record<string, SchemaNode>>;
}

/** Wire properties of a contract definition, including those it takes from `allOf`. */
function contractProperties(contract: Contract, name: string): Set<string> {
  const node = contract.definitions[name] as SchemaNode | undefined;
  if (!node || !("type" in node) || node.type !== "object") return new Set();
  const props = new Set(Object.keys(node.properties ?? {}));
  for (const base of node.allOf ?? []) for (const p of contractProperties(contract, base)) props.add(p);
  return props;
}

function pathKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.toLowerCase().replace(/\{[^}]+\}/g, "{}")}`;
}

function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)));
}

function difference(contract: Contract, source: (typeof SOURCES)[number]): unknown {
  const { routes, definitions } = contract;
  const old = mapperProperties(source.pkg, source.dialect);
  const lacks: [string, string[]][] = [];
  const renames: [string, Record<string, string>][] = [];
  const extras: [string, string[]][] = [];
  const missingDefinitions: string[] = [];
  for (const name of Object.keys(definitions).sort()) {
    const current = contractProperties(contract, name);
    if (current.size === 0) continue;
    const before = old.get(name);
    if (!before) {
      missingDefinitions.push(name);
      continue;
    }
    const renamed: Record<string, string> = {};
    for (const [from, to] of Object.entries(RENAMES)) {
      if (before.has(from) && !before.has(to) && current.has(to) && !current.has(from)) renamed[to] = from;
    }
    const lacking = [...current].filter((p) => !before.has(p) && !(p in renamed)).sort();
    const extra = [...before].filter((p) => !current.has(p) && !Object.values(renamed).includes(p)).sort();
    if (lacking.length > 0) lacks.push([name, lacking]);
    if (Object.keys(renamed).length > 0) renames.push([name, renamed]);
    if (extra.length > 0) extras.push([name, extra]);
  }
  const ops = clientOperations(source.pkg, source.dialect);
  const known = new Set(ops.map((o) => pathKey(o.method, o.path)));
  const current = new Set(routes.map((r) => pathKey(r.method, r.path)));
  return {
    source: `${source.pkg}@${(require(`${source.pkg}/package.json`) as { version: string }).version}`,
    missingDefinitions,
    lacks: sortedRecord(lacks),
    renames: sortedRecord(renames),
    extras: sortedRecord(extras),
    unwraps: sortedRecord(Object.entries(UNWRAPS).filter(([d]) => missingDefinitions.includes(d))),
    lacksOperations: routes
      .filter((r) => !known.has(pathKey(r.method, r.path)))
      .map((r) => r.operationId)
      .sort(),
    extraOperations: ops
      .filter((o) => !current.has(pathKey(o.method, o.path)))
      .sort((a, b) => a.operationId.localeCompare(b.operationId)),
  };
}

/** Repository path → content of the generated difference table, compared with the given contract. */
export function generateApiVersions(swagger: Swagger): Record<string, string> {
  const contract: Contract = {
    routes: readRoutes(swagger),
    definitions: Object.fromEntries(
      Object.entries(swagger.definitions).map(([name, schema]) => [name, toSchemaNode(schema)]),
    ),
  };
  const version = swagger.info.version;
  const table = Object.fromEntries(SOURCES.map((s) => [s.version, difference(contract, s)]));
  const text = [
    "// generated — do not edit. Produced by scripts/apiversions/generate.ts from the Batch clients in devDependencies.",
    "/**",
    ` * How each older api-version's wire schema differs from ${version}.`,
    " * @module",
    " */",
    'import type { ApiVersionDifference } from "../versions/difference.js";',
    "",
    `/** Per api-version: what it lacks, renames, adds and answers unwrapped, compared with ${version}. */`,
    `export const API_VERSION_DIFFERENCES: Readonly<Record<string, ApiVersionDifference>> = ${JSON.stringify(table, null, 2)};`,
    "",
  ].join("\n");
  return { "src/emulator/generated/api-versions.generated.ts": text };
}
