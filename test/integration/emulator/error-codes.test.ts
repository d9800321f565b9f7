/**
 * The error codes the local Batch service answers with are Batch .NET's `BatchErrorCodeStrings` values.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import {
  BatchClient,
  BatchErrorCodeStrings,
  BatchException,
  BatchSharedKeyCredentials,
  ODATADetailLevel,
} from "../../../src/index.js";

const codes = new Set<string>(Object.values(BatchErrorCodeStrings));

describe("codes the local service sends", () => {
  let service: LocalBatchService;
  let client: BatchClient;
  beforeAll(async () => {
    service = await startLocalBatchService();
    client = BatchClient.open(
      new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
    );
  }, 60_000);
  afterAll(async () => {
    client?.close();
    await service?.close();
  });

  const codeOf = async (request: Promise<unknown>): Promise<string | undefined> => {
    const error = await request.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BatchException);
    return (error as BatchException).requestInformation.batchError?.code;
  };

  it("are BatchErrorCodeStrings values", async () => {
    const sent = [
      await codeOf(client.poolOperations.getPool("missing")),
      await codeOf(client.jobOperations.getJob("missing")),
      await codeOf(
        client.poolOperations.listPools(new ODATADetailLevel({ filterClause: "state eq" })).toList(),
      ),
      await codeOf(client.jobOperations.getTask("missing", "t")),
    ];
    for (const code of sent) expect(codes, String(code)).toContain(code);
  });
});
