import "server-only";
import { and, arrayContains, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { households, orgUnits, type residentStatus, residents, type sex, users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { decryptPii, hashPii } from "@/server/crypto/pii";
import { maskIdNumber, maskName, maskPhone } from "@/server/crypto/mask";
import { DomainError } from "@/server/errors";
import { getUnitChain, type OrgUnitRef } from "@/server/orgs/get-unit-chain";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";
import { idNumberProblem } from "@/server/population/id-number-problem";
import type { OfficerRole } from "./session-user";
import { phonePasswordBlockedUntil } from "./sign-in-throttle";

/** A window serves any citizen, so every desk that faces the public may look people up. */
export const citizenLookupRoles = [
  "window_officer",
  "station_officer",
  "county_approver",
] as const satisfies readonly OfficerRole[];

type ResidentStatus = (typeof residentStatus.enumValues)[number];

export type CitizenAccountStatus = {
  userId: string;
  maskedName: string;
  maskedPhone: string | null;
  verification: "verified" | "unverified" | null;
  status: "active" | "disabled";
  /** Set only while password sign-in waits after repeated wrong passwords (sign-in-throttle.ts). */
  lockedUntil: Date | null;
  failedSignIns: number;
  lastSignInAt: Date | null;
  createdAt: Date;
};

export type HouseholdMember = {
  maskedName: string;
  maskedIdNumber: string;
  relationToHead: string;
  sex: (typeof sex.enumValues)[number];
  status: ResidentStatus;
  /** The person who was looked up. */
  isSubject: boolean;
};

export type CitizenRegisterEntry = {
  maskedName: string;
  status: ResidentStatus;
  /** The police station that keeps the household's register, named from the city bureau down: station names repeat across cities. */
  stationChain: OrgUnitRef[];
  withinScope: boolean;
  /** Only for households registered inside the officer's jurisdiction. */
  household: { householdNumber: string; address: string; members: HouseholdMember[] } | null;
};

export type CitizenLookup = {
  maskedIdNumber: string;
  account: CitizenAccountStatus | null;
  register: CitizenRegisterEntry | null;
};

export type CitizenLookupParams = {
  idNumber: string;
  scope: Jurisdiction;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

/**
 * A window officer's look-up of a person by full ID number: the account's state for anyone, register
 * details only where the household is registered inside the officer's jurisdiction. Every look-up is a
 * read of personal data and is audited against the person, whether or not anything was found.
 */
export async function lookupCitizen(db: Db, params: CitizenLookupParams): Promise<CitizenLookup> {
  const idNumber = params.idNumber.trim().toUpperCase();
  const problem = idNumberProblem(idNumber);
  if (problem) throw new DomainError("BAD_INPUT", {}, { idNumber: problem });
  const now = params.now ?? new Date();
  const idHash = hashPii("id", idNumber);
  const maskedIdNumber = maskIdNumber(idNumber);

  return db.transaction(async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(and(eq(users.idNumberHash, idHash), arrayContains(users.roles, ["citizen"])));
    const [resident] = await tx
      .select({ resident: residents, household: households, station: orgUnits })
      .from(residents)
      .innerJoin(households, eq(households.id, residents.householdId))
      .innerJoin(orgUnits, eq(orgUnits.id, households.orgUnitId))
      .where(eq(residents.idNumberHash, idHash));

    const account: CitizenAccountStatus | null = user
      ? {
          userId: user.id,
          maskedName: maskName(user.name),
          maskedPhone: user.phoneEnc ? maskPhone(decryptPii(user.phoneEnc)) : null,
          verification: user.verification,
          status: user.status,
          lockedUntil: user.phoneHash ? await phonePasswordBlockedUntil(tx, user.phoneHash, now) : null,
          failedSignIns: user.failedSignIns,
          lastSignInAt: user.lastSignInAt,
          createdAt: user.createdAt,
        }
      : null;

    let register: CitizenRegisterEntry | null = null;
    if (resident) {
      const withinScope = inScope(params.scope, resident.station.path);
      const members = withinScope
        ? await tx
            .select()
            .from(residents)
            .where(eq(residents.householdId, resident.household.id))
            .orderBy(asc(residents.birthDate))
        : [];
      register = {
        maskedName: maskName(resident.resident.name),
        status: resident.resident.status,
        stationChain: (await getUnitChain(tx, { unitId: resident.station.id })).filter((u) => u.level !== "province"),
        withinScope,
        household: withinScope
          ? {
              householdNumber: resident.household.householdNumber,
              address: resident.household.address,
              members: members.map((m) => ({
                maskedName: maskName(m.name),
                maskedIdNumber: maskIdNumber(decryptPii(m.idNumberEnc)),
                relationToHead: m.relationToHead,
                sex: m.sex,
                status: m.status,
                isSubject: m.id === resident.resident.id,
              })),
            }
          : null,
      };
    }

    await recordAudit(tx, {
      actor: params.actor,
      action: "citizen.lookup",
      targetType: user ? "user" : resident ? "resident" : undefined,
      targetId: user?.id ?? resident?.resident.id,
      subjectIdHash: idHash,
      details: {
        idNumber: maskedIdNumber,
        found: !!(user || resident),
        account: !!user,
        inRegister: !!resident,
        registerDetailsShown: !!register?.household,
      },
      ip: params.ip,
      correlationId: params.correlationId,
    });
    return { maskedIdNumber, account, register };
  });
}
