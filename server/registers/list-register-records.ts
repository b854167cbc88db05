import "server-only";
import { and, count, desc, eq, ilike, inArray, or, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { AuditTrail } from "@/server/accounts/actor";
import { recordAuditPerSubject } from "@/server/audit/record-audit";
import { orgUnits, residents } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { withinScope } from "@/server/orgs/scope";
import { idNumberProblem } from "@/server/population/id-number-problem";
import type { RegisterDefinition } from "./register-definition";
import { loadedRecords, type RegisterRecord, recordSelection, recordSubject, recordView } from "./register-rows";

export const registerPageSize = 20;

export type RegisterRecordPage = { rows: RegisterRecord[]; total: number; page: number; pageSize: number };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * What a typed search finds: records whose text columns contain it, or — when it is an ID number in full —
 * the records about that person (matched by the keyed hash; the number itself is stored nowhere in clear).
 */
function searchCondition(db: Db, def: RegisterDefinition, search: string): SQL | undefined {
  const pattern = `%${escapeLike(search)}%`;
  const byText = def.search.map((column) => ilike(column, pattern));
  const idNumber = search.toUpperCase();
  const hash = idNumberProblem(idNumber) === null ? hashPii("id", idNumber) : null;
  const person = hash ? db.select({ id: residents.id }).from(residents).where(eq(residents.idNumberHash, hash)) : null;
  const byPerson = def.fields.flatMap((f) => {
    if (!hash || !person) return [];
    return "hashColumn" in f
      ? [eq(f.hashColumn, hash)]
      : "residentColumn" in f
        ? [inArray(f.residentColumn, person)]
        : [];
  });
  return or(...byText, ...byPerson);
}

/**
 * One page of a register's records kept inside the jurisdiction, newest first, by status and words. A page of
 * records about people shows their names, so its read is audited under each person on it.
 */
export async function listRegisterRecords(
  db: Db,
  p: AuditTrail & { scope: Jurisdiction; def: RegisterDefinition; status?: string; search?: string; page: number },
): Promise<RegisterRecordPage> {
  const where: (SQL | undefined)[] = [withinScope(p.scope, orgUnits.path)];
  if (p.status && p.def.status) where.push(eq(p.def.status.column, p.status));
  const search = p.search?.trim();
  if (search) where.push(searchCondition(db, p.def, search));
  const [rows, [total]] = await Promise.all([
    db
      .select(recordSelection(p.def))
      .from(p.def.table)
      .innerJoin(orgUnits, eq(orgUnits.id, p.def.unit))
      .where(and(...where))
      .orderBy(desc(p.def.orderBy), desc(p.def.id))
      .limit(registerPageSize)
      .offset((p.page - 1) * registerPageSize),
    db
      .select({ n: count() })
      .from(p.def.table)
      .innerJoin(orgUnits, eq(orgUnits.id, p.def.unit))
      .where(and(...where)),
  ]);
  const records = await loadedRecords(db, p.def, rows);
  const subjects = records.flatMap((r) => recordSubject(p.def, r) ?? []);
  if (subjects.length) {
    await recordAuditPerSubject(
      db,
      {
        actor: p.actor,
        action: "register.list_viewed",
        targetType: p.def.key,
        targetId: String(p.scope.unitId),
        details: { register: p.def.key, page: p.page, count: records.length },
        ip: p.ip,
        correlationId: p.correlationId,
      },
      subjects,
    );
  }
  return {
    rows: records.map((r) => recordView(p.def, r)),
    total: total?.n ?? 0,
    page: p.page,
    pageSize: registerPageSize,
  };
}
