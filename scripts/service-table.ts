import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { currentServiceTable } from "@/server/applications/current-service-table";
import { replaceServiceTable } from "@/server/applications/service-table";
import { currentNoticeTable } from "@/server/notices/current-notice-table";
import { replaceNoticeTable } from "@/server/notices/notice-table";
import { currentQueryTable } from "@/server/queries/current-query-table";
import { replaceQueryTable } from "@/server/queries/query-table";

// `npm run docs:services`: rewrites the README's tables of 办理, 查询 and 公示 services from their configurations.
const readmePath = path.join(import.meta.dirname, "..", "README.md");
const before = readFileSync(readmePath, "utf8");
const after = replaceNoticeTable(
  replaceQueryTable(replaceServiceTable(before, currentServiceTable()), currentQueryTable()),
  currentNoticeTable(),
);
writeFileSync(readmePath, after);
console.log(after === before ? "README service tables already up to date" : "README service tables rewritten");
