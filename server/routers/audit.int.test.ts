import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { recordAudit } from "@/server/audit/record-audit";
import { hashPii } from "@/server/crypto/pii";
import { createTestDb } from "@/test/db";
import { callerAsDemo } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const as = (key: DemoAccountKey | null) => callerAsDemo(db, key);

const citizenId = demoResidents.citizen.idNumber;

describe("audit.list", () => {
  it("shows an officer's look-up of a citizen to the admin, by action and by person, masked", async () => {
    await (await as("windowOfficer")).citizens.lookup({ idNumber: citizenId });
    await (await as("windowOfficer")).citizens.lookup({ idNumber: demoResidents.mother.idNumber });
    const admin = await as("admin");

    const { subject } = await admin.audit.subjectKey({ idNumber: citizenId });
    expect(subject).toBe(hashPii("id", citizenId));
    const forCitizen = await admin.audit.list({ action: "citizen.lookup", subject });
    expect(forCitizen.total).toBe(1);
    const [entry] = forCitizen.rows;
    expect(entry).toMatchObject({
      action: "citizen.lookup",
      subject,
      outcome: "ok",
      actor: { maskedName: "陈*", maskedAccount: "41*****02", role: "window_officer", unit: { code: "41010501" } },
      details: { idNumber: `410105********${citizenId.slice(-4)}`, found: true },
    });
    const json = JSON.stringify(forCitizen);
    expect(json).not.toContain(citizenId);
    expect(json).not.toContain("陈静");

    const lookups = await admin.audit.list({ action: "citizen.lookup" });
    expect(lookups.total).toBe(2);
    // Newest first.
    expect(lookups.rows[0]?.details).toMatchObject({ idNumber: expect.stringMatching(/^410105\*{8}/) });
    expect(lookups.rows[0]?.subject).toBe(hashPii("id", demoResidents.mother.idNumber));
  });

  it("records each view of the audit log, against the person filtered by", async () => {
    const admin = await as("admin");
    const subject = hashPii("id", citizenId);
    await admin.audit.list({ subject, page: 1 });
    const [view] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "audit.viewed"), eq(auditLog.subjectIdHash, subject)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(view).toMatchObject({
      actorId: (await demoUserRow(db, "admin")).id,
      details: { action: null, bySubject: true, page: 1 },
    });
    const views = await admin.audit.list({ action: "audit.viewed" });
    expect(views.rows.length).toBeGreaterThanOrEqual(2);
  });

  it("pages through entries", async () => {
    for (let i = 0; i < 30; i++) await recordAudit(db, { actor: { id: null }, action: "test.filler" });
    const admin = await as("admin");
    const first = await admin.audit.list({ action: "test.filler" });
    const second = await admin.audit.list({ action: "test.filler", page: 2 });
    expect(first.total).toBe(30);
    expect(first.rows).toHaveLength(first.pageSize);
    expect(second.rows).toHaveLength(30 - first.pageSize);
    expect(second.rows[0]?.id).toBeLessThan(first.rows.at(-1)?.id ?? 0);
  });

  it("refuses an invalid ID number or a malformed filter", async () => {
    const admin = await as("admin");
    await expect(admin.audit.subjectKey({ idNumber: "410105199001011234" })).rejects.toMatchObject({
      cause: { fields: { idNumber: "ID_NUMBER_CHECKSUM" } },
    });
    await expect(admin.audit.list({ subject: citizenId })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(admin.audit.list({ action: "DROP TABLE" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("is for admins only", async () => {
    for (const key of [
      "stationOfficer",
      "windowOfficer",
      "countyApprover",
      "trafficOfficer",
      "insurer",
      "citizen",
    ] as const) {
      const c = await as(key);
      await expect(c.audit.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(c.audit.subjectKey({ idNumber: citizenId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect((await as(null)).audit.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
