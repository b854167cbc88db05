import { describe, expect, it } from "vitest";
import { buildIcs, escapeText, foldLine } from "./build-ics";

const octets = (s: string) => new TextEncoder().encode(s).length;

/** Undoes RFC 5545 line folding: a CRLF followed by one space joins the lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, "");

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and line breaks as RFC 5545 TEXT", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone", () => {
    const line = `SUMMARY:${"a".repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it("folds long Chinese lines by octets, never splitting a character", () => {
    const line = `DESCRIPTION:${"户籍窗口核验原件".repeat(12)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(" ")).toBe(true);
    }
    // "DESCRIPTION:" is 12 octets, then 21 three-octet characters fill the line to exactly 75.
    expect(octets(parts[0]!)).toBe(75);
    expect(octets(parts[1]!)).toBe(73);
    expect(unfold(folded)).toBe(line);
  });
});

describe("buildIcs", () => {
  const event = {
    uid: "x@jingmin",
    stamp: new Date("2026-11-27T08:30:15.123Z"),
    summary: "s",
    location: "l",
    description: "d",
  };

  it("writes an all-day event on China days with the day after the last as its exclusive end", () => {
    const lines = unfold(
      buildIcs({
        product: "T",
        event: { ...event, when: { firstDay: "2026-12-31", lastDay: "2026-12-31" }, transparent: true },
      }),
    ).split("\r\n");
    expect(lines).toContain("DTSTART;VALUE=DATE:20261231");
    expect(lines).toContain("DTEND;VALUE=DATE:20270101");
    expect(lines).toContain("TRANSP:TRANSPARENT");
  });

  it("writes a timed event in UTC with its alarms, every line ended by CRLF", () => {
    const ics = buildIcs({
      product: "T",
      event: {
        ...event,
        when: { start: new Date("2026-12-01T09:30:00+08:00"), end: new Date("2026-12-01T10:00:00+08:00") },
        alarms: [{ trigger: "-PT16H", description: "明天" }],
      },
    });
    expect(ics).toContain("\r\nDTSTART:20261201T013000Z\r\nDTEND:20261201T020000Z\r\n");
    expect(ics).toContain("BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:明天\r\nTRIGGER:-PT16H\r\nEND:VALARM\r\n");
    expect(ics).not.toContain("TRANSP");
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });
});
