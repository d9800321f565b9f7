import { describe, expect, it } from "vitest";
import {
  OutputFile,
  OutputFileBlobContainerDestination,
  OutputFileDestination,
  OutputFileUploadCondition,
  OutputFileUploadOptions,
  outputFileToContainer,
} from "../../../src/objectmodel/output-file.js";

const CONTAINER = "https://acct.blob.core.windows.net/out?sv=2021&sp=w&sig=SECRETSIG";
const WIRE = {
  filePattern: "../std*.txt",
  destination: { container: { containerUrl: CONTAINER, path: "task-1" } },
  uploadOptions: { uploadCondition: "taskcompletion" },
};

describe("OutputFile", () => {
  it("builds the wire shape the .NET way", () => {
    const file = new OutputFile(
      "../std*.txt",
      new OutputFileDestination(new OutputFileBlobContainerDestination(CONTAINER, "task-1")),
      new OutputFileUploadOptions(OutputFileUploadCondition.TaskCompletion),
    );
    expect(JSON.parse(JSON.stringify(file))).toEqual(WIRE);
    expect(file.destination).toBeInstanceOf(OutputFileDestination);
    expect(file.destination.container).toBeInstanceOf(OutputFileBlobContainerDestination);
  });

  it("accepts init objects and plain literals", () => {
    const file = new OutputFile(WIRE as never);
    expect(JSON.parse(JSON.stringify(file))).toEqual(WIRE);
    expect(file.uploadOptions).toBeInstanceOf(OutputFileUploadOptions);
  });

  it("outputFileToContainer is the one-call form", () => {
    const file = outputFileToContainer("../std*.txt", CONTAINER, {
      path: "task-1",
      uploadCondition: "taskcompletion",
    });
    expect(JSON.parse(JSON.stringify(file))).toEqual(WIRE);
  });

  it("supports identity references and upload headers", () => {
    const dest = new OutputFileBlobContainerDestination(
      "https://acct.blob.core.windows.net/out",
      { resourceId: "/id" },
      "p",
    );
    expect(dest.identityReference).toEqual({ resourceId: "/id" });
    expect(dest.path).toBe("p");
    const withHeaders = new OutputFileBlobContainerDestination({
      containerUrl: CONTAINER,
      uploadHeaders: [{ name: "Content-Type", value: "text/plain" }],
    });
    expect(withHeaders.uploadHeaders).toEqual([{ name: "Content-Type", value: "text/plain" }]);
  });

  it("refuses bad input with typed errors that do not echo the SAS", () => {
    expect(() => outputFileToContainer("", CONTAINER, { uploadCondition: "tasksuccess" })).toThrow(TypeError);
    expect(() => outputFileToContainer("*.txt", CONTAINER, { uploadCondition: "always" as never })).toThrow(
      RangeError,
    );
    expect(() =>
      outputFileToContainer("*.txt", "ftp://x/y?sig=SECRETSIG", { uploadCondition: "tasksuccess" }),
    ).toThrow(/http or https/);
    const error = (() => {
      try {
        outputFileToContainer("*.txt", "not a url?sig=SECRETSIG", { uploadCondition: "tasksuccess" });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(TypeError);
    expect(error!.message).not.toContain("SECRETSIG");
    expect(
      () =>
        new OutputFileBlobContainerDestination({ containerUrl: CONTAINER, uploadHeaders: [{ name: "" }] }),
    ).toThrow(TypeError);
    expect(() => new OutputFileDestination({})).toThrow(/needs a container/);
  });
});
