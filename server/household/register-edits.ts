import "server-only";
import { randomInt } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/client";
import { type Household, households, orgUnits, residents, users } from "@/db/schema";
import { decryptPii, encryptPii, hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { makeIdNumber } from "@/server/population/id-number";
import type { ResidentStatus } from "@/server/applications/form-schema";
import { headRelation } from "./kinship";

/**
 * The register edits completing an application makes, each inside the completing transaction and on
 * locked rows, so two completions touching the same household or person cannot interleave. Rows are locked
 * FOR NO KEY UPDATE: keys never change here, and inserts elsewhere that merely reference a station or a
 * person (a new application, an account) must not wait for a completion.
 */
export type Sex = "M" | "F";

export type Person = {
  id: string;
  idNumber: string;
  name: string;
  sex: Sex;
  birthDate: string;
  ethnicity: string;
  relationToHead: string;
  status: ResidentStatus;
  householdId: string;
  formerNames: string[];
  birthplace: string | null;
  education: string | null;
  maritalStatus: string | null;
  militaryService: string | null;
  employer: string | null;
  occupation: string | null;
};

/** The register items a change of details (其他户口登记项目变更更正) writes. */
export type RegisterItem = "education" | "maritalStatus" | "militaryService" | "employer" | "occupation";

export type HouseholdRecord = Pick<Household, "id" | "householdNumber" | "type" | "address" | "orgUnitId">;

const personColumns = {
  id: residents.id,
  idNumberEnc: residents.idNumberEnc,
  name: residents.name,
  sex: residents.sex,
  birthDate: residents.birthDate,
  ethnicity: residents.ethnicity,
  relationToHead: residents.relationToHead,
  status: residents.status,
  householdId: residents.householdId,
  formerNames: residents.formerNames,
  birthplace: residents.birthplace,
  education: residents.education,
  maritalStatus: residents.maritalStatus,
  militaryService: residents.militaryService,
  employer: residents.employer,
  occupation: residents.occupation,
};

function toPerson({ idNumberEnc, ...row }: { idNumberEnc: string } & Omit<Person, "idNumber">): Person {
  return { ...row, idNumber: decryptPii(idNumberEnc) };
}

/** A person the application names, locked; REGISTER_CHANGED when they are gone or no longer in an accepted state. */
export async function lockPerson(
  tx: Tx,
  residentId: string | undefined,
  p: { nameForError: string; statuses?: ResidentStatus[] },
): Promise<Person> {
  const [row] = residentId
    ? await tx.select(personColumns).from(residents).where(eq(residents.id, residentId)).for("no key update")
    : [];
  if (!row || !(p.statuses ?? ["active"]).includes(row.status)) {
    throw new DomainError("REGISTER_CHANGED", { name: row?.name ?? p.nameForError });
  }
  return toPerson(row);
}

export async function lockPersonByIdNumber(tx: Tx, idNumber: string): Promise<Person | null> {
  const [row] = await tx
    .select(personColumns)
    .from(residents)
    .where(eq(residents.idNumberHash, hashPii("id", idNumber)))
    .for("no key update");
  return row ? toPerson(row) : null;
}

export async function lockHousehold(tx: Tx, householdId: string): Promise<HouseholdRecord> {
  const [row] = await tx
    .select({
      id: households.id,
      householdNumber: households.householdNumber,
      type: households.type,
      address: households.address,
      orgUnitId: households.orgUnitId,
    })
    .from(households)
    .where(eq(households.id, householdId))
    .for("no key update");
  if (!row) throw new Error(`household ${householdId} vanished`);
  return row;
}

/** Active members, head first; locked, because relations are rewritten from them. */
export async function lockMembers(tx: Tx, householdId: string): Promise<Person[]> {
  const rows = await tx
    .select(personColumns)
    .from(residents)
    .where(and(eq(residents.householdId, householdId), eq(residents.status, "active")))
    .orderBy(residents.birthDate)
    .for("no key update");
  const members = rows.map(toPerson);
  return [
    ...members.filter((m) => m.relationToHead === headRelation),
    ...members.filter((m) => m.relationToHead !== headRelation),
  ];
}

/** The head's sex, which relations are counted from: the active head, or the last one recorded. */
export async function headSexOf(tx: Tx, householdId: string): Promise<Sex | null> {
  const [head] = await tx
    .select({ sex: residents.sex })
    .from(residents)
    .where(and(eq(residents.householdId, householdId), eq(residents.relationToHead, headRelation)))
    .orderBy(sql`${residents.status} = 'active' desc`, sql`${residents.updatedAt} desc`)
    .limit(1);
  return head?.sex ?? null;
}

/** The county code a station's new ID numbers start with (区县 code, GB/T 2260). */
export async function countyCodeOf(tx: Tx, stationId: number): Promise<string> {
  const county = alias(orgUnits, "county");
  const [row] = await tx
    .select({ code: county.code })
    .from(orgUnits)
    .innerJoin(county, eq(county.id, orgUnits.parentId))
    .where(and(eq(orgUnits.id, stationId), eq(orgUnits.level, "station")));
  if (!row) throw new Error(`unit ${stationId} is not a station under a county`);
  return row.code;
}

/**
 * A new household under a station, numbered after the station's last one (station code + 4 digits, as the
 * register numbers them). The station row is locked so two completions never take the same number.
 */
export async function createHousehold(
  tx: Tx,
  p: { stationId: number; address: string; type: "family" | "collective" },
): Promise<HouseholdRecord> {
  const [station] = await tx
    .select({ code: orgUnits.code })
    .from(orgUnits)
    .where(eq(orgUnits.id, p.stationId))
    .for("no key update");
  if (!station) throw new Error(`station ${p.stationId} vanished`);
  const prefix = station.code;
  const [last] = await tx
    .select({
      seq: sql<number | null>`max(substring(${households.householdNumber} from ${prefix.length + 1}::int)::int)`,
    })
    .from(households)
    .where(sql`${households.householdNumber} ~ ${`^${prefix}[0-9]+$`}`);
  const householdNumber = `${prefix}${String((last?.seq ?? 0) + 1).padStart(4, "0")}`;
  const [row] = await tx
    .insert(households)
    .values({ householdNumber, type: p.type, address: p.address, orgUnitId: p.stationId })
    .returning({
      id: households.id,
      householdNumber: households.householdNumber,
      type: households.type,
      address: households.address,
      orgUnitId: households.orgUnitId,
    });
  return row!;
}

/**
 * The household of this kind already registered at this address under the station, if any. Locks the
 * station first, as createHousehold does, so two people settling at one new address end up in one household.
 */
export async function findHouseholdAt(
  tx: Tx,
  p: { stationId: number; address: string; type: "family" | "collective" },
): Promise<HouseholdRecord | null> {
  await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.id, p.stationId)).for("no key update");
  const [row] = await tx
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.orgUnitId, p.stationId), eq(households.address, p.address), eq(households.type, p.type)))
    .orderBy(households.householdNumber)
    .limit(1);
  return row ? lockHousehold(tx, row.id) : null;
}

/**
 * A fresh, valid and unused citizen ID number: region code of the county registering the person, the
 * birth date, a sequence of the right parity (odd for men) picked at random among the free ones. Numbers
 * held by accounts from other provinces count as used too.
 */
export async function newIdNumber(
  tx: Tx,
  p: { regionCode: string; birthDate: string; sex: Sex; preferSequence?: number },
): Promise<string> {
  const sequences = Array.from({ length: 500 }, (_, i) => i * 2 + (p.sex === "M" ? 1 : 0));
  const candidates = sequences.map((s) => makeIdNumber(p.regionCode, p.birthDate, s));
  const hashes = candidates.map((c) => hashPii("id", c));
  const [inRegister, inAccounts] = await Promise.all([
    tx.select({ hash: residents.idNumberHash }).from(residents).where(inArray(residents.idNumberHash, hashes)),
    tx.select({ hash: users.idNumberHash }).from(users).where(inArray(users.idNumberHash, hashes)),
  ]);
  const used = new Set([...inRegister, ...inAccounts].map((r) => r.hash));
  const free = candidates.filter((_, i) => !used.has(hashes[i]!));
  if (!free.length) throw new Error(`no free ID number left for ${p.regionCode} ${p.birthDate} ${p.sex}`);
  const preferred =
    p.preferSequence === undefined ? undefined : makeIdNumber(p.regionCode, p.birthDate, p.preferSequence);
  if (preferred && free.includes(preferred)) return preferred;
  return free[randomInt(free.length)]!;
}

export async function insertResident(
  tx: Tx,
  p: Pick<
    Person,
    "idNumber" | "name" | "sex" | "birthDate" | "ethnicity" | "householdId" | "relationToHead" | "birthplace"
  >,
): Promise<Person> {
  const [row] = await tx
    .insert(residents)
    .values({
      idNumberEnc: encryptPii(p.idNumber),
      idNumberHash: hashPii("id", p.idNumber),
      name: p.name,
      sex: p.sex,
      birthDate: p.birthDate,
      ethnicity: p.ethnicity,
      householdId: p.householdId,
      relationToHead: p.relationToHead,
      birthplace: p.birthplace,
    })
    .returning({ id: residents.id });
  return {
    ...p,
    id: row!.id,
    status: "active",
    formerNames: [],
    education: null,
    maritalStatus: null,
    militaryService: null,
    employer: null,
    occupation: null,
  };
}

/** Writes the changed register items of a person; a changed ID number moves the lookup hash and the linked account with it. */
export async function updatePerson(tx: Tx, person: Person, change: Partial<Omit<Person, "id">>): Promise<Person> {
  const { idNumber, ...rest } = change;
  await tx
    .update(residents)
    .set({
      ...rest,
      ...(idNumber ? { idNumberEnc: encryptPii(idNumber), idNumberHash: hashPii("id", idNumber) } : {}),
      updatedAt: new Date(),
    })
    .where(eq(residents.id, person.id));
  // The citizen's account is verified against this record: it follows a new name or number, or the next
  // sign-in check would no longer match the register.
  if (idNumber || change.name) {
    await tx
      .update(users)
      .set({
        ...(change.name ? { name: change.name } : {}),
        ...(idNumber ? { idNumberEnc: encryptPii(idNumber), idNumberHash: hashPii("id", idNumber) } : {}),
        updatedAt: new Date(),
      })
      .where(eq(users.residentId, person.id));
  }
  return { ...person, ...change };
}

export async function updateHouseholdAddress(
  tx: Tx,
  household: HouseholdRecord,
  address: string,
): Promise<HouseholdRecord> {
  await tx.update(households).set({ address, updatedAt: new Date() }).where(eq(households.id, household.id));
  return { ...household, address };
}

export async function hasActiveMembers(tx: Tx, householdId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: residents.id })
    .from(residents)
    .where(and(eq(residents.householdId, householdId), eq(residents.status, "active")))
    .limit(1);
  return Boolean(row);
}
