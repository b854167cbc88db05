/**
 * The kit the README's generated tables share (办理, 查询, 公示 services; `npm run docs:services`): a Markdown
 * table with its cells made safe, and the README with the text between a table's markers replaced.
 */

/** Pipes and line breaks would break a Markdown table cell. */
const cell = (s: string) => s.replace(/\|/g, "／").replace(/\s*\n\s*/g, " ");

/** The header row, its rule and one row per entry, every cell made safe; ends with a line break. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return `${[line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n")}\n`;
}

/** The README with the text between the markers replaced by the table; throws when the markers are missing. */
export function replaceBetweenMarkers(readme: string, startMarker: string, endMarker: string, table: string): string {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`README lacks the ${startMarker} … ${endMarker} markers`);
  return `${readme.slice(0, start + startMarker.length)}\n\n${table}\n${readme.slice(end)}`;
}
