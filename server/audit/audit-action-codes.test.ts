import { describe, expect, it } from "vitest";
import { officerEndorsementActions } from "@/server/exit-entry/endorsement-transitions";
import { messages } from "@/server/i18n/messages";
import { type ActionLabels, auditActionCodes, auditActionLabel } from "./audit-action-codes";

const codesOf = (locale: "zh-CN" | "en") =>
  auditActionCodes((messages[locale].audit as { actions: ActionLabels }).actions).flatMap((g) => g.codes);

describe("auditActionCodes", () => {
  it("flattens nested labels into dotted codes grouped by their first segment", () => {
    expect(auditActionCodes({ auth: { sign_in: "登录", totp: { enrolled: "绑定" } }, blob: { read: "查看" } })).toEqual(
      [
        { group: "auth", codes: ["auth.sign_in", "auth.totp.enrolled"] },
        { group: "blob", codes: ["blob.read"] },
      ],
    );
  });

  it("offers endorsement, supervision, appointment, layout and job actions, each labelled in both languages", () => {
    const zh = codesOf("zh-CN");
    expect(zh).toEqual(
      expect.arrayContaining([
        ...[...officerEndorsementActions, "withdraw"].map((a) => `exit_entry.endorsement_${a}`),
        "exit_entry.endorsement_queue_viewed",
        "application.reassign",
        "application.escalate",
        "sla.rule_changed",
        "appointments.template_created",
        "appointments.attendance",
        "layout.saved",
        "user_group.created",
        "jobs.run_requested",
      ]),
    );
    expect(codesOf("en").sort()).toEqual([...zh].sort());
    for (const locale of ["zh-CN", "en"] as const) {
      const audit = messages[locale].audit as { actions: ActionLabels; groups: Record<string, string> };
      for (const { group } of auditActionCodes(audit.actions))
        expect(audit.groups[group], `${locale} ${group}`).toBeTruthy();
    }
  });
});

describe("auditActionLabel", () => {
  const labels: Record<string, string> = { "query.own": "本人数据查询", "query.confirmed": "确认敏感查询验证码" };
  const label = (code: string) => labels[code];

  it("gives a labelled action its label", () => {
    expect(auditActionLabel("query.confirmed", label)).toBe("确认敏感查询验证码");
  });

  it("names an unlabelled action by its nearest labelled parent and the rest of its code", () => {
    expect(auditActionLabel("query.own.HZ035", label)).toBe("本人数据查询 · HZ035");
  });

  it("leaves a code with no labelled parent as it is", () => {
    expect(auditActionLabel("query.family.JS001", label)).toBe("query.family.JS001");
  });
});
