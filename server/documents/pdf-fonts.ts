import { readFile } from "node:fs/promises";
import path from "node:path";
import { inflateSync } from "node:zlib";

/**
 * Noto Sans SC from the @fontsource/noto-sans-sc package: never fetched at run time. Its
 * "chinese-simplified" file holds ~8,000 characters (GB 2312, common names, Latin, digits,
 * punctuation); rarer characters, which do turn up in names, come from the numbered slices that
 * together cover the whole font.
 */
const fontDir = () => path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-sc");

export type FontWeight = 400 | 700;

export function primaryFontFile(weight: FontWeight): string {
  return `noto-sans-sc-chinese-simplified-${weight}-normal.woff`;
}

const bytesCache = new Map<string, Promise<Uint8Array>>();

/** A font file of the package as TrueType bytes that pdf-lib can embed and subset; read once per process. */
export function loadFontFile(file: string): Promise<Uint8Array> {
  let loaded = bytesCache.get(file);
  if (!loaded) {
    loaded = readFile(path.join(fontDir(), "files", file)).then((woff) => woffToSfnt(woff));
    loaded.catch(() => bytesCache.delete(file));
    bytesCache.set(file, loaded);
  }
  return loaded;
}

type Slice = { file: (weight: FontWeight) => string; ranges: [number, number][] };
let slices: Promise<Slice[]> | undefined;

/** The package's unicode.json: which numbered slice holds which code points ("[42]": "U+4e00-4e1f,U+…"). */
function loadSlices(): Promise<Slice[]> {
  slices ??= readFile(path.join(fontDir(), "unicode.json"), "utf8").then((json) =>
    Object.entries(JSON.parse(json) as Record<string, string>)
      .filter(([name]) => /^\[\d+\]$/.test(name))
      .map(([name, list]) => ({
        file: (weight: FontWeight) => `noto-sans-sc-${name.slice(1, -1)}-${weight}-normal.woff`,
        ranges: list.split(",").map((r) => {
          const [from, to] = r.trim().replace(/^U\+/i, "").split("-");
          const start = Number.parseInt(from ?? "", 16);
          return [start, to ? Number.parseInt(to, 16) : start] as [number, number];
        }),
      })),
  );
  return slices;
}

/** The slice file that draws a character the primary file lacks; null when the font has no such glyph at all. */
export async function fallbackFontFile(codePoint: number, weight: FontWeight): Promise<string | null> {
  const slice = (await loadSlices()).find((s) => s.ranges.some(([a, b]) => codePoint >= a && codePoint <= b));
  return slice ? slice.file(weight) : null;
}

/**
 * WOFF 1.0 → plain sfnt (TrueType). fontkit reads WOFF directly, but inflates the whole glyph table on
 * every glyph access (seconds per document), so the tables are inflated once here. Glyphs are also padded
 * to 4 bytes: these files pack them at odd lengths, and fontkit's subsetter writes the short `loca`
 * format, which can only point at even offsets, so unpadded glyphs come out garbled.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const v = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (v.getUint32(0) !== 0x774f4646) throw new Error("not a WOFF 1.0 font");
  const flavor = v.getUint32(4);
  const numTables = v.getUint16(12);
  const tables = new Map<string, { checksum: number; data: Uint8Array }>();
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const tag = String.fromCharCode(...woff.subarray(entry, entry + 4));
    const offset = v.getUint32(entry + 4);
    const compLength = v.getUint32(entry + 8);
    const origLength = v.getUint32(entry + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw;
    if (data.byteLength !== origLength) throw new Error(`WOFF table ${tag} has the wrong length`);
    tables.set(tag, { checksum: v.getUint32(entry + 16), data });
  }
  padGlyphs(tables);
  return assembleSfnt(flavor, tables);
}

function padGlyphs(tables: Map<string, { checksum: number; data: Uint8Array }>) {
  const head = tables.get("head")?.data;
  const maxp = tables.get("maxp")?.data;
  const loca = tables.get("loca")?.data;
  const glyf = tables.get("glyf")?.data;
  if (!head || !maxp || !loca || !glyf) return;
  const longOffsets = new DataView(head.buffer, head.byteOffset).getInt16(50) === 1;
  const numGlyphs = new DataView(maxp.buffer, maxp.byteOffset).getUint16(4);
  const lv = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
  const offsetAt = (i: number) => (longOffsets ? lv.getUint32(i * 4) : lv.getUint16(i * 2) * 2);

  let size = 0;
  for (let i = 0; i < numGlyphs; i++) size += pad4(offsetAt(i + 1) - offsetAt(i));
  const newGlyf = new Uint8Array(size);
  const newLoca = new Uint8Array((numGlyphs + 1) * 4);
  const nl = new DataView(newLoca.buffer);
  let at = 0;
  for (let i = 0; i < numGlyphs; i++) {
    nl.setUint32(i * 4, at);
    newGlyf.set(glyf.subarray(offsetAt(i), offsetAt(i + 1)), at);
    at += pad4(offsetAt(i + 1) - offsetAt(i));
  }
  nl.setUint32(numGlyphs * 4, at);

  const newHead = new Uint8Array(head);
  new DataView(newHead.buffer).setInt16(50, 1);
  tables.set("head", { checksum: checksum(newHead), data: newHead });
  tables.set("loca", { checksum: checksum(newLoca), data: newLoca });
  tables.set("glyf", { checksum: checksum(newGlyf), data: newGlyf });
}

function assembleSfnt(flavor: number, tables: Map<string, { checksum: number; data: Uint8Array }>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const headerSize = 12 + 16 * tags.length;
  let size = headerSize;
  for (const tag of tags) size += pad4(tables.get(tag)!.data.byteLength);
  const out = new Uint8Array(size);
  const w = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(tags.length));
  const searchRange = 2 ** entrySelector * 16;
  w.setUint32(0, flavor);
  w.setUint16(4, tags.length);
  w.setUint16(6, searchRange);
  w.setUint16(8, entrySelector);
  w.setUint16(10, tags.length * 16 - searchRange);
  let offset = headerSize;
  tags.forEach((tag, i) => {
    const { checksum: sum, data } = tables.get(tag)!;
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c++) w.setUint8(record + c, tag.charCodeAt(c));
    w.setUint32(record + 4, sum);
    w.setUint32(record + 8, offset);
    w.setUint32(record + 12, data.byteLength);
    out.set(data, offset);
    offset += pad4(data.byteLength);
  });
  return out;
}

function pad4(n: number) {
  return (n + 3) & ~3;
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array(pad4(data.byteLength));
  padded.set(data);
  const v = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.byteLength; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}
