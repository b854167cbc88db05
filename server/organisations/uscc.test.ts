import { describe, expect, it } from "vitest";
import { messages } from "@/server/i18n/messages";
import {
  makeUscc,
  normaliseUscc,
  organisationCodeCheck,
  type UsccProblem,
  usccCheckCharacter,
  validateUscc,
} from "./uscc";

/** Codes as their holders publish them (business licences, the national credit publicity system). */
const published = [
  ["GB 32100-2015's own example", "91350100M000100Y43"],
  ["华为技术有限公司", "914403001922038216"],
  ["深圳市腾讯计算机系统有限公司", "91440300708461136T"],
  ["小米科技有限责任公司", "91110108551385082Q"],
  ["北京百度网讯科技有限公司", "91110000802100433B"],
  ["阿里巴巴（中国）有限公司", "91330100799655058B"],
] as const;

const swap = (code: string, at: number, c: string) => code.slice(0, at) + c + code.slice(at + 1);

describe("validateUscc", () => {
  it.each(published)("accepts %s: %s", (_holder, code) => {
    expect(validateUscc(code)).toEqual({ ok: true, uscc: code });
  });

  it("works the standard's example by hand: weights 3^i mod 31, check 31 − (sum mod 31)", () => {
    // 9·1 + 1·3 + 3·9 + 5·27 + 1·26 + M(21)·20 + 1·8 + Y(30)·30 + 4·28 = 1640; 1640 mod 31 = 28; 31 − 28 = 3.
    expect(usccCheckCharacter("91350100M000100Y4")).toBe("3");
    // GB 11714 values letters A = 10 … Z = 35: M(22)·3 + 1·5 + Y(34)·2 = 139; 139 mod 11 = 7; 11 − 7 = 4.
    expect(organisationCodeCheck("M000100Y")).toBe("4");
  });

  it("reads a code typed in lower case, in groups, or with a dash", () => {
    expect(validateUscc(" 9135 0100 m000 100y 43")).toEqual({ ok: true, uscc: "91350100M000100Y43" });
    expect(validateUscc("91350100-M000100Y43")).toEqual({ ok: true, uscc: "91350100M000100Y43" });
    expect(normaliseUscc("91350100m000100y43")).toBe("91350100M000100Y43");
  });

  it.each(published)("refuses %s with its last character off by one: check", (_holder, code) => {
    const last = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    const next = last[(last.indexOf(code[17]!) + 1) % last.length]!;
    expect(validateUscc(swap(code, 17, next))).toEqual({ ok: false, problem: "check" });
  });

  it.each(published)("refuses %s with one organisation-code character changed: organisationCode", (_holder, code) => {
    const c = code[12] === "7" ? "8" : "7";
    expect(validateUscc(swap(code, 12, c))).toEqual({ ok: false, problem: "organisationCode" });
  });

  it.each([
    ["17 characters", "91350100M000100Y4", "length"],
    ["19 characters", "91350100M000100Y433", "length"],
    ["empty", "", "length"],
    ["an O, which the set leaves out for 0", "91350100MO00100Y43", "characters"],
    ["an I, which the set leaves out for 1", "9I350100M000100Y43", "characters"],
    ["a Chinese character", "91350100M000100Y4三", "characters"],
    ["authority 9 with type 4 (工商 registers types 1–3)", "94350100M000100Y43", "authority"],
    ["an authority that does not exist (B)", "B1350100M000100Y43", "authority"],
    ["a division that never existed", "91990100M000100Y43", "division"],
    ["letters where the division goes", "9135A100M000100Y43", "division"],
  ])("refuses %s: %s", (_label, code, problem) => {
    expect(validateUscc(code)).toEqual({ ok: false, problem });
  });
});

describe("makeUscc", () => {
  it("builds codes that validate, with both check characters worked out", () => {
    const code = makeUscc("91", "410105", "MA9F4K2L");
    expect(code).toMatch(/^91410105MA9F4K2L[\dX][0-9A-HJ-NP-RTUW-Y]$/);
    expect(validateUscc(code)).toEqual({ ok: true, uscc: code });
  });

  it("refuses a body whose characters are outside the set", () => {
    expect(() => makeUscc("91", "410105", "MA9F4K2O")).toThrow();
  });
});

describe("the messages of each problem", () => {
  it.each(["length", "characters", "authority", "division", "organisationCode", "check"] as const)(
    "%s has its message in both languages",
    (problem) => {
      for (const locale of ["zh-CN", "en"] as const) {
        const uscc = (messages[locale].errors as { organisation: { uscc: Record<UsccProblem, string> } }).organisation
          .uscc;
        expect(uscc[problem], `${locale} ${problem}`).toBeTruthy();
      }
    },
  );
});
