import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userGroups } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { checkUserGroupInput, type UserGroupInput } from "./check-user-group-input";

/** Changes a group's name, priority, rules or switches it off; audited with the fields before and after. */
export async function updateUserGroup(
  db: Db,
  params: {
    groupId: number;
    input: UserGroupInput;
    actor: AuditActor;
    ip?: string | null;
    correlationId?: string | null;
  },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({
        name: userGroups.name,
        description: userGroups.description,
        priority: userGroups.priority,
        rules: userGroups.rules,
        enabled: userGroups.enabled,
      })
      .from(userGroups)
      .where(eq(userGroups.id, params.groupId))
      .for("update");
    if (!before) throw new DomainError("NOT_FOUND");
    const input = await checkUserGroupInput(tx, params.input);
    await tx.update(userGroups).set(input).where(eq(userGroups.id, params.groupId));
    const changes = (Object.keys(input) as (keyof UserGroupInput)[])
      .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(input[field]))
      .map((field) => ({ field, before: before[field], after: input[field] }));
    await recordAudit(tx, {
      actor: params.actor,
      action: "user_group.updated",
      targetType: "user_group",
      targetId: String(params.groupId),
      details: { changes },
      ip: params.ip,
      correlationId: params.correlationId,
    });
  });
}
