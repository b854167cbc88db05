import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { currentQueryTable } from "./current-query-table";
import { buildQueryTable, replaceQueryTable } from "./query-table";

describe("README query table", () => {
  it("is what `npm run docs:services` generates from the configurations", () => {
    const readme = readFileSync(path.join(process.cwd(), "README.md"), "utf8");
    expect(replaceQueryTable(readme, currentQueryTable())).toBe(readme);
  });

  it("lists every 查询 service of the catalogue once", () => {
    const rows = currentQueryTable()
      .split("\n")
      .filter((l) => /^\| [A-Z]{2}\d{3} /.test(l));
    expect(rows).toHaveLength(46);
    expect(new Set(rows.map((r) => r.slice(2, 7))).size).toBe(46);
  });

  it("describes sources, sensitivity, pages and what is not configured", () => {
    const sources = new Map([
      ["own_thing", { register: { name: "登记簿", nameEn: "Register" }, access: "own" as const, sensitive: true }],
    ]);
    const table = buildQueryTable(
      [
        { code: "AA001", name: "甲", kind: "query" },
        { code: "AA002", name: "乙", kind: "query" },
        { code: "AA003", name: "丙", kind: "query" },
        { code: "AA004", name: "丁", kind: "handle" },
      ],
      {
        AA001: {
          version: 1,
          kind: "source",
          source: "own_thing",
          maintainer: "exit_entry",
          sensitive: false,
          nextSteps: {},
        },
        AA002: { version: 1, kind: "page", path: "/cases/query", maintainer: "criminal" },
      },
      sources,
    );
    expect(table.split("\n").slice(2, 5)).toEqual([
      "| AA001 | 甲 | 登记簿（`own_thing`） | 本人（登录、实名认证），短信验证 | 出入境管理支队 |",
      "| AA002 | 乙 | 专门页面 `/cases/query` | 见该页面 | 刑事侦查支队 |",
      "| AA003 | 丙 | 未配置 | — | — |",
    ]);
    expect(table).not.toContain("AA004");
    expect(() => replaceQueryTable("no markers", table)).toThrow(/markers/);
  });
});
