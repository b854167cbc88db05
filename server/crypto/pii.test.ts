import { describe, expect, it } from "vitest";
import { maskIdNumber, maskName, maskPhone } from "./mask";
import { decryptPii, encryptPii, hashPii } from "./pii";

describe("personal identifiers at rest", () => {
  it("encrypts so the stored text does not contain the number, and decrypts it back", () => {
    const id = "410105199001011234";
    const stored = encryptPii(id);
    expect(stored).not.toContain(id);
    expect(stored).not.toContain("1990");
    expect(decryptPii(stored)).toBe(id);
  });
  it("gives a different ciphertext each time, but one stable lookup hash", () => {
    expect(encryptPii("13800138000")).not.toBe(encryptPii("13800138000"));
    expect(hashPii("phone", "13800138000")).toBe(hashPii("phone", " 13800138000 "));
    expect(hashPii("id", "41010519900101123x")).toBe(hashPii("id", "41010519900101123X"));
  });
  it("keeps phone and ID hash spaces apart", () => {
    expect(hashPii("phone", "123")).not.toBe(hashPii("id", "123"));
  });
  it("refuses a tampered ciphertext", () => {
    const stored = encryptPii("410105199001011234");
    const parts = stored.split(".");
    // Flip one bit of the ciphertext's first byte, so the tampering always changes something.
    const body = Buffer.from(parts[3] ?? "", "base64url");
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString("base64url");
    expect(() => decryptPii(parts.join("."))).toThrow();
  });
});

describe("masking for display", () => {
  it("shows ID numbers as 410105********1234", () => {
    expect(maskIdNumber("410105199001011234")).toBe("410105********1234");
  });
  it("shows phones as 138****1234", () => {
    expect(maskPhone("13812341234")).toBe("138****1234");
  });
  it("keeps the first and last character of a name", () => {
    expect(maskName("张三丰")).toBe("张*丰");
    expect(maskName("李四")).toBe("李*");
    expect(maskName("欧阳娜娜")).toBe("欧**娜");
  });
});
