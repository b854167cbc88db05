import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { favouriteServices, services } from "@/db/schema";
import { DomainError } from "@/server/errors";

/**
 * Stars or unstars a service for a citizen. Takes the state the citizen asked for rather than flipping,
 * so a double click or a resubmitted form leaves the star as shown on the button that was pressed.
 */
export async function setFavourite(
  db: Db,
  params: { userId: string; serviceId: number; favourite: boolean },
): Promise<{ favourite: boolean }> {
  if (!params.favourite) {
    await db
      .delete(favouriteServices)
      .where(and(eq(favouriteServices.userId, params.userId), eq(favouriteServices.serviceId, params.serviceId)));
    return { favourite: false };
  }
  const [service] = await db
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.id, params.serviceId), eq(services.enabled, true)));
  if (!service) throw new DomainError("NOT_FOUND");
  await db.insert(favouriteServices).values({ userId: params.userId, serviceId: service.id }).onConflictDoNothing();
  return { favourite: true };
}
