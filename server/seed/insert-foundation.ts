import "server-only";
import type { Db, Tx } from "@/db/client";
import { households, orgUnits, residents, users } from "@/db/schema";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import type { DemoAccount } from "./demo-accounts";
import type { SeedOrgUnit } from "./henan-orgs";
import type { SeedHousehold } from "./population";

/** The foundation's inserts (org tree, population register, demo sign-ins), for a new database or additions. */
const chunkSize = 200;

type SeedTx = Db | Tx;

/** Inserts the units level by level (parents first); `orgIds` holds the codes already in the tree. */
export async function insertOrgUnits(
  tx: SeedTx,
  units: readonly SeedOrgUnit[],
  orgIds: Map<string, number>,
): Promise<Map<string, number>> {
  const depths = [...new Set(units.map(depth))].sort((a, b) => a - b);
  for (const d of depths) {
    const rows = units
      .filter((u) => depth(u) === d)
      .map((u) => ({
        code: u.code,
        name: u.name,
        nameEn: u.nameEn,
        level: u.level,
        unitType: u.unitType,
        parentId: u.parentCode ? requireId(orgIds, u.parentCode) : null,
        path: u.path,
        address: u.address,
        phone: u.phone,
      }));
    const inserted = await tx.insert(orgUnits).values(rows).returning({ id: orgUnits.id, code: orgUnits.code });
    for (const r of inserted) orgIds.set(r.code, r.id);
  }
  return orgIds;
}

/** Inserts households and their members; returns resident ids by ID-number hash. */
export async function insertPopulation(
  tx: SeedTx,
  seedHouseholds: readonly SeedHousehold[],
  orgIds: ReadonlyMap<string, number>,
): Promise<Map<string, string>> {
  const residentIds = new Map<string, string>();
  if (seedHouseholds.length === 0) return residentIds;
  const householdIds = new Map<string, string>();
  const insertedHouseholds = await tx
    .insert(households)
    .values(
      seedHouseholds.map((h) => ({
        householdNumber: h.householdNumber,
        type: h.type,
        address: h.address,
        orgUnitId: requireId(orgIds, h.orgUnitCode),
      })),
    )
    .returning({ id: households.id, householdNumber: households.householdNumber });
  for (const h of insertedHouseholds) householdIds.set(h.householdNumber, h.id);

  const residentRows = seedHouseholds.flatMap((h) =>
    h.members.map((m) => ({
      idNumberEnc: encryptPii(m.idNumber),
      idNumberHash: hashPii("id", m.idNumber),
      name: m.name,
      sex: m.sex,
      birthDate: m.birthDate,
      ethnicity: m.ethnicity,
      householdId: requireId(householdIds, h.householdNumber),
      relationToHead: m.relationToHead,
    })),
  );
  for (let i = 0; i < residentRows.length; i += chunkSize) {
    const inserted = await tx
      .insert(residents)
      .values(residentRows.slice(i, i + chunkSize))
      .returning({ id: residents.id, idNumberHash: residents.idNumberHash });
    for (const r of inserted) residentIds.set(r.idNumberHash, r.id);
  }
  return residentIds;
}

/** Inserts demo sign-ins; `passwordHashes` are in the order of `accounts`. */
export async function insertDemoAccounts(
  tx: SeedTx,
  accounts: readonly DemoAccount[],
  passwordHashes: readonly string[],
  orgIds: ReadonlyMap<string, number>,
  residentIds: ReadonlyMap<string, string>,
): Promise<void> {
  if (accounts.length === 0) return;
  const now = new Date();
  await tx.insert(users).values(
    accounts.map((a, i) => {
      const base = {
        roles: [...a.roles],
        name: a.name,
        passwordHash: passwordHashes[i]!,
        orgUnitId: a.orgUnitCode ? requireId(orgIds, a.orgUnitCode) : null,
        totpSecretEnc: a.totpSecret ? encryptPii(a.totpSecret) : null,
        totpEnabledAt: a.totpSecret ? now : null,
      };
      if (a.loginKind === "account")
        return { ...base, account: a.login, phoneEnc: a.workPhone ? encryptPii(a.workPhone) : null };
      if (!a.idNumber) throw new Error(`demo citizen ${a.key} has no register entry`);
      const idNumberHash = hashPii("id", a.idNumber);
      return {
        ...base,
        phoneHash: hashPii("phone", a.login),
        phoneEnc: encryptPii(a.login),
        idNumberHash,
        idNumberEnc: encryptPii(a.idNumber),
        verification: "verified" as const,
        residentId: requireId(residentIds, idNumberHash),
      };
    }),
  );
}

function depth(unit: { path: string }): number {
  return unit.path.split("/").length;
}

function requireId<T>(ids: ReadonlyMap<string, T>, key: string): T {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`seed data refers to ${key}, which was not inserted`);
  return id;
}
