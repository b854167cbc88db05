import "server-only";
import { and, arrayContains, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceLayoutItems, serviceLayouts, services, type UserGroupRules, userGroups, users } from "@/db/schema";
import { maskName, maskPhone } from "@/server/crypto/mask";
import { decryptPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { type LayoutOwner, layoutOwner } from "./layout-owner";

export type LayoutService = { id: number; code: string; name: string; nameEn: string; enabled: boolean };

export type UserGroupView = {
  id: number;
  name: string;
  description: string;
  priority: number;
  rules: UserGroupRules;
  enabled: boolean;
};

export type ServiceLayoutView = {
  owner:
    | { kind: "user"; userId: string; maskedName: string; maskedPhone: string | null }
    | { kind: "group"; group: UserGroupView };
  /** The version the editor started from; saving with an older one is refused as a conflict. */
  updatedAt: Date | null;
  pinned: LayoutService[];
  hidden: LayoutService[];
};

/** One citizen's or group's layout as the admin editor shows it, pinned services in their order. */
export async function getServiceLayout(db: Db, params: { owner: LayoutOwner }): Promise<ServiceLayoutView> {
  const owner = await describeOwner(db, params.owner);
  const [layout] = await db
    .select({ id: serviceLayouts.id, updatedAt: serviceLayouts.updatedAt })
    .from(serviceLayouts)
    .where(layoutOwner(params.owner).where);
  const items = layout
    ? await db
        .select({
          placement: serviceLayoutItems.placement,
          id: services.id,
          code: services.code,
          name: services.name,
          nameEn: services.nameEn,
          enabled: services.enabled,
        })
        .from(serviceLayoutItems)
        .innerJoin(services, eq(services.id, serviceLayoutItems.serviceId))
        .where(eq(serviceLayoutItems.layoutId, layout.id))
        .orderBy(asc(serviceLayoutItems.position), asc(services.sortOrder), asc(services.id))
    : [];
  const strip = ({ placement: _placement, ...service }: (typeof items)[number]): LayoutService => service;
  return {
    owner,
    updatedAt: layout?.updatedAt ?? null,
    pinned: items.filter((i) => i.placement === "pinned").map(strip),
    hidden: items.filter((i) => i.placement === "hidden").map(strip),
  };
}

async function describeOwner(db: Db, owner: LayoutOwner): Promise<ServiceLayoutView["owner"]> {
  if ("userId" in owner) {
    const [user] = await db
      .select({ id: users.id, name: users.name, phoneEnc: users.phoneEnc })
      .from(users)
      .where(and(eq(users.id, owner.userId), arrayContains(users.roles, ["citizen"])));
    if (!user) throw new DomainError("NOT_FOUND");
    return {
      kind: "user",
      userId: user.id,
      maskedName: maskName(user.name),
      maskedPhone: user.phoneEnc ? maskPhone(decryptPii(user.phoneEnc)) : null,
    };
  }
  const [group] = await db
    .select({
      id: userGroups.id,
      name: userGroups.name,
      description: userGroups.description,
      priority: userGroups.priority,
      rules: userGroups.rules,
      enabled: userGroups.enabled,
    })
    .from(userGroups)
    .where(eq(userGroups.id, owner.groupId));
  if (!group) throw new DomainError("NOT_FOUND");
  return { kind: "group", group };
}
