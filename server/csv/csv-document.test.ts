import { describe, expect, it } from "vitest";
import { csvDocument } from "./csv-document";

describe("csvDocument", () => {
  it("starts with the UTF-8 byte order mark and ends every record with CRLF", () => {
    const csv = csvDocument([
      ["订单号", "金额"],
      ["JM20261127AB12CD34EF", "200.50"],
    ]);
    expect(csv).toBe("\uFEFF订单号,金额\r\nJM20261127AB12CD34EF,200.50\r\n");
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("quotes fields with commas, quotes or line breaks, doubling the quotes inside", () => {
    expect(csvDocument([["a,b", 'say "hi"', "two\nlines", "plain", null, 42]])).toBe(
      '\uFEFF"a,b","say ""hi""","two\nlines",plain,,42\r\n',
    );
  });

  it("turns anything a spreadsheet would run as a formula into text", () => {
    expect(csvDocument([['=HYPERLINK("http://evil")', "+1", "-2+3", "@SUM(A1)", "\tx", "a=b"]])).toBe(
      '\uFEFF"\'=HYPERLINK(""http://evil"")",\'+1,\'-2+3,\'@SUM(A1),\'\tx,a=b\r\n',
    );
  });

  it("leaves numbers as numbers", () => {
    expect(csvDocument([[-5, 0]])).toBe("\uFEFF-5,0\r\n");
  });
});
