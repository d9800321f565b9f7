import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import { signedRequest } from "./support.js";

describe("a job schedule whose job specification names no pool", () => {
  let service: LocalBatchService;
  beforeAll(async () => {
    service = await startLocalBatchService();
  });
  afterAll(() => service.close());

  it("is refused when it is added, instead of failing when its recurrence fires", async () => {
    const answer = await signedRequest(service, "POST", "/jobschedules", {
      body: { id: "no-pool", schedule: { recurrenceInterval: "PT1M" }, jobSpecification: { poolInfo: {} } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe("InvalidPropertyValue");
    expect(JSON.stringify(answer.body.values)).toContain("jobSpecification.poolInfo");
    const list = await signedRequest(service, "GET", "/jobschedules");
    expect(list.body.value).toEqual([]);
  });
});
