import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { currentNoticeTable } from "./current-notice-table";
import { buildNoticeTable, replaceNoticeTable } from "./notice-table";

describe("README notice table", () => {
  it("is what `npm run docs:services` generates from the configurations", () => {
    const readme = readFileSync(path.join(process.cwd(), "README.md"), "utf8");
    expect(replaceNoticeTable(readme, currentNoticeTable())).toBe(readme);
  });

  it("lists every 公示 service of the catalogue once", () => {
    const rows = currentNoticeTable()
      .split("\n")
      .filter((l) => /^\| [A-Z]{2}\d{3} /.test(l));
    expect(rows).toHaveLength(34);
    expect(new Set(rows.map((r) => r.slice(2, 7))).size).toBe(34);
  });

  it("names the board, the publishers in the org tree's order, the period and objections, and what is not configured", () => {
    const table = buildNoticeTable(
      [
        { code: "AA001", name: "甲|公告", kind: "notice" },
        { code: "AA002", name: "乙", kind: "notice" },
        { code: "AA003", name: "丙", kind: "notice" },
        { code: "AA004", name: "丁", kind: "query" },
      ],
      {
        AA001: {
          version: 1,
          publishers: ["vehicle_admin", "station", "bureau"],
          periodDays: { min: 7, max: 30 },
          objections: true,
        },
        AA002: { version: 1, publishers: ["criminal"], periodDays: { min: 180, max: 180 }, objections: false },
      },
    );
    expect(table.split("\n").slice(0, 5)).toEqual([
      "| 编码 | 事项 | 公告栏 | 谁可查看 | 发布单位 | 公示期（天） | 异议 |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      "| AA001 | 甲／公告 | `/services/AA001/notices` | 公众，无需登录 | 公安局本级、派出所、车管所 | 7–30 | 受理异议 |",
      "| AA002 | 乙 | `/services/AA002/notices` | 公众，无需登录 | 刑事侦查支队 | 180 | 不受理 |",
      "| AA003 | 丙 | `/services/AA003/notices` | 公众，无需登录 | 未配置 | — | — |",
    ]);
    expect(table).not.toContain("AA004");
    expect(() => replaceNoticeTable("no markers", table)).toThrow(/markers/);
  });
});
