import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";

/** Signs the user out on every device: tokens carry the old session version and stop working at once. */
export async function revokeSessions(
  db: Db,
  params: { userId: string; actor: AuditActor; ip?: string | null; correlationId?: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, params.userId))
      .returning({ sessionVersion: users.sessionVersion });
    if (!row) throw new DomainError("NOT_FOUND");
    await recordAudit(tx, {
      actor: params.actor,
      action: "auth.sessions_revoked",
      targetType: "user",
      targetId: params.userId,
      details: { sessionVersion: row.sessionVersion },
      ip: params.ip,
      correlationId: params.correlationId,
    });
  });
}
