import "server-only";
import { eq } from "drizzle-orm";
import { serviceLayouts } from "@/db/schema";

/** A layout belongs to one citizen or to one group of citizens. */
export type LayoutOwner = { userId: string } | { groupId: number };

export function layoutOwner(owner: LayoutOwner) {
  return "userId" in owner
    ? {
        where: eq(serviceLayouts.userId, owner.userId),
        values: { userId: owner.userId },
        target: { type: "user", id: owner.userId },
      }
    : {
        where: eq(serviceLayouts.groupId, owner.groupId),
        values: { groupId: owner.groupId },
        target: { type: "user_group", id: String(owner.groupId) },
      };
}
