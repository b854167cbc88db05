import fontkit from "@pdf-lib/fontkit";
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString } from "pdf-lib";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnv } from "@/server/env";
import { formatIssuedAt, renderDocumentPdf } from "./render-document-pdf";
import { verifyUrl } from "./verify-url";

const input = {
  code: "7KQ4-M2XP-9TRW-HB3D",
  title: "户口登记（迁入）办理回执",
  // 龑 is outside the font's main file: it must come from a fallback slice, not print as a box.
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
    .filter((obj): obj is PDFDict => obj instanceof PDFDict && obj.get(PDFName.of("Type")) === PDFName.of("FontDescriptor"))
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

  it("links the QR code and the printed address to the verify page of the code", async () => {
    const doc = await PDFDocument.load(await renderDocumentPdf(input));
    const targets = linkTargets(doc);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(target).toBe("https://jmt.example.gov.cn/verify/7KQ4-M2XP-9TRW-HB3D");
    expect(doc.getPage(0).node.Resources()?.lookup(PDFName.of("XObject"), PDFDict).keys()).toHaveLength(1);
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
    expect(verifyUrl("7KQ4-M2XP-9TRW-HB3D", "https://jmt.example.gov.cn/")).toBe("https://jmt.example.gov.cn/verify/7KQ4-M2XP-9TRW-HB3D");
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
