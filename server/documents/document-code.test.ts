import { describe, expect, it } from "vitest";
import { generateDocumentCode, normaliseDocumentCode } from "./document-code";

describe("generateDocumentCode", () => {
  it("prints four groups of four characters, none of them I, L, O or U", () => {
    for (let i = 0; i < 200; i++) {
      expect(generateDocumentCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    }
  });

  it("draws 80 random bits: every character position takes every one of the 32 values", () => {
    const codes = Array.from({ length: 3000 }, () => generateDocumentCode().replaceAll("-", ""));
    expect(new Set(codes).size).toBe(codes.length);
    for (let pos = 0; pos < 16; pos++) {
      expect(new Set(codes.map((c) => c[pos])).size).toBe(32);
    }
  });

  it("reads back unchanged", () => {
    const code = generateDocumentCode();
    expect(normaliseDocumentCode(code)).toBe(code);
  });
});

describe("normaliseDocumentCode", () => {
  const code = "7KQ4-M2XP-9TRW-HB3D";

  it("accepts what a person types: any case, spaces or no dashes", () => {
    expect(normaliseDocumentCode("7kq4-m2xp-9trw-hb3d")).toBe(code);
    expect(normaliseDocumentCode(" 7KQ4 M2XP 9TRW HB3D ")).toBe(code);
    expect(normaliseDocumentCode("7KQ4M2XP9TRWHB3D")).toBe(code);
    expect(normaliseDocumentCode("7kq4—m2xp 9trw_hb3d")).toBe(code);
  });

  it("accepts full-width characters from a Chinese input method", () => {
    expect(normaliseDocumentCode("７ＫＱ４－Ｍ２ＸＰ－９ＴＲＷ－ＨＢ３Ｄ")).toBe(code);
  });

  it("reads O as zero and I or L as one, the way they are misread off paper", () => {
    expect(normaliseDocumentCode("1O23-ILAB-CDEF-GHJK")).toBe("1023-11AB-CDEF-GHJK");
  });

  it("takes the code out of a pasted verify URL", () => {
    expect(normaliseDocumentCode(`https://jmt.example.gov.cn/verify/${code}`)).toBe(code);
    expect(normaliseDocumentCode(`http://localhost:3000/verify/7kq4-m2xp-9trw-hb3d?x=1`)).toBe(code);
  });

  it("refuses what cannot be a code", () => {
    expect(normaliseDocumentCode("")).toBeNull();
    expect(normaliseDocumentCode("7KQ4-M2XP-9TRW")).toBeNull();
    expect(normaliseDocumentCode("7KQ4-M2XP-9TRW-HB3DX")).toBeNull();
    expect(normaliseDocumentCode("7KQ4-M2XP-9TRW-HB3U")).toBeNull();
    expect(normaliseDocumentCode("410105199208202467")).toBeNull();
    expect(normaliseDocumentCode("' or 1=1 --")).toBeNull();
  });
});
