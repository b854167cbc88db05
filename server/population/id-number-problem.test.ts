import { describe, expect, it } from "vitest";
import { idNumberCheckDigit, makeIdNumber } from "./id-number";
import { idNumberProblem } from "./id-number-problem";

describe("what is wrong with a typed ID number", () => {
  const valid = makeIdNumber("410105", "1990-05-12", "123");

  it("nothing, for a valid number, also with a lower-case x", () => {
    expect(idNumberProblem(valid)).toBeNull();
    const withX = Array.from({ length: 1000 }, (_, i) => makeIdNumber("410105", "1990-05-12", i)).find((n) =>
      n.endsWith("X"),
    );
    expect(idNumberProblem(withX!.toLowerCase())).toBeNull();
  });

  it("names the rule it breaks, as a message key", () => {
    expect(idNumberProblem("41010519900512")).toBe("ID_NUMBER_FORMAT");
    expect(idNumberProblem(`${valid.slice(0, 17)}${valid[17] === "0" ? "1" : "0"}`)).toBe("ID_NUMBER_CHECKSUM");
    const month13 = "41010519901312123";
    expect(idNumberProblem(month13 + idNumberCheckDigit(month13))).toBe("ID_NUMBER_BIRTHDATE");
    expect(idNumberProblem("990101199003074470")).toBe("ID_NUMBER_REGION");
  });
});
