import "server-only";
import { and, asc, eq, type SQL } from "drizzle-orm";
import type { OfficerActor } from "@/server/accounts/actor";
import type { Db } from "@/db/client";
import { applications, orgUnits, services, users } from "@/db/schema";
import { recordAudit } from "@/server/audit/record-audit";
import { maskName } from "@/server/crypto/mask";
import { DomainError } from "@/server/errors";
import { withinScope } from "@/server/orgs/scope";
import { type CounterQuery, readCounterQuery } from "./read-counter-query";

export type WindowMatch = {
  id: string;
  number: string | null;
  version: number;
  service: { code: string; name: string; nameEn: string };
  station: { name: string; nameEn: string | null };
  applicantMaskedName: string;
  windowDeadline: string | null;
  deliveryMethod: "window" | "post";
};

/**
 * The window's search for a citizen standing at the counter: by application number, or by the ID card
 * they hand over. Finds only approved applications of stations inside the officer's subtree. A search by
 * ID number is a read of that person's data and is audited against them, found or not.
 */
export async function findApplicationsAtWindow(
  db: Db,
  p: { officer: OfficerActor; query: CounterQuery },
): Promise<{ matches: WindowMatch[]; maskedIdNumber: string | null }> {
  if (!p.officer.user.roles.includes("window_officer")) throw new DomainError("FORBIDDEN");
  const conditions: SQL[] = [
    withinScope(p.officer.scope, applications.stationPath),
    eq(applications.state, "approved"),
  ];
  const q = readCounterQuery(p.query);
  const idHash = q.kind === "idNumber" ? q.idHash : null;
  const maskedIdNumber = q.kind === "idNumber" ? q.maskedIdNumber : null;
  conditions.push(q.kind === "number" ? eq(applications.number, q.number) : eq(applications.applicantIdHash, q.idHash));

  const rows = await db
    .select({
      id: applications.id,
      number: applications.number,
      version: applications.version,
      windowDeadline: applications.windowDeadline,
      delivery: applications.delivery,
      serviceCode: services.code,
      serviceName: services.name,
      serviceNameEn: services.nameEn,
      stationName: orgUnits.name,
      stationNameEn: orgUnits.nameEn,
      applicantName: users.name,
    })
    .from(applications)
    .innerJoin(services, eq(services.id, applications.serviceId))
    .innerJoin(orgUnits, eq(orgUnits.id, applications.stationId))
    .innerJoin(users, eq(users.id, applications.applicantId))
    .where(and(...conditions))
    .orderBy(asc(applications.windowDeadline), asc(applications.number))
    .limit(20);

  if (idHash) {
    await recordAudit(db, {
      actor: { id: p.officer.user.id, role: "window_officer", orgUnitId: p.officer.scope.unitId },
      action: "application.find_at_window",
      targetType: "application",
      subjectIdHash: idHash,
      details: { idNumber: maskedIdNumber, found: rows.map((r) => r.number) },
      ip: p.officer.ip,
      correlationId: p.officer.correlationId,
    });
  }
  return {
    maskedIdNumber,
    matches: rows.map((r) => ({
      id: r.id,
      number: r.number,
      version: r.version,
      service: { code: r.serviceCode, name: r.serviceName, nameEn: r.serviceNameEn },
      station: { name: r.stationName, nameEn: r.stationNameEn },
      applicantMaskedName: maskName(r.applicantName),
      windowDeadline: r.windowDeadline,
      deliveryMethod: r.delivery.method,
    })),
  };
}
