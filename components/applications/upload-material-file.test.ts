import { describe, expect, it } from "vitest";
import { refuseBeforeUpload } from "./upload-material-file";

const file = (name: string, type: string, size = 1000) => new File([new Uint8Array(size)], name, { type });

describe("refuseBeforeUpload", () => {
  it("lets scans and photos through: JPG, PNG, WebP and PDF", () => {
    for (const [name, type] of [
      ["a.jpg", "image/jpeg"],
      ["a.png", "image/png"],
      ["a.webp", "image/webp"],
      ["a.pdf", "application/pdf"],
    ]) {
      expect(refuseBeforeUpload(file(name!, type!)), name).toBeNull();
    }
  });

  it("refuses other formats, going by the name when the browser gives no type", () => {
    expect(
      refuseBeforeUpload(file("合同.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
    ).toEqual({ kind: "wrongType" });
    expect(refuseBeforeUpload(file("动图.gif", "image/gif"))).toEqual({ kind: "wrongType" });
    expect(refuseBeforeUpload(file("scan.PDF", ""))).toBeNull();
    expect(refuseBeforeUpload(file("notes.txt", ""))).toEqual({ kind: "wrongType" });
  });

  it("refuses a PDF over 10 MB with its size, but leaves a big photo to be compressed", () => {
    const size = 12 * 1024 * 1024;
    expect(refuseBeforeUpload(file("证书.pdf", "application/pdf", size))).toEqual({ kind: "tooLarge", sizeMb: "12.0" });
    expect(refuseBeforeUpload(file("证书.jpg", "image/jpeg", size))).toBeNull();
  });
});
