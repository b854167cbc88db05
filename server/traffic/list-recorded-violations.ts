import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { trafficViolations, users } from "@/db/schema";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { withinScope } from "@/server/orgs/scope";
import { violationCode } from "./violation-codes";

export type RecordedViolation = {
  id: string;
  plateNumber: string;
  plateType: string;
  occurredAt: Date;
  place: string;
  actCode: string;
  actName: string | null;
  actNameEn: string | null;
  fineFen: number;
  points: number;
  status: "unpaid" | "paid" | "processing";
  photoBlobId: string | null;
  recordedByName: string | null;
  createdAt: Date;
};

/** The latest violations recorded by units in the officer's jurisdiction, newest first. */
export async function listRecordedViolations(
  db: Db,
  params: { scope: Jurisdiction; limit?: number },
): Promise<RecordedViolation[]> {
  const rows = await db
    .select({ violation: trafficViolations, recordedByName: users.name })
    .from(trafficViolations)
    .leftJoin(users, eq(users.id, trafficViolations.recordedBy))
    .where(withinScope(params.scope, trafficViolations.orgPath))
    .orderBy(desc(trafficViolations.createdAt), desc(trafficViolations.occurredAt))
    .limit(Math.min(params.limit ?? 20, 100));
  return rows.map(({ violation: v, recordedByName }) => ({
    id: v.id,
    plateNumber: v.plateNumber,
    plateType: v.plateType,
    occurredAt: v.occurredAt,
    place: v.place,
    actCode: v.actCode,
    actName: violationCode(v.actCode)?.name ?? null,
    actNameEn: violationCode(v.actCode)?.nameEn ?? null,
    fineFen: v.fineFen,
    points: v.points,
    status: v.status,
    photoBlobId: v.photoBlobId,
    recordedByName,
    createdAt: v.createdAt,
  }));
}
