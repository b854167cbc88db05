import { describe, expect, it } from "vitest";
import { idNumberCheckDigit, makeIdNumber, validateIdNumber } from "./id-number";

/*
 * Check digits below were worked out by hand: sum of digit × weight (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2),
 * sum mod 11 indexes "1 0 X 9 8 7 6 5 4 3 2".
 */
const today = "2026-11-27";

describe("validateIdNumber", () => {
  it("accepts the standard's own example, whose check character is X", () => {
    // 1·7+1·9+0+1·5+0+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0+0+2·2 = 167; 167 mod 11 = 2 → X
    expect(validateIdNumber("11010519491231002X", today)).toEqual({
      ok: true,
      regionCode: "110105",
      birthDate: "1949-12-31",
      sex: "F",
    });
  });

  it.each([
    ["a region code that never existed", "990101199003074470"],
    ["an unused county number under Zhengzhou", "410199199003074473"],
  ])("refuses %s, though its check character is right", (_label, id) => {
    expect(validateIdNumber(id, today)).toEqual({ ok: false, reason: "region" });
  });

  it("accepts a code that is no longer in force: old numbers keep the code they were issued under", () => {
    // 410121 荥阳县 (MCA 1980 revision) became 荥阳市 410182 in 1994.
    const first17 = "41012119800101001";
    expect(validateIdNumber(first17 + idNumberCheckDigit(first17), today)).toMatchObject({
      ok: true,
      regionCode: "410121",
    });
  });

  it("accepts a lower-case x as the check character", () => {
    expect(validateIdNumber("11010519491231002x", today)).toMatchObject({ ok: true, sex: "F" });
  });

  it("reads region, birth date and sex (odd 17th digit = male) from a Zhengzhou number", () => {
    // 4·7+1·9+0+1·5+0+5·4+1·2+9·1+9·6+0+0+5·9+1·10+2·5+1·8+2·4+3·2 = 214; 214 mod 11 = 5 → 7
    expect(validateIdNumber("410105199005121237", today)).toEqual({
      ok: true,
      regionCode: "410105",
      birthDate: "1990-05-12",
      sex: "M",
    });
  });

  it("reads a woman's number from Luoyang (even 17th digit)", () => {
    // 4·7+1·9+0+3·5+0+5·4+1·2+9·1+8·6+5·3+1·7+1·9+2·10+0+0+0+2·2 = 186; 186 mod 11 = 10 → 2
    expect(validateIdNumber("410305198511200022", today)).toEqual({
      ok: true,
      regionCode: "410305",
      birthDate: "1985-11-20",
      sex: "F",
    });
  });

  it("accepts 29 February in a leap year", () => {
    // 4·7+1·9+0+1·5+0+2·4+2·2+0+0+0+0+2·9+2·10+9·5+0+0+1·2 = 139; 139 mod 11 = 7 → 5
    expect(validateIdNumber("410102200002290015", today)).toMatchObject({ ok: true, birthDate: "2000-02-29" });
  });

  it.each([
    ["empty", ""],
    ["old 15-digit number", "410105900512123"],
    ["17 digits", "41010519900512123"],
    ["19 digits", "4101051990051212370"],
    ["letter inside", "41010519900512A237"],
    ["X not at the end", "4101051990051212X7"],
    ["leading zero region", "010105199005121237"],
    ["surrounding spaces", " 410105199005121237 "],
    ["full-width digits", "４１０１０５１９９００５１２１２３７"],
  ])("refuses a malformed number (%s) as format", (_label, id) => {
    expect(validateIdNumber(id, today)).toEqual({ ok: false, reason: "format" });
  });

  it("refuses a mistyped digit or a wrong check character as checksum", () => {
    expect(validateIdNumber("410105199005121238", today)).toEqual({ ok: false, reason: "checksum" });
    expect(validateIdNumber("410105199005121337", today)).toEqual({ ok: false, reason: "checksum" });
    expect(validateIdNumber("41010519900512123X", today)).toEqual({ ok: false, reason: "checksum" });
  });

  it("refuses birth dates before 1900 even with a correct check digit", () => {
    // The standard's second example: 4·7+4·9+0+5·5+2·8+4·4+1·2+8·1+8·6+0+0+1·9+0+1·5+0+0+1·2 = 195;
    // 195 mod 11 = 8 → 4, so the number is well-formed but born in 1880.
    expect(validateIdNumber("440524188001010014", today)).toEqual({ ok: false, reason: "birthdate" });
  });

  it.each([
    ["30 February", "4101051990023012"],
    ["29 February in 1900 (not a leap year)", "4101051900022912"],
    ["month 13", "4101051990130112"],
    ["day 00", "4101051990050012"],
    ["the day after today", "4101052026112812"],
  ])("refuses an impossible birth date (%s) as birthdate", (_label, first16) => {
    const first17 = `${first16}3`;
    expect(validateIdNumber(first17 + idNumberCheckDigit(first17), today)).toEqual({ ok: false, reason: "birthdate" });
  });

  it("accepts someone born today", () => {
    const first17 = "41010520261127123";
    expect(validateIdNumber(first17 + idNumberCheckDigit(first17), today)).toMatchObject({ ok: true });
  });
});

describe("makeIdNumber", () => {
  it("appends the same check digit as worked out by hand", () => {
    expect(makeIdNumber("410105", "1990-05-12", "123")).toBe("410105199005121237");
    expect(makeIdNumber("410305", "1985-11-20", "002")).toBe("410305198511200022");
    expect(makeIdNumber("110105", "1949-12-31", "002")).toBe("11010519491231002X");
  });

  it("pads a numeric sequence to three digits", () => {
    expect(makeIdNumber("410305", "1985-11-20", 2)).toBe("410305198511200022");
  });

  it("produces numbers that validate, with the sex given by the sequence's parity", () => {
    for (let seq = 0; seq < 40; seq++) {
      const result = validateIdNumber(makeIdNumber("410182", "1977-03-09", seq), today);
      expect(result).toEqual({ ok: true, regionCode: "410182", birthDate: "1977-03-09", sex: seq % 2 ? "M" : "F" });
    }
  });

  it("refuses inputs that cannot make a valid number", () => {
    expect(() => makeIdNumber("41010", "1990-05-12", "123")).toThrow(/region/);
    expect(() => makeIdNumber("410105", "1990-02-30", "123")).toThrow(/birth date/);
    expect(() => makeIdNumber("410105", "1899-12-31", "123")).toThrow(/birth date/);
    expect(() => makeIdNumber("410105", "1990-05-12", "1234")).toThrow(/sequence/);
  });
});
