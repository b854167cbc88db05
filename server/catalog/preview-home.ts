import "server-only";
import { and, arrayContains, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { maskName } from "@/server/crypto/mask";
import { DomainError } from "@/server/errors";
import { buildHome, type CitizenHome } from "./build-home";

/**
 * The home exactly as the citizen would see it now, for an admin checking a layout. It shows register
 * facts (document expiry dates, plates), so it is recorded as a read of that person's data.
 */
export async function previewHome(
  db: Db,
  params: { userId: string; actor: AuditActor; ip?: string | null; correlationId?: string | null; now?: Date },
): Promise<{ maskedName: string; home: CitizenHome }> {
  const [user] = await db
    .select({ id: users.id, name: users.name, idNumberHash: users.idNumberHash })
    .from(users)
    .where(and(eq(users.id, params.userId), arrayContains(users.roles, ["citizen"])));
  if (!user) throw new DomainError("NOT_FOUND");
  const home = await buildHome(db, { userId: user.id, now: params.now });
  if (home.audience !== "citizen") throw new Error("previewHome: a citizen's home was expected");
  await recordAudit(db, {
    actor: params.actor,
    action: "layout.preview_home",
    targetType: "user",
    targetId: user.id,
    subjectIdHash: user.idNumberHash,
    ip: params.ip,
    correlationId: params.correlationId,
  });
  return { maskedName: maskName(user.name), home };
}
