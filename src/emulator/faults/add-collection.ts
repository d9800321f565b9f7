/**
 * Per-task `servererror` results in add-collection answers: the chosen tasks are taken out of the
 * request before it is processed (so they are not added) and reported as server errors.
 * @module
 */
import { bodyOf, type Handler, type HandlerTable } from "../http/context.js";
import { MAX_TASKS_PER_COLLECTION } from "../resources/tasks.js";
import type { TaskAddParameter } from "../../protocol/models.generated.js";
import type { WireObject } from "../store/entities.js";
import type { FaultInjector } from "./injector.js";

function serverErrorResult(spec: TaskAddParameter | null): WireObject {
  const id = spec?.id;
  return {
    status: "servererror",
    taskId: typeof id === "string" ? id : "",
    error: {
      code: "ServerBusy",
      message: { lang: "en-US", value: "The task could not be added now (injected fault); add it again." },
    },
  };
}

function addCollectionWithFaults(inner: Handler, injector: FaultInjector): Handler {
  return async (ctx) => {
    const body = bodyOf(ctx, "TaskAddCollectionParameter");
    const list = body.value;
    // Malformed or oversized collections are refused as a whole, as without faults.
    if (!Array.isArray(list) || list.length > MAX_TASKS_PER_COLLECTION) return inner(ctx);
    const failed = injector.taskServerErrors(list.length);
    if (!failed.includes(true)) return inner(ctx);
    // The inner handler still checks the job (and answers for the remaining tasks).
    const result = await inner({ ...ctx, body: { ...body, value: list.filter((_, i) => !failed[i]) } });
    const added = [...((result.body?.value ?? []) as WireObject[])];
    const value = list.map((spec, i) => (failed[i] ? serverErrorResult(spec) : added.shift()));
    injector.stats.taskServerErrors += failed.filter(Boolean).length;
    return { ...result, body: { ...result.body, value } };
  };
}

/** The handler table with add-collection answering injected per-task server errors. */
export function withTaskServerErrors(handlers: HandlerTable, injector: FaultInjector): HandlerTable {
  const inner = handlers.Task_AddCollection;
  if (!inner) return handlers;
  return { ...handlers, Task_AddCollection: addCollectionWithFaults(inner, injector) };
}
