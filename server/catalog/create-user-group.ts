import type { Db } from "@/db/client";
import { userGroups } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { checkUserGroupInput, type UserGroupInput } from "./check-user-group-input";

/** A new group of citizens for per-group layouts; its layout is edited afterwards like a user's. */
export async function createUserGroup(
  db: Db,
  params: { input: UserGroupInput; actor: AuditActor; ip?: string | null; correlationId?: string | null },
): Promise<{ id: number }> {
  return db.transaction(async (tx) => {
    const input = await checkUserGroupInput(tx, params.input);
    const [group] = await tx.insert(userGroups).values(input).returning({ id: userGroups.id });
    if (!group) throw new Error("createUserGroup: no row");
    await recordAudit(tx, {
      actor: params.actor,
      action: "user_group.created",
      targetType: "user_group",
      targetId: String(group.id),
      details: { ...input },
      ip: params.ip,
      correlationId: params.correlationId,
    });
    return group;
  });
}
