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
  return every.map((reason) => reasonText(t as never, reason));
}

describe("reasonText", () => {
  it("says why in Chinese, with the date, plate or count filled in", () => {
    expect(textsIn("zh-CN")).toEqual([
      "为你置顶",
      "你的护照将于 2027-01-15 到期",
      "你的往来港澳通行证已于 2026-10-01 到期",
      "你的驾驶证将于 2027-02-01 到期",
      "你的驾驶证已于 2026-09-30 到期",
      "你的机动车 豫A12345 应于 2027-01-31 前完成检验",
      "你的机动车 豫A12345 检验已于 2026-11-01 逾期",
      "你的家庭户于 2026-11-20 有新生儿出生，尚未申报出生登记",
      "你名下登记有机动车 豫A12345",
      "你已使用 5 次",
      "你最近使用过（2026-11-26）",
    ]);
  });

  it("says why in English too, never leaving a placeholder unfilled", () => {
    const texts = textsIn("en");
    expect(texts[1]).toBe("Your passport expires on 2027-01-15");
    expect(texts[9]).toBe("You have used it 5 times");
    for (const text of texts) expect(text).not.toMatch(/[{}]|personalHome\./);
  });

  it("names the application and its deadline for the citizen's own applications", () => {
    const t = createTranslator({ locale: "zh-CN", messages: messages["zh-CN"], namespace: "personalHome" });
    expect(reasonText(t as never, { code: "applicationSupplement", number: "HN20261127000001" })).toBe(
      "派出所要求补正你的申请 HN20261127000001，请补正后重新提交",
    );
    expect(reasonText(t as never, { code: "applicationWindowVisit", number: "HN20261127000001", date: "2027-01-26" })).toBe(
      "你的申请 HN20261127000001 已批准，请于 2027-01-26 前带原件到派出所户籍窗口核验",
    );
    expect(reasonText(t as never, { code: "applicationPaidDraft" })).toBe("你已支付邮寄费的申请还没有提交");
  });
});
