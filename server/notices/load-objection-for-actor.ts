import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { noticeObjections } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";

/** The objection, if the unit that published its notice lies in the officer's jurisdiction. */
export async function loadObjectionForActor(db: Db, p: { scope: Jurisdiction; objectionId: string; lock?: boolean }) {
  const query = db.select().from(noticeObjections).where(eq(noticeObjections.id, p.objectionId));
  const [row] = p.lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND");
  if (!inScope(p.scope, row.handlingPath)) throw new DomainError("OUT_OF_JURISDICTION");
  return row;
}
