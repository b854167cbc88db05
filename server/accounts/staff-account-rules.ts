import { z } from "zod";
import { type Role, roles as allRoles } from "@/db/schema";
import { staffRoles } from "./session-user";

export type StaffRole = (typeof staffRoles)[number];

/** Badge numbers are digits; partner staff (insurers) get letters too. No spaces or symbols to mistype. */
export const staffAccountPattern = /^[A-Za-z0-9]{4,32}$/;
export const staffNameMaxLength = 32;

export const staffRoleSchema = z.enum(staffRoles);
export const staffRolesSchema = z.array(staffRoleSchema).min(1, "i18n:officers.rolesRequired").max(allRoles.length);

/** A non-empty set of staff roles, duplicates removed, in the schema's order so before/after compare cleanly. */
export function normaliseStaffRoles(input: readonly Role[]): StaffRole[] | null {
  const picked = new Set(input);
  const result = staffRoles.filter((r) => picked.has(r));
  return result.length && result.length === picked.size ? result : null;
}
