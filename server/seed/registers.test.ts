import { describe, expect, it } from "vitest";
import { validateIdNumber } from "@/server/population/id-number";
import { demoAccount } from "./demo-accounts";
import { demoResidents, population } from "./population";
import { buildRegisters } from "./registers";

const today = "2026-11-27";
const registers = buildRegisters(today);
const people = population.flatMap((h) => h.members);
const adults = people.filter((p) => p.birthDate <= "2008-11-27");
const daysFromToday = (date: string) => (Date.parse(date) - Date.parse(today)) / 86_400_000;

/** ISO 3779: transliterate, weight, mod 11 (10 → X); position 9 must match. */
function vinIsValid(vin: string) {
  const map: Record<string, number> = {};
  "ABCDEFGHJKLMNPRSTUVWXYZ"
    .split("")
    .forEach((c, i) => (map[c] = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][i]!));
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const sum = vin.split("").reduce((s, c, i) => s + (/\d/.test(c) ? Number(c) : map[c]!) * weights[i]!, 0);
  return /^[A-HJ-NPR-Z0-9]{17}$/.test(vin) && vin[8] === (sum % 11 === 10 ? "X" : String(sum % 11));
}

describe("sample exit-entry and traffic registers", () => {
  it("is the same every time for the same day", () => {
    expect(buildRegisters(today)).toEqual(registers);
  });

  it("gives the demo citizen a passport expiring within 90 days, a Hong Kong/Macau permit, a car and a licence", () => {
    const own = registers.travelDocuments.filter((d) => d.holderIdNumber === demoResidents.citizen.idNumber);
    const passport = own.find((d) => d.type === "passport");
    expect(passport?.status).toBe("valid");
    expect(daysFromToday(passport!.expiryDate)).toBeGreaterThan(0);
    expect(daysFromToday(passport!.expiryDate)).toBeLessThanOrEqual(90);
    expect(own.find((d) => d.type === "hk_macau_permit")?.status).toBe("valid");
    expect(registers.vehicles.filter((v) => v.ownerIdNumber === demoResidents.citizen.idNumber)).toHaveLength(1);
    expect(
      registers.drivingLicences.find((l) => l.holderIdNumber === demoResidents.citizen.idNumber)?.vehicleClasses,
    ).toBe("C1");
  });

  it("leaves the spare demo citizen without documents or vehicles, for the empty states, but licensed to drive", () => {
    const spare = demoAccount("spareCitizen").idNumber;
    expect(registers.travelDocuments.some((d) => d.holderIdNumber === spare)).toBe(false);
    expect(registers.vehicles.some((v) => v.ownerIdNumber === spare)).toBe(false);
    // The other driver of the demo accident: quick handling needs a valid licence in the register.
    expect(registers.drivingLicences.filter((l) => l.holderIdNumber === spare)).toHaveLength(1);
  });

  it("covers about 40 % of adults with documents, some expiring soon, some expired and exactly one cancelled", () => {
    const holders = new Set(registers.travelDocuments.map((d) => d.holderIdNumber));
    expect(holders.size / adults.length).toBeGreaterThan(0.3);
    expect(holders.size / adults.length).toBeLessThan(0.5);
    const soon = registers.travelDocuments.filter((d) => d.status === "valid" && daysFromToday(d.expiryDate) <= 90);
    expect(soon.length).toBeGreaterThan(5);
    const expired = registers.travelDocuments.filter((d) => d.status === "expired");
    expect(expired.length).toBeGreaterThan(5);
    expect(expired.every((d) => d.expiryDate < today)).toBe(true);
    expect(registers.travelDocuments.filter((d) => d.status === "cancelled")).toHaveLength(1);
    const adultIds = new Set(adults.map((a) => a.idNumber));
    expect([...holders].every((id) => adultIds.has(id))).toBe(true);
  });

  it("numbers documents by type (E passport, C Hong Kong/Macau, L Taiwan), unique, issued before they expire", () => {
    const prefix = { passport: "E", hk_macau_permit: "C", taiwan_permit: "L" };
    for (const d of registers.travelDocuments) {
      expect(d.documentNumber).toMatch(new RegExp(`^${prefix[d.type]}\\d{8}$`));
      expect(d.issueDate < d.expiryDate && d.issueDate <= today).toBe(true);
    }
    expect(new Set(registers.travelDocuments.map((d) => d.documentNumber)).size).toBe(registers.travelDocuments.length);
  });

  it("registers vehicles for about 30 % of adults with valid, unique 豫 plates of their city and valid VINs", () => {
    const owners = new Set(registers.vehicles.map((v) => v.ownerIdNumber));
    expect(owners.size / adults.length).toBeGreaterThan(0.22);
    expect(owners.size / adults.length).toBeLessThan(0.38);
    const letterOf: Record<string, string> = { "410100": "A", "410200": "B", "410300": "C" };
    for (const v of registers.vehicles) {
      const pattern = v.plateType === "52" ? /^豫[ABC][DF]\d{5}$/ : /^豫[ABC][A-HJ-NP-Z0-9]{5}$/;
      expect(v.plateNumber).toMatch(pattern);
      expect(v.plateNumber[1]).toBe(letterOf[v.cityCode]);
      expect(vinIsValid(v.vin), v.vin).toBe(true);
      expect(v.registeredAt < today && v.inspectionDue >= today).toBe(true);
    }
    expect(new Set(registers.vehicles.map((v) => v.plateNumber)).size).toBe(registers.vehicles.length);
    expect(new Set(registers.vehicles.map((v) => v.vin)).size).toBe(registers.vehicles.length);
  });

  it("licenses most vehicle owners, each adult at most once, with a current term", () => {
    const owners = [...new Set(registers.vehicles.map((v) => v.ownerIdNumber))];
    const licensed = new Set(registers.drivingLicences.map((l) => l.holderIdNumber));
    expect(licensed.size).toBe(registers.drivingLicences.length);
    expect(owners.filter((o) => licensed.has(o)).length / owners.length).toBeGreaterThan(0.75);
    for (const l of registers.drivingLicences) {
      const holder = people.find((p) => p.idNumber === l.holderIdNumber)!;
      expect(validateIdNumber(holder.idNumber).ok).toBe(true);
      expect(Number(l.firstIssued.slice(0, 4)) - Number(holder.birthDate.slice(0, 4))).toBeGreaterThanOrEqual(18);
      expect(l.validFrom <= today).toBe(true);
      if (l.status === "valid" || l.status === "suspended" || l.status === "revoked")
        expect(l.validUntil === null || l.validUntil > today).toBe(true);
      else expect(l.validUntil! < today).toBe(true);
      expect(l.term === "long_term").toBe(l.validUntil === null);
      expect(l.points).toBeGreaterThanOrEqual(0);
      expect(l.points).toBeLessThan(12);
      expect(l.archiveNumber).toMatch(/^41\d{10}$/);
    }
  });

  it("puts the demo citizen's licence within its 90-day renewal window, on a ten-year term", () => {
    const own = registers.drivingLicences.find((l) => l.holderIdNumber === demoResidents.citizen.idNumber)!;
    expect(own).toMatchObject({ status: "valid", term: "ten_years" });
    expect(daysFromToday(own.validUntil!)).toBeGreaterThan(0);
    expect(daysFromToday(own.validUntil!)).toBeLessThanOrEqual(90);
  });

  it("gives the rules each licence state: due soon (some holders 60 or over), long-term, expired, suspended, revoked, cancelled", () => {
    const ageOf = (id: string) =>
      Number(today.slice(0, 4)) - Number(people.find((p) => p.idNumber === id)!.birthDate.slice(0, 4));
    const dueSoon = registers.drivingLicences.filter(
      (l) => l.status === "valid" && l.validUntil && daysFromToday(l.validUntil) <= 90,
    );
    expect(dueSoon.length).toBeGreaterThanOrEqual(6);
    expect(dueSoon.filter((l) => ageOf(l.holderIdNumber) >= 61).length).toBeGreaterThanOrEqual(2);
    for (const l of registers.drivingLicences) {
      const birth = people.find((p) => p.idNumber === l.holderIdNumber)!.birthDate;
      const sixtieth = `${Number(birth.slice(0, 4)) + 60}${birth.slice(4)}`;
      expect(l.healthCertifiedOn).toBe(l.validFrom >= sixtieth ? l.validFrom : null);
    }
    const expired = registers.drivingLicences.filter((l) => l.status === "expired");
    expect(expired.some((l) => daysFromToday(l.validUntil!) > -365)).toBe(true);
    expect(expired.some((l) => daysFromToday(l.validUntil!) < -365)).toBe(true);
    for (const status of ["suspended", "revoked", "cancelled"])
      expect(
        registers.drivingLicences.some((l) => l.status === status),
        status,
      ).toBe(true);
    expect(registers.drivingLicences.some((l) => l.term === "long_term")).toBe(true);
  });

  it("insures most vehicles, exempts the young ones from inspection, and marks a few seized, stolen or scrapped outside 郑州", () => {
    const insured = registers.vehicles.filter((v) => v.insuranceValidUntil && v.insuranceValidUntil >= today);
    expect(insured.length / registers.vehicles.length).toBeGreaterThan(0.8);
    expect(registers.vehicles.some((v) => v.insuranceValidUntil && v.insuranceValidUntil < today)).toBe(true);
    for (const v of registers.vehicles) {
      expect(v.inspectionExempt).toBe(daysFromToday(v.registeredAt) > -6 * 365);
      if (v.ownerPhone) expect(v.ownerPhone).toMatch(/^1[3-9]\d{9}$/);
    }
    const unusual = registers.vehicles.filter((v) => v.status !== "normal");
    expect(unusual.map((v) => v.status).sort()).toEqual(["scrapped", "seized", "seized", "stolen"]);
    expect(unusual.every((v) => v.cityCode !== "410100")).toBe(true);
  });
});
