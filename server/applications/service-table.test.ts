import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { currentServiceTable } from "./current-service-table";
import type { EngineConfig } from "./engine-config";
import { buildServiceTable, replaceServiceTable, tableEnd, tableStart } from "./service-table";

describe("README service table", () => {
  it("is what `npm run docs:services` generates from the configurations", () => {
    const readme = readFileSync(path.join(process.cwd(), "README.md"), "utf8");
    expect(replaceServiceTable(readme, currentServiceTable())).toBe(readme);
  });

  it("lists every 办理 service once, none unconfigured", () => {
    const rows = currentServiceTable()
      .split("\n")
      .filter((l) => /^\| [A-Z]{2}\d{3} /.test(l));
    expect(rows).toHaveLength(178);
    expect(rows.filter((r) => r.includes("未配置")).length).toBeLessThanOrEqual(18);
  });

  it("describes each kind of decision and outcome, and the dedicated pages", () => {
    const step = { title: "车管所审核", titleEn: "Review", slaDays: 3 };
    const template = { title: "证明", titleEn: "Certificate", facts: [] };
    const engine = (decision: EngineConfig["decision"], outcome: EngineConfig["outcome"]): EngineConfig => ({
      version: 1,
      applicant: "person",
      handler: { unitType: "vehicle_admin" },
      decision,
      outcome,
      delivery: { window: true, post: { allowed: true, postageFen: 1500 } },
    });
    const table = buildServiceTable(
      [
        { code: "AA001", name: "甲", kind: "handle" },
        { code: "AA002", name: "乙", kind: "handle" },
        { code: "AA003", name: "丙", kind: "handle" },
        { code: "AA004", name: "丁", kind: "handle" },
        { code: "AA005", name: "戊", kind: "query" },
      ],
      {
        AA001: engine(
          { kind: "auto", rule: "licence_renewal", review: [step] },
          { kind: "register_change", effect: "licence_renewal" },
        ),
        AA002: engine(
          { kind: "review", steps: [step, { ...step, title: "市公安局审批" }] },
          { kind: "document", template },
        ),
        AA003: engine(
          { kind: "prereview_window", review: [step], appointmentService: "JJ070" },
          { kind: "window_visit", template },
        ),
      },
      { AA004: "/traffic/violations" },
    );
    expect(table).toContain("| AA001 | 甲 | 车管所 | 自动（");
    expect(table).toContain("换发驾驶证，可邮寄");
    expect(table).toContain("车管所审核（3 个工作日） → 市公安局审批（3 个工作日）");
    expect(table).toContain("网上预审（3 个工作日）+ 预约 JJ070 到窗口");
    expect(table).toContain("窗口办结，出具《证明》，可邮寄");
    expect(table).toContain("专门页面 `/traffic/violations`");
    expect(table).not.toContain("AA005");
  });

  it("refuses a README without the markers", () => {
    expect(() => replaceServiceTable("# README\n", "x")).toThrow(/markers/);
    expect(replaceServiceTable(`a\n${tableStart}\nold\n${tableEnd}\nb`, "new\n")).toBe(
      `a\n${tableStart}\n\nnew\n\n${tableEnd}\nb`,
    );
  });
});
