import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { orgUnits, residents } from "@/db/schema";
import { demoResidents, population } from "@/server/seed/population";
import { hashPii } from "@/server/crypto/pii";
import { createTestDb } from "@/test/db";
import { checkRegisterReferences } from "./check-register-references";
import { householdForms } from "./household-forms";
import { resolveStation } from "@/server/applications/resolve-station";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h?.close());

const { citizen: zhang, unregistered: li, daughter, mother } = demoResidents;
const person = (r: { idNumber: string; name: string }) => ({ idNumber: r.idNumber, name: r.name });

async function residentId(idNumber: string): Promise<string> {
  const [row] = await db
    .select({ id: residents.id })
    .from(residents)
    .where(eq(residents.idNumberHash, hashPii("id", idNumber)));
  if (!row) throw new Error(`${idNumber} is not seeded`);
  return row.id;
}

async function unitId(code: string): Promise<number> {
  const [row] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, code));
  return row!.id;
}

describe("checkRegisterReferences", () => {
  it("resolves both parents of a newborn to their register records", async () => {
    const result = await checkRegisterReferences(db, householdForms.HZ001!, {
      father: person(zhang),
      mother: person(li),
    });
    expect(result).toEqual({
      fieldErrors: {},
      residents: { father: await residentId(zhang.idNumber), mother: await residentId(li.idNumber) },
    });
  });

  it("gives one answer for an unknown number, another name and a cancelled record alike", async () => {
    const stranger = { idNumber: "110101199003074477", name: "赵强" };
    const wrongName = { idNumber: zhang.idNumber, name: "张敏" };
    const unknown = await checkRegisterReferences(db, householdForms.HZ001!, { father: stranger, mother: person(li) });
    expect(unknown.fieldErrors).toEqual({ father: "form.residentMismatch" });
    expect(unknown.residents).toEqual({ mother: await residentId(li.idNumber) });
    const renamed = await checkRegisterReferences(db, householdForms.HZ001!, { father: wrongName, mother: person(li) });
    expect(renamed.fieldErrors).toEqual({ father: "form.residentMismatch" });
    // 退役士兵落户 wants a record cancelled on enlistment: an active one does not fit.
    const veteran = await checkRegisterReferences(db, householdForms.HZ012!, { veteran: person(zhang) });
    expect(veteran.fieldErrors).toEqual({ veteran: "form.residentMismatch" });
  });

  it("refuses swapped parents and the same person twice", async () => {
    const swapped = await checkRegisterReferences(db, householdForms.HZ001!, {
      father: person(li),
      mother: person(zhang),
    });
    expect(swapped.fieldErrors).toEqual({ father: "form.residentSex", mother: "form.residentSex" });
    const twice = await checkRegisterReferences(db, householdForms.HZ008!, {
      child: person(zhang),
      parent: person(mother),
      otherParent: person(mother),
    });
    expect(twice.fieldErrors).toEqual({ otherParent: "form.residentDuplicate" });
  });

  it("checks household rules against the applicant's household when the applicant is given", async () => {
    const applicantResidentId = await residentId(zhang.idNumber);
    const stranger = population[1]!.members[0]!;
    const head = await checkRegisterReferences(
      db,
      householdForms.HZ028!,
      { newHead: person(stranger) },
      { applicantResidentId },
    );
    expect(head.fieldErrors).toEqual({ newHead: "form.residentHousehold" });
    const ownMember = await checkRegisterReferences(
      db,
      householdForms.HZ028!,
      { newHead: person(daughter) },
      { applicantResidentId },
    );
    expect(ownMember.fieldErrors).toEqual({});
    // Joining one's own household as a spouse is no move at all.
    const spouse = await checkRegisterReferences(
      db,
      householdForms.HZ006!,
      { spouse: person(li) },
      { applicantResidentId },
    );
    expect(spouse.fieldErrors).toEqual({ spouse: "form.residentOtherHousehold" });
    const noApplicant = await checkRegisterReferences(
      db,
      householdForms.HZ028!,
      { newHead: person(daughter) },
      { applicantResidentId: null },
    );
    expect(noApplicant.fieldErrors).toEqual({ newHead: "form.residentHousehold" });
  });

  it("accepts only police stations in station fields", async () => {
    const schema = householdForms.HZ003!;
    const base = { newAddress: "河南省郑州市金水区文化路76号院1号楼1单元101室", propertyOwner: "self" };
    expect(
      (await checkRegisterReferences(db, schema, { ...base, targetStation: await unitId("41010503") })).fieldErrors,
    ).toEqual({});
    expect(
      (await checkRegisterReferences(db, schema, { ...base, targetStation: await unitId("410105") })).fieldErrors,
    ).toEqual({
      targetStation: "form.stationUnknown",
    });
    expect((await checkRegisterReferences(db, schema, { ...base, targetStation: 999_999 })).fieldErrors).toEqual({
      targetStation: "form.stationUnknown",
    });
  });
});

describe("resolveStation", () => {
  it("routes by the applicant's own household", async () => {
    const stationId = await resolveStation(db, {
      schema: householdForms.HZ023!,
      values: { lossReason: "lost" },
      applicantResidentId: await residentId(zhang.idNumber),
      residents: {},
    });
    expect(stationId).toBe(await unitId("41010501"));
  });

  it("routes a newborn to the household of the parent it joins", async () => {
    const other = population[1]!;
    const otherMother = other.members.find((m) => m.sex === "F") ?? other.members[0]!;
    const residentsMap = { father: await residentId(zhang.idNumber), mother: await residentId(otherMother.idNumber) };
    const viaFather = await resolveStation(db, {
      schema: householdForms.HZ001!,
      values: { joinParent: "father" },
      applicantResidentId: null,
      residents: residentsMap,
    });
    expect(viaFather).toBe(await unitId("41010501"));
    const viaMother = await resolveStation(db, {
      schema: householdForms.HZ001!,
      values: { joinParent: "mother" },
      applicantResidentId: null,
      residents: residentsMap,
    });
    expect(viaMother).toBe(await unitId(other.orgUnitCode));
  });

  it("routes a home purchase to the station chosen for the new address", async () => {
    const wenhua = await unitId("41010503");
    const stationId = await resolveStation(db, {
      schema: householdForms.HZ003!,
      values: { targetStation: wenhua },
      applicantResidentId: await residentId(zhang.idNumber),
      residents: {},
    });
    expect(stationId).toBe(wenhua);
  });

  it("refuses an applicant who is not in the register, with a clear reason", async () => {
    await expect(
      resolveStation(db, { schema: householdForms.HZ023!, values: {}, applicantResidentId: null, residents: {} }),
    ).rejects.toMatchObject({ code: "NOT_IN_REGISTER" });
  });

  it("refuses a routing answer that names no route", async () => {
    await expect(
      resolveStation(db, {
        schema: householdForms.HZ001!,
        values: { joinParent: "__proto__" },
        applicantResidentId: null,
        residents: {},
      }),
    ).rejects.toMatchObject({ code: "BAD_INPUT", fields: { joinParent: "form.required" } });
  });
});
