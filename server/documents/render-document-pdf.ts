import { deflateSync } from "node:zlib";
import fontkit from "@pdf-lib/fontkit";
import { type PDFFont, PDFDocument, type PDFPage, PDFName, PDFString, rgb } from "pdf-lib";
import type { Font, Fontkit } from "pdf-lib/cjs/types/fontkit";
import QRCode from "qrcode";
import type { DocumentFact } from "@/db/schema";
import { chinaTimeZone } from "@/server/dates/china-time-zone";
import { type FontWeight, loadFontFile, pdfFontFile } from "./pdf-fonts";
import { verifyUrl } from "./verify-url";

export type DocumentPdfInput = {
  code: string;
  title: string;
  /** In full: only the holder and authorised officers can download the PDF. */
  holderName: string;
  facts: DocumentFact[];
  /** The unit's full name, e.g. 郑州市公安局金水区公安分局花园路派出所. */
  issuingUnitName: string;
  issuedAt: Date;
  /** Defaults to PUBLIC_BASE_URL (then AUTH_URL, then http://localhost:3000). */
  baseUrl?: string;
};

const A4: [number, number] = [595.28, 841.89];
const margin = 56;
const ink = rgb(0.1, 0.1, 0.12);
const muted = rgb(0.38, 0.4, 0.45);
const brand = rgb(0x0a / 255, 0x3d / 255, 0x91 / 255);
const rule = rgb(0.78, 0.8, 0.84);
const labelFill = rgb(0.95, 0.96, 0.98);

const issuedAtFormat = new Intl.DateTimeFormat("zh-CN", {
  timeZone: chinaTimeZone,
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** "2026年11月27日 14:05" in China time, whatever the server's zone. */
export function formatIssuedAt(at: Date): string {
  return issuedAtFormat.format(at);
}

/**
 * The printable A4 page of an issued document: header, issuing unit, title, holder, the facts as a
 * table, issue time, and the verification code as text and as a QR code of the public verify page. Fonts
 * are embedded as subsets (a page of text costs tens of kilobytes, not the font's megabytes).
 */
export async function renderDocumentPdf(input: DocumentPdfInput): Promise<Uint8Array> {
  const url = verifyUrl(input.code, input.baseUrl);
  const issuedAt = formatIssuedAt(input.issuedAt);
  const labels = {
    header: "河南省公安厅 警民通",
    holder: "持有人",
    holderEn: "Holder",
    issuingUnit: "签发单位",
    issuedAt: "签发时间",
    chinaTime: "（北京时间）",
    code: "验证码",
    howToVerify: "扫描二维码或访问下列网址，核验本文件是否真实有效：",
    footer: "本文件由警民通生成，真伪以扫码核验结果为准；核验页面显示的信息应与本文件一致。",
  };

  const doc = await PDFDocument.create();
  nativeDeflate(doc);
  doc.registerFontkit(sharedFontkit);
  doc.setTitle(input.title);
  doc.setAuthor(input.issuingUnitName);
  doc.setSubject(`${labels.code} ${input.code}`);
  doc.setCreator("警民通 Jingmin");
  doc.setProducer("警民通 Jingmin");
  doc.setCreationDate(input.issuedAt);
  doc.setModificationDate(input.issuedAt);

  const everything = [
    ...Object.values(labels),
    input.title,
    input.holderName,
    input.issuingUnitName,
    issuedAt,
    input.code,
    url,
    ...input.facts.flatMap((f) => [f.label, f.labelEn, f.value]),
  ].join("");
  const fonts = {
    regular: await embedFace(doc, 400, everything),
    bold: await embedFace(doc, 700, everything),
  };

  let page = doc.addPage(A4);
  const [width, height] = A4;
  const contentWidth = width - 2 * margin;
  let y = height - margin;

  const text = (face: Face, value: string, x: number, top: number, size: number, color = ink) => {
    drawRuns(page, face, value, x, top - size, size, color);
  };

  text(fonts.bold, labels.header, margin, y, 12, brand);
  y -= 22;
  for (const line of wrap(fonts.bold, input.issuingUnitName, 15, contentWidth)) {
    text(fonts.bold, line, margin, y, 15);
    y -= 21;
  }
  y -= 4;
  page.drawLine({ start: { x: margin, y }, end: { x: width - margin, y }, thickness: 1.5, color: brand });
  y -= 30;

  for (const line of wrap(fonts.bold, input.title, 22, contentWidth)) {
    text(fonts.bold, line, (width - measure(fonts.bold, line, 22)) / 2, y, 22);
    y -= 30;
  }
  y -= 10;

  // The verification block sits right under the title, so page 1 can be verified on its own however long the
  // table below runs; a printout's first page is the one people keep and show.
  const qrSize = 110;
  const boxTop = y;
  const qrX = margin;
  const qrY = boxTop - qrSize;
  drawQrCode(page, url, qrX, boxTop, qrSize);
  linkArea(doc, page, url, [qrX, qrY, qrX + qrSize, qrY + qrSize]);

  const textX = margin + qrSize + 18;
  const textWidth = contentWidth - qrSize - 18;
  let ty = boxTop - 2;
  text(fonts.regular, labels.code, textX, ty, 11, muted);
  ty -= 18;
  text(fonts.bold, input.code, textX, ty, 20);
  ty -= 32;
  for (const line of wrap(fonts.regular, labels.howToVerify, 10, textWidth)) {
    text(fonts.regular, line, textX, ty, 10, muted);
    ty -= 15;
  }
  for (const line of wrap(fonts.regular, url, 10, textWidth)) {
    text(fonts.regular, line, textX, ty, 10, brand);
    ty -= 15;
  }
  linkArea(doc, page, url, [textX, ty + 5, textX + textWidth, boxTop]);
  y = Math.min(qrY, ty) - 20;

  const rows: { label: string; labelEn: string; value: string }[] = [
    { label: labels.holder, labelEn: labels.holderEn, value: input.holderName },
    ...input.facts,
  ];
  const labelWidth = 130;
  const padding = 8;
  const valueSize = 12;
  const valueWidth = contentWidth - labelWidth - 2 * padding;
  for (const row of rows) {
    const valueLines = wrap(fonts.regular, row.value, valueSize, valueWidth);
    const rowHeight = Math.max(40, valueLines.length * 18 + 2 * padding);
    if (y - rowHeight < margin + 20) {
      page = doc.addPage(A4);
      y = height - margin;
    }
    page.drawRectangle({ x: margin, y: y - rowHeight, width: labelWidth, height: rowHeight, color: labelFill });
    page.drawRectangle({
      x: margin,
      y: y - rowHeight,
      width: contentWidth,
      height: rowHeight,
      borderColor: rule,
      borderWidth: 0.75,
    });
    page.drawLine({
      start: { x: margin + labelWidth, y },
      end: { x: margin + labelWidth, y: y - rowHeight },
      thickness: 0.75,
      color: rule,
    });
    text(fonts.bold, row.label, margin + padding, y - padding, 11);
    text(fonts.regular, row.labelEn, margin + padding, y - padding - 16, 8, muted);
    valueLines.forEach((line, i) =>
      text(fonts.regular, line, margin + labelWidth + padding, y - padding - i * 18, valueSize),
    );
    y -= rowHeight;
  }
  y -= 24;
  if (y - 36 < margin + 20) {
    page = doc.addPage(A4);
    y = height - margin;
  }

  for (const [label, value] of [
    [labels.issuingUnit, input.issuingUnitName],
    [labels.issuedAt, `${issuedAt}${labels.chinaTime}`],
  ] as const) {
    text(fonts.regular, `${label}：${value}`, margin, y, 11, muted);
    y -= 18;
  }

  for (const sheet of doc.getPages()) {
    for (const [i, line] of wrap(fonts.regular, labels.footer, 8, contentWidth).entries()) {
      drawRuns(sheet, fonts.regular, line, margin, margin - 10 - 12 * i - 8, 8, muted);
    }
  }

  return doc.save();
}

/**
 * fontkit reads a font's tables on demand and keeps them on the font object; parsing the same CJK file afresh
 * for every document was most of a document's render time (in the submit that issues it). Each document still
 * gets a subset of its own; the parsed font, read-only to the subsetter, is kept per file.
 */
const parsedFonts = new WeakMap<Uint8Array, Font>();
const sharedFontkit: Fontkit = {
  create(bytes, postscriptName) {
    let font = parsedFonts.get(bytes);
    if (!font) {
      font = fontkit.create(bytes, postscriptName);
      parsedFonts.set(bytes, font);
    }
    return font;
  },
};

/** The code points a font file covers (tens of thousands for CJK), gathered once per file. */
const characterSets = new Map<string, Set<number>>();
function charactersOf(file: string, font: PDFFont): Set<number> {
  let set = characterSets.get(file);
  if (!set) {
    set = new Set(font.getCharacterSet());
    characterSets.set(file, set);
  }
  return set;
}

/**
 * One weight of the font: the primary file, plus the rare file for the characters it lacks (embedded only when
 * needed), with each character's advance width (at size 1) by the file that draws it.
 */
type Face = {
  primary: PDFFont;
  covered: Set<number>;
  extra: Map<number, PDFFont>;
  widths: Map<PDFFont, Map<string, number>>;
};

async function embedFace(doc: PDFDocument, weight: FontWeight, text: string): Promise<Face> {
  const primaryFile = pdfFontFile(weight, "primary");
  const primary = await doc.embedFont(await loadFontFile(primaryFile), { subset: true });
  const covered = charactersOf(primaryFile, primary);
  const widths = new Map([[primary, widthsOf(primaryFile)]]);
  const extra = new Map<number, PDFFont>();
  let rare: { font: PDFFont; covered: Set<number> } | undefined;
  for (const ch of new Set(text)) {
    const cp = ch.codePointAt(0)!;
    if (covered.has(cp) || isBlank(cp)) continue;
    if (!rare) {
      const rareFile = pdfFontFile(weight, "rare");
      const font = await doc.embedFont(await loadFontFile(rareFile), { subset: true });
      rare = { font, covered: charactersOf(rareFile, font) };
      widths.set(font, widthsOf(rareFile));
    }
    if (rare.covered.has(cp)) extra.set(cp, rare.font);
  }
  return { primary, covered, extra, widths };
}

/**
 * Advance widths at size 1 by character, per font file. pdf-lib measures by laying the text out with the font's
 * shaping tables, and wrapping measures a line once per added character; summing known widths is what the page
 * shows (the PDF draws each glyph at its advance, without kerning).
 */
const fileWidths = new Map<string, Map<string, number>>();
function widthsOf(file: string): Map<string, number> {
  let widths = fileWidths.get(file);
  if (!widths) {
    widths = new Map();
    fileWidths.set(file, widths);
  }
  return widths;
}

/**
 * pdf-lib compresses the embedded font programs with pako, in JavaScript: a quarter of a render.
 * Node's zlib writes the same zlib-wrapped Flate data natively.
 */
function nativeDeflate(doc: PDFDocument) {
  const context = doc.context;
  context.flateStream = (contents, dict = {}) =>
    context.stream(deflateSync(typeof contents === "string" ? Buffer.from(contents, "latin1") : contents), {
      ...dict,
      Filter: "FlateDecode",
    });
}

/**
 * The QR code as filled squares, one path for the page: crisp at any zoom or printer resolution, and no image
 * to encode as a PNG only for pdf-lib to decode it again. A quiet zone of one module, as before.
 */
function drawQrCode(page: PDFPage, url: string, x: number, top: number, size: number) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  const count = modules.size + 2;
  const cell = size / count;
  // One rectangle per run of dark modules in a row: a third of the drawing operators of one per module.
  let path = "";
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      path += `M${start + 1} ${row + 1}h${col - start}v1h${start - col}z`;
    }
  }
  page.drawRectangle({ x, y: top - size, width: size, height: size, color: rgb(1, 1, 1) });
  page.drawSvgPath(path, { x, y: top, scale: cell, color: rgb(0, 0, 0) });
}

function isBlank(cp: number) {
  return cp === 0x20 || cp === 0x0a || cp === 0x3000;
}

/** Consecutive characters drawn by the same font file. */
function runs(face: Face, value: string): { font: PDFFont; text: string }[] {
  const out: { font: PDFFont; text: string }[] = [];
  for (const ch of value) {
    const font = face.extra.get(ch.codePointAt(0)!) ?? face.primary;
    const last = out[out.length - 1];
    if (last && last.font === font) last.text += ch;
    else out.push({ font, text: ch });
  }
  return out;
}

function measure(face: Face, value: string, size: number): number {
  let width = 0;
  for (const ch of value) {
    const font = face.extra.get(ch.codePointAt(0)!) ?? face.primary;
    const known = face.widths.get(font) as Map<string, number>;
    let w = known.get(ch);
    if (w === undefined) {
      w = font.widthOfTextAtSize(ch, 1);
      known.set(ch, w);
    }
    width += w;
  }
  return width * size;
}

function drawRuns(page: PDFPage, face: Face, value: string, x: number, baseline: number, size: number, color = ink) {
  let at = x;
  for (const r of runs(face, value)) {
    page.drawText(r.text, { x: at, y: baseline, size, font: r.font, color });
    at += measure(face, r.text, size);
  }
}

/** Breaks anywhere a line is full (Chinese has no spaces to break at), preferring a space when there is one. */
function wrap(face: Face, value: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of value.split("\n")) {
    let line = "";
    for (const ch of paragraph) {
      if (line && measure(face, line + ch, size) > maxWidth) {
        const space = line.lastIndexOf(" ");
        if (space > 0 && /[\x21-\x7e]/.test(ch)) {
          lines.push(line.slice(0, space));
          line = line.slice(space + 1);
        } else {
          lines.push(line);
          line = "";
        }
      }
      line += ch;
    }
    lines.push(line);
  }
  return lines;
}

/** Makes an area clickable for people who open the PDF on the phone they would scan it with. */
function linkArea(doc: PDFDocument, page: PDFPage, url: string, rect: [number, number, number, number]) {
  const link = doc.context.register(
    doc.context.obj({
      Type: "Annot",
      Subtype: "Link",
      Rect: rect,
      Border: [0, 0, 0],
      A: { Type: "Action", S: "URI", URI: PDFString.of(url) },
    }),
  );
  const annots = page.node.Annots();
  if (annots) annots.push(link);
  else page.node.set(PDFName.of("Annots"), doc.context.obj([link]));
}
