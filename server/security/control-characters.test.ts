import { describe, expect, it } from "vitest";
import { containsControlCharacters, escapeControlCharacters, escapeControlCharactersDeep } from "./control-characters";

describe("control characters", () => {
  it.each(["a\u0000b", "\u0007", "x\u001b[31m", "\u007f", "\u0085", "\u000b", "\u000c"])("finds %j", (text) => {
    expect(containsControlCharacters(text)).toBe(true);
  });

  it("lets ordinary text through, with tabs and line breaks from text areas", () => {
    expect(containsControlCharacters("河南省郑州市金水区花园路62号\r\n第二行\t缩进 ABC-123 😀")).toBe(false);
  });

  it("looks into nested objects, arrays, keys and form data", () => {
    expect(containsControlCharacters({ a: [{ b: "ok" }, { c: ["x\u0000"] }] })).toBe(true);
    expect(containsControlCharacters({ "k\u0000": 1 })).toBe(true);
    const form = new FormData();
    form.set("name", "张\u0000明");
    expect(containsControlCharacters(form)).toBe(true);
    expect(containsControlCharacters({ a: 1, b: null, c: [true, new Date(0)] })).toBe(false);
  });

  it("writes them out visibly for logs and the audit trail", () => {
    expect(escapeControlCharacters("41\u00000105")).toBe("41\\u00000105");
    expect(escapeControlCharactersDeep({ "k\u0001": ["a\u0000", 3], n: null })).toEqual({
      "k\\u0001": ["a\\u0000", 3],
      n: null,
    });
  });
});
