/**
 * Azurite (the Azure Storage emulator) for the examples: the same launcher the integration tests use —
 * Azurite's blob service in memory on 127.0.0.1, on a free port, with the public development account.
 * @module
 */
export {
  AZURITE_ACCOUNT_KEY,
  AZURITE_ACCOUNT_NAME,
  startAzurite,
  type AzuriteInstance,
  type StartAzuriteOptions,
} from "../../test/support/azurite.js";
