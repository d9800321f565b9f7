import { describe, expect, it } from "vitest";
import { DEV_ACCOUNT_KEY } from "../../src/emulator/index.js";
import { redactUrl } from "../../src/http/redact.js";
import { AZURITE_ACCOUNT_KEY, findLeaks } from "../support/leaks.js";

// Built at run time so that no whole secret stands in this file's own output.
const sasUrl = `https://acct.blob.test/c/b?sv=2023-01-03&sp=r&${"sig"}=${"a".repeat(20)}%2Bb%3D`;

describe("the whole-run secret scan", () => {
  it.each([
    ["the local Batch service's development key", `key ${DEV_ACCOUNT_KEY}`],
    ["Azurite's account key", `AccountKey=${AZURITE_ACCOUNT_KEY};`],
    ["a SAS signature", `GET ${sasUrl} 200`],
    ["a Shared Key signature", `authorization: SharedKey acct:${"Q".repeat(43)}=`],
    ["a bearer token", `authorization: Bearer ${"eyJ".padEnd(40, "x")}`],
  ])("finds %s", (name, text) => {
    expect(findLeaks([text])).toEqual([name]);
  });

  it("passes what the SDK prints after redaction", () => {
    expect(findLeaks([`GET ${redactUrl(sasUrl)} 200`, "authorization: REDACTED", "Bearer REDACTED"])).toEqual(
      [],
    );
  });
});
