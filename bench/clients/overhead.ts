/**
 * Child: `--count` sequential `GET /pools/{id}` calls against a minimal local HTTP server that always
 * answers with the same pool body, so that what is measured is the client's own work per request
 * (building, signing, sending, parsing). `--client raw` is the floor: node:http with a keep-alive agent,
 * sending the headers azbatch sends and signing them with Shared Key, written out by hand.
 */
import { BatchServiceClient, BatchSharedKeyCredentials as OfficialCredentials } from "@azure/batch";
import { createHmac, randomUUID } from "node:crypto";
import http from "node:http";
import { parseArgs } from "node:util";
import { importSdk } from "../support/built-package.js";
import { emit, measure } from "../support/measure.js";

const { values } = parseArgs({
  options: { url: { type: "string" }, client: { type: "string" }, count: { type: "string" } },
  strict: true,
});
const url = String(values.url);
const count = Number(values.count);
const ACCOUNT = "benchaccount";
const KEY = Buffer.alloc(64, 7).toString("base64");

const API_VERSION = "2024-07-01.20.0";
const RAW_KEY = Buffer.from(KEY, "base64");

function rawGet(agent: http.Agent): Promise<void> {
  const date = new Date().toUTCString();
  const stringToSign = `GET${"\n".repeat(12)}ocp-date:${date}\n/${ACCOUNT}/pools/p1\napi-version:${API_VERSION}`;
  const signature = createHmac("sha256", RAW_KEY).update(stringToSign, "utf8").digest("base64");
  const headers = {
    "user-agent": "raw",
    accept: "application/json",
    "client-request-id": randomUUID(),
    "ocp-date": date,
    authorization: `SharedKey ${ACCOUNT}:${signature}`,
  };
  return new Promise((resolve, reject) => {
    http
      .get(`${url}/pools/p1?api-version=${API_VERSION}`, { agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          JSON.parse(Buffer.concat(chunks).toString());
          resolve();
        });
      })
      .on("error", reject);
  });
}

async function getter(client: string): Promise<() => Promise<unknown>> {
  if (client === "azbatch") {
    const { BatchClient, BatchSharedKeyCredentials } = await importSdk();
    const operations = BatchClient.open(new BatchSharedKeyCredentials(url, ACCOUNT, KEY)).poolOperations;
    return () => operations.getPool("p1");
  }
  if (client === "official") {
    const official = new BatchServiceClient(new OfficialCredentials(ACCOUNT, KEY), url);
    return () => official.pool.get("p1");
  }
  const agent = new http.Agent({ keepAlive: true });
  return () => rawGet(agent);
}

const get = await getter(String(values.client));
// Warm up (JIT, connection pool) before measuring.
for (let i = 0; i < 200; i++) await get();
const figures = await measure(async () => {
  for (let i = 0; i < count; i++) await get();
});
emit({
  ...figures,
  perRequestUs: (figures.wallMs * 1000) / count,
  cpuPerRequestUs: (figures.cpuMs * 1000) / count,
});
