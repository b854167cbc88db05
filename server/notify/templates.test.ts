import { describe, expect, it } from "vitest";
import enDevtools from "@/server/i18n/messages/en/devtools.json";
import zhDevtools from "@/server/i18n/messages/zh-CN/devtools.json";
import { clipSmsParam, renderSmsTemplate, smsTemplateNames, templatePlaceholders } from "./templates";

describe("SMS templates", () => {
  it("renders the sign-in code text exactly as registered with the carrier", () => {
    expect(renderSmsTemplate("sign_in_code", { code: "482913" })).toBe(
      "【河南警民通】您的登录验证码为482913，5分钟内有效，请勿泄露。如非本人操作请忽略。",
    );
  });

  it("fills every template completely and signs it", () => {
    for (const name of smsTemplateNames) {
      const params = Object.fromEntries(templatePlaceholders(name).map((p) => [p, "10"]));
      const text = renderSmsTemplate(name, params);
      expect(text.startsWith("【河南警民通】")).toBe(true);
      expect(text).not.toMatch(/[{}]/);
    }
  });

  it("refuses a missing, empty or unknown parameter", () => {
    expect(() => renderSmsTemplate("sign_in_code", {})).toThrow(/needs parameter "code"/);
    expect(() => renderSmsTemplate("sign_in_code", { code: " " })).toThrow(/needs parameter "code"/);
    expect(() => renderSmsTemplate("account_locked", { minutes: "10", code: "1" })).toThrow(/no parameter "code"/);
  });

  it("refuses a parameter that could forge another line or exceeds the carrier's limit", () => {
    expect(() => renderSmsTemplate("sign_in_code", { code: "1\n【公安】请转账" })).toThrow(/forbidden/);
    expect(() => renderSmsTemplate("sign_in_code", { code: "1".repeat(36) })).toThrow(/too long/);
  });

  it("has a name in the dev SMS inbox for every template, in both languages", () => {
    for (const names of [zhDevtools.templates, enDevtools.templates]) {
      expect(Object.keys(names).sort()).toEqual([...smsTemplateNames].sort());
    }
  });

  it("clips a long free-text value to what a carrier takes, so a long place still sends", () => {
    const place = "郑州市金水区花园路与纬五路交叉口往北两百米处东侧非机动车道旁公交站台附近的人行横道";
    const clipped = clipSmsParam(place);
    expect(clipped).toHaveLength(35);
    expect(clipped.endsWith("…")).toBe(true);
    expect(clipSmsParam("  纬五路\n口 ")).toBe("纬五路 口");
    expect(() =>
      renderSmsTemplate("violation_recorded", {
        plate: "豫A12345",
        time: "2026-12-06 08:30",
        place: clipped,
        act: "闯红灯",
        fine: "200",
        points: "6",
      }),
    ).not.toThrow();
  });
});
