import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notices } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";

/**
 * The notice, if its publishing unit lies in the officer's jurisdiction. Pass a transaction and `lock` to hold
 * the row while acting on it.
 */
export async function loadNoticeForActor(db: Db, p: { scope: Jurisdiction; noticeId: string; lock?: boolean }) {
  const query = db.select().from(notices).where(eq(notices.id, p.noticeId));
  const [row] = p.lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND");
  if (!inScope(p.scope, row.publishingPath)) throw new DomainError("OUT_OF_JURISDICTION");
  return row;
}
