import { describe, expect, it } from "vitest";
import { normaliseDocumentCode } from "@/server/documents/document-code";
import { generateShowCode, normaliseShowCode } from "./show-code";

describe("licence show codes", () => {
  it("read back as issued, however typed, and are never taken for a document code", () => {
    const code = generateShowCode();
    expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    expect(normaliseShowCode(code)).toBe(code);
    expect(normaliseShowCode(` ${code.replaceAll("-", "").toLowerCase()} `)).toBe(code);
    expect(normaliseShowCode(`https://jmt.example/verify/licence/${code}`)).toBe(code);
    expect(normaliseDocumentCode(code)).toBeNull();
    expect(normaliseShowCode("7KQ4-M2XP-9TRW-HB3D")).toBeNull();
    expect(normaliseShowCode(`${code}X`)).toBeNull();
  });
});
