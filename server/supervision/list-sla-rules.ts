import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { queueSlaRules, services } from "@/db/schema";

export type SlaRule = {
  id: number;
  state: string;
  maxIdleHours: number;
  service: { code: string; name: string; nameEn: string } | null;
};

/** The queue SLA rules, state defaults first, then each service's overrides. */
export async function listSlaRules(db: Db): Promise<SlaRule[]> {
  const rows = await db
    .select({
      id: queueSlaRules.id,
      state: queueSlaRules.state,
      maxIdleHours: queueSlaRules.maxIdleHours,
      code: services.code,
      name: services.name,
      nameEn: services.nameEn,
    })
    .from(queueSlaRules)
    .leftJoin(services, eq(services.id, queueSlaRules.serviceId))
    .orderBy(sql`${services.code} nulls first`, asc(queueSlaRules.state));
  return rows.map((r) => ({
    id: r.id,
    state: r.state,
    maxIdleHours: r.maxIdleHours,
    service: r.code ? { code: r.code, name: r.name ?? "", nameEn: r.nameEn ?? "" } : null,
  }));
}
