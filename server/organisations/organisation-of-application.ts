import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, enterprises, organisations } from "@/db/schema";

/**
 * The company an application was made for, as the officer's detail page names it: name, code and its
 * register status today (a licence for a company since revoked deserves a second look). Null for a
 * person's application. The caller has already loaded the application within the officer's jurisdiction.
 */
export async function organisationOfApplication(
  db: Db,
  p: { applicationId: string },
): Promise<{ name: string; uscc: string; status: (typeof enterprises.$inferSelect)["status"] } | null> {
  const [row] = await db
    .select({ name: enterprises.name, uscc: enterprises.uscc, status: enterprises.status })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .innerJoin(enterprises, eq(enterprises.id, organisations.enterpriseId))
    .where(eq(applications.id, p.applicationId));
  return row ?? null;
}
