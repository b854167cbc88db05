import { describe, expect, it } from "vitest";
import { buildAppointmentCalendar } from "./build-appointment-calendar";

describe("buildAppointmentCalendar", () => {
  it("is a half-hour event in UTC at the unit's window, with an alarm the evening before", () => {
    const ics = buildAppointmentCalendar({
      appointmentId: "6f1c2a4e-0000-4000-8000-000000000001",
      startsAt: new Date("2026-12-01T09:30:00+08:00"),
      serviceName: "普通护照签发",
      unit: { name: "郑州市公安局金水分局", address: "郑州市金水区花园路1号" },
      window: "出入境2号窗口",
      locale: "zh-CN",
      now: new Date("2026-11-27T00:00:00Z"),
    });
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("DTSTART:20261201T013000Z");
    expect(unfolded).toContain("DTEND:20261201T020000Z");
    expect(unfolded).toContain("SUMMARY:窗口预约：普通护照签发");
    expect(unfolded).toContain("LOCATION:郑州市公安局金水分局 出入境2号窗口 郑州市金水区花园路1号");
    expect(unfolded).toContain("TRIGGER:-PT16H");
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
