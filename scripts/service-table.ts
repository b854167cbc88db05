import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { currentServiceTable } from "@/server/applications/current-service-table";
import { replaceServiceTable } from "@/server/applications/service-table";

// `npm run docs:services`: rewrites the README's table of 办理 services from the engine configurations.
const readmePath = path.join(import.meta.dirname, "..", "README.md");
const before = readFileSync(readmePath, "utf8");
const after = replaceServiceTable(before, currentServiceTable());
writeFileSync(readmePath, after);
console.log(after === before ? "README service table already up to date" : "README service table rewritten");
