import { describe, expect, it } from "vitest";
import { isPersonName, normaliseName } from "./normalise-name";

describe("person names", () => {
  it("compares names the way people type them: spaces, full-width letters and separator variants do not matter", () => {
    expect(normaliseName("  李娜 ")).toBe("李娜");
    expect(normaliseName("阿依古丽 • 买买提")).toBe("阿依古丽·买买提");
    expect(normaliseName("阿依古丽．买买提")).toBe("阿依古丽·买买提");
    expect(normaliseName("ＪＯＨＮ  SMITH")).toBe("JOHN SMITH");
  });

  it("accepts Han and Latin names with a separator, refuses digits, symbols, empty and overlong input", () => {
    for (const ok of ["李娜", "欧阳修", "阿依古丽·买买提", "JOHN SMITH"]) expect(isPersonName(ok), ok).toBe(true);
    for (const bad of ["", "  ", "李3", "李娜!", "·李娜", "李".repeat(41)]) expect(isPersonName(bad), bad).toBe(false);
  });
});
