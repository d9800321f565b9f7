/**
 * HTTP handlers of the account-level operations: applications, supported images, node counts,
 * lifetime statistics.
 * @module
 */
import { notFound } from "../errors.js";
import { pathParam, type HandlerTable } from "../http/context.js";
import { indexed, listPage } from "../http/views.js";
import { poolNodeCounts, SUPPORTED_IMAGES } from "../resources/account.js";
import { applicationSummary, findApplication } from "../resources/applications.js";
import { lifetimeJobStats, lifetimePoolStats } from "../resources/lifetime-stats.js";

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
    // Served at api-versions before 2023-05-01.17.0 only (see versions/).
    Pool_GetAllLifetimeStatistics: (ctx) => ({
      body: lifetimePoolStats(ctx.store, ctx.baseUrl),
      metadata: "poolstats/@Element",
    }),
    Job_GetAllLifetimeStatistics: (ctx) => ({
      body: lifetimeJobStats(ctx.store, ctx.baseUrl),
      metadata: "jobstats/@Element",
    }),
  };
}
