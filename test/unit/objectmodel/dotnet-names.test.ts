/**
 * Batch .NET names of the generated object model that ported programs rely on: both `UserIdentity`
 * constructors, enum and member names, `Certificate.cancelDelete`, `TaskDependencies.onTasks`.
 */
import { describe, expect, it } from "vitest";
import {
  AutoUserSpecification,
  Certificate,
  CertStoreLocation,
  CloudTask,
  InboundEndpoint,
  StorageAccountType,
  TaskDependencies,
  UserIdentity,
} from "../../../src/index.js";
import { toWireObject } from "../../../src/objectmodel/runtime/property-container.js";

describe("UserIdentity constructors", () => {
  it("takes a string as the user name", () => {
    const identity = new UserIdentity("alice");
    expect(toWireObject(identity)).toEqual({ username: "alice" });
  });

  it("takes an AutoUserSpecification (instance or literal) as the auto-user", () => {
    const instance = new UserIdentity(new AutoUserSpecification({ elevationLevel: "admin", scope: "task" }));
    expect(instance.userName).toBeUndefined();
    expect(toWireObject(instance)).toEqual({ autoUser: { elevationLevel: "admin", scope: "task" } });
    const literal = new UserIdentity({ elevationLevel: "admin" } as AutoUserSpecification);
    expect(literal.autoUser).toBeInstanceOf(AutoUserSpecification);
    expect(toWireObject(literal)).toEqual({ autoUser: { elevationLevel: "admin" } });
  });

  it("still takes an init object", () => {
    expect(toWireObject(new UserIdentity({ userName: "bob" }))).toEqual({ username: "bob" });
  });

  it("refuses any other first argument with a TypeError", () => {
    expect(() => new UserIdentity(42 as unknown as string)).toThrow(TypeError);
    expect(() => new UserIdentity(true as unknown as string)).toThrow(
      /userName \(string\) or autoUser \(object\)/,
    );
  });
});

describe("names as Batch .NET spells them", () => {
  it("names enums and members as .NET does", () => {
    expect(CertStoreLocation.CurrentUser).toBe("currentuser");
    expect(CertStoreLocation.LocalMachine).toBe("localmachine");
    expect(StorageAccountType.StandardLrs).toBe("standard_lrs");
    expect(StorageAccountType.PremiumLrs).toBe("premium_lrs");
    expect(StorageAccountType.StandardSSDLRS).toBe("standardssd_lrs");
  });

  it("reads InboundEndpoint.publicFqdn from the wire publicFQDN", () => {
    expect(Object.getOwnPropertyNames(InboundEndpoint.prototype)).toContain("publicFqdn");
  });

  it("offers Certificate.cancelDelete", () => {
    expect(typeof Certificate.prototype.cancelDelete).toBe("function");
  });

  it("builds dependencies from tasks with onTasks, listed or as one iterable", () => {
    const a = new CloudTask("a", "/bin/true");
    const b = new CloudTask("b", "/bin/true");
    expect(TaskDependencies.onTasks(a, b).taskIds).toEqual(["a", "b"]);
    expect(TaskDependencies.onTasks(new Set([a, b])).taskIds).toEqual(["a", "b"]);
    expect(() => TaskDependencies.onTasks({})).toThrow(TypeError);
  });
});
