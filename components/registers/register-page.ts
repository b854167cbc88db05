import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/db/schema";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import type { SessionUser } from "@/server/accounts/session-user";
import type { RegisterDefinition } from "@/server/registers/register-definition";
import { type RegisterFieldView, registerFieldView } from "@/server/registers/register-fields";
import { isRegisterKey, type RegisterKey } from "@/server/registers/register-keys";
import type { RegisterRecord } from "@/server/registers/register-rows";
import { registerDefinitions } from "@/server/registers/registers";

/** A translator of the `registers` namespace, as getTranslations("registers") gives it. */
type Translate = {
  (key: string, values?: Record<string, string | number>): string;
  has: (key: string) => boolean;
};

/**
 * The guard of a register's pages: an unknown register is not found; signed-out visitors go to the staff
 * sign-in, and anyone without one of the register's roles to /forbidden.
 */
export async function requireRegisterPage(
  register: string,
  path: (key: RegisterKey) => string,
): Promise<{ user: SessionUser; def: RegisterDefinition }> {
  if (!isRegisterKey(register)) notFound();
  const user = await requireDashboardPage(path(register));
  const def = registerDefinitions[register];
  if (!user.roles.some((r) => (def.roles as readonly Role[]).includes(r))) redirect("/forbidden");
  return { user, def };
}

/** The register's fields as its forms draw them. */
export function fieldViews(def: RegisterDefinition): RegisterFieldView[] {
  return def.fields.map(registerFieldView);
}

/** One field of a record as the list shows it: labels for fixed values, masks for ID numbers. */
export function shownValue(t: Translate, def: RegisterDefinition, record: RegisterRecord, key: string): string {
  const field = def.fields.find((f) => f.key === key);
  if (!field) return "";
  if (field.kind === "id-number") return record.masked[key] ?? "";
  const value = record.values[key];
  if (value === null || value === undefined || value === "") return "—";
  if (field.kind === "enum") return t(`books.${def.key}.values.${key}.${value}`);
  if (Array.isArray(value)) return value.join("、");
  return String(value);
}

/** What a status change wrote, beside the status: "退还日期 2026-12-01". */
export function shownDetails(t: Translate, def: RegisterDefinition, record: RegisterRecord): string[] {
  return Object.entries(record.details).flatMap(([key, value]) =>
    value ? [`${t(`books.${def.key}.details.${key}`)} ${value}`] : [],
  );
}

/** The moves a record's status allows, for the status form: each labelled by its action, with any note asked. */
export function statusChoices(t: Translate, def: RegisterDefinition, record: RegisterRecord) {
  const next = def.status && record.status ? (def.status.transitions[record.status] ?? []) : [];
  const options = next.map((to) => ({ value: to, label: t(`books.${def.key}.actions.${to}`) }));
  const notes = Object.fromEntries(
    next.flatMap((to) => {
      const note = def.status?.effects?.[to]?.note;
      return note ? [[to, t(`books.${def.key}.notes.${note.field.key}`)]] : [];
    }),
  );
  return { options, notes };
}
