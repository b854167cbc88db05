import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { favouriteServices } from "@/db/schema";

export async function isFavourite(db: Db, params: { userId: string; serviceId: number }): Promise<boolean> {
  const [row] = await db
    .select({ serviceId: favouriteServices.serviceId })
    .from(favouriteServices)
    .where(and(eq(favouriteServices.userId, params.userId), eq(favouriteServices.serviceId, params.serviceId)));
  return !!row;
}
