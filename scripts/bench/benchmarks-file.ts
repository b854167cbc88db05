import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const file = path.resolve(import.meta.dirname, "../../BENCHMARKS.md");

/**
 * Each benchmark owns one marked section of BENCHMARKS.md and rewrites only that, so a rerun of one
 * benchmark keeps the others' last results.
 */
export function writeBenchmarkSection(name: string, markdown: string) {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const text = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const at = text.indexOf(start);
  const next =
    at >= 0
      ? text.slice(0, at) + block + text.slice(text.indexOf(end, at) + end.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

/** The machine a result was measured on, for the line under each table. */
export function machineLine(): string {
  const cpus = os.cpus();
  // The load average tells a reader whether other work shared the cores: figures from a busy machine are pessimistic.
  return `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC · ${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · load average ${os.loadavg()[0]!.toFixed(1)} at the end`;
}

export function table(header: string[], rows: (string | number)[][]): string {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}
