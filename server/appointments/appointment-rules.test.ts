import { describe, expect, it } from "vitest";
import { bookableDays, isChangeable, isOfferedSlot, slotStart, slotStartTimes } from "./appointment-rules";

const pattern = { weekdays: [1, 2, 3, 4, 5], startTime: "09:00", endTime: "11:00" };

describe("appointment rules", () => {
  it("keeps a booking changeable until 2 hours before it starts", () => {
    const startsAt = slotStart("2026-12-04", "10:00");
    expect(isChangeable(startsAt, new Date(startsAt.getTime() - 2 * 60 * 60 * 1000))).toBe(true);
    expect(isChangeable(startsAt, new Date(startsAt.getTime() - 2 * 60 * 60 * 1000 + 1))).toBe(false);
  });

  it("cuts a morning into half-hour slots that end by the closing time", () => {
    expect(slotStartTimes(pattern)).toEqual(["09:00", "09:30", "10:00", "10:30"]);
    expect(slotStartTimes({ ...pattern, endTime: "10:45" })).toEqual(["09:00", "09:30", "10:00"]);
  });

  it("offers 14 working days from today in China, skipping weekends", () => {
    // Friday 2026-11-27, 23:30 China time is still Friday there although UTC says 15:30.
    const days = bookableDays(new Date("2026-11-27T15:30:00Z"));
    expect(days).toHaveLength(14);
    expect(days[0]).toBe("2026-11-27");
    expect(days[1]).toBe("2026-11-30");
    expect(days.at(-1)).toBe("2026-12-16");
  });

  it("accepts only a slot of the pattern that lies ahead, on a working day within the horizon", () => {
    const now = new Date("2026-11-27T02:00:00Z"); // Friday 10:00 China time
    expect(isOfferedSlot(pattern, slotStart("2026-11-27", "10:30"), now)).toBe(true);
    expect(isOfferedSlot(pattern, slotStart("2026-11-27", "09:30"), now)).toBe(false);
    expect(isOfferedSlot(pattern, slotStart("2026-11-28", "09:00"), now)).toBe(false);
    expect(isOfferedSlot(pattern, slotStart("2026-11-30", "09:15"), now)).toBe(false);
    expect(isOfferedSlot(pattern, slotStart("2026-11-30", "11:00"), now)).toBe(false);
    expect(isOfferedSlot(pattern, slotStart("2026-12-16", "09:00"), now)).toBe(true);
    expect(isOfferedSlot(pattern, slotStart("2026-12-17", "09:00"), now)).toBe(false);
    expect(isOfferedSlot({ ...pattern, weekdays: [2] }, slotStart("2026-11-30", "09:00"), now)).toBe(false);
  });
});
