/**
 * Generates `src/emulator/generated/api-versions.generated.ts`: for every older api-version the
 * local service serves, how its wire schema differs from the contract the service is built on. Part
 * of `npm run codegen` (`scripts/codegen/index.ts`).
 *
 * Three versions are measured: an installed Batch npm client (a dev dependency) carries each one's
 * complete wire schema in its generated mappers and operation specs; nothing of their code is
 * copied, only property, type and operation names are compared. The versions between and before
 * them are derived: every change measured between two known versions is dated by the release notes
 * (`release-notes.ts`), or by the measurement itself when only one version fits, and a version's
 * difference is the set of changes made after it. The measured versions are derived the same way
 * and must come out exactly as measured, which checks the dates against the schemas.
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { Route, SchemaNode } from "../../src/protocol/route-types.js";
import { readRoutes, toSchemaNode, type Swagger } from "../codegen/swagger.js";
import type { OlderPropertyType as RemovedPropertyType } from "../../src/emulator/versions/difference.js";
import { FIRST_SERVED_IN, REMOVED_PROPERTY_TYPES } from "./release-notes.js";

const require = createRequire(import.meta.url);

/** Every stable api-version older than the contract that the service serves, oldest first. */
const OLDER_VERSIONS = [
  "2019-08-01.10.0",
  "2020-03-01.11.0",
  "2020-09-01.12.0",
  "2021-06-01.14.0",
  "2022-01-01.15.0",
  "2022-10-01.16.0",
  "2023-05-01.17.0",
  "2023-11-01.18.0",
  "2024-02-01.19.0",
] as const;

/** The installed client carrying each measured api-version's schema, and its mapper dialect. */
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
    readonly element?: Mapper;
  };
}

interface Operation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
}

/** One version's difference from the contract, as written into the generated table. */
interface Difference {
  source: string;
  missingDefinitions: string[];
  lacks: Record<string, string[]>;
  renames: Record<string, Record<string, string>>;
  extras: Record<string, Record<string, RemovedPropertyType>>;
  unwraps: Record<string, string>;
  lacksOperations: string[];
  extraOperations: Operation[];
}

function packageDir(pkg: string): string {
  return dirname(require.resolve(`${pkg}/package.json`));
}

/** The wire type of a mapper, as far as accepting an older-only property needs it. */
function wireType(mapper: Mapper): RemovedPropertyType {
  switch (mapper.type.name) {
    case "Number":
      return "number";
    case "Boolean":
      return "boolean";
    case "Composite":
    case "Dictionary":
    case "Object":
      return "object";
    case "Sequence":
      return mapper.type.element && wireType(mapper.type.element) === "string" ? "string[]" : "object[]";
    default:
      return "string";
  }
}

/** Wire properties (name → type) of every composite definition of a client, keyed by class name. */
function mapperProperties(pkg: string, dialect: string): Map<string, Map<string, RemovedPropertyType>> {
  const found = new Map<string, Map<string, RemovedPropertyType>>();
  const add = (mapper: Mapper | undefined) => {
    const props = mapper?.type?.modelProperties;
    const className = mapper?.type?.className;
    if (!props || !className) return;
    // Paged list envelopes name their items "" (the wire's `value`) and escape the next link's dot.
    const entries = Object.values(props).map((p): [string, RemovedPropertyType] => [
      p.serializedName === "" ? "value" : (p.serializedName ?? "").replace(/\\\./g, "."),
      wireType(p),
    ]);
    found.set(className, new Map(entries));
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

/** The contract every difference is measured against: its version, operations and definitions. */
interface Contract {
  readonly version: string;
  readonly routes: readonly Route[];
  readonly definitions: Readonly<Record<string, SchemaNode>>;
  /** The older versions and the contract's, oldest first. */
  readonly order: readonly string[];
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

function sourceName(pkg: string): string {
  return `${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`;
}

/** A measured version's difference from the contract, read from its installed client. */
function measure(contract: Contract, source: (typeof SOURCES)[number]): Difference {
  const { routes, definitions } = contract;
  const old = mapperProperties(source.pkg, source.dialect);
  const lacks: [string, string[]][] = [];
  const renames: [string, Record<string, string>][] = [];
  const extras: [string, Record<string, RemovedPropertyType>][] = [];
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
    const extra = [...before]
      .filter(([p]) => !current.has(p) && !Object.values(renamed).includes(p))
      .sort(([a], [b]) => a.localeCompare(b));
    if (lacking.length > 0) lacks.push([name, lacking]);
    if (Object.keys(renamed).length > 0) renames.push([name, renamed]);
    if (extra.length > 0) extras.push([name, Object.fromEntries(extra)]);
  }
  const ops = clientOperations(source.pkg, source.dialect);
  const known = new Set(ops.map((o) => pathKey(o.method, o.path)));
  const current = new Set(routes.map((r) => pathKey(r.method, r.path)));
  return {
    source: sourceName(source.pkg),
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

/**
 * A change between versions, keyed as in `release-notes.ts` (plus `~Definition.property` for a
 * rename and `=Definition` for an unwrapped envelope), with what the older side needs to know.
 */
type Changes = Map<string, RemovedPropertyType | Operation | string | undefined>;

/** The changes made after a version, read off its difference from the contract. */
function changesOf(d: Difference): Changes {
  const changes: Changes = new Map();
  for (const name of d.missingDefinitions) changes.set(`+${name}`, undefined);
  for (const [name, props] of Object.entries(d.lacks))
    for (const p of props) changes.set(`+${name}.${p}`, undefined);
  for (const [name, props] of Object.entries(d.extras))
    for (const [p, type] of Object.entries(props)) changes.set(`-${name}.${p}`, type);
  for (const [name, props] of Object.entries(d.renames))
    for (const [p, older] of Object.entries(props)) changes.set(`~${name}.${p}`, older);
  for (const [name, prop] of Object.entries(d.unwraps)) changes.set(`=${name}`, prop);
  for (const id of d.lacksOperations) changes.set(`+op ${id}`, undefined);
  for (const op of d.extraOperations) changes.set(`-op ${op.operationId}`, op);
  return changes;
}

/** Whether a version predates a change: it lists the change, or lacks the whole definition it touches. */
function predates(changes: Changes, key: string): boolean {
  if (changes.has(key)) return true;
  const property = /^\+(\w+)\.\w+$/.exec(key);
  return property !== null && changes.has(`+${property[1]}`);
}

/** Whether the contract agrees with a dated change: what was added is there, what was removed is not. */
function inContract(contract: Contract, key: string): boolean {
  const [, kind, name, prop] = /^([-+]|[-+]op )(\w+)(?:\.(\w+))?$/.exec(key) ?? [];
  const has =
    kind === "+op " || kind === "-op "
      ? contract.routes.some((r) => r.operationId === name)
      : prop === undefined
        ? name in contract.definitions
        : contractProperties(contract, name).has(prop);
  return kind !== undefined && has === kind.startsWith("+");
}

/** The version each change first appeared in: from the release notes, or the only version the measurements allow. */
function dateChanges(contract: Contract, measured: ReadonlyMap<string, Changes>): Map<string, string> {
  const { order } = contract;
  const dated = new Map<string, string>();
  for (const [version, keys] of Object.entries(FIRST_SERVED_IN)) {
    if (!order.includes(version)) throw new Error(`release notes: ${version} is not a served api-version`);
    for (const key of keys) {
      if (dated.has(key)) throw new Error(`release notes: ${key} is dated twice`);
      if (!inContract(contract, key))
        throw new Error(`release notes: ${key} does not match the ${contract.version} contract`);
      dated.set(key, version);
    }
  }
  const known: [number, Changes][] = [...measured].map(([v, c]): [number, Changes] => [order.indexOf(v), c]);
  known.push([order.length - 1, new Map()]);
  known.sort(([a], [b]) => a - b);
  const untagged: string[] = [];
  for (const key of new Set([...measured.values()].flatMap((c) => [...c.keys()]))) {
    // The change came after the last known version that predates it and by the next one that does not.
    const last = Math.max(...known.filter(([, c]) => predates(c, key)).map(([i]) => i));
    const next = known.find(([i, c]) => i > last && !predates(c, key))?.[0] ?? order.length - 1;
    const candidates = order.slice(last + 1, next + 1);
    if (dated.has(key)) continue;
    if (candidates.length === 1) dated.set(key, candidates[0]);
    else untagged.push(`${key} (one of ${candidates.join(", ")})`);
  }
  if (untagged.length > 0) {
    throw new Error(
      `release notes: date these changes in scripts/apiversions/release-notes.ts:\n  ${untagged.join("\n  ")}`,
    );
  }
  return dated;
}

/** A version's difference from the contract: every change made after it. */
function derive(
  order: readonly string[],
  version: string,
  dated: ReadonlyMap<string, string>,
  payloads: Changes,
  source: string,
): Difference {
  const after = [...dated].filter(([, v]) => order.indexOf(v) > order.indexOf(version)).map(([k]) => k);
  const missing = new Set(after.filter((k) => /^\+\w+$/.test(k)).map((k) => k.slice(1)));
  const lacks = new Map<string, string[]>();
  const renames = new Map<string, Record<string, string>>();
  const extras = new Map<string, Record<string, RemovedPropertyType>>();
  const unwraps = new Map<string, string>();
  const lacksOperations: string[] = [];
  const extraOperations: Operation[] = [];
  const payload = <T>(key: string, fallback?: T): T => {
    const found = payloads.get(key) ?? fallback;
    if (found === undefined) throw new Error(`apiversions: no installed client describes ${key}`);
    return found as T;
  };
  for (const key of after.sort()) {
    const [, kind, name, prop] = /^([-+~=]|[-+]op )(\w+)(?:\.(\w+))?$/.exec(key) ?? [];
    if (kind === "+op ") lacksOperations.push(name);
    else if (kind === "-op ") extraOperations.push(payload<Operation>(key));
    else if (kind === "=") unwraps.set(name, payload<string>(key));
    else if (kind === "~") renames.set(name, { ...renames.get(name), [prop]: payload<string>(key) });
    else if (kind === "-") {
      const type = payload<RemovedPropertyType>(key, REMOVED_PROPERTY_TYPES[`${name}.${prop}`]);
      extras.set(name, { ...extras.get(name), [prop]: type });
    } else if (kind === "+" && prop !== undefined && !missing.has(name)) {
      lacks.set(name, [...(lacks.get(name) ?? []), prop]);
    } else if (kind === undefined) throw new Error(`release notes: cannot read the change key ${key}`);
  }
  const sortProps = <T extends object>(m: Map<string, T>) =>
    sortedRecord(
      [...m].map(([k, v]): [string, T] => [
        k,
        Array.isArray(v) ? (v.sort() as T) : (sortedRecord(Object.entries(v)) as T),
      ]),
    );
  return {
    source,
    missingDefinitions: [...missing].sort(),
    lacks: sortProps(lacks),
    renames: sortProps(renames),
    extras: sortProps(extras),
    unwraps: sortedRecord(unwraps),
    lacksOperations: lacksOperations.sort(),
    extraOperations: extraOperations.sort((a, b) => a.operationId.localeCompare(b.operationId)),
  };
}

function table(contract: Contract): Record<string, Difference> {
  const measured = new Map<string, Difference>(SOURCES.map((s) => [s.version, measure(contract, s)]));
  const changes = new Map([...measured].map(([v, d]) => [v, changesOf(d)]));
  const payloads: Changes = new Map([...changes.values()].flatMap((c) => [...c]));
  const dated = dateChanges(contract, changes);
  const derivedFrom = `${SOURCES.map((s) => sourceName(s.pkg)).join(", ")} and the release notes`;
  const result: Record<string, Difference> = {};
  for (const version of OLDER_VERSIONS) {
    const exact = measured.get(version);
    const derived = derive(contract.order, version, dated, payloads, exact?.source ?? derivedFrom);
    if (exact && !isDeepStrictEqual(derived, exact)) {
      throw new Error(`release notes: the dates do not reproduce the measured schema of ${version}`);
    }
    result[version] = derived;
  }
  return result;
}

/** Repository path → content of the generated difference table, compared with the given contract. */
export function generateApiVersions(swagger: Swagger): Record<string, string> {
  const version = swagger.info.version;
  const contract: Contract = {
    version,
    routes: readRoutes(swagger),
    definitions: Object.fromEntries(
      Object.entries(swagger.definitions).map(([name, schema]) => [name, toSchemaNode(schema)]),
    ),
    order: [...OLDER_VERSIONS, version],
  };
  const text = [
    "// generated — do not edit. Produced by scripts/apiversions/generate.ts from the Batch clients in devDependencies and scripts/apiversions/release-notes.ts.",
    "/**",
    ` * How each older api-version's wire schema differs from ${version}.`,
    " * @module",
    " */",
    'import type { ApiVersionDifference } from "../versions/difference.js";',
    "",
    `/** Per api-version: what it lacks, renames, adds and answers unwrapped, compared with ${version}. */`,
    `export const API_VERSION_DIFFERENCES: Readonly<Record<string, ApiVersionDifference>> = ${JSON.stringify(table(contract), null, 2)};`,
    "",
  ].join("\n");
  return { "src/emulator/generated/api-versions.generated.ts": text };
}
