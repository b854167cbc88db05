import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Noto Sans SC as TrueType, committed under server/documents/fonts (SIL OFL 1.1; written once from the
 * @fontsource/noto-sans-sc package by scripts/build-pdf-fonts.py): never fetched and never converted at run
 * time. Per weight, the primary file holds ~8,000 characters (GB 2312, common names, Latin, digits,
 * punctuation) and the rare file the rest of the font, for the rarer characters that do turn up in names.
 */
const fontDir = () => path.join(process.cwd(), "server", "documents", "fonts");

export type FontWeight = 400 | 700;

export function pdfFontFile(weight: FontWeight, part: "primary" | "rare"): string {
  return part === "primary" ? `noto-sans-sc-${weight}.ttf` : `noto-sans-sc-rare-${weight}.ttf`;
}

const bytesCache = new Map<string, Promise<Uint8Array>>();

/** A font file's bytes for pdf-lib to embed and subset; read once per process. */
export function loadFontFile(file: string): Promise<Uint8Array> {
  let loaded = bytesCache.get(file);
  if (!loaded) {
    loaded = readFile(path.join(fontDir(), file)).then((bytes) => new Uint8Array(bytes));
    loaded.catch(() => bytesCache.delete(file));
    bytesCache.set(file, loaded);
  }
  return loaded;
}
