import { describe, expect, it } from "vitest";
import { z } from "zod";
import { flattenLocalised } from "@/server/validation-messages";
import { registerFieldSchema, registerRecordShape } from "./register-field-schema";
import { choice, date, decimal, idNumber, integer, money, text, textArray } from "./register-fields";

const fields = [
  text("filingNumber", 14, 40, {
    fixed: true,
    normalise: (typed) => typed.replace(/豫公网安备|号|\s/g, ""),
    pattern: /^\d{14}$/,
    message: "registers.filingNumber",
  }),
  text("siteName", 2, 10),
  text("employer", 2, 10, { optional: true }),
  date("filedOn", { notFuture: true }),
  date("validUntil", { optional: true }),
  choice("entityType", ["enterprise", "individual"]),
  integer("reportCount", 1, 100),
  money("amount", 100_000, 2_000_000_000),
  decimal("quantityKg", 3, 1000),
  textArray("streets", 10, 3),
  idNumber("holderId"),
];

const good = {
  filingNumber: "豫公网安备41010502000123号",
  siteName: "花园烘焙",
  employer: "",
  filedOn: "2022-04-18",
  validUntil: "",
  entityType: "enterprise",
  reportCount: 3,
  amount: "10000.5",
  quantityKg: "24.125",
  streets: ["花园路", "农科路"],
  holderId: "11010519491231002x",
};

const create = z.strictObject(registerRecordShape(fields, "create"));
const update = z.strictObject(registerRecordShape(fields, "update"));

/** The message the form would show for a field, in each language. */
function messages(input: Record<string, unknown>, field: string, schema = create) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected ${field} to be refused`);
  const first = (locale: "zh-CN" | "en") =>
    (flattenLocalised(result.error, locale).fieldErrors as Record<string, string[] | undefined>)[field]?.[0];
  return { zh: first("zh-CN"), en: first("en") };
}

describe("the register field kit's input schema", () => {
  it("takes a good record as the form sends it and hands on the stored forms", () => {
    expect(create.parse(good)).toEqual({
      ...good,
      filingNumber: "41010502000123",
      employer: null,
      validUntil: null,
      amount: 1_000_050,
      holderId: "11010519491231002X",
    });
  });

  it("says a required field is required, in Chinese and English", () => {
    expect(messages({ ...good, siteName: "  " }, "siteName")).toEqual({ zh: "请填写此项。", en: expect.any(String) });
    expect(messages({ ...good, entityType: null }, "entityType").zh).toBe("请从列出的选项中选择。");
    expect(messages({ ...good, streets: [] }, "streets").zh).toBe("请填写此项。");
  });

  it("names the limits of text and numbers", () => {
    expect(messages({ ...good, siteName: "花" }, "siteName")).toEqual({
      zh: "至少需要 2 个字符",
      en: "At least 2 characters",
    });
    expect(messages({ ...good, employer: "很长很长很长很长的公司名" }, "employer").zh).toBe("最多 10 个字符");
    expect(messages({ ...good, reportCount: 0 }, "reportCount").zh).toBe("不能小于 1");
    expect(messages({ ...good, reportCount: 2.5 }, "reportCount").zh).toBe("请输入整数");
    expect(messages({ ...good, streets: ["a", "b", "c", "d"] }, "streets").zh).toBe("不能大于 3");
  });

  it("refuses a number in the wrong form with the field's own message", () => {
    expect(messages({ ...good, filingNumber: "豫公网安备41010502000l23号" }, "filingNumber").zh).toContain("14 位数字");
    expect(messages({ ...good, filingNumber: "41010502000l23" }, "filingNumber").en).toContain("14 digits");
    expect(messages({ ...good, quantityKg: "1.2345" }, "quantityKg").zh).toContain("最多 3 位小数");
    expect(messages({ ...good, quantityKg: "2000" }, "quantityKg").zh).toContain("最多 3 位小数");
    expect(messages({ ...good, amount: "999.99" }, "amount").zh).toContain("以元为单位");
  });

  it("refuses an impossible day, a day in the future and an unlisted value", () => {
    expect(messages({ ...good, filedOn: "2026-02-30" }, "filedOn").zh).toBe("请按“年-月-日”选择一个有效的日期。");
    expect(messages({ ...good, filedOn: "2999-01-01" }, "filedOn").zh).toBe("日期不能晚于今天。");
    expect(messages({ ...good, entityType: "company" }, "entityType").en).toBe("Choose one of the options listed.");
  });

  it("checks an ID number's check character and says what is wrong", () => {
    expect(messages({ ...good, holderId: "110105194912310021" }, "holderId").zh).toBe(
      "身份证号码有误（校验位不符），请逐位核对后重新输入。",
    );
    expect(messages({ ...good, holderId: "" }, "holderId").zh).toBe("请填写此项。");
  });

  it("on an edit leaves the fixed number out and lets an empty ID number keep the one on record", () => {
    const { filingNumber: _fixed, ...editable } = good;
    expect(update.parse({ ...editable, holderId: "" })).toMatchObject({ holderId: null });
    expect(messages({ ...editable, filingNumber: "41010502000123" }, "", update)).toBeTruthy();
    expect(update.safeParse({ ...editable, filingNumber: "41010502000123" }).success).toBe(false);
    expect(messages({ ...editable, holderId: "123" }, "holderId", update).zh).toContain("18 位");
  });

  it("refuses what is not text where text is expected", () => {
    expect(registerFieldSchema(text("siteName", 2, 10), "create").safeParse(42).success).toBe(false);
    expect(registerFieldSchema(money("amount", 0, 100), "create").safeParse(1).success).toBe(false);
  });
});
