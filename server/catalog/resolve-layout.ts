import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceLayoutItems, serviceLayouts, userGroups } from "@/db/schema";
import type { ProfileFacts } from "./load-citizen-profile";
import { matchGroupRules } from "./match-group-rules";

export type ResolvedLayout = {
  /** Service ids to show first, in order: the user's own pins, then each matching group's by priority. */
  pinned: number[];
  hidden: Set<number>;
  /** The groups whose layouts took part, highest precedence first (the admin preview names them). */
  groups: { id: number; name: string }[];
};

type Layer = { items: { serviceId: number; placement: "pinned" | "hidden"; position: number }[] };

/**
 * Merges the layouts that apply to one citizen. Precedence: the user's own layout, then the layouts of
 * the groups whose rules match, higher priority first. The first layer that places a service decides it,
 * so a user's pin undoes a group's hiding and a high-priority group's hiding beats a lower one's pin.
 */
export async function resolveLayout(db: Db, params: { userId: string; facts: ProfileFacts }): Promise<ResolvedLayout> {
  const [userItems, groupRows] = await Promise.all([
    db
      .select({
        serviceId: serviceLayoutItems.serviceId,
        placement: serviceLayoutItems.placement,
        position: serviceLayoutItems.position,
      })
      .from(serviceLayouts)
      .innerJoin(serviceLayoutItems, eq(serviceLayoutItems.layoutId, serviceLayouts.id))
      .where(eq(serviceLayouts.userId, params.userId))
      .orderBy(asc(serviceLayoutItems.position)),
    // Groups are few (an admin defines them by hand), so they are matched here rather than in SQL.
    db
      .select({
        groupId: userGroups.id,
        groupName: userGroups.name,
        priority: userGroups.priority,
        rules: userGroups.rules,
        serviceId: serviceLayoutItems.serviceId,
        placement: serviceLayoutItems.placement,
        position: serviceLayoutItems.position,
      })
      .from(userGroups)
      .innerJoin(serviceLayouts, eq(serviceLayouts.groupId, userGroups.id))
      .innerJoin(serviceLayoutItems, eq(serviceLayoutItems.layoutId, serviceLayouts.id))
      .where(and(eq(userGroups.enabled, true), isNotNull(serviceLayouts.groupId)))
      .orderBy(asc(serviceLayoutItems.position)),
  ]);

  const matched = new Map<number, Layer & { name: string; priority: number }>();
  for (const row of groupRows) {
    if (!matchGroupRules(row.rules, params.facts)) continue;
    const layer = matched.get(row.groupId) ?? { name: row.groupName, priority: row.priority, items: [] };
    layer.items.push(row);
    matched.set(row.groupId, layer);
  }
  const groups = [...matched.entries()]
    .map(([id, layer]) => ({ id, ...layer }))
    .sort((a, b) => b.priority - a.priority || a.id - b.id);
  const layers: Layer[] = [{ items: userItems }, ...groups];

  const decided = new Set<number>();
  const pinned: number[] = [];
  const hidden = new Set<number>();
  for (const layer of layers) {
    for (const item of [...layer.items].sort((a, b) => a.position - b.position)) {
      if (decided.has(item.serviceId)) continue;
      decided.add(item.serviceId);
      if (item.placement === "pinned") pinned.push(item.serviceId);
      else hidden.add(item.serviceId);
    }
  }
  return { pinned, hidden, groups: groups.map(({ id, name }) => ({ id, name })) };
}
