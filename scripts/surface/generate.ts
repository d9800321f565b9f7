/**
 * Derives the Batch .NET surface table from `scripts/surface/dotnet-16.txt` (the .NET names as read from
 * Batch .NET's public source) by the naming rule of DESIGN.md, applies the deliberate differences listed
 * there, and writes `test/conformance/dotnet-surface.generated.ts`: the table the surface test checks
 * azbatch's exports against, plus type-level checks that `tsc` compiles. Part of `npm run codegen`
 * (`scripts/codegen/index.ts`).
 */
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The .NET surface as read from Batch .NET's source. */
export const SOURCE = join(root, "scripts/surface/dotnet-16.txt");
/** The generated table. */
export const TARGET = join(root, "test/conformance/dotnet-surface.generated.ts");

/** How a .NET type is checked: at run time (class, static, enum) or by tsc alone (interface). */
export type SurfaceKind = "class" | "static" | "enum" | "interface";

/** One .NET type of the table, with its members as azbatch names them. */
export interface SurfaceType {
  readonly kind: SurfaceKind;
  /** Members on instances (class, interface) or keys (enum). */
  readonly members: readonly string[];
  /** Static members. */
  readonly statics: readonly string[];
}

/** A deliberate difference: a .NET member azbatch leaves out, names otherwise, or shapes otherwise. */
export interface SurfaceException {
  /** `Type.Member` as .NET names it. */
  readonly dotnet: string;
  /** `absent`: not in azbatch; `renamed`: under `azbatch`; `shaped`: same name, other shape. */
  readonly difference: "absent" | "renamed" | "shaped";
  /** azbatch's name of the member (`renamed`, `shaped`). */
  readonly azbatch?: string;
  /** Why. */
  readonly why: string;
}

/** camelCase by the naming rule: a leading run of capitals is lowered but for the one opening the next word. */
export function camelCase(name: string): string {
  const run = /^[A-Z]+/.exec(name)?.[0] ?? "";
  if (run.length <= 1) return name.charAt(0).toLowerCase() + name.slice(1);
  const rest = name.slice(run.length);
  if (rest === "" || !/^[a-z]/.test(rest)) return run.toLowerCase() + rest;
  return run.slice(0, -1).toLowerCase() + run.slice(-1) + rest;
}

/** The azbatch name of a .NET member: methods lose `Async` and become camelCase; enum members keep theirs. */
export function portedName(member: string, kind: SurfaceKind): string {
  const isMethod = member.endsWith("()");
  let name = member.replace(/^\+/, "").replace(/\(\)$/, "");
  if (kind === "enum") return name;
  if (isMethod) name = name.replace(/Async$/, "");
  return camelCase(name);
}

/** Reads the .NET source list and its exceptions into the table. */
export function buildTable(text: string): {
  types: Record<string, SurfaceType>;
  exceptions: SurfaceException[];
} {
  const exceptions: SurfaceException[] = [];
  const raw: [string, SurfaceKind, string[]][] = [];
  for (const line of text.split("\n").map((l) => l.trim())) {
    if (line === "" || line.startsWith("#")) continue;
    const except = /^except (\w+\.\w+) (absent|renamed|shaped)(?: (\w+))?: (.+)$/.exec(line);
    if (except) {
      const [, dotnet, difference, azbatch, why] = except;
      exceptions.push({ dotnet, difference: difference as SurfaceException["difference"], azbatch, why });
      continue;
    }
    const entry = /^(class|static|enum|interface) (\w+): (.+)$/.exec(line);
    if (!entry) throw new Error(`dotnet-16.txt: cannot read line: ${line}`);
    raw.push([entry[2], entry[1] as SurfaceKind, entry[3].split(/\s+/)]);
  }
  const byName = new Map(exceptions.map((e) => [e.dotnet, e]));
  const types: Record<string, SurfaceType> = {};
  for (const [type, kind, members] of raw) {
    const instance: string[] = [];
    const statics: string[] = [];
    for (const member of members) {
      const exception = byName.get(`${type}.${member.replace(/^\+/, "").replace(/\(\)$/, "")}`);
      if (exception?.difference === "absent") continue;
      const name = exception?.azbatch ?? portedName(member, kind);
      (member.startsWith("+") ? statics : instance).push(name);
    }
    types[type] = { kind, members: instance, statics };
  }
  for (const e of exceptions) {
    const [type, member] = e.dotnet.split(".");
    const listed = raw.find(([t]) => t === type)?.[2].some((m) => m.replace(/^\+|\(\)$/g, "") === member);
    if (!listed) throw new Error(`dotnet-16.txt: exception for ${e.dotnet}, which no type lists`);
    if (e.difference !== "absent" && !e.azbatch) throw new Error(`dotnet-16.txt: ${e.dotnet} needs a name`);
  }
  return { types, exceptions };
}

/** The generated module: the table, the exceptions, and one type-level check per class or interface. */
export async function render(text: string): Promise<string> {
  const { types, exceptions } = buildTable(text);
  const typed = Object.keys(types).filter((name) => ["class", "interface"].includes(types[name].kind));
  const table = Object.fromEntries(
    Object.entries(types).map(([name, t]) => [
      name,
      { kind: t.kind, members: t.members.join(" "), statics: t.statics.join(" ") },
    ]),
  );
  const lines = [
    "// generated — do not edit. Produced by scripts/surface/generate.ts from scripts/surface/dotnet-16.txt.",
    "/**",
    " * The Batch .NET 16.x surface azbatch promises, by the naming rule, and its deliberate differences.",
    " * Members are space-separated azbatch names. `tsc` compiles the type-level checks at the end, so a",
    " * listed member that leaves a class or interface fails the build as well as the surface test.",
    " * @module",
    " */",
    `import type { ${typed.join(", ")} } from "../../src/index.js";`,
    "",
    "/** Type name → kind, instance members (enum keys) and static members; one type a line. */",
    "// prettier-ignore",
    "export const dotnetSurface = {",
    ...Object.entries(table).map(([name, t]) => `  ${name}: ${JSON.stringify(t)},`),
    "} as const;",
    "",
    "/** The deliberate differences (also listed in docs/porting-from-dotnet.md). */",
    `export const dotnetSurfaceExceptions: readonly {
  readonly dotnet: string;
  readonly difference: "absent" | "renamed" | "shaped";
  readonly azbatch?: string;
  readonly why: string;
}[] = ${JSON.stringify(exceptions)};`,
    "",
    "/** The names of a space-separated member list. */",
    "type Names<S extends string, Found = never> = S extends `${infer Head} ${infer Tail}` ? Names<Tail, Found | Head> : Found | S;",
    "/** The listed members of one type. */",
    'type Members<N extends keyof typeof dotnetSurface> = Names<(typeof dotnetSurface)[N]["members"]>;',
    "/** azbatch's type for each listed class or interface. */",
    "interface Typed {",
    ...typed.filter((name) => types[name].members.length > 0).map((name) => `  ${name}: ${name};`),
    "}",
    "/** `Type.member` for each listed member its type lacks. */",
    "type Missing = { [N in keyof Typed]: `${N}.${Exclude<Members<N>, keyof Typed[N]> & string}` }[keyof Typed];",
    "/** Compiles only when nothing is missing; the error names what is. */",
    "type NoneMissing<T extends never> = T;",
    "/** Type-level checks of the listed class and interface members. */",
    "export type TypeLevelChecks = NoneMissing<Missing>;",
    "",
  ];
  const options = (await prettier.resolveConfig(TARGET)) ?? {};
  return prettier.format(lines.join("\n"), { ...options, filepath: TARGET });
}

/** Repository path → content of the generated surface table. */
export async function generateSurface(): Promise<Record<string, string>> {
  return { [relative(root, TARGET)]: await render(readFileSync(SOURCE, "utf8")) };
}
