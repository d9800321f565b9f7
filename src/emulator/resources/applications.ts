/**
 * Application packages: the applications the service is configured with (each version backed by a
 * local zip file, a local directory or a zip at a URL), their `ApplicationSummary`, and resolving
 * the `applicationPackageReferences` of pools and tasks against them.
 * @module
 */
import { existsSync } from "node:fs";
import { conflict } from "../errors.js";
import type { ApplicationPackageReference } from "../../protocol/models.generated.js";
import type { WireObject } from "../store/entities.js";

/** One version of a configured application and where its content comes from. */
export interface ApplicationPackageSource {
  /** The version name, as references give it. */
  readonly version: string;
  /** A local `.zip` file (extracted on the node) or directory (copied to the node). */
  readonly path?: string;
  /** A URL of a `.zip` (e.g. a blob SAS URL), downloaded and extracted on the node. */
  readonly url?: string;
}

/** An application the service reports and deploys. */
export interface ApplicationConfig {
  /** Application id, as pools and tasks reference it. */
  readonly id: string;
  /** Friendly name reported alongside the id (the id when absent). */
  readonly displayName?: string;
  /** Its versions: a bare version name has no content (an empty package). */
  readonly versions: readonly (string | ApplicationPackageSource)[];
  /** The version deployed for a reference without a version. */
  readonly defaultVersion?: string;
}

/** A reference resolved to a configured package. */
export interface ResolvedPackage {
  /** The application id as configured. */
  readonly applicationId: string;
  /** The version deployed. */
  readonly version: string;
  /** Whether the reference named no version (then the default-version variable is set too). */
  readonly isDefault: boolean;
  /** Where the content comes from (none for an empty package). */
  readonly source: ApplicationPackageSource;
}

/**
 * Checks the configuration before the service starts: ids follow the id syntax and are unique,
 * each version has at most one of `path` / `url`, local paths exist, the default version exists.
 */
export function checkApplicationConfig(apps: readonly ApplicationConfig[]): void {
  const seen = new Set<string>();
  for (const app of apps) {
    if (typeof app.id !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(app.id))
      throw new TypeError(`applications: ${String(app.id)} is not a valid application id`);
    if (seen.has(app.id.toLowerCase())) throw new TypeError(`applications: ${app.id} is given twice`);
    seen.add(app.id.toLowerCase());
    const versions = app.versions.map(source);
    for (const v of versions) {
      if (v.path !== undefined && v.url !== undefined)
        throw new TypeError(`applications: ${app.id} ${v.version} has both a path and a url`);
      if (v.path !== undefined && !existsSync(v.path))
        throw new TypeError(`applications: ${app.id} ${v.version}: ${v.path} does not exist`);
    }
    if (app.defaultVersion !== undefined && !versions.some((v) => v.version === app.defaultVersion))
      throw new TypeError(`applications: ${app.id} has no version ${app.defaultVersion} to be its default`);
  }
}

function source(entry: string | ApplicationPackageSource): ApplicationPackageSource {
  return typeof entry === "string" ? { version: entry } : entry;
}

/** `ApplicationSummary` of a configured application. */
export function applicationSummary(app: ApplicationConfig): WireObject {
  return {
    id: app.id,
    displayName: app.displayName ?? app.id,
    versions: app.versions.map((v) => source(v).version),
  };
}

/** The configured application with this id (case-insensitive), if any. */
export function findApplication(
  apps: readonly ApplicationConfig[],
  applicationId: string,
): ApplicationConfig | undefined {
  const id = applicationId.toLowerCase();
  return apps.find((a) => a.id.toLowerCase() === id);
}

/** The application name of a reference: pools name it by its resource id (`…/applications/<name>`). */
function referencedName(applicationId: string): string {
  const marker = "/applications/";
  const at = applicationId.toLowerCase().lastIndexOf(marker);
  return at < 0 ? applicationId : applicationId.slice(at + marker.length);
}

function resolve(
  apps: readonly ApplicationConfig[],
  ref: ApplicationPackageReference,
): ResolvedPackage | undefined {
  const app = findApplication(apps, referencedName(ref.applicationId));
  const wanted = typeof ref.version === "string" ? ref.version : app?.defaultVersion;
  const found = app?.versions.map(source).find((v) => v.version === wanted);
  if (!app || !found) return undefined;
  return {
    applicationId: app.id,
    version: found.version,
    isDefault: ref.version === undefined,
    source: found,
  };
}

/**
 * Resolves `applicationPackageReferences`; refuses with 409 `InvalidApplicationPackageReferences`
 * (each reference that cannot be satisfied in `values`, keyed by its application id) when an
 * application or version does not exist, or no version was named and the application has no default.
 */
export function resolvePackageReferences(
  apps: readonly ApplicationConfig[],
  refs: readonly ApplicationPackageReference[] | undefined,
): ResolvedPackage[] {
  if (!refs) return [];
  const resolved = refs.map((ref) => ({ ref, pkg: resolve(apps, ref) }));
  const bad = resolved.filter((r) => r.pkg === undefined);
  if (bad.length > 0) {
    throw conflict(
      "InvalidApplicationPackageReferences",
      "One or more of the specified application package references are invalid.",
      bad.map(({ ref }) => ({
        key: String(ref.applicationId),
        value: typeof ref.version === "string" ? ref.version : "(default version)",
      })),
    );
  }
  return resolved.map((r) => r.pkg as ResolvedPackage);
}

/** The Linux form of a name in an environment variable: `.`, `-` and `#` become `_`. */
function flatten(name: string): string {
  return name.replace(/[.#-]/g, "_");
}

/**
 * The variables a Linux node sets for a deployed package: `AZ_BATCH_APP_PACKAGE_<id>_<version>`
 * and, for a reference to the default version, `AZ_BATCH_APP_PACKAGE_<id>` (the id keeps its case).
 */
export function packageVariables(pkg: ResolvedPackage, dir: string): Record<string, string> {
  const base = `AZ_BATCH_APP_PACKAGE_${flatten(pkg.applicationId)}`;
  const variables: Record<string, string> = { [`${base}_${flatten(pkg.version)}`]: dir };
  if (pkg.isDefault) variables[base] = dir;
  return variables;
}
