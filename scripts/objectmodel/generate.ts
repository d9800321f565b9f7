/**
 * Generates the object model's enums, value types and entity property bases
 * (`src/objectmodel/generated/{enums,values,entity-properties}.generated.ts`) from the REST contract
 * plus the name table in `names.ts`. Part of `npm run codegen` (`scripts/codegen/index.ts`); importing
 * this module reads the contract.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { findSwagger } from "../codegen/swagger.js";
import {
  clientEnums,
  clientWritableTypes,
  constructorForms,
  definitionPropertyNames,
  emptyListMembers,
  enumMemberNames,
  enumNames,
  entities,
  externalTypes,
  positionalArguments,
  propertyNames,
  resultTypes,
  staticFactories,
  typeNames,
} from "./names.js";

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: string[];
  "x-ms-enum"?: { name: string; values?: { value: string; name?: string }[] };
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  readOnly?: boolean;
  required?: string[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const specPath = findSwagger();
if (!specPath) throw new Error("object model: no contract in ../shared/spec to generate from");
const outDir = "src/objectmodel/generated";
const definitions = (JSON.parse(readFileSync(specPath, "utf8")) as { definitions: Record<string, Schema> })
  .definitions;
const HEADER =
  "// generated — do not edit. Produced by scripts/objectmodel/generate.ts from BatchService.json and scripts/objectmodel/names.ts.\n";

const refName = (schema: Schema): string | undefined => schema.$ref?.split("/").pop();
const className = (definition: string): string => typeNames[definition] ?? definition;
const pascal = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const isEnumDefinition = (definition: string): boolean => definitions[definition]?.enum !== undefined;
const enumName = (restName: string): string => enumNames[restName] ?? restName;

// ---- enums ---------------------------------------------------------------------------------------

const enums = new Map<string, readonly { value: string; name: string; doc?: string }[]>(
  Object.entries(clientEnums),
);
function collectEnums(schema: Schema): void {
  if (schema.enum && schema["x-ms-enum"]) {
    const restName = schema["x-ms-enum"].name;
    const name = enumName(restName);
    if (!enums.has(name) && !externalTypes[restName]) {
      enums.set(name, [
        ...schema.enum.map((value, i) => ({
          value,
          name: enumMemberNames[restName]?.[value] ?? pascal(schema["x-ms-enum"]?.values?.[i]?.name ?? value),
        })),
        ...(emptyListMembers[restName] ?? []),
      ]);
    }
  }
  for (const child of [...Object.values(schema.properties ?? {}), ...(schema.items ? [schema.items] : [])]) {
    collectEnums(child);
  }
}
for (const schema of Object.values(definitions)) collectEnums(schema);

function enumsFile(): string {
  let out =
    HEADER +
    "/**\n * Enumerations of the object model: `as const` objects keyed by Batch .NET member names, whose values\n * are the wire values, plus a union type of those values.\n * @module\n */\n";
  for (const [name, members] of [...enums].sort(([a], [b]) => a.localeCompare(b))) {
    out += `\n/** Values of \`${name}\` (Batch .NET enum \`${name}\`). */\nexport const ${name} = {\n`;
    for (const member of members)
      out += `  /** ${member.doc ?? `Wire value \`${member.value}\`.`} */\n  ${member.name}: ${JSON.stringify(member.value)},\n`;
    out += `} as const;\n/** A wire value of {@link ${name}}. */\nexport type ${name} = (typeof ${name})[keyof typeof ${name}];\n`;
  }
  return out;
}

// ---- property model ------------------------------------------------------------------------------

/**
 * Access of a property in one binding state. While bound, `"write"` properties are sent by both
 * `commit()` and `commitChanges()`, `"patch"` ones by `commitChanges()` alone.
 */
type Access = "none" | "read" | "patch" | "write";

interface Property {
  name: string;
  wire: string;
  schema: Schema;
  unbound: Access;
  bound: Access;
  /** The service always sends it (the response definition's `required` list): the getter is not optional. */
  alwaysSent: boolean;
}

function objectName(definition: string, wire: string): string {
  return definitionPropertyNames[definition]?.[wire] ?? propertyNames[wire] ?? wire;
}

/** Converter expression and TypeScript types (get, set) of a schema. */
function describe(schema: Schema): { converter: string; get: string; set: string; refs: string[] } {
  const ref = refName(schema);
  if (ref !== undefined) {
    if (externalTypes[ref]?.converter) {
      return { converter: externalTypes[ref].converter!, get: ref, set: `${ref} | ${ref}Init`, refs: [] };
    }
    if (isEnumDefinition(ref)) return describe(definitions[ref]);
    const name = className(ref);
    const setType = writable.has(ref) ? `${name} | ${name}Init` : name;
    return { converter: `{ kind: "value", type: () => ${name} }`, get: name, set: setType, refs: [ref] };
  }
  if (schema.type === "array") {
    const item = describe(schema.items!);
    const restEnum = (schema.items!.$ref ? definitions[refName(schema.items!)!] : schema.items!)["x-ms-enum"]
      ?.name;
    const omitted = (emptyListMembers[restEnum ?? ""] ?? []).map((m) => m.value);
    const omit = omitted.length > 0 ? `, omit: ${JSON.stringify(omitted)}` : "";
    return {
      converter: `{ kind: "array", item: ${item.converter}${omit} }`,
      get: `${wrap(item.get)}[]`,
      set: `readonly ${wrap(item.set)}[]`,
      refs: item.refs,
    };
  }
  if (schema.type === "string") {
    if (schema.format === "date-time") return { converter: "DATE", get: "Date", set: "Date", refs: [] };
    if (schema.format === "duration")
      return { converter: "DURATION", get: "number", set: "number", refs: [] };
    const restEnum = schema["x-ms-enum"]?.name;
    const type = restEnum === undefined ? "string" : enumName(restEnum);
    return { converter: "SCALAR", get: type, set: type, refs: [] };
  }
  // OData sends Int64 values as JSON strings.
  if (schema.type === "integer" && schema.format === "int64")
    return { converter: "INT64", get: "number", set: "number", refs: [] };
  if (schema.type === "integer" || schema.type === "number")
    return { converter: "SCALAR", get: "number", set: "number", refs: [] };
  if (schema.type === "boolean") return { converter: "SCALAR", get: "boolean", set: "boolean", refs: [] };
  const mapType =
    typeof schema.additionalProperties === "object" && schema.additionalProperties.type === "string"
      ? "Record<string, string>"
      : "Record<string, unknown>";
  return { converter: "MAP", get: mapType, set: mapType, refs: [] };
}
const wrap = (type: string): string => (type.includes("|") ? `(${type})` : type);

function reachable(starts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (schema: Schema | undefined): void => {
    if (!schema) return;
    const ref = refName(schema);
    if (ref !== undefined) {
      if (seen.has(ref) || isEnumDefinition(ref) || externalTypes[ref]) return;
      seen.add(ref);
      for (const child of Object.values(definitions[ref].properties ?? {})) visit(child);
      return;
    }
    visit(schema.items);
    for (const child of Object.values(schema.properties ?? {})) visit(child);
  };
  for (const start of starts) {
    for (const child of Object.values(definitions[start].properties ?? {})) visit(child);
  }
  return seen;
}

const requestBodies = (e: (typeof entities)[string]): (string | undefined)[] => [e.add, e.replace, e.patch];
const entityDefinitions = new Set(
  Object.values(entities)
    .flatMap((e) => [e.get, ...requestBodies(e)])
    .filter(Boolean) as string[],
);
/** Definitions of the properties an entity's create request carries beyond its add definition. */
const addExtraDefinitions = Object.values(entities).flatMap((e) =>
  (e.addExtras ?? []).map((wire) => refName(definitions[e.get!].properties![wire])!),
);
const writable = new Set([
  ...reachable(Object.values(entities).flatMap(requestBodies).filter(Boolean) as string[]),
  ...reachable([...addExtraDefinitions, ...clientWritableTypes]),
  ...addExtraDefinitions,
  ...clientWritableTypes,
]);
const valueTypes = new Set([...reachable([...entityDefinitions, ...resultTypes]), ...resultTypes]);
for (const name of Object.keys(entities)) valueTypes.delete(name);

// ---- value types -----------------------------------------------------------------------------------

function valueProperties(definition: string): Property[] {
  const isWritable = writable.has(definition);
  const required = new Set(definitions[definition].required ?? []);
  return Object.entries(definitions[definition].properties ?? {}).map(([wire, schema]) => {
    // The swagger's readOnly fields are the service's to fill in, even inside a writable value.
    const access = isWritable && !schema.readOnly ? "write" : "read";
    return {
      name: objectName(definition, wire),
      wire,
      schema,
      unbound: access,
      bound: access,
      // A value the client builds may lack a required field until it is sent; a reported one never does.
      alwaysSent: !isWritable && required.has(wire),
    };
  });
}

function entityProperties(entity: string): Property[] {
  const { get, add, addExtras = [], replace, patch } = entities[entity];
  const props = (definition: string | undefined) => definitions[definition ?? ""]?.properties ?? {};
  const inGet = props(get);
  const inAdd = new Set([...Object.keys(props(add)), ...addExtras]);
  const inReplace = props(replace);
  const inPatch = props(patch);
  const wires = [...new Set([...Object.keys(inGet), ...inAdd])];
  return wires.map((wire) => {
    // One bound access per property must describe both commits: a field only `commit()` could send
    // would be lost by `commitChanges()`, which this table cannot express.
    if (patch !== undefined && wire in inReplace && !(wire in inPatch)) {
      throw new Error(`${entity}.${wire}: in ${replace} but not in ${patch}`);
    }
    const bound: Access =
      wire in inReplace ? "write" : wire in inPatch ? "patch" : wire in inGet ? "read" : "none";
    return {
      name: objectName(get ?? add!, wire),
      wire,
      schema: inGet[wire] ?? props(add)[wire],
      unbound: inAdd.has(wire) ? "write" : "none",
      bound,
      // A property left out by a `$select` reads as undefined, so entity getters stay optional.
      alwaysSent: false,
    };
  });
}

function specLiteral(name: string, kind: "entity" | "value", properties: Property[]): string {
  const rows = properties.map(
    (p) =>
      `    { name: ${JSON.stringify(p.name)}, wire: ${JSON.stringify(p.wire)}, converter: ${describe(p.schema).converter}, unbound: "${p.unbound}", bound: "${p.bound}" },`,
  );
  return `/** Property table of {@link ${name}}. */\nconst ${name}Spec: TypeSpec = {\n  typeName: "${name}",\n  kind: "${kind}",\n  properties: [\n${rows.join("\n")}\n  ],\n};\n`;
}

function accessors(properties: Property[]): string {
  let out = "";
  for (const p of properties) {
    const { get, set } = describe(p.schema);
    const settable = p.unbound === "write" || isBoundWritable(p.bound);
    const where = settable ? accessNote(p) : "read-only";
    const getType = p.alwaysSent ? get : `${get} | undefined`;
    out += `\n  /** \`${p.name}\` — wire \`${p.wire}\`; ${where}. */\n`;
    out += `  get ${p.name}(): ${getType} {\n    return readProperty(this, ${JSON.stringify(p.name)}) as ${getType};\n  }\n`;
    // Read-only properties get a `never` setter: a compile error in TypeScript, InvalidOperationException in JavaScript.
    const setType = settable ? `${set} | undefined` : "never";
    out += settable
      ? `  /** Sets \`${p.name}\`; throws InvalidOperationException when the object's state does not allow it. */\n`
      : `  /** Not settable: always throws InvalidOperationException. */\n`;
    out += `  set ${p.name}(value: ${setType}) {\n    writeProperty(this, ${JSON.stringify(p.name)}, value);\n  }\n`;
  }
  return out;
}

const isBoundWritable = (access: Access): boolean => access === "write" || access === "patch";

function accessNote(p: Property): string {
  const patchOnly = "; once bound, only `commitChanges()` sends a change";
  if (p.unbound === "write" && p.bound === "write") return "writable";
  if (p.unbound === "write" && p.bound === "patch") return `writable${patchOnly}`;
  if (p.unbound === "write")
    return p.bound === "none"
      ? "writable before commit, not returned by the service"
      : "writable until committed";
  return p.bound === "patch" ? `writable once bound${patchOnly}` : "writable once bound";
}

function initInterface(name: string, properties: Property[]): string {
  const fields = properties
    .filter((p) => p.unbound === "write")
    .map((p) => `  /** Sets {@link ${name}.${p.name}}. */\n  ${p.name}?: ${describe(p.schema).set};`);
  return `/** Fields accepted by the constructor of {@link ${name}}; also usable as a plain object literal. */\nexport interface ${name}Init {\n${fields.join("\n")}\n}\n`;
}

function valueClass(definition: string): string {
  const name = className(definition);
  const properties = valueProperties(definition);
  const isWritable = writable.has(definition);
  let out = `\n${specLiteral(name, "value", properties)}`;
  if (isWritable) out += `\n${initInterface(name, properties)}`;
  const doc = isWritable
    ? `Batch .NET \`${name}\` (wire \`${definition}\`). Writable while its owner allows it.`
    : `Batch .NET \`${name}\` (wire \`${definition}\`), reported by the service; read-only.`;
  out += `\n/** ${doc} */\nexport class ${name} extends PropertyContainer {\n`;
  if (isWritable) {
    const property = (p: string): Property => {
      const found = properties.find((q) => q.name === p);
      if (!found) throw new Error(`${name}: positional argument ${p} is not a property`);
      return found;
    };
    const forms = constructorForms[name] ?? [positionalArguments[name] ?? []];
    out += `  /** Creates the value from an init object. */\n  constructor(init?: ${name}Init);\n`;
    for (const positional of forms.filter((form) => form.length > 0)) {
      const types = positional.map((p) => `${p}: ${describe(property(p).schema).set}`);
      out += `  /** Creates the value from its leading fields (as Batch .NET's constructor) plus optional further fields. */\n  constructor(${types.join(", ")}, init?: ${name}Init);\n`;
    }
    const init =
      forms.length > 1
        ? `initFromForms(this, args, ${JSON.stringify(forms.map((form) => ({ positional: form, first: argumentType(property(form[0]!).schema) })))})`
        : `initFromArguments(this, args, ${JSON.stringify(forms[0])})`;
    out += `  constructor(...args: unknown[]) {\n    super(${name}Spec);\n    ${init};\n  }\n`;
    out += staticFactories[name] ?? "";
  } else {
    out += `  /** Creates an empty value; the runtime fills it from the service's response. */\n  constructor() {\n    super(${name}Spec);\n  }\n`;
  }
  return out + accessors(properties) + "}\n";
}

/** The `typeof` a leading constructor argument of this schema has: how the runtime tells forms apart. */
function argumentType(schema: Schema): string {
  if (schema.$ref !== undefined && !isEnumDefinition(refName(schema)!)) return "object";
  const type = schema.$ref !== undefined ? definitions[refName(schema)!].type : schema.type;
  if (type === "integer" || type === "number") return "number";
  if (type === "boolean" || type === "string") return type;
  return "object";
}

function imports(kindList: string[]): string {
  const external = Object.entries(externalTypes).filter(([, e]) => e.converter);
  let out = `import { PropertyContainer, readProperty, writeProperty, type TypeSpec${kindList.join("")} } from "../runtime/property-container.js";\n`;
  out += `import { DATE, DURATION, INT64, MAP, SCALAR, ${external.map(([, e]) => e.converter).join(", ")} } from "../runtime/converters.js";\n`;
  out += `import type {\n  ComputeNodeIdentityReference,\n  ComputeNodeIdentityReferenceInit,\n  ResourceFile,\n  ResourceFileInit,\n} from "../resource-file.js";\n`;
  out += `import type { OutputFile, OutputFileInit } from "../output-file.js";\n`;
  out += `import type { ${[...enums.keys()].sort().join(", ")} } from "./enums.generated.js";\n`;
  return out;
}

function valuesFile(): string {
  const names = [...valueTypes].sort((a, b) => className(a).localeCompare(className(b)));
  let out =
    HEADER +
    "/**\n * Value types of the object model, one class per REST definition an entity or operation result holds.\n * @module\n */\n/* eslint-disable @typescript-eslint/no-unused-vars */\n";
  out += imports([", initFromArguments", ", initFromForms"]);
  for (const definition of names) out += valueClass(definition);
  return out;
}

function entitiesFile(): string {
  let out =
    HEADER +
    "/**\n * Generated property accessors of the entities; the entity classes add their operations.\n * @module\n */\n/* eslint-disable @typescript-eslint/no-unused-vars */\n";
  out += imports([]);
  out += `import {\n  EntityBase,\n  PatchableEntity,\n  ServiceEntity,\n  type ServiceEntityArguments,\n} from "../service-entity.js";\n`;
  const used = new Set<string>();
  for (const entity of Object.keys(entities)) {
    for (const p of entityProperties(entity)) for (const ref of describe(p.schema).refs) used.add(ref);
  }
  const names = [...used].sort((a, b) => className(a).localeCompare(className(b)));
  const list = names.map(
    (u) => `  ${className(u)},\n${writable.has(u) ? `  type ${className(u)}Init,\n` : ""}`,
  );
  out += `import {\n${list.join("")}} from "./values.generated.js";\n`;
  for (const entity of Object.keys(entities)) {
    const properties = entityProperties(entity);
    out += `\n${specLiteral(entity, "entity", properties)}`;
    out += `\n${initInterface(entity, properties)}`;
    out += `\n/** The generated properties of {@link ${entity}}: access depends on the binding state. */\nexport abstract class ${entity}Properties extends ${entities[entity].base} {\n`;
    out += `  /** @internal Registers the instance with the {@link ${entity}} property table and binds it to the service. */\n  protected constructor(...service: ServiceEntityArguments) {\n    super(${entity}Spec, ...service);\n  }\n`;
    out += accessors(properties) + "}\n";
  }
  return out;
}

async function format(file: string, text: string): Promise<string> {
  const path = join(root, outDir, file);
  const config = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(text, { ...config, filepath: path });
}

/** Repository path → content of every generated object-model file. */
export async function generateObjectModel(): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    "enums.generated.ts": enumsFile(),
    "values.generated.ts": valuesFile(),
    "entity-properties.generated.ts": entitiesFile(),
  };
  const entries = Object.entries(files).map(async ([file, text]) => [
    `${outDir}/${file}`,
    await format(file, text),
  ]);
  return Object.fromEntries(await Promise.all(entries));
}
