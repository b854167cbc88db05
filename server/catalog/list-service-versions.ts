import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceVersions, services, users } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { FieldChange } from "./diff-service";

export type ServiceVersionItem = {
  version: number;
  changedAt: Date;
  changedBy: { id: string; name: string } | null;
  changes: FieldChange[];
};

/** A service's saved edits, newest first: who changed which fields, from what to what, and when. */
export async function listServiceVersions(db: Db, p: { code: string }): Promise<ServiceVersionItem[]> {
  const [service] = await db.select({ id: services.id }).from(services).where(eq(services.code, p.code));
  if (!service) throw new DomainError("NOT_FOUND");
  const rows = await db
    .select({
      version: serviceVersions.version,
      changedAt: serviceVersions.changedAt,
      changes: serviceVersions.changes,
      userId: users.id,
      userName: users.name,
    })
    .from(serviceVersions)
    .leftJoin(users, eq(users.id, serviceVersions.changedBy))
    .where(eq(serviceVersions.serviceId, service.id))
    .orderBy(desc(serviceVersions.version));
  return rows.map((r) => ({
    version: r.version,
    changedAt: r.changedAt,
    changedBy: r.userId && r.userName ? { id: r.userId, name: r.userName } : null,
    changes: r.changes,
  }));
}
