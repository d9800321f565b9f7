/**
 * Starts a private Azurite blob service for a test file: in memory, on 127.0.0.1, on a free port.
 * Shared by every integration test that needs storage.
 * @module
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { ContainerClient } from "@azure/storage-blob";

/** Name of Azurite's built-in development account. */
export const AZURITE_ACCOUNT_NAME = "devstoreaccount1";
/** Key of Azurite's built-in development account (public, documented by Azurite). */
export const AZURITE_ACCOUNT_KEY =
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

/** One line of Azurite's access log: a request it answered. */
export interface AzuriteRequest {
  /** HTTP method, for example `PUT`. */
  readonly method: string;
  /** Path and query as received (the query may contain a SAS; do not print it). */
  readonly url: string;
  /** Status code Azurite answered with. */
  readonly status: number;
}

/** A running Azurite blob service. */
export interface AzuriteInstance {
  /** `http://127.0.0.1:<port>/devstoreaccount1` */
  readonly blobEndpoint: string;
  /** Connection string for the development account at this endpoint. */
  readonly connectionString: string;
  /** Always `devstoreaccount1`. */
  readonly accountName: typeof AZURITE_ACCOUNT_NAME;
  /** The development account key. */
  readonly accountKey: string;
  /**
   * Every request answered so far, in order, from Azurite's access log. Azurite writes a log
   * line only after the response went out, so this first sends a marker request and waits for
   * its line: every request that completed before the call is then included.
   */
  requests(): Promise<readonly AzuriteRequest[]>;
  /** Stops the service (and any children) and removes its scratch folder. Safe to call twice. */
  close(): Promise<void>;
}

/** Options of {@link startAzurite}. */
export interface StartAzuriteOptions {
  /** How long to wait for the service to listen, in milliseconds (default 30 s). */
  readonly startTimeoutMs?: number;
}

const LISTENING = /successfully listens on (http:\/\/\S+)/;
// Azurite prints one access-log line per request: `127.0.0.1 - - [date] "PUT /path HTTP/1.1" 201 -`
const ACCESS_LINE = /"([A-Z]+) (\S+) HTTP\/[\d.]+" (\d{3})/;

const MARKER_PATH = "/__azurite-log-marker__/";

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Starts Azurite's blob service and resolves once it accepts connections. */
export async function startAzurite(options: StartAzuriteOptions = {}): Promise<AzuriteInstance> {
  const require = createRequire(import.meta.url);
  const main = join(dirname(require.resolve("azurite/package.json")), "dist", "src", "blob", "main.js");
  // In memory mode Azurite refuses --location but still resolves relative paths against its
  // working directory; a scratch folder keeps the repository clean.
  const location = await mkdtemp(join(tmpdir(), "azurite-"));
  const child = spawn(
    process.execPath,
    [
      main,
      "--skipApiVersionCheck",
      "--disableTelemetry",
      "--inMemoryPersistence",
      "--blobHost",
      "127.0.0.1",
      "--blobPort",
      "0",
    ],
    { cwd: location, stdio: ["ignore", "pipe", "pipe"], detached: true, env: withoutAzuriteOverrides() },
  );
  live.add(child);
  installExitHook();

  const requests: AzuriteRequest[] = [];
  const markerWaiters = new Map<string, () => void>();
  let markers = 0;
  let output = "";
  let stderr = "";
  const close = once(async () => {
    await stop(child);
    live.delete(child);
    await rm(location, { recursive: true, force: true });
  });

  try {
    const address = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`Azurite did not start within ${options.startTimeoutMs ?? 30_000} ms: ${stderr}`)),
        options.startTimeoutMs ?? 30_000,
      );
      let pending = "";
      child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
        pending += chunk;
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) {
          output += `${line}\n`;
          const listening = LISTENING.exec(line);
          if (listening) {
            clearTimeout(timer);
            resolve(listening[1]);
          }
          const access = ACCESS_LINE.exec(line);
          if (access?.[2].startsWith(MARKER_PATH)) markerWaiters.get(access[2])?.();
          else if (access) requests.push({ method: access[1], url: access[2], status: Number(access[3]) });
        }
      });
      child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk;
      });
      child.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Azurite exited early (${signal ?? code}): ${stderr || output}`));
      });
    });
    const blobEndpoint = `${address.replace(/\/$/, "")}/${AZURITE_ACCOUNT_NAME}`;
    return {
      blobEndpoint,
      connectionString:
        `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT_NAME};` +
        `AccountKey=${AZURITE_ACCOUNT_KEY};BlobEndpoint=${blobEndpoint};`,
      accountName: AZURITE_ACCOUNT_NAME,
      accountKey: AZURITE_ACCOUNT_KEY,
      requests: async () => {
        const marker = `${MARKER_PATH}${++markers}`;
        const logged = new Promise<void>((resolve) => markerWaiters.set(marker, resolve));
        await (await fetch(new URL(marker, address))).arrayBuffer();
        await logged;
        markerWaiters.delete(marker);
        return [...requests];
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** An `AZURITE_ACCOUNTS` variable in the caller's environment would replace the development account. */
function withoutAzuriteOverrides(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.AZURITE_ACCOUNTS;
  return env;
}

/** Terminates the whole process group (Azurite and anything it spawned), escalating to SIGKILL. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(child.pid, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child.pid!, "SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
  // Children that ignored SIGTERM still belong to the group.
  signalGroup(child.pid, "SIGKILL");
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** A test process that dies without calling close() must not leave Azurite behind. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const child of live) if (child.pid !== undefined) signalGroup(child.pid, "SIGKILL");
  });
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}

/** The names of every blob in the container, sorted. */
export async function blobNames(container: ContainerClient): Promise<string[]> {
  const names: string[] = [];
  for await (const blob of container.listBlobsFlat()) names.push(blob.name);
  return names.sort();
}

/** A blob's content as UTF-8 text. */
export async function blobText(container: ContainerClient, name: string): Promise<string> {
  return (await container.getBlobClient(name).downloadToBuffer()).toString("utf8");
}
