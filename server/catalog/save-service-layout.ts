import "server-only";
import { and, arrayContains, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceLayoutItems, serviceLayouts, services, userGroups, users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { type LayoutOwner, layoutOwner } from "./layout-owner";

export type SaveServiceLayoutParams = {
  owner: LayoutOwner;
  /** Service ids in the order they go on top of the home. */
  pinned: number[];
  hidden: number[];
  /** `updatedAt` of the layout the admin edited (null: there was none); a newer save in between is a conflict. */
  expectedUpdatedAt: Date | null;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
};

/**
 * Replaces a citizen's or a group's layout in one transaction, audited with what was pinned and hidden
 * before and after. An empty layout is removed, so the citizen falls back to group layouts and
 * recommendations. The citizen sees the change on their next page load: the home is never cached.
 */
export async function saveServiceLayout(db: Db, params: SaveServiceLayoutParams): Promise<{ updatedAt: Date | null }> {
  const { pinned, hidden } = params;
  if (new Set([...pinned, ...hidden]).size !== pinned.length + hidden.length) {
    throw new DomainError("BAD_INPUT", {}, { hidden: "LAYOUT_SERVICE_TWICE" });
  }
  const owner = layoutOwner(params.owner);

  return db.transaction(async (tx) => {
    await assertOwnerExists(tx, params.owner);
    const ids = [...pinned, ...hidden];
    const known = ids.length
      ? await tx.select({ id: services.id, code: services.code }).from(services).where(inArray(services.id, ids))
      : [];
    if (known.length !== ids.length) throw new DomainError("BAD_INPUT", {}, { pinned: "LAYOUT_SERVICE_UNKNOWN" });
    const codeOf = new Map(known.map((s) => [s.id, s.code]));

    const [current] = await tx
      .select({ id: serviceLayouts.id, updatedAt: serviceLayouts.updatedAt })
      .from(serviceLayouts)
      .where(owner.where)
      .for("update");
    if ((current?.updatedAt.getTime() ?? null) !== (params.expectedUpdatedAt?.getTime() ?? null)) {
      throw new DomainError("CONFLICT");
    }
    const before = current
      ? await tx
          .select({ code: services.code, placement: serviceLayoutItems.placement })
          .from(serviceLayoutItems)
          .innerJoin(services, eq(services.id, serviceLayoutItems.serviceId))
          .where(eq(serviceLayoutItems.layoutId, current.id))
          .orderBy(asc(serviceLayoutItems.position))
      : [];

    let updatedAt: Date | null = null;
    if (current && ids.length === 0) {
      await tx.delete(serviceLayouts).where(eq(serviceLayouts.id, current.id));
    } else if (ids.length > 0) {
      // Millisecond precision on purpose: the editor sends this value back as its conflict check.
      updatedAt = new Date();
      let layoutId: number;
      if (current) {
        await tx
          .update(serviceLayouts)
          .set({ updatedBy: params.actor.id, updatedAt })
          .where(eq(serviceLayouts.id, current.id));
        await tx.delete(serviceLayoutItems).where(eq(serviceLayoutItems.layoutId, current.id));
        layoutId = current.id;
      } else {
        const [created] = await tx
          .insert(serviceLayouts)
          .values({ ...owner.values, updatedBy: params.actor.id, updatedAt })
          .onConflictDoNothing()
          .returning({ id: serviceLayouts.id });
        // Another admin created this layout since the editor loaded it.
        if (!created) throw new DomainError("CONFLICT");
        layoutId = created.id;
      }
      await tx
        .insert(serviceLayoutItems)
        .values([
          ...pinned.map((serviceId, position) => ({ layoutId, serviceId, placement: "pinned" as const, position })),
          ...hidden.map((serviceId, position) => ({ layoutId, serviceId, placement: "hidden" as const, position })),
        ]);
    }

    await recordAudit(tx, {
      actor: params.actor,
      action: "layout.saved",
      targetType: owner.target.type,
      targetId: owner.target.id,
      details: {
        before: {
          pinned: before.filter((i) => i.placement === "pinned").map((i) => i.code),
          hidden: before.filter((i) => i.placement === "hidden").map((i) => i.code),
        },
        after: { pinned: pinned.map((id) => codeOf.get(id)), hidden: hidden.map((id) => codeOf.get(id)) },
      },
      ip: params.ip,
      correlationId: params.correlationId,
    });
    return { updatedAt };
  });
}

async function assertOwnerExists(db: Db, owner: LayoutOwner) {
  const [row] =
    "userId" in owner
      ? await db
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.id, owner.userId), arrayContains(users.roles, ["citizen"])))
      : await db.select({ id: userGroups.id }).from(userGroups).where(eq(userGroups.id, owner.groupId));
  if (!row) throw new DomainError("NOT_FOUND");
}
