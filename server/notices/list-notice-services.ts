import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { services } from "@/db/schema";

/** The catalogue's notice services, each a board: what a draft is filed under and the all-notices filter. */
export async function listNoticeServices(db: Db) {
  return db
    .select({ code: services.code, name: services.name, nameEn: services.nameEn })
    .from(services)
    .where(and(eq(services.kind, "notice"), eq(services.enabled, true)))
    .orderBy(asc(services.code));
}
