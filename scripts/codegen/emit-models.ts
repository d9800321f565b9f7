/**
 * Emits `models.generated.ts`: one interface or string union per swagger definition, with wire names.
 * Inline string enums that the contract names (`x-ms-enum`) become unions of their own.
 */
import { refName, type Swagger, type SwaggerSchema } from "./swagger.js";

const identifier = /^[A-Za-z_$][\w$]*$/;

/** A property name as it may stand in an interface. */
export function propertyName(name: string): string {
  return identifier.test(name) ? name : JSON.stringify(name);
}

function union(values: readonly string[]): string {
  return values.map((v) => JSON.stringify(v)).join(" | ");
}

/** Collects named inline enums so each is emitted once. */
class EnumRegistry {
  readonly named = new Map<string, readonly string[]>();

  constructor(private readonly definitions: Swagger["definitions"]) {}

  /** Name to use for an inline enum; registers it when the contract does not define it already. */
  nameFor(schema: SwaggerSchema): string | undefined {
    const name = schema["x-ms-enum"]?.name;
    if (!name || !schema.enum) return undefined;
    const existing = this.definitions[name];
    if (existing?.enum) return name;
    const unique = existing ? `${name}Enum` : name;
    if (!this.named.has(unique)) this.named.set(unique, schema.enum);
    return unique;
  }
}

function tsType(schema: SwaggerSchema, enums: EnumRegistry): string {
  if (schema.$ref) return refName(schema.$ref);
  switch (schema.type) {
    case "string":
      if (schema.enum) return enums.nameFor(schema) ?? union(schema.enum);
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array": {
      const item = tsType(schema.items ?? {}, enums);
      return item.includes(" ") ? `(${item})[]` : `${item}[]`;
    }
    default:
      if (typeof schema.additionalProperties === "object")
        return `Record<string, ${tsType(schema.additionalProperties, enums)}>`;
      return "Record<string, unknown>";
  }
}

function describeProperty(name: string, schema: SwaggerSchema, required: boolean): string {
  const format = schema.format ? `, ${schema.format}` : "";
  const kind = schema.$ref ? refName(schema.$ref) : (schema.type ?? "object") + format;
  return `Wire property \`${name}\` (${kind}${required ? ", required" : ""}).`;
}

function emitDefinition(name: string, schema: SwaggerSchema, enums: EnumRegistry): string {
  if (schema.enum) {
    return `/** Values of the \`${name}\` definition. */\nexport type ${name} = ${union(schema.enum)};\n`;
  }
  const required = new Set(schema.required ?? []);
  const lines = Object.entries(schema.properties ?? {}).map(([prop, propSchema]) => {
    const optional = required.has(prop) ? "" : "?";
    return (
      `  /** ${describeProperty(prop, propSchema, required.has(prop))} */\n` +
      `  ${propertyName(prop)}${optional}: ${tsType(propSchema, enums)};`
    );
  });
  return `/** Wire shape of the \`${name}\` definition. */\nexport interface ${name} {\n${lines.join("\n")}\n}\n`;
}

/** The full text of `models.generated.ts`. */
export function emitModels(swagger: Swagger, header: string): string {
  const enums = new EnumRegistry(swagger.definitions);
  const names = Object.keys(swagger.definitions).sort();
  const bodies = names.map((name) => emitDefinition(name, swagger.definitions[name], enums));
  const inline = [...enums.named.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, values]) =>
        `/** Values of the \`${name}\` enumeration. */\nexport type ${name} = ${union(values)};\n`,
    );
  return [header, ...bodies, ...inline, emitDefinitionMap(names)].join("\n");
}

/** Every definition's wire shape keyed by its name, so code that holds a definition name (a route's body schema) can find its type. */
function emitDefinitionMap(names: readonly string[]): string {
  const lines = names.map((name) => `  /** The \`${name}\` definition. */\n  ${name}: ${name};`);
  return `/** The wire shape of every definition, keyed by the definition's name. */\nexport interface Definitions {\n${lines.join("\n")}\n}\n`;
}
