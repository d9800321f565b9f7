import { BlobServiceClient, ContainerClient, type BlockBlobClient } from "@azure/storage-blob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redactUrl } from "../../../src/http/redact.js";
import { getBlobSasUrl, getContainerSasUrl } from "../../../src/storage/index.js";
import { startAzurite, type AzuriteInstance } from "../../support/azurite.js";

let azurite: AzuriteInstance;
let service: BlobServiceClient;
let container: ContainerClient;
let blob: BlockBlobClient;
const CONTENT = "input data\n";

beforeAll(async () => {
  azurite = await startAzurite();
  service = BlobServiceClient.fromConnectionString(azurite.connectionString);
  container = service.getContainerClient("sas-tests");
  await container.create();
  blob = container.getBlockBlobClient("inputs/one.txt");
  await blob.upload(CONTENT, Buffer.byteLength(CONTENT));
  await container.getBlockBlobClient("inputs/two.txt").upload("secret", 6);
});

afterAll(async () => {
  await azurite?.close();
});

const put = (url: string, body = "x") =>
  fetch(url, {
    method: "PUT",
    body,
    headers: { "x-ms-blob-type": "BlockBlob", "x-ms-version": "2021-12-02" },
  });
const get = (url: string) => fetch(url, { headers: { "x-ms-version": "2021-12-02" } });

/** The same URL with one query parameter changed. */
function withParam(url: string, name: string, value: string): string {
  const u = new URL(url);
  u.searchParams.set(name, value);
  return u.toString();
}

describe("blob SAS URLs checked by Azurite", () => {
  it("a read SAS downloads the blob", async () => {
    const url = await getBlobSasUrl(blob);
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(CONTENT);
    const params = new URL(url).searchParams;
    expect(params.get("sp")).toBe("r");
    expect(params.get("spr")).toBe("https,http");
  });

  it("defaults to a one-hour lifetime", async () => {
    // Bracket the call: on a loaded machine it may take a while, and the hour counts from inside it.
    const before = Date.now();
    const url = await getBlobSasUrl(blob);
    const after = Date.now();
    const expiry = Date.parse(new URL(url).searchParams.get("se")!);
    expect(expiry).toBeGreaterThan(before + 59 * 60_000);
    expect(expiry).toBeLessThanOrEqual(after + 60 * 60_000);
  });

  it("the same read SAS cannot upload", async () => {
    const url = await getBlobSasUrl(blob);
    expect((await put(url)).status).toBe(403);
    expect(await blob.downloadToBuffer().then(String)).toBe(CONTENT);
  });

  it("a tampered signature or widened permission is refused", async () => {
    const url = await getBlobSasUrl(blob);
    const sig = new URL(url).searchParams.get("sig")!;
    const flipped = (sig[0] === "A" ? "B" : "A") + sig.slice(1);
    expect((await get(withParam(url, "sig", flipped))).status).toBe(403);
    expect((await put(withParam(url, "sp", "rw"))).status).toBe(403);
  });

  it("an expired SAS is refused", async () => {
    const url = await getBlobSasUrl(blob, { lifetimeMs: 1_000 });
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect((await get(url)).status).toBe(403);
  });

  it("a SAS that is not yet valid is refused", async () => {
    const url = await getBlobSasUrl(blob, {
      startsOn: new Date(Date.now() + 60 * 60_000),
      lifetimeMs: 2 * 60 * 60_000,
    });
    expect((await get(url)).status).toBe(403);
  });

  it("a SAS for one blob does not open another", async () => {
    const url = new URL(await getBlobSasUrl(blob));
    url.pathname = url.pathname.replace("one.txt", "two.txt");
    expect((await get(url.toString())).status).toBe(403);
  });

  it("signs the IP range into the SAS", async () => {
    // Azurite does not compare the client address with `sip`, but it does verify that `sip` is signed.
    const url = await getBlobSasUrl(blob, { ipRange: { start: "10.1.2.3", end: "10.1.2.9" } });
    expect(new URL(url).searchParams.get("sip")).toBe("10.1.2.3-10.1.2.9");
    expect((await get(url)).status).toBe(200);
    expect((await get(withParam(url, "sip", "127.0.0.1"))).status).toBe(403);
  });

  it("an https-only SAS is refused over http", async () => {
    const url = await getBlobSasUrl(blob, { protocol: "https" });
    expect((await get(url)).status).toBe(403);
  });

  it("a write SAS uploads", async () => {
    const target = container.getBlockBlobClient("outputs/result.txt");
    const url = await getBlobSasUrl(target, { permissions: "cw" });
    expect((await put(url, "result")).status).toBe(201);
    expect(String(await target.downloadToBuffer())).toBe("result");
  });

  it("accepts a connection string plus names", async () => {
    const url = await getBlobSasUrl({
      connectionString: azurite.connectionString,
      containerName: "sas-tests",
      blobName: "inputs/one.txt",
    });
    expect(await (await get(url)).text()).toBe(CONTENT);
  });

  it("works for names with spaces and unicode", async () => {
    const odd = container.getBlockBlobClient("dir with space/Ünïcødé 文件.txt");
    await odd.upload("odd", 3);
    const response = await get(await getBlobSasUrl(odd));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("odd");
  });

  it("redactUrl hides the signature", async () => {
    const url = await getBlobSasUrl(blob);
    const sig = new URL(url).searchParams.get("sig")!;
    const shown = redactUrl(url);
    expect(shown).not.toContain(sig);
    expect(shown).not.toContain(encodeURIComponent(sig));
    expect(shown).toMatch(/sig=REDACTED/);
  });
});

describe("container SAS URLs checked by Azurite", () => {
  it("a write SAS uploads a blob but can neither list nor read", async () => {
    const url = await getContainerSasUrl(container, { permissions: "w" });
    const viaSas = new ContainerClient(url);
    await viaSas.getBlockBlobClient("outputs/by-task.txt").upload("done", 4);
    expect(String(await container.getBlockBlobClient("outputs/by-task.txt").downloadToBuffer())).toBe("done");

    const listUrl = new URL(url);
    listUrl.searchParams.set("restype", "container");
    listUrl.searchParams.set("comp", "list");
    expect((await get(listUrl.toString())).status).toBe(403);

    const readUrl = new URL(url);
    readUrl.pathname += "/outputs/by-task.txt";
    expect((await get(readUrl.toString())).status).toBe(403);
  });

  it("a read + list SAS lists and reads but cannot write", async () => {
    const url = await getContainerSasUrl(container, { permissions: "rl" });
    const viaSas = new ContainerClient(url);
    const names: string[] = [];
    for await (const item of viaSas.listBlobsFlat({ prefix: "inputs/" })) names.push(item.name);
    expect(names).toEqual(["inputs/one.txt", "inputs/two.txt"]);
    expect(String(await viaSas.getBlobClient("inputs/one.txt").downloadToBuffer())).toBe(CONTENT);
    await expect(viaSas.getBlockBlobClient("inputs/new.txt").upload("x", 1)).rejects.toMatchObject({
      statusCode: 403,
    });
  });

  it("the default container SAS reads blobs but cannot list", async () => {
    const url = new URL(
      await getContainerSasUrl({ connectionString: azurite.connectionString, containerName: "sas-tests" }),
    );
    expect(url.searchParams.get("sp")).toBe("r");
    const readUrl = new URL(url);
    readUrl.pathname += "/inputs/one.txt";
    expect((await get(readUrl.toString())).status).toBe(200);
    url.searchParams.set("restype", "container");
    url.searchParams.set("comp", "list");
    expect((await get(url.toString())).status).toBe(403);
  });
});

describe("bad input is refused before any request", () => {
  it("throws typed errors and sends nothing", async () => {
    const before = (await azurite.requests()).length;
    await expect(getBlobSasUrl(blob, { permissions: "" })).rejects.toThrow(RangeError);
    await expect(getBlobSasUrl(blob, { permissions: "rq" })).rejects.toThrow(RangeError);
    await expect(getContainerSasUrl(container, { permissions: {} })).rejects.toThrow(/at least one right/);
    await expect(getBlobSasUrl(blob, { expiresOn: new Date(Date.now() - 1_000) })).rejects.toThrow(
      /in the past/,
    );
    await expect(getBlobSasUrl(blob, { lifetimeMs: -5 })).rejects.toThrow(RangeError);
    await expect(
      getBlobSasUrl(blob, { lifetimeMs: 1000, expiresOn: new Date(Date.now() + 5000) }),
    ).rejects.toThrow(TypeError);
    await expect(
      getBlobSasUrl(blob, { startsOn: new Date(Date.now() + 7_200_000), lifetimeMs: 3_600_000 }),
    ).rejects.toThrow(/before its expiry/);
    await expect(getBlobSasUrl(blob, { ipRange: { start: "not-an-ip" } })).rejects.toThrow(RangeError);
    await expect(
      getContainerSasUrl({ connectionString: azurite.connectionString, containerName: "" }),
    ).rejects.toThrow(TypeError);
    await expect(
      getContainerSasUrl({ connectionString: azurite.connectionString, containerName: "Bad_Name" }),
    ).rejects.toThrow(RangeError);
    await expect(
      getBlobSasUrl({ connectionString: azurite.connectionString, containerName: "sas-tests", blobName: "" }),
    ).rejects.toThrow(TypeError);
    // A client built from a SAS URL holds no key to sign with.
    const sasOnly = new ContainerClient(await getContainerSasUrl(container, { permissions: "r" }));
    await expect(getBlobSasUrl(sasOnly.getBlobClient("inputs/one.txt"))).rejects.toThrow(
      /neither an account key/,
    );
    expect((await azurite.requests()).length).toBe(before + 0);
  });

  it("error messages never carry the connection string's key", async () => {
    const bad = `DefaultEndpointsProtocol=http;AccountName=x;AccountKey=${azurite.accountKey}`;
    const error = await getContainerSasUrl({ connectionString: bad, containerName: "abc" }).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(String((error as Error).message)).not.toContain(azurite.accountKey);
  });
});
