import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import jsQR from "jsqr";
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString } from "pdf-lib";
import { afterEach, describe, expect, it } from "vitest";
import sharp from "sharp";
import { resetEnv } from "@/server/env";
import { maxFactLength, maxFacts } from "./issue-document";
import { formatIssuedAt, renderDocumentPdf } from "./render-document-pdf";
import { pageText } from "@/test/pdf-text";
import { verifyUrl } from "./verify-url";

const input = {
  code: "7KQ4-M2XP-9TRW-HB3D",
  title: "户口登记（迁入）办理回执",
  // 龑 is outside the font's primary file: it must come from the rare file, not print as a box.
  holderName: "刘龑",
  facts: [
    { label: "业务编号", labelEn: "Application No.", value: "HN20261127000123" },
    { label: "办理事项", labelEn: "Service", value: "投靠亲属户口迁入（夫妻投靠）" },
    { label: "身份证号", labelEn: "ID number", value: "410105********2467" },
  ],
  issuingUnitName: "郑州市公安局金水区公安分局花园路派出所",
  issuedAt: new Date("2026-11-27T06:05:00Z"),
  baseUrl: "https://jmt.example.gov.cn",
};

/** Every font program embedded in the file, parsed back. */
function embeddedFonts(doc: PDFDocument) {
  return doc.context
    .enumerateIndirectObjects()
    .map(([, obj]) => obj)
    .filter(
      (obj): obj is PDFDict => obj instanceof PDFDict && obj.get(PDFName.of("Type")) === PDFName.of("FontDescriptor"),
    )
    .map((descriptor) => {
      const file = descriptor.lookup(PDFName.of("FontFile2"));
      if (!(file instanceof PDFRawStream)) throw new Error("font descriptor without an embedded TrueType program");
      return fontkit.create(Buffer.from(decodePDFRawStream(file).decode()));
    });
}

function linkTargets(doc: PDFDocument): string[] {
  const annots = doc.getPage(0).node.Annots() ?? PDFArray.withContext(doc.context);
  return annots.asArray().map((ref) => {
    const action = doc.context.lookup(ref, PDFDict).lookup(PDFName.of("A"), PDFDict);
    return action.lookup(PDFName.of("URI"), PDFString).decodeText();
  });
}

describe("renderDocumentPdf", () => {
  it("makes one small A4 page with the Chinese font embedded as subsets", async () => {
    const bytes = await renderDocumentPdf(input);
    expect(bytes.byteLength).toBeLessThan(300 * 1024);

    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(doc.getTitle()).toBe(input.title);
    expect(doc.getSubject()).toContain(input.code);

    const fonts = embeddedFonts(doc);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    // Subsets: a few hundred glyphs at most, not the ~8,000 of the font files.
    for (const font of fonts) expect(font.numGlyphs).toBeLessThan(400);
  });

  it("embeds glyphs that decode to real outlines (no garbled or empty characters)", async () => {
    const doc = await PDFDocument.load(await renderDocumentPdf(input));
    let drawn = 0;
    for (const font of embeddedFonts(doc)) {
      for (let id = 1; id < font.numGlyphs; id++) {
        const glyph = font.getGlyph(id);
        expect(() => glyph.path).not.toThrow();
        if (glyph.path.toSVG() !== "") drawn++;
      }
    }
    expect(drawn).toBeGreaterThan(60);
  });

  it("gives each document a subset of its own text, though the parsed font is shared between documents", async () => {
    const glyphs = async (pdf: Uint8Array) =>
      embeddedFonts(await PDFDocument.load(pdf)).reduce((n, font) => n + font.numGlyphs, 0);
    const before = await glyphs(await renderDocumentPdf(input));
    const wordy = await renderDocumentPdf({
      ...input,
      facts: [
        ...input.facts,
        { label: "备注", labelEn: "Note", value: "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥欧阳燕" },
      ],
    });
    expect(pageText(wordy, 1)).toContain("欧阳燕");
    expect(await glyphs(wordy)).toBeGreaterThan(before + 20);
    // The characters of the document before do not stay in the next one's subset.
    expect(await glyphs(await renderDocumentPdf(input))).toBe(before);
  });

  it("links the QR code and the printed address to the verify page of the code", async () => {
    const doc = await PDFDocument.load(await renderDocumentPdf(input));
    const targets = linkTargets(doc);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(target).toBe("https://jmt.example.gov.cn/verify/7KQ4-M2XP-9TRW-HB3D");
    // The QR code is drawn as vector squares (the page test below scans it): no image is embedded.
    expect(doc.getPage(0).node.Resources()?.lookup(PDFName.of("XObject"), PDFDict).keys()).toHaveLength(0);
  });

  it("prints the issue time in China time", () => {
    expect(formatIssuedAt(new Date("2026-11-27T16:30:00Z"))).toBe("2026年11月28日 00:30");
  });
});

describe("verifyUrl", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    resetEnv();
  });

  it("is the public verify page of the code under the given base", () => {
    expect(verifyUrl("7KQ4-M2XP-9TRW-HB3D", "https://jmt.example.gov.cn/")).toBe(
      "https://jmt.example.gov.cn/verify/7KQ4-M2XP-9TRW-HB3D",
    );
  });

  it("takes PUBLIC_BASE_URL, else the origin of AUTH_URL, else localhost", () => {
    delete process.env.PUBLIC_BASE_URL;
    delete process.env.AUTH_URL;
    resetEnv();
    expect(verifyUrl("7KQ4-M2XP-9TRW-HB3D")).toBe("http://localhost:3000/verify/7KQ4-M2XP-9TRW-HB3D");

    process.env.AUTH_URL = "https://auth.example.gov.cn/api/auth";
    resetEnv();
    expect(verifyUrl("7KQ4-M2XP-9TRW-HB3D")).toBe("https://auth.example.gov.cn/verify/7KQ4-M2XP-9TRW-HB3D");

    process.env.PUBLIC_BASE_URL = "https://jmt.example.gov.cn";
    resetEnv();
    expect(verifyUrl("7KQ4-M2XP-9TRW-HB3D")).toBe("https://jmt.example.gov.cn/verify/7KQ4-M2XP-9TRW-HB3D");
  });
});

/** Page `n` of a PDF as a PNG, the way a printer or a phone's viewer would draw it (poppler's pdftoppm). */
async function renderPage(pdf: Uint8Array, n: number): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), "jingmin-pdf-"));
  try {
    const out = path.join(dir, "page");
    execFileSync("pdftoppm", ["-f", String(n), "-l", String(n), "-r", "110", "-png", "-singlefile", "-", out], {
      input: Buffer.from(pdf),
    });
    return await readFile(`${out}.png`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function decodeQr(png: Buffer): Promise<string | null> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return (
    jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data ?? null
  );
}

describe("page 1 of every kind of document can be verified on its own", () => {
  // The longest table a document may carry (issueDocument's limits), so the facts run onto a second page.
  const longest = Array.from({ length: maxFacts }, (_, i) => ({
    label: `事项${i + 1}`,
    labelEn: `Item ${i + 1}`,
    value: "河南省郑州市金水区花园路街道农业路社区".repeat(10).slice(0, maxFactLength),
  }));
  const kinds = [
    { kind: "household_register_page", title: "居民户口簿 · 常住人口登记卡" },
    { kind: "household_receipt", title: "户口登记（迁入）办理回执" },
    { kind: "fine_receipt", title: "交通违法罚款电子缴款凭证" },
    { kind: "accident_agreement", title: "道路交通事故自行协商协议书" },
    { kind: "accident_determination", title: "道路交通事故认定书（简易程序）" },
  ] as const;

  for (const { kind, title } of kinds) {
    it(`${kind}: the QR code on page 1 opens the verify page and page 1 prints the code, however long the table`, async () => {
      for (const facts of [input.facts, longest]) {
        const pdf = await renderDocumentPdf({ ...input, title, facts });
        expect(await decodeQr(await renderPage(pdf, 1))).toBe(verifyUrl(input.code, input.baseUrl));
        expect(pageText(pdf, 1)).toContain(input.code);
      }
    }, 60_000);
  }
});
