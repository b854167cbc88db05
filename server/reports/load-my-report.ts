import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reports } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { followUpTokenHash } from "./follow-up-token";

/**
 * The reporter's own report: a named one by its id and the account that filed it, an anonymous one by its
 * follow-up token alone. Anything else is NOT_FOUND, the same answer whether or not the report exists.
 */
export async function loadMyReport(
  db: Db,
  p: ({ userId: string; reportId: string } | { token: string }) & { lock?: boolean },
) {
  const where =
    "token" in p
      ? eq(reports.followUpTokenHash, followUpTokenHash(p.token))
      : and(eq(reports.id, p.reportId), eq(reports.reporterId, p.userId));
  const query = db.select().from(reports).where(where);
  const [row] = p.lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND");
  return row;
}
