import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { useMswServer } from "../../support/msw.js";
import { openClient, serve, taskWire, type Recorded } from "./om-support.js";

const server = useMswServer();
const CONTENT = "0123456789abcdefghij";

/** Serves task t1 and its stdout.txt, honouring `ocp-range`. */
function serveFiles(content: string | Buffer = CONTENT): Recorded[] {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return serve(server, [
    ["GET", /^\/jobs\/job1\/tasks\/t1$/, { body: taskWire("t1") }],
    [
      "HEAD",
      /^\/jobs\/job1\/tasks\/t1\/files\/stdout.txt$/,
      {
        status: 200,
        headers: { "content-length": String(bytes.length), "ocp-batch-file-isdirectory": "False" },
      },
    ],
    [
      "GET",
      /^\/jobs\/job1\/tasks\/t1\/files\/stdout.txt$/,
      (request) => {
        const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers["ocp-range"] ?? "");
        const body = range ? bytes.subarray(Number(range[1]), Number(range[2]) + 1) : bytes;
        return { status: range ? 206 : 200, body };
      },
    ],
  ]);
}

async function stdout() {
  const task = await openClient().jobOperations.getTask("job1", "t1");
  return task.getNodeFile("stdout.txt");
}

describe("NodeFile", () => {
  it("task.getNodeFile() reads the file's properties with one HEAD request", async () => {
    const log = serveFiles();
    const file = await stdout();
    expect(log.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /jobs/job1/tasks/t1",
      "HEAD /jobs/job1/tasks/t1/files/stdout.txt",
    ]);
    expect(file.path).toBe("stdout.txt");
    expect(file.properties?.contentLength).toBe(CONTENT.length);
    expect(file.bindingState).toBe("bound");
  });

  it("readAsString() downloads the whole content without a range header", async () => {
    const log = serveFiles();
    const file = await stdout();
    expect(await file.readAsString()).toBe(CONTENT);
    expect(log.at(-1)!.headers["ocp-range"]).toBeUndefined();
  });

  it("a byte range is sent as ocp-range: bytes=start-end (inclusive)", async () => {
    const log = serveFiles();
    const file = await stdout();
    expect(await file.readAsString({ byteRange: { start: 2, end: 5 } })).toBe("2345");
    expect(log.at(-1)!.headers["ocp-range"]).toBe("bytes=2-5");
  });

  it("copyToStream() writes the requested range into the destination and ends it", async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 7);
    serveFiles(big);
    const file = await stdout();
    let chunks = 0;
    let bytes = 0;
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks += 1;
        bytes += chunk.length;
        done();
      },
    });
    await file.copyToStream(destination, { start: 1024, end: 2 * 1024 * 1024 - 1 });
    expect(bytes).toBe(2 * 1024 * 1024 - 1024);
    expect(chunks).toBeGreaterThan(0);
    expect(destination.writableFinished).toBe(true);
  });

  it("rejects a malformed byte range before any download request", async () => {
    const log = serveFiles();
    const file = await stdout();
    const before = log.length;
    await expect(file.readAsString({ byteRange: { start: 5, end: 2 } })).rejects.toThrow(RangeError);
    await expect(file.readAsString({ byteRange: { start: -1, end: 2 } })).rejects.toThrow(RangeError);
    expect(log).toHaveLength(before);
  });

  it("jobOperations.copyNodeFileContentToString() honours the byte range with a single GET", async () => {
    const log = serveFiles();
    const text = await openClient().jobOperations.copyNodeFileContentToString({
      jobId: "job1",
      taskId: "t1",
      filePath: "stdout.txt",
      byteRange: { start: 10, end: 12 },
    });
    expect(text).toBe("abc");
    expect(log.map((r) => r.method)).toEqual(["GET"]);
  });
});
