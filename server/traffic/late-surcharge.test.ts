import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysOverdue, lateSurcharge, paymentDueDate } from "./late-surcharge";

/** A moment given in China time. */
const china = (local: string) => new Date(`${local}+08:00`);

describe("the late-payment surcharge", () => {
  const occurredAt = china("2026-11-01T10:00:00");

  it("is due 15 China calendar days after the day of the violation", () => {
    expect(paymentDueDate(occurredAt)).toBe("2026-11-16");
  });

  it("is nothing up to and including the due date, then 3 % of the fine for each day after", () => {
    const fine = (now: string) => lateSurcharge({ fineFen: 20_000, occurredAt, now: china(now) });
    expect(fine("2026-11-01T10:00:00")).toBe(0);
    expect(fine("2026-11-16T23:59:59")).toBe(0);
    expect(fine("2026-11-17T00:00:00")).toBe(600);
    expect(fine("2026-11-20T12:00:00")).toBe(2_400);
  });

  it("counts days in China time, whatever the server's clock says in UTC", () => {
    // 2026-11-01 23:30 in China is still 11-01 in China but 15:30 UTC; 00:30 China on 11-02 is 11-01 in UTC.
    const lateEvening = china("2026-11-01T23:30:00");
    const afterMidnight = china("2026-11-02T00:30:00");
    expect(paymentDueDate(lateEvening)).toBe("2026-11-16");
    expect(paymentDueDate(afterMidnight)).toBe("2026-11-17");
    expect(daysOverdue(lateEvening, china("2026-11-17T00:10:00"))).toBe(1);
    expect(daysOverdue(afterMidnight, china("2026-11-17T00:10:00"))).toBe(0);
  });

  it("never exceeds the fine itself", () => {
    expect(lateSurcharge({ fineFen: 20_000, occurredAt, now: china("2026-12-19T09:00:00") })).toBe(19_800);
    expect(lateSurcharge({ fineFen: 20_000, occurredAt, now: china("2026-12-20T09:00:00") })).toBe(20_000);
    expect(lateSurcharge({ fineFen: 20_000, occurredAt, now: china("2028-01-01T09:00:00") })).toBe(20_000);
  });

  it("is whole fen, rounded down, for fines that are not a multiple of a hundred fen", () => {
    // 3 % of 50.50 yuan is 151.5 fen a day.
    expect(lateSurcharge({ fineFen: 5_050, occurredAt, now: china("2026-11-17T08:00:00") })).toBe(151);
    expect(lateSurcharge({ fineFen: 5_050, occurredAt, now: china("2026-11-18T08:00:00") })).toBe(303);
  });

  it("is an integer between 0 and the fine for any fine and any day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000_000 }), fc.integer({ min: 0, max: 3_000 }), (fineFen, days) => {
        const s = lateSurcharge({ fineFen, occurredAt, now: new Date(occurredAt.getTime() + days * 86_400_000) });
        return Number.isSafeInteger(s) && s >= 0 && s <= fineFen;
      }),
    );
  });

  it("refuses a fine that is not a positive number of fen", () => {
    for (const fineFen of [0, -100, 10.5])
      expect(() => lateSurcharge({ fineFen, occurredAt, now: occurredAt })).toThrow();
  });
});
