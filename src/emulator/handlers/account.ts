/**
 * HTTP handlers of the account-level operations: applications, supported images, node counts.
 * @module
 */
import { notFound } from "../errors.js";
import { pathParam, type HandlerTable } from "../http/context.js";
import { indexed, listPage } from "../http/views.js";
import { applicationSummary, poolNodeCounts, SUPPORTED_IMAGES } from "../resources/account.js";
import type { HandlerConfig } from "./config.js";

/** Handlers keyed by operation id. */
export function accountHandlers(config: HandlerConfig): HandlerTable {
  return {
    Application_List: (ctx) =>
      listPage(ctx, indexed(config.applications.map(applicationSummary)), "applications"),
    Application_Get: (ctx) => {
      const id = pathParam(ctx, "applicationId").toLowerCase();
      const app = config.applications.find((a) => a.id.toLowerCase() === id);
      if (!app) throw notFound("Application");
      return { body: applicationSummary(app), metadata: "applications/@Element" };
    },
    Account_ListSupportedImages: (ctx) => listPage(ctx, indexed(SUPPORTED_IMAGES), "supportedimages"),
    Account_ListPoolNodeCounts: (ctx) => listPage(ctx, indexed(poolNodeCounts(ctx.store)), "nodecounts"),
  };
}
