/**
 * One local Batch service for the tests of a file: started before them, closed after them, with a
 * protocol client signed for it.
 * @module
 */
import { afterAll, beforeAll } from "vitest";
import {
  startLocalBatchService,
  type LocalBatchService,
  type LocalBatchServiceOptions,
} from "../../src/emulator/index.js";
import type { ProtocolClient } from "../../src/protocol/client.js";
import { protocolClientFor } from "./service-client.js";

/** The service of a test file and its client; reading either before the file's tests start throws. */
export interface LocalServiceFixture {
  readonly service: LocalBatchService;
  readonly client: ProtocolClient;
}

/**
 * Registers hooks that start a local Batch service (timeScale 0 unless `options` say otherwise)
 * before the file's tests and close it after them. Hooks the file registers later run after the
 * start and, in vitest's default stack order, before the close.
 */
export function withLocalService(options: LocalBatchServiceOptions = {}): LocalServiceFixture {
  let started: { service: LocalBatchService; client: ProtocolClient } | undefined;
  const running = (): { service: LocalBatchService; client: ProtocolClient } => {
    if (!started) throw new Error("the local Batch service is not started yet: use it inside a test or hook");
    return started;
  };
  beforeAll(async () => {
    const service = await startLocalBatchService({ timeScale: 0, ...options });
    started = { service, client: protocolClientFor(service) };
  });
  afterAll(async () => {
    await started?.service.close();
    started = undefined;
  });
  return {
    get service() {
      return running().service;
    },
    get client() {
      return running().client;
    },
  };
}
