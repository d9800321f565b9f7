import { setLogLevel } from "@azure/logger";
import { BatchClient, ClientRequestIdProvider } from "../../src/index.js";

declare const batchClient: BatchClient;

// Logs every request and response line (never credentials or SAS signatures) to stderr.
// AZURE_LOG_LEVEL=verbose does the same without code.
setLogLevel("verbose");

// Choose the client-request-id of each request, e.g. to find it in your own logs too.
batchClient.customBehaviors.push(new ClientRequestIdProvider(() => crypto.randomUUID()));
