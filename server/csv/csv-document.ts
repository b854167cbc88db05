export type CsvCell = string | number | null;

/**
 * A spreadsheet would run a cell starting with one of these as a formula (CSV injection), e.g. an order
 * field a payer or a forged notification could influence; a leading apostrophe makes it plain text.
 */
const formulaStart = /^[=+\-@\t\r]/;

function cellText(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  const text = formulaStart.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV (CRLF line ends, quotes doubled inside quoted fields) with a UTF-8 byte order mark, which
 * is what makes Excel on Chinese Windows read the file as UTF-8 rather than GBK.
 */
export function csvDocument(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(cellText).join(",")).join("\r\n")}\r\n`;
}
