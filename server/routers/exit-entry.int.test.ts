import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, residents, travelDocuments } from "@/db/schema";
import { type DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoResidents, population } from "@/server/seed/population";
import { hashPii } from "@/server/crypto/pii";
import { insertTestDocument } from "@/server/exit-entry/test-holders";
import { createTestDb } from "@/test/db";
import { callerAsDemo } from "@/test/caller-as";
import { refusal } from "@/test/refusal";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let citizenResidentId: string;
let outsiderResidentId: string;
const outsiderIdNumber = population[1]!.members[0]!.idNumber;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  const residentOf = async (idNumber: string) =>
    (
      await db
        .select({ id: residents.id })
        .from(residents)
        .where(eq(residents.idNumberHash, hashPii("id", idNumber)))
    )[0]!.id;
  citizenResidentId = await residentOf(demoResidents.citizen.idNumber);
  outsiderResidentId = await residentOf(outsiderIdNumber);
});
afterAll(async () => h.close());

const as = (key: DemoAccountKey) => callerAsDemo(db, key);

const otherRoles: DemoAccountKey[] = [
  "citizen",
  "stationOfficer",
  "countyApprover",
  "windowOfficer",
  "trafficOfficer",
  "insurer",
  "admin",
];
const newPassport = {
  type: "passport" as const,
  issueDate: "2026-11-01",
  expiryDate: "2036-10-31",
  issuingAuthority: "中华人民共和国国家移民管理局",
};

describe("exitEntry.findHolder", () => {
  it("shows the exit-entry officer a holder of their county with full document numbers and days left, and audits the read", async () => {
    const doc = await insertTestDocument(db, {
      residentId: citizenResidentId,
      expiryDate: "2040-01-01",
      type: "taiwan_permit",
    });
    const holder = await (
      await as("exitEntryOfficer")
    ).exitEntry.findHolder({ idNumber: demoResidents.citizen.idNumber });
    expect(holder).toMatchObject({ residentId: citizenResidentId, maskedName: "张*" });
    expect(holder!.maskedIdNumber).not.toBe(demoResidents.citizen.idNumber);
    expect(holder!.documents.find((d) => d.id === doc.id)).toMatchObject({
      documentNumber: doc.documentNumber,
      status: "valid",
    });
    expect(holder!.documents.find((d) => d.id === doc.id)!.daysLeft).toBeGreaterThan(365);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "exit_entry.holder_lookup"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry).toMatchObject({
      outcome: "ok",
      targetId: citizenResidentId,
      subjectIdHash: hashPii("id", demoResidents.citizen.idNumber),
    });
    expect(JSON.stringify(entry!.details)).not.toContain(demoResidents.citizen.idNumber);
  });

  it("refuses a holder registered in another county, and audits the refusal", async () => {
    expect(
      await refusal((await as("exitEntryOfficer")).exitEntry.findHolder({ idNumber: outsiderIdNumber })),
    ).toMatchObject({
      domainCode: "OUT_OF_JURISDICTION",
    });
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "exit_entry.holder_lookup"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry).toMatchObject({ outcome: "denied", targetId: outsiderResidentId });
  });

  it("is for exit-entry officers only", async () => {
    for (const key of otherRoles) {
      expect(
        await refusal((await as(key)).exitEntry.findHolder({ idNumber: demoResidents.citizen.idNumber })),
        key,
      ).toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("exitEntry.recordDocument", () => {
  it("records a new document and cancels the holder's valid one of the same type", async () => {
    const old = await insertTestDocument(db, { residentId: citizenResidentId, expiryDate: "2027-01-10" });
    const { id } = await (
      await as("exitEntryOfficer")
    ).exitEntry.recordDocument({ residentId: citizenResidentId, documentNumber: "e87654321", ...newPassport });
    const [created] = await db.select().from(travelDocuments).where(eq(travelDocuments.id, id));
    expect(created).toMatchObject({ documentNumber: "E87654321", status: "valid", expiryDate: "2036-10-31" });
    const [replaced] = await db.select().from(travelDocuments).where(eq(travelDocuments.id, old.id));
    expect(replaced!.status).toBe("cancelled");
    const valid = await db
      .select()
      .from(travelDocuments)
      .where(
        and(
          eq(travelDocuments.residentId, citizenResidentId),
          eq(travelDocuments.type, "passport"),
          eq(travelDocuments.status, "valid"),
        ),
      );
    expect(valid.map((d) => d.id)).toEqual([id]);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "exit_entry.document_recorded"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry).toMatchObject({ targetId: id });
    expect(JSON.stringify(entry!.details)).not.toContain("E87654321");
  });

  it("refuses a number already recorded, a bad number and an expiry before the issue date, naming the field", async () => {
    const officer = await as("exitEntryOfficer");
    const taken = await refusal(
      officer.exitEntry.recordDocument({ residentId: citizenResidentId, documentNumber: "E87654321", ...newPassport }),
    );
    expect(taken.domainCode).toBe("BAD_INPUT");
    for (const bad of [{ documentNumber: "12345678" }, { documentNumber: "E1234567X9", expiryDate: "2026-10-01" }]) {
      expect(
        await refusal(officer.exitEntry.recordDocument({ residentId: citizenResidentId, ...newPassport, ...bad })),
      ).toMatchObject({ domainCode: "BAD_INPUT" });
    }
  });

  it("refuses a holder outside the officer's county and other roles", async () => {
    const input = { residentId: outsiderResidentId, documentNumber: "E11112222", ...newPassport };
    expect(await refusal((await as("exitEntryOfficer")).exitEntry.recordDocument(input))).toMatchObject({
      domainCode: "OUT_OF_JURISDICTION",
    });
    for (const key of otherRoles) {
      expect(
        await refusal((await as(key)).exitEntry.recordDocument({ ...input, residentId: citizenResidentId })),
        key,
      ).toMatchObject({ code: "FORBIDDEN" });
    }
    const none = await db.select().from(travelDocuments).where(eq(travelDocuments.documentNumber, "E11112222"));
    expect(none).toEqual([]);
  });
});

describe("exitEntry.updateDocument", () => {
  it("reports a document lost and corrects an expiry date, audited", async () => {
    const doc = await insertTestDocument(db, {
      residentId: citizenResidentId,
      expiryDate: "2030-06-01",
      type: "hk_macau_permit",
    });
    const officer = await as("exitEntryOfficer");
    await officer.exitEntry.updateDocument({ documentId: doc.id, status: "lost" });
    await officer.exitEntry.updateDocument({ documentId: doc.id, status: "lost", expiryDate: "2031-06-01" });
    const [row] = await db.select().from(travelDocuments).where(eq(travelDocuments.id, doc.id));
    expect(row).toMatchObject({ status: "lost", expiryDate: "2031-06-01" });
    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "exit_entry.document_updated"), eq(auditLog.targetId, doc.id)));
    expect(entries).toHaveLength(2);
  });

  it("refuses a document of a holder outside the county and other roles, leaving it unchanged", async () => {
    const doc = await insertTestDocument(db, { residentId: outsiderResidentId, expiryDate: "2030-06-01" });
    expect(
      await refusal(
        (await as("exitEntryOfficer")).exitEntry.updateDocument({ documentId: doc.id, status: "cancelled" }),
      ),
    ).toMatchObject({
      domainCode: "OUT_OF_JURISDICTION",
    });
    for (const key of otherRoles) {
      expect(
        await refusal((await as(key)).exitEntry.updateDocument({ documentId: doc.id, status: "cancelled" })),
        key,
      ).toMatchObject({ code: "FORBIDDEN" });
    }
    const [row] = await db.select().from(travelDocuments).where(eq(travelDocuments.id, doc.id));
    expect(row!.status).toBe("valid");
  });
});
