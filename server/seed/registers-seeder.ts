import "server-only";
import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  borderCrossings,
  criminalRecords,
  dogs,
  drivingExamResults,
  drivingLicences,
  orgUnits,
  residents,
  trafficSeizures,
  travelDocuments,
  vehicles,
} from "@/db/schema";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { chinaToday } from "@/server/dates/china-today";
import type { DomainSeeder } from "./domain-seeders";
import { buildExamSeizureRegisters } from "./exam-seizure-registers";
import { buildRegisters, plateLetterOf } from "./registers";
import { buildRuleRegisters } from "./rule-registers";

const chunkSize = 200;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += chunkSize) await insert(rows.slice(i, i + chunkSize));
}

export const registersSeeder: DomainSeeder = {
  name: "exit-entry, traffic, dog and criminal registers",
  async isSeeded(db) {
    const rows = await db.select({ id: travelDocuments.id }).from(travelDocuments).limit(1);
    return rows.length > 0;
  },
  async seed(tx: Db) {
    const today = chinaToday();
    const registers = buildRegisters(today);
    const ruleRegisters = buildRuleRegisters(today, registers);
    const examSeizures = buildExamSeizureRegisters(today);
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
      .where(
        inArray(orgUnits.code, [
          ...Object.keys(plateLetterOf),
          ...ruleRegisters.dogs.map((d) => d.stationCode),
          ...examSeizures.seizures.map((s) => s.heldByCode),
        ]),
      );
    const cityIds = new Map(cityRows.map((c) => [c.code, c.id]));
    const unitId = (code: string) => {
      const id = cityIds.get(code);
      if (id === undefined) throw new Error(`org unit ${code} is not seeded`);
      return id;
    };

    await insertChunked(registers.travelDocuments, (chunk) =>
      tx
        .insert(travelDocuments)
        .values(chunk.map(({ holderIdNumber, ...d }) => ({ ...d, residentId: residentId(holderIdNumber) }))),
    );
    await insertChunked(registers.vehicles, (chunk) =>
      tx.insert(vehicles).values(
        chunk.map(({ ownerIdNumber, cityCode, ownerPhone, ...v }) => ({
          ...v,
          ownerPhoneEnc: ownerPhone ? encryptPii(ownerPhone) : null,
          ownerResidentId: residentId(ownerIdNumber),
          orgUnitId: unitId(cityCode),
        })),
      ),
    );
    await insertChunked(registers.drivingLicences, (chunk) =>
      tx
        .insert(drivingLicences)
        .values(chunk.map(({ holderIdNumber, ...l }) => ({ ...l, residentId: residentId(holderIdNumber) }))),
    );
    await tx
      .insert(drivingExamResults)
      .values(examSeizures.exams.map(({ idNumber, ...e }) => ({ ...e, residentId: residentId(idNumber) })));
    await tx.insert(trafficSeizures).values(
      examSeizures.seizures.map(({ idNumber, heldByCode, ...s }) => ({
        ...s,
        residentId: residentId(idNumber),
        heldBy: unitId(heldByCode),
      })),
    );

    await insertChunked(ruleRegisters.dogs, (chunk) =>
      tx.insert(dogs).values(
        chunk.map(({ ownerIdNumber, stationCode, ...d }) => ({
          ...d,
          ownerResidentId: residentId(ownerIdNumber),
          orgUnitId: unitId(stationCode),
        })),
      ),
    );
    const documentRows = await tx
      .select({ id: travelDocuments.id, type: travelDocuments.type, number: travelDocuments.documentNumber })
      .from(travelDocuments);
    const documentIds = new Map(documentRows.map((d) => [`${d.type}:${d.number}`, d.id]));
    await insertChunked(ruleRegisters.borderCrossings, (chunk) =>
      tx.insert(borderCrossings).values(
        chunk.map((c) => ({
          idNumberHash: hashPii("id", c.idNumber),
          direction: c.direction,
          port: c.port,
          crossedAt: new Date(c.crossedAt),
          documentId: documentIds.get(`${c.documentType}:${c.documentNumber}`) ?? null,
          documentType: c.documentType,
        })),
      ),
    );
    await insertChunked(ruleRegisters.criminalRecords, (chunk) =>
      tx.insert(criminalRecords).values(
        chunk.map(({ idNumber, ...r }) => ({
          ...r,
          idNumberHash: hashPii("id", idNumber),
          idNumberEnc: encryptPii(idNumber),
        })),
      ),
    );
  },
};
