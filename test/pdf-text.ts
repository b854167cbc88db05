import { execFileSync } from "node:child_process";

/** The text of page `n` of a PDF as a reader would copy it (poppler's pdftotext, layout kept). */
export function pageText(pdf: Uint8Array, n: number): string {
  return execFileSync("pdftotext", ["-f", String(n), "-l", String(n), "-layout", "-", "-"], {
    input: Buffer.from(pdf),
  }).toString();
}
