import { describe, expect, it } from "vitest";
import { buildWindowVisitCalendar } from "./build-window-visit-calendar";

const octets = (s: string) => new TextEncoder().encode(s).length;

/** Undoes RFC 5545 line folding: a CRLF followed by one space joins the lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, "");

const calendar = () =>
  buildWindowVisitCalendar({
    applicationId: "6f1c2f51-8d5a-4c55-9a52-1f0d8f6b2a10",
    number: "HN20261127000042",
    serviceName: "购房入户",
    deadline: "2027-01-26",
    station: {
      name: "花园路派出所",
      address: "郑州市金水区花园路18号, 东门; 一楼",
      phone: "0371-12345678",
      household: true,
    },
    bring: ["不动产权证书", "居民户口簿", "居民身份证原件（申请人本人）"],
    kind: "originals",
    locale: "zh-CN",
    now: new Date("2026-11-27T08:30:15.123Z"),
  });

describe("buildWindowVisitCalendar", () => {
  it("is one all-day event on the deadline with CRLF lines of at most 75 octets", () => {
    const ics = calendar();
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);

    const lines = unfold(ics).split("\r\n");
    expect(lines).toContain("UID:6f1c2f51-8d5a-4c55-9a52-1f0d8f6b2a10@jingmin");
    expect(lines).toContain("DTSTAMP:20261127T083015Z");
    expect(lines).toContain("DTSTART;VALUE=DATE:20270126");
    expect(lines).toContain("DTEND;VALUE=DATE:20270127");
    expect(lines).toContain("SUMMARY:户籍窗口核验原件截止：购房入户");
    expect(lines).toContain("LOCATION:花园路派出所 郑州市金水区花园路18号\\, 东门\\; 一楼");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
  });

  it("lists what to bring and the number in the description, with escaped line breaks", () => {
    const description = unfold(calendar())
      .split("\r\n")
      .find((l) => l.startsWith("DESCRIPTION:受理编号"));
    expect(description).toBe(
      "DESCRIPTION:受理编号：HN20261127000042\\n请最迟于2027年1月26日（含当日）携带以下原件到花园路派出所户籍窗口核验：\\n" +
        "1. 不动产权证书\\n2. 居民户口簿\\n3. 居民身份证原件（申请人本人）\\n咨询电话：0371-12345678\\n" +
        "逾期未到窗口核验的，审批失效，需重新申请。",
    );
  });

  it("asks a collection to collect, not to show originals", () => {
    const ics = unfold(
      buildWindowVisitCalendar({
        applicationId: "b",
        number: "HN20261127000043",
        serviceName: "户口簿补领",
        deadline: "2027-01-26",
        station: { name: "花园路派出所", address: null, phone: null, household: true },
        bring: ["居民身份证原件（申请人本人）"],
        kind: "collect",
        locale: "zh-CN",
        now: new Date("2026-11-27T08:30:15Z"),
      }),
    );
    expect(ics).toContain("SUMMARY:户籍窗口领取截止：户口簿补领");
    expect(ics).toContain("请最迟于2027年1月26日（含当日）携带以下证件到花园路派出所户籍窗口领取：");
    expect(ics).not.toContain("原件到");
    expect(ics).not.toContain("核验");
  });

  it("sends a desk's applicant to its service counter, not a household counter", () => {
    const ics = unfold(
      buildWindowVisitCalendar({
        applicationId: "c",
        number: "HN20261127000044",
        serviceName: "旅馆业特种行业许可证核发",
        deadline: "2027-01-26",
        station: { name: "郑州市公安局治安管理支队", address: null, phone: null, household: false },
        bring: ["营业执照"],
        kind: "originals",
        locale: "zh-CN",
        now: new Date("2026-11-27T08:30:15Z"),
      }),
    );
    expect(ics).toContain("SUMMARY:办事窗口核验原件截止：旅馆业特种行业许可证核发");
    expect(ics).toContain("携带以下原件到郑州市公安局治安管理支队办事窗口核验：");
    expect(ics).not.toContain("户籍窗口");
  });

  it("alarms a week before at 09:00 and on the morning of the day", () => {
    const lines = unfold(calendar()).split("\r\n");
    expect(lines.filter((l) => l === "BEGIN:VALARM")).toHaveLength(2);
    expect(lines).toContain("TRIGGER:-P6DT15H");
    expect(lines).toContain("TRIGGER:PT9H");
  });

  it("ends the event the next day across a month and a year", () => {
    const ics = buildWindowVisitCalendar({
      applicationId: "a",
      number: "HN20261101000001",
      serviceName: "出生登记",
      deadline: "2026-12-31",
      station: { name: "花园路派出所", address: null, phone: null, household: true },
      bring: [],
      kind: "originals",
      locale: "en",
      now: new Date("2026-11-01T00:00:00Z"),
    });
    expect(ics).toContain("DTSTART;VALUE=DATE:20261231\r\n");
    expect(ics).toContain("DTEND;VALUE=DATE:20270101\r\n");
    expect(unfold(ics)).toContain("LOCATION:花园路派出所\r\n");
    expect(unfold(ics)).not.toContain("Phone:");
  });
});
