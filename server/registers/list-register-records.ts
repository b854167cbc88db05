import "server-only";
import { and, count, desc, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
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

/** The records about one person, by the keyed hash of their ID number (the number is stored nowhere in clear). */
function personCondition(db: Db, def: RegisterDefinition, hash: string): SQL[] {
  const person = db.select({ id: residents.id }).from(residents).where(eq(residents.idNumberHash, hash));
  return def.fields.flatMap((f) =>
    "hashColumn" in f ? [eq(f.hashColumn, hash)] : "residentColumn" in f ? [inArray(f.residentColumn, person)] : [],
  );
}

/** What a typed search finds: records whose text columns contain it, or — an ID number in full — that person's. */
function searchCondition(db: Db, def: RegisterDefinition, search: string): SQL | undefined {
  const pattern = `%${escapeLike(search)}%`;
  const byText = def.search.map((column) => ilike(column, pattern));
  const idNumber = search.toUpperCase();
  const byPerson = idNumberProblem(idNumber) === null ? personCondition(db, def, hashPii("id", idNumber)) : [];
  return or(...byText, ...byPerson);
}

/**
 * One page of a register's records kept inside the jurisdiction, newest first, by status and words. A page of
 * records about people shows their names, so its read is audited under each person on it.
 */
export async function listRegisterRecords(
  db: Db,
  p: AuditTrail & {
    scope: Jurisdiction;
    def: RegisterDefinition;
    status?: string;
    search?: string;
    /** The person's audit key, which the desk's page searches by so an ID number never enters its address. */
    person?: string;
    page: number;
  },
): Promise<RegisterRecordPage> {
  const where: (SQL | undefined)[] = [withinScope(p.scope, orgUnits.path)];
  if (p.status && p.def.status) where.push(eq(p.def.status.column, p.status));
  const search = p.search?.trim();
  if (search) where.push(searchCondition(db, p.def, search));
  // A register that holds no ID number has nobody to find by one.
  if (p.person) where.push(or(...personCondition(db, p.def, p.person)) ?? sql`false`);
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
