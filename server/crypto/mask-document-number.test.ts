import { describe, expect, it } from "vitest";
import { maskDocumentNumber } from "./mask";

describe("travel document numbers for display", () => {
  it("keeps the type letter and the last four characters", () => {
    expect(maskDocumentNumber("E57814193")).toBe("E****4193");
    expect(maskDocumentNumber("C25430706")).toBe("C****0706");
  });

  it("hides a number too short to mask partly", () => {
    expect(maskDocumentNumber("E1234")).toBe("*****");
  });
});
