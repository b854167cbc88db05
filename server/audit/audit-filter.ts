import "server-only";
import { and, eq, gte, inArray, like, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { chinaDayBounds } from "@/server/dates/china-date-time";
import { subjectKeySchema } from "./subject-key-schema";

/** What the audit console and its export filter by; every part optional, all of them combined with AND. */
export const auditFilterSchema = z.strictObject({
  /** Dotted segments; later ones may carry a service code (query.own.HZ035). */
  action: z
    .string()
    .trim()
    .max(64)
    .regex(/^[a-z_]+(\.[A-Za-z0-9_]+)*$/)
    .optional(),
  /** The keyed hash of a person's ID number (see audit-subject-key.ts), never the number itself. */
  subject: subjectKeySchema.optional(),
  /** A staff account number: entries that person made. */
  account: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,32}$/)
    .optional(),
  targetType: z
    .string()
    .trim()
    .regex(/^[a-z_]{1,32}$/)
    .optional(),
  targetId: z.string().trim().min(1).max(64).optional(),
  /** China calendar days, inclusive. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

export function auditFilterConditions(db: Db, f: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  // An action also covers the actions under it: "query.own" finds every own-data query, whatever the service.
  if (f.action)
    conditions.push(or(eq(auditLog.action, f.action), like(auditLog.action, `${f.action.replaceAll("_", "\\_")}.%`))!);
  if (f.subject) conditions.push(eq(auditLog.subjectIdHash, f.subject));
  if (f.account)
    conditions.push(
      inArray(auditLog.actorId, db.select({ id: users.id }).from(users).where(eq(users.account, f.account))),
    );
  if (f.targetType) conditions.push(eq(auditLog.targetType, f.targetType));
  if (f.targetId) conditions.push(eq(auditLog.targetId, f.targetId));
  if (f.from) conditions.push(gte(auditLog.at, chinaDayBounds(f.from).start));
  if (f.to) conditions.push(lt(auditLog.at, chinaDayBounds(f.to).end));
  return conditions.length ? and(...conditions) : undefined;
}

/** What the filter says about itself in the audit entry of a view or export: no ID number, no name. */
export function describeAuditFilter(f: AuditFilter) {
  return {
    action: f.action ?? null,
    bySubject: !!f.subject,
    account: f.account ?? null,
    targetType: f.targetType ?? null,
    targetId: f.targetId ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
  };
}
