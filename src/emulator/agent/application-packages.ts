/**
 * Deploys application packages into a node's `applications/` directory — a zip is extracted, a
 * directory copied — once per node, package and version, and gives the `AZ_BATCH_APP_PACKAGE_*`
 * variables of the deployed packages.
 * @module
 */
import { randomBytes } from "node:crypto";
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { unzipSync } from "fflate";
import { packageVariables, type ResolvedPackage } from "../resources/applications.js";
import { TaskFailureCode, TaskFailureError, redactUrl } from "./failure.js";
import { codeForStatus } from "./resource-files.js";

/** Writes the files of a zip under `dir`; an entry whose path leaves `dir` is refused. */
async function extractZip(data: Uint8Array, dir: string): Promise<void> {
  const root = path.resolve(dir);
  await mkdir(root, { recursive: true });
  for (const [name, bytes] of Object.entries(unzipSync(data))) {
    const target = path.resolve(root, name);
    if (!target.startsWith(root + path.sep)) throw new Error(`the entry ${name} leads outside the package`);
    if (name.endsWith("/")) {
      await mkdir(target, { recursive: true });
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
}

function failure(
  pkg: ResolvedPackage,
  code: TaskFailureCode,
  reason: string,
  cause?: unknown,
): TaskFailureError {
  const where = pkg.source.url !== undefined ? redactUrl(pkg.source.url) : (pkg.source.path ?? "");
  return new TaskFailureError(
    "preProcessing",
    code,
    `The application package ${pkg.applicationId} version ${pkg.version} could not be deployed: ${reason}.`,
    [
      { name: "ApplicationPackage", value: `${pkg.applicationId}:${pkg.version}` },
      { name: "Source", value: where },
    ],
    { cause },
  );
}

async function download(pkg: ResolvedPackage, url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw failure(pkg, TaskFailureCode.BlobDownloadMiscError, "the download failed", error);
  }
  if (!response.ok)
    throw failure(pkg, codeForStatus(response.status), `the server answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Puts the package's content at `dir` (through a temporary sibling, so a half-written package is never used). */
async function materialize(pkg: ResolvedPackage, dir: string): Promise<void> {
  const temporary = `${dir}.${randomBytes(6).toString("hex")}.tmp`;
  const { path: localPath, url } = pkg.source;
  try {
    if (url !== undefined) await extractZip(await download(pkg, url), temporary);
    else if (localPath === undefined) await mkdir(temporary, { recursive: true });
    else if ((await stat(localPath)).isDirectory()) await cp(localPath, temporary, { recursive: true });
    else await extractZip(new Uint8Array(await readFile(localPath)), temporary);
    await rename(temporary, dir);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    if (error instanceof TaskFailureError) throw error;
    throw failure(pkg, TaskFailureCode.BlobDownloadMiscError, (error as Error).message, error);
  }
}

async function exists(dir: string): Promise<boolean> {
  return stat(dir).then(
    () => true,
    () => false,
  );
}

/** Deploys packages on nodes, each at most once at a time per target directory. */
export class PackageDeployer {
  private readonly inFlight = new Map<string, Promise<void>>();

  /**
   * Deploys `packages` under `applicationsDir` (what is there already stays) and resolves to their
   * environment variables. Throws a pre-processing {@link TaskFailureError} when one cannot be deployed.
   */
  async deploy(
    applicationsDir: string,
    packages: readonly ResolvedPackage[],
  ): Promise<Record<string, string>> {
    const variables: Record<string, string> = {};
    for (const pkg of packages) {
      const dir = path.join(applicationsDir, `${pkg.applicationId}_${pkg.version}`.replace(/[\\/]/g, "_"));
      let deploying = this.inFlight.get(dir);
      if (!deploying) {
        deploying = exists(dir)
          .then((present) => (present ? undefined : materialize(pkg, dir)))
          .finally(() => this.inFlight.delete(dir));
        this.inFlight.set(dir, deploying);
      }
      await deploying;
      Object.assign(variables, packageVariables(pkg, dir));
    }
    return variables;
  }
}
