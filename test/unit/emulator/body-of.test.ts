/** Handlers read request bodies typed by their route's body definition, and only by that one. */
import { describe, expect, expectTypeOf, it } from "vitest";
import { bodyOf, type RequestContext } from "../../../src/emulator/http/context.js";
import type { Stored } from "../../../src/emulator/store/entities.js";
import type { Store } from "../../../src/emulator/store/store.js";
import type { PoolResizeParameter } from "../../../src/protocol/models.generated.js";
import { routes } from "../../../src/protocol/routes.generated.js";

function request(operationId: string, body: unknown): RequestContext {
  const route = routes.find((r) => r.operationId === operationId);
  if (!route) throw new Error(`no route ${operationId}`);
  return {
    route,
    pathParams: {},
    query: new URLSearchParams(),
    headers: {},
    body,
    baseUrl: "http://127.0.0.1",
    store: {} as Store, // bodyOf never reads the store
  };
}

describe("bodyOf", () => {
  it("answers the body as the route's body definition", () => {
    const body = bodyOf(request("Pool_Resize", { targetDedicatedNodes: 2 }), "PoolResizeParameter");
    expectTypeOf(body).toEqualTypeOf<Stored<PoolResizeParameter>>();
    expect(body.targetDedicatedNodes).toBe(2);
  });

  it("reads an absent optional body as an empty one", () => {
    expect(bodyOf(request("ComputeNode_Reboot", undefined), "NodeRebootParameter")).toEqual({});
  });

  it("refuses a definition other than the route's", () => {
    expect(() => bodyOf(request("Pool_Resize", {}), "PoolPatchParameter")).toThrow(
      "Route Pool_Resize takes a PoolResizeParameter request, not PoolPatchParameter.",
    );
    expect(() => bodyOf(request("Pool_Get", undefined), "PoolPatchParameter")).toThrow(
      "Route Pool_Get takes a bodiless request, not PoolPatchParameter.",
    );
  });
});
