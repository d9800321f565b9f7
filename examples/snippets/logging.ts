import { setLogLevel } from "@azure/logger";
import { BatchClient, ClientRequestIdProvider } from "../../src/index.js";

declare const batchClient: BatchClient;

// One line per request attempt (method, URL, status, duration) and one per retry, on stderr;
// keys, tokens and SAS signatures never appear. AZURE_LOG_LEVEL=info does the same without code.
setLogLevel("info");

// Choose the client-request-id of each request, e.g. to find it in your own logs too.
batchClient.customBehaviors.push(new ClientRequestIdProvider(() => crypto.randomUUID()));
