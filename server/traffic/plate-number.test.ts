import { describe, expect, it } from "vitest";
import { checkPlateNumber, formatPlateNumber, maskPlateNumber } from "./plate-number";

describe("plate numbers", () => {
  it("reads a plate however it was typed: with a middle dot, a space, lower case or full-width", () => {
    for (const typed of [
      "豫A·12345",
      "豫a 12345",
      "豫A12345",
      " 豫A-12345 ",
      "豫Ａ１２３４５",
      "豫Ａ　１２３４５",
      "豫A•12345",
    ]) {
      expect(checkPlateNumber(typed, "02"), typed).toEqual({ ok: true, plate: "豫A12345" });
    }
    expect(checkPlateNumber("京b·a1c23", "01")).toEqual({ ok: true, plate: "京BA1C23" });
  });

  it("takes 6 characters after the prefix on new-energy plates and 5 on others", () => {
    expect(checkPlateNumber("豫A·D12345", "52")).toEqual({ ok: true, plate: "豫AD12345" });
    expect(checkPlateNumber("豫A·FA1234", "52")).toEqual({ ok: true, plate: "豫AFA1234" });
    expect(checkPlateNumber("豫A·12345D", "51")).toEqual({ ok: true, plate: "豫A12345D" });
    expect(checkPlateNumber("豫A·D12345", "02")).toEqual({ ok: false, problem: "length" });
    expect(checkPlateNumber("豫A·12345", "52")).toEqual({ ok: false, problem: "length" });
    expect(checkPlateNumber("豫A·1234", "02")).toEqual({ ok: false, problem: "length" });
  });

  it("refuses I and O in the serial, which read as 1 and 0", () => {
    expect(checkPlateNumber("豫A·I2345", "02")).toEqual({ ok: false, problem: "serial" });
    expect(checkPlateNumber("豫A·1O345", "02")).toEqual({ ok: false, problem: "serial" });
    expect(checkPlateNumber("豫A·DI2345", "52")).toEqual({ ok: false, problem: "serial" });
  });

  it("refuses new-energy serials that do not start (small) or end (large) with the power letter", () => {
    expect(checkPlateNumber("豫A·123456", "52")).toEqual({ ok: false, problem: "serial" });
    expect(checkPlateNumber("豫A·X12345", "52")).toEqual({ ok: false, problem: "serial" });
    expect(checkPlateNumber("豫A·D23456", "51")).toEqual({ ok: false, problem: "serial" });
  });

  it("refuses plates without a mainland province or authority letter", () => {
    expect(checkPlateNumber("A·12345", "02")).toEqual({ ok: false, problem: "province" });
    expect(checkPlateNumber("港A·12345", "02")).toEqual({ ok: false, problem: "province" });
    expect(checkPlateNumber("豫1·12345", "02")).toEqual({ ok: false, problem: "authority" });
    expect(checkPlateNumber("豫", "02")).toEqual({ ok: false, problem: "authority" });
    expect(checkPlateNumber("", "02")).toEqual({ ok: false, problem: "province" });
  });

  it("writes a plate as it reads, and masks the middle of the serial for public pages", () => {
    expect(formatPlateNumber("豫A12345")).toBe("豫A·12345");
    expect(maskPlateNumber("豫A12345")).toBe("豫A·1**45");
    expect(maskPlateNumber("豫AD12345")).toBe("豫A·D***45");
  });
});
