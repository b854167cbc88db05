import "server-only";
import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { drivingLicences, orgUnits, residents, travelDocuments, vehicles } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import { chinaToday } from "@/server/dates/china-today";
import type { DomainSeeder } from "./domain-seeders";
import { buildRegisters, plateLetterOf } from "./registers";

const chunkSize = 200;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += chunkSize) await insert(rows.slice(i, i + chunkSize));
}

export const registersSeeder: DomainSeeder = {
  name: "exit-entry and traffic registers",
  async isSeeded(db) {
    const rows = await db.select({ id: travelDocuments.id }).from(travelDocuments).limit(1);
    return rows.length > 0;
  },
  async seed(tx: Db) {
    const registers = buildRegisters(chinaToday());
    const residentRows = await tx.select({ id: residents.id, idNumberHash: residents.idNumberHash }).from(residents);
    const residentIds = new Map(residentRows.map((r) => [r.idNumberHash, r.id]));
    const residentId = (idNumber: string) => {
      const id = residentIds.get(hashPii("id", idNumber));
      if (!id) throw new Error("register seed refers to a resident who is not in the register");
      return id;
    };
    const cityRows = await tx
      .select({ id: orgUnits.id, code: orgUnits.code })
      .from(orgUnits)
      .where(inArray(orgUnits.code, Object.keys(plateLetterOf)));
    const cityIds = new Map(cityRows.map((c) => [c.code, c.id]));

    await insertChunked(registers.travelDocuments, (chunk) =>
      tx
        .insert(travelDocuments)
        .values(chunk.map(({ holderIdNumber, ...d }) => ({ ...d, residentId: residentId(holderIdNumber) }))),
    );
    await insertChunked(registers.vehicles, (chunk) =>
      tx.insert(vehicles).values(
        chunk.map(({ ownerIdNumber, cityCode, ...v }) => {
          const orgUnitId = cityIds.get(cityCode);
          if (orgUnitId === undefined) throw new Error(`city ${cityCode} is not seeded`);
          return { ...v, ownerResidentId: residentId(ownerIdNumber), orgUnitId };
        }),
      ),
    );
    await insertChunked(registers.drivingLicences, (chunk) =>
      tx
        .insert(drivingLicences)
        .values(chunk.map(({ holderIdNumber, ...l }) => ({ ...l, residentId: residentId(holderIdNumber) }))),
    );
  },
};
