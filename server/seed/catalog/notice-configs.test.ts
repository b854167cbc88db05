import { describe, expect, it } from "vitest";
import { validateNoticeConfig } from "@/server/catalog/validate-service-config";
import { demoAccount } from "../demo-accounts";
import { henanOrgs } from "../henan-orgs";
import { seedNotices } from "../notice-boards";
import { catalogCategories } from "./catalog-categories";
import { noticeConfigs } from "./notice-configs";

const notices = catalogCategories.flatMap((c) => c.services).filter((s) => s.kind === "notice");
const unitTypeOf = (key: Parameters<typeof demoAccount>[0]) =>
  henanOrgs.find((u) => u.code === demoAccount(key).orgUnitCode)?.unitType;

describe("notice configurations", () => {
  it("configure each of the 34 notice services, and nothing else", () => {
    expect(notices).toHaveLength(34);
    expect(Object.keys(noticeConfigs).sort()).toEqual(notices.map((s) => s.code).sort());
  });

  it.each(Object.entries(noticeConfigs))("%s: the configuration passes its check", (_code, config) => {
    const result = validateNoticeConfig(config);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it("fit the demo notices: drafted by a unit that publishes on the board, for a period the board allows", () => {
    for (const n of seedNotices) {
      const config = noticeConfigs[n.code]!;
      const what = `${n.code} ${n.title}`;
      expect(config.publishers, what).toContain(unitTypeOf(n.drafter));
      const days = n.to - n.from + 1;
      expect(days, what).toBeGreaterThanOrEqual(config.periodDays.min);
      expect(days, what).toBeLessThanOrEqual(config.periodDays.max);
    }
  });

  it("keep 车管所's boards from a station, and take objections only where the board says so", () => {
    expect(noticeConfigs.JJ072!.publishers).toEqual(["vehicle_admin"]);
    expect(noticeConfigs.HZ047!.publishers).toContain("station");
    expect(noticeConfigs.AJ011!.objections).toBe(false);
    expect(noticeConfigs.AJ016!.periodDays.min).toBeGreaterThanOrEqual(180);
  });
});
