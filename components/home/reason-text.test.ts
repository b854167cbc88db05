import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { HomeReason } from "@/server/catalog/build-home";
import { messages } from "@/server/i18n/messages";
import { reasonText } from "./reason-text";

const every: HomeReason[] = [
  { code: "pinned" },
  { code: "travelDocumentExpiring", document: "passport", date: "2027-01-15" },
  { code: "travelDocumentExpired", document: "hk_macau_permit", date: "2026-10-01" },
  { code: "licenceExpiring", date: "2027-02-01" },
  { code: "licenceExpired", date: "2026-09-30" },
  { code: "inspectionDue", plate: "豫A12345", date: "2027-01-31" },
  { code: "inspectionOverdue", plate: "豫A12345", date: "2026-11-01" },
  { code: "newborn", date: "2026-11-20" },
  { code: "vehicle", plate: "豫A12345" },
  { code: "frequentlyUsed", count: 5 },
  { code: "recentlyUsed", date: "2026-11-26" },
];

function textsIn(locale: "zh-CN" | "en") {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "personalHome" });
  return every.map((reason) => reasonText(t as never, reason, locale));
}

describe("reasonText", () => {
  it("says why in Chinese, addressing the citizen as 您, with the date as the site prints dates", () => {
    expect(textsIn("zh-CN")).toEqual([
      "为您置顶",
      "您的护照将于2027年1月15日到期",
      "您的往来港澳通行证已于2026年10月1日到期",
      "您的驾驶证将于2027年2月1日到期",
      "您的驾驶证已于2026年9月30日到期",
      "您的机动车 豫A12345 应于2027年1月31日前完成检验",
      "您的机动车 豫A12345 检验已于2026年11月1日逾期",
      "您的家庭户于2026年11月20日有新生儿出生，尚未申报出生登记",
      "您名下登记有机动车 豫A12345",
      "您已使用 5 次",
      "您最近使用过（2026年11月26日）",
    ]);
  });

  it("says why in English too, never leaving a placeholder unfilled", () => {
    const texts = textsIn("en");
    expect(texts[1]).toBe("Your passport expires on January 15, 2027");
    expect(texts[9]).toBe("You have used it 5 times");
    for (const text of texts) expect(text).not.toMatch(/[{}]|personalHome\./);
  });

  it("names the application and its deadline for the citizen's own applications", () => {
    const t = createTranslator({ locale: "zh-CN", messages: messages["zh-CN"], namespace: "personalHome" });
    expect(reasonText(t as never, { code: "applicationSupplement", number: "HN20261127000001" }, "zh-CN")).toBe(
      "派出所要求补正您的申请 HN20261127000001，请补正后重新提交",
    );
    expect(
      reasonText(
        t as never,
        { code: "applicationWindowVisit", number: "HN20261127000001", date: "2027-01-26" },
        "zh-CN",
      ),
    ).toBe("您的申请 HN20261127000001 已批准，最迟2027年1月26日（含当日）须到承办单位窗口办理");
    expect(reasonText(t as never, { code: "applicationPaidDraft" }, "zh-CN")).toBe("您已支付邮寄费的申请还没有提交");
  });
});
