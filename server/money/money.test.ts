import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localiseIssue } from "@/server/validation-messages";
import { fenToYuan } from "./fen-to-yuan";
import { parseYuan } from "./parse-yuan";
import { yuanAmount } from "./yuan-amount";

describe("yuan and fen", () => {
  it("writes fen as yuan with two decimals, or whole yuan short", () => {
    expect(fenToYuan(1)).toBe("0.01");
    expect(fenToYuan(1850)).toBe("18.50");
    expect(fenToYuan(2000)).toBe("20.00");
    expect(fenToYuan(15000, { short: true })).toBe("150");
    expect(fenToYuan(1850, { short: true })).toBe("18.50");
  });
  it("reads back exactly what it writes, for any amount", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_147_483_647 }),
        (fen) => parseYuan(fenToYuan(fen), { exactCents: true }) === fen,
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_147_483_647 }),
        (fen) => parseYuan(fenToYuan(fen, { short: true })) === fen,
      ),
    );
  });
  it("reads typed amounts to the fen, without the float error of 0.29 × 100", () => {
    expect(parseYuan("3280")).toBe(328_000);
    expect(parseYuan("3280.5")).toBe(328_050);
    expect(parseYuan("0.29")).toBe(29);
    expect(parseYuan("1.005")).toBeNull();
  });
  it("reads nothing but plain yuan, and only two decimals from a provider", () => {
    for (const bad of ["-1.00", "1e3", " 1.00", "01.00", "1.000", "", ".5", "1.", "１２", "12345678901"])
      expect(parseYuan(bad), bad).toBeNull();
    for (const bad of ["18.5", "18"]) expect(parseYuan(bad, { exactCents: true }), bad).toBeNull();
  });
  it("gives forms and routers one schema: fen out, a message in Chinese and English for anything else", () => {
    const schema = yuanAmount({ minFen: 1, maxFen: 100_000 });
    expect(schema.parse(" 999.9 ")).toBe(99_990);
    for (const bad of ["0", "1000.01", "abc", "12.345"]) {
      const result = schema.safeParse(bad);
      expect(result.success, bad).toBe(false);
      const issue = result.error!.issues[0]!;
      expect(localiseIssue(issue, "zh-CN")).toContain("请输入以元为单位的金额");
      expect(localiseIssue(issue, "en")).toContain("Enter an amount in yuan");
    }
    expect(
      yuanAmount({ maxFen: 100, message: "i18n:errors.accident.amount" }).safeParse("2").error?.issues[0]?.message,
    ).toBe("i18n:errors.accident.amount");
  });
});
