import { and, desc, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { type Application, applicationMaterials, applications, auditLog } from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { issueDocument } from "@/server/documents/issue-document";
import { isDomainError } from "@/server/errors";
import { readBlob } from "@/server/storage/read-blob";
import { saveBlob } from "@/server/storage/save-blob";
import { createTestDb } from "@/test/db";
import { insertTestApplication } from "@/server/household/test-applications";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let app: Application;
let materialBlobId: string;
let documentBlobId: string;

async function userOf(key: DemoAccountKey): Promise<SessionUser> {
  const row = await demoUserRow(db, key);
  return { id: row.id, name: row.name, roles: row.roles, orgUnitId: row.orgUnitId };
}

async function outcome(blobId: string, key: DemoAccountKey): Promise<string> {
  try {
    await readBlob(db, { blobId, user: await userOf(key), meta: { ip: "10.0.0.8" } });
    return "ok";
  } catch (error) {
    return isDomainError(error) ? error.code : String(error);
  }
}

async function lastBlobAudit(blobId: string, key: DemoAccountKey) {
  const [entry] = await db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, "blob.read"),
        eq(auditLog.targetId, blobId),
        eq(auditLog.actorId, (await userOf(key)).id),
      ),
    )
    .orderBy(desc(auditLog.id));
  return entry;
}

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  app = await insertTestApplication(db, { state: "approved", materials: ["birth-certificate"] });
  const [material] = await db.select().from(applicationMaterials).where(eq(applicationMaterials.applicationId, app.id));
  if (!material) throw new Error("no material");
  materialBlobId = material.blobId;
  const issued = await db.transaction((tx) =>
    issueDocument(tx, {
      kind: "household_register_page",
      subjectType: "application",
      subjectId: app.id,
      title: "居民户口簿 · 常住人口登记卡",
      holderName: "张小宇",
      holderNameMasked: "张*宇",
      facts: [{ label: "登记事项", labelEn: "Registration", value: "出生登记" }],
      issuingUnitId: app.stationId as number,
      issuedBy: null,
      ownerId: app.applicantId,
    }),
  );
  await db.update(applications).set({ documentId: issued.id }).where(eq(applications.id, app.id));
  documentBlobId = issued.pdfBlobId;
});
afterAll(async () => h.close());

describe("officers reading an application's files", () => {
  it("lets the station, county and window officers of the application's station read its uploads, audited against the applicant", async () => {
    for (const key of ["stationOfficer", "countyApprover", "windowOfficer"] as const) {
      expect(await outcome(materialBlobId, key)).toBe("ok");
      expect(await lastBlobAudit(materialBlobId, key)).toMatchObject({
        outcome: "ok",
        subjectIdHash: app.applicantIdHash,
        details: { purpose: "application_material", ownerId: app.applicantId },
      });
    }
  });

  it("refuses officers of another station or city and officers of other desks, recording the attempt", async () => {
    for (const key of ["luoyangStationOfficer", "newOfficer", "trafficOfficer", "insurer"] as const) {
      expect(await outcome(materialBlobId, key)).toBe("FORBIDDEN");
      expect(await lastBlobAudit(materialBlobId, key)).toMatchObject({
        outcome: "denied",
        subjectIdHash: app.applicantIdHash,
      });
    }
  });

  it("lets the station's officers read the document the application issued, and nobody outside", async () => {
    expect(await outcome(documentBlobId, "windowOfficer")).toBe("ok");
    expect(await outcome(documentBlobId, "countyApprover")).toBe("ok");
    expect(await lastBlobAudit(documentBlobId, "windowOfficer")).toMatchObject({
      outcome: "ok",
      details: { purpose: "issued_document" },
    });
    expect(await outcome(documentBlobId, "luoyangStationOfficer")).toBe("FORBIDDEN");
    expect(await outcome(documentBlobId, "newOfficer")).toBe("FORBIDDEN");
    // The citizen owns it and reads it without an audit entry.
    expect(await outcome(documentBlobId, "citizen")).toBe("ok");
    expect(await lastBlobAudit(documentBlobId, "citizen")).toBeUndefined();
  });

  it("gives an officer nothing that belongs to no application of theirs", async () => {
    const citizen = await userOf("citizen");
    const png = new Uint8Array(
      await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } })
        .png()
        .toBuffer(),
    );
    const loose = await saveBlob(db, {
      ownerId: citizen.id,
      purpose: "application_material",
      contentType: "image/png",
      bytes: png,
    });
    expect(await outcome(loose, "stationOfficer")).toBe("FORBIDDEN");
    expect(await lastBlobAudit(loose, "stationOfficer")).toMatchObject({ outcome: "denied" });
  });
});
