import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { services } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { recordServiceUsage } from "./record-service-usage";

/**
 * The citizen has the guide of an enabled service in front of them: one "view" use. Reported by the page
 * once it is shown, never by rendering it, since a link's prefetch renders guides nobody opened.
 */
export async function recordGuideOpened(db: Db, p: { userId: string; serviceId: number; now?: Date }): Promise<void> {
  const [service] = await db
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.id, p.serviceId), eq(services.enabled, true)));
  if (!service) throw new DomainError("NOT_FOUND");
  await recordServiceUsage(db, { userId: p.userId, serviceId: service.id, kind: "view", at: p.now });
}
