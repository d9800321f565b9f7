import { isTokenCredential as coreAuthCheck } from "@azure/core-auth";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials, BatchTokenCredentials } from "../../../src/auth/index.js";
import { isTokenCredential } from "../../../src/auth/token-credential.js";

const KEY = Buffer.alloc(32, 1).toString("base64");
const SRC = join(import.meta.dirname, "../../../src");

describe("isTokenCredential", () => {
  const withGetToken = (getToken: (...args: never[]) => unknown, extra: object = {}) =>
    Object.assign(Object.create(null) as object, { getToken, ...extra });
  const samples: [string, unknown][] = [
    ["undefined", undefined],
    ["null", null],
    ["a string", "token"],
    ["a number", 1],
    ["an empty object", {}],
    ["getToken that is not a function", { getToken: "x" }],
    ["a TokenCredential", withGetToken((_scopes: never) => Promise.resolve(null))],
    ["a TokenCredential without declared parameters", withGetToken(() => Promise.resolve(null))],
    [
      "signRequest and getToken with parameters",
      withGetToken((_s: never) => null, { signRequest: () => {} }),
    ],
    ["signRequest and getToken without parameters", withGetToken(() => null, { signRequest: () => {} })],
    ["a function with getToken", Object.assign(() => {}, { getToken: (_s: never) => null })],
    ["Shared Key credentials", new BatchSharedKeyCredentials("https://a.b", "a", KEY)],
    ["Batch token credentials", new BatchTokenCredentials("https://a.b", "token")],
  ];

  it.each(samples)("decides %s as @azure/core-auth does", (_name, value) => {
    expect(isTokenCredential(value)).toBe(Boolean(coreAuthCheck(value)));
  });

  it("the SDK never loads @azure/core-auth at run time (only its types are used)", () => {
    const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    const runtimeImports = files.filter((file) =>
      /^import\s+(?!type\b)[^;]*from\s+"@azure\/core-auth"/m.test(readFileSync(join(SRC, file), "utf8")),
    );
    expect(runtimeImports).toEqual([]);
  });
});
