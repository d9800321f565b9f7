import { describe, expect, it } from "vitest";
import { ResourceFile, validateResourceFile } from "../../../src/objectmodel/resource-file.js";

const URL_WITH_SAS = "https://acct.blob.core.windows.net/in/a.txt?sv=2021&sp=r&sig=SECRETSIG";

describe("ResourceFile factories", () => {
  it("fromUrl sets the URL, node path and mode", () => {
    const file = ResourceFile.fromUrl(URL_WITH_SAS, "data/a.txt", "0755");
    expect(file).toBeInstanceOf(ResourceFile);
    expect({ ...file }).toEqual({ httpUrl: URL_WITH_SAS, filePath: "data/a.txt", fileMode: "0755" });
    expect(JSON.parse(JSON.stringify(file))).toEqual({
      httpUrl: URL_WITH_SAS,
      filePath: "data/a.txt",
      fileMode: "0755",
    });
  });

  it("fromUrl with an identity reference", () => {
    const file = ResourceFile.fromUrl(
      "https://acct.blob.core.windows.net/in/a.txt",
      { resourceId: "/id/1" },
      "a.txt",
    );
    expect(file.identityReference).toEqual({ resourceId: "/id/1" });
    expect(file.filePath).toBe("a.txt");
  });

  it("fromStorageContainerUrl and fromAutoStorageContainer keep only the given options", () => {
    const c = ResourceFile.fromStorageContainerUrl("http://127.0.0.1:10000/devstoreaccount1/in?sig=x", {
      blobPrefix: "run-1/",
    });
    expect({ ...c }).toEqual({
      storageContainerUrl: "http://127.0.0.1:10000/devstoreaccount1/in?sig=x",
      blobPrefix: "run-1/",
    });
    const auto = ResourceFile.fromAutoStorageContainer("inputs", { filePath: "in", fileMode: "644" });
    expect({ ...auto }).toEqual({ autoStorageContainerName: "inputs", filePath: "in", fileMode: "644" });
  });

  it("the constructor accepts an init object and plain literals validate too", () => {
    expect(new ResourceFile({ httpUrl: URL_WITH_SAS, filePath: "a" }).httpUrl).toBe(URL_WITH_SAS);
    expect(() => validateResourceFile({ autoStorageContainerName: "c" })).not.toThrow();
  });
});

describe("ResourceFile validation", () => {
  it.each([
    [{}, TypeError, /needs one source/],
    [
      { httpUrl: URL_WITH_SAS, autoStorageContainerName: "c", filePath: "a" },
      TypeError,
      /exactly one source/,
    ],
    [{ httpUrl: URL_WITH_SAS }, TypeError, /filePath is required/],
    [{ httpUrl: "ftp://host/a", filePath: "a" }, TypeError, /http or https/],
    [{ httpUrl: "relative/a.txt", filePath: "a" }, TypeError, /absolute URL/],
    [{ storageContainerUrl: "nope", blobPrefix: "x" }, TypeError, /absolute URL/],
    [{ httpUrl: URL_WITH_SAS, filePath: "../a" }, RangeError, /\.\./],
    [{ httpUrl: URL_WITH_SAS, filePath: "x\\..\\..\\a" }, RangeError, /\.\./],
    [{ httpUrl: URL_WITH_SAS, filePath: "/etc/a" }, RangeError, /relative/],
    [{ httpUrl: URL_WITH_SAS, filePath: "C:\\a" }, RangeError, /relative/],
    [{ httpUrl: URL_WITH_SAS, filePath: "" }, TypeError, /non-empty/],
    [{ httpUrl: URL_WITH_SAS, filePath: "a", blobPrefix: "p" }, TypeError, /container sources/],
    [{ httpUrl: URL_WITH_SAS, filePath: "a", fileMode: "rwx" }, RangeError, /octal/],
    [
      { autoStorageContainerName: "c", identityReference: { resourceId: "r" } },
      TypeError,
      /identityReference/,
    ],
  ])("refuses %j", (init, type, message) => {
    expect(() => new ResourceFile(init)).toThrow(type);
    expect(() => new ResourceFile(init)).toThrow(message);
  });

  it("never echoes a URL (which may carry a SAS) in its errors", () => {
    const error = (() => {
      try {
        ResourceFile.fromUrl("ftp://host/a?sig=SECRETSIG", "a");
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(TypeError);
    expect(error!.message).not.toContain("SECRETSIG");
  });

  it("allows `..` inside names, only not as a path segment", () => {
    expect(ResourceFile.fromUrl(URL_WITH_SAS, "a..b/c...txt").filePath).toBe("a..b/c...txt");
  });
});
