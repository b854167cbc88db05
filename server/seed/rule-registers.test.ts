import { describe, expect, it } from "vitest";
import { demoResidents, population } from "./population";
import { buildRegisters } from "./registers";
import { buildRuleRegisters } from "./rule-registers";

const today = "2026-11-27";
const registers = buildRegisters(today);
const rule = buildRuleRegisters(today, registers);
const demoIds = new Set(Object.values(demoResidents).map((r) => r.idNumber));

describe("sample registers the automatic rules read", () => {
  it("is the same every time for the same day", () => {
    expect(buildRuleRegisters(today, buildRegisters(today))).toEqual(rule);
  });

  it("gives the demo citizen a vaccinated dog inspected last year, due this year", () => {
    const own = rule.dogs.filter((d) => d.ownerIdNumber === demoResidents.citizen.idNumber);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ status: "registered", inspectionDue: "2026-12-31" });
    expect(own[0]!.rabiesVaccinatedUntil > today).toBe(true);
    expect(own[0]!.lastInspectedOn!.startsWith("2025")).toBe(true);
  });

  it("registers dogs with unique city tags, some unvaccinated, some inspected this year, a few no longer registered", () => {
    expect(rule.dogs.length).toBeGreaterThan(10);
    expect(new Set(rule.dogs.map((d) => d.registrationNumber)).size).toBe(rule.dogs.length);
    for (const d of rule.dogs) {
      expect(d.registrationNumber).toMatch(/^(郑|汴|洛|豫)犬\d{10}$/);
      expect(d.registeredOn <= d.lastInspectedOn! && d.lastInspectedOn! <= today).toBe(true);
      expect(d.inspectionDue).toBe(`${Number(d.lastInspectedOn!.slice(0, 4)) + 1}-12-31`);
    }
    expect(rule.dogs.some((d) => d.rabiesVaccinatedUntil < today)).toBe(true);
    expect(rule.dogs.some((d) => d.lastInspectedOn!.startsWith("2026") && d.status === "registered")).toBe(true);
    expect(rule.dogs.some((d) => d.status !== "registered")).toBe(true);
  });

  it("records crossings in exit-then-entry pairs within each document's life, none in the future", () => {
    expect(rule.borderCrossings.some((c) => c.idNumber === demoResidents.citizen.idNumber)).toBe(true);
    const documents = new Map(registers.travelDocuments.map((d) => [d.documentNumber, d]));
    for (const c of rule.borderCrossings) {
      const d = documents.get(c.documentNumber)!;
      expect(d.holderIdNumber).toBe(c.idNumber);
      expect(c.crossedAt.slice(0, 10) >= d.issueDate && c.crossedAt.slice(0, 10) <= today).toBe(true);
    }
    const holders = new Set(registers.travelDocuments.map((d) => d.holderIdNumber));
    const crossers = new Set(rule.borderCrossings.map((c) => c.idNumber));
    expect([...holders].some((h) => !crossers.has(h))).toBe(true);
  });

  it("records four convictions, none in the demo household", () => {
    expect(rule.criminalRecords).toHaveLength(4);
    const people = new Set(population.flatMap((h) => h.members).map((m) => m.idNumber));
    for (const r of rule.criminalRecords) {
      expect(people.has(r.idNumber)).toBe(true);
      expect(demoIds.has(r.idNumber)).toBe(false);
      expect(r.judgmentDate < today).toBe(true);
    }
  });
});
