import "server-only";
import { asc, count, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceLayoutItems, serviceLayouts, userGroups } from "@/db/schema";
import type { UserGroupView } from "./get-service-layout";

export type UserGroupSummary = UserGroupView & { layoutItems: number };

/** Every group, in the order their layouts apply (highest priority first). */
export async function listUserGroups(db: Db): Promise<UserGroupSummary[]> {
  return db
    .select({
      id: userGroups.id,
      name: userGroups.name,
      description: userGroups.description,
      priority: userGroups.priority,
      rules: userGroups.rules,
      enabled: userGroups.enabled,
      layoutItems: count(serviceLayoutItems.serviceId),
    })
    .from(userGroups)
    .leftJoin(serviceLayouts, eq(serviceLayouts.groupId, userGroups.id))
    .leftJoin(serviceLayoutItems, eq(serviceLayoutItems.layoutId, serviceLayouts.id))
    .groupBy(userGroups.id)
    .orderBy(desc(userGroups.priority), asc(userGroups.id));
}
