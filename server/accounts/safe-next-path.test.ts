import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("keeps a path on this site with its query and hash", () => {
    expect(safeNextPath("/me/applications?tab=open#top")).toBe("/me/applications?tab=open#top");
    expect(safeNextPath("/dashboard")).toBe("/dashboard");
  });

  it("refuses anything that could leave the site", () => {
    for (const bad of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example/",
      "evil.example",
      "javascript:alert(1)",
      "/\t/evil.example",
    ]) {
      expect(safeNextPath(bad), bad).toBeNull();
    }
  });

  it("refuses missing and non-string values", () => {
    expect(safeNextPath(undefined)).toBeNull();
    expect(safeNextPath(["/me"])).toBeNull();
    expect(safeNextPath("")).toBeNull();
  });

  it("normalises dot segments instead of following them off the path", () => {
    expect(safeNextPath("/me/../admin")).toBe("/admin");
  });
});
