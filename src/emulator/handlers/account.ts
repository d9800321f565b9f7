/**
 * HTTP handlers of the account-level operations: applications, supported images, node counts.
 * @module
 */
import { notFound } from "../errors.js";
import { pathParam, type HandlerTable } from "../http/context.js";
import { indexed, listPage } from "../http/views.js";
import { poolNodeCounts, SUPPORTED_IMAGES } from "../resources/account.js";
import { applicationSummary, findApplication } from "../resources/applications.js";

/** Handlers keyed by operation id. */
export function accountHandlers(): HandlerTable {
  return {
    Application_List: (ctx) =>
      listPage(ctx, indexed(ctx.store.applications.map(applicationSummary)), "applications"),
    Application_Get: (ctx) => {
      const app = findApplication(ctx.store.applications, pathParam(ctx, "applicationId"));
      if (!app) throw notFound("Application");
      return { body: applicationSummary(app), metadata: "applications/@Element" };
    },
    Account_ListSupportedImages: (ctx) => listPage(ctx, indexed(SUPPORTED_IMAGES), "supportedimages"),
    Account_ListPoolNodeCounts: (ctx) => listPage(ctx, indexed(poolNodeCounts(ctx.store)), "nodecounts"),
  };
}
