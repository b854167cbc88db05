import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { blobs, issuedDocuments } from "@/db/schema";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { maskName } from "@/server/crypto/mask";
import { resetEnv } from "@/server/env";
import { demoResidents } from "@/server/seed/population";
import { readBlob } from "@/server/storage/read-blob";
import { createTestDb } from "@/test/db";
import { pageText } from "@/test/pdf-text";
import { getDocumentVerification } from "./get-document-verification";
import { issueDocument } from "./issue-document";
import { renderPendingDocuments } from "./render-pending-documents";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let dataDir: string;
let citizen: SessionUser;
let unitId: number;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "jingmin-pending-documents-"));
  process.env.DATA_DIR = dataDir;
  resetEnv();
  h = await createTestDb();
  db = h.db;
  const row = await demoUserRow(db, "citizen");
  citizen = { id: row.id, name: row.name, roles: row.roles, orgUnitId: row.orgUnitId };
  unitId = (await demoUserRow(db, "windowOfficer")).orgUnitId as number;
});

afterAll(async () => {
  await h?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const holderName = demoResidents.citizen.name;

/** A document as an automatic decision issues it: the row now, the PDF after the commit. */
async function issuePending(subjectId = randomUUID()) {
  const issued = await db.transaction((tx) =>
    issueDocument(tx, {
      kind: "driving_licence",
      subjectType: "application",
      subjectId,
      title: "机动车驾驶证（期满换证）",
      holderName,
      holderNameMasked: maskName(holderName),
      facts: [{ label: "准驾车型", labelEn: "Class", value: "C1" }],
      issuingUnitId: unitId,
      issuedBy: null,
      ownerId: citizen.id,
      pdf: "after_commit",
    }),
  );
  return { ...issued, subjectId };
}

async function documentRow(id: string) {
  const [row] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.id, id));
  if (!row) throw new Error("document vanished");
  return row;
}

async function pdfBlobsOf(ownerId: string) {
  const rows = await db
    .select({ id: blobs.id })
    .from(blobs)
    .where(and(eq(blobs.ownerId, ownerId), eq(blobs.purpose, "issued_document")));
  return rows.length;
}

const later = () => new Date(Date.now() + 60_000);

describe("documents drawn after the commit", () => {
  it("verify at once, and are drawn exactly once when the issuing request and the sweep draw together", async () => {
    const issued = await issuePending();
    expect(issued.pdfBlobId).toBeNull();
    const before = await documentRow(issued.id);
    expect(before.pdfBlobId).toBeNull();
    expect(before.pendingHolderName).toBe(holderName);
    // Anyone holding the code can check it before the PDF exists: the verify page reads the row.
    expect(await getDocumentVerification(db, issued.code)).toMatchObject({ status: "valid" });

    const blobsBefore = await pdfBlobsOf(citizen.id);
    const [own, sweep] = await Promise.all([
      renderPendingDocuments(db, { subjectType: "application", subjectId: issued.subjectId }),
      renderPendingDocuments(db, { issuedBefore: later() }),
    ]);
    expect(own.rendered + sweep.rendered).toBe(1);
    expect(await pdfBlobsOf(citizen.id)).toBe(blobsBefore + 1);

    const after = await documentRow(issued.id);
    expect(after.pdfBlobId).not.toBeNull();
    expect(after.pendingHolderName).toBeNull();
    const pdf = await readBlob(db, { blobId: after.pdfBlobId!, user: citizen });
    expect(pdf.contentType).toBe("application/pdf");
    const text = pageText(pdf.bytes, 1);
    expect(text).toContain(holderName);
    expect(text).toContain(issued.code);

    // Nothing is left to draw: a second sweep draws nothing again.
    expect(await renderPendingDocuments(db, { subjectType: "application", subjectId: issued.subjectId })).toEqual({
      rendered: 0,
      failed: 0,
      more: false,
    });
    expect(await pdfBlobsOf(citizen.id)).toBe(blobsBefore + 1);
  });

  it("leave one that cannot be drawn for the next sweep, and still draw the others", async () => {
    const broken = await issuePending();
    const fine = await issuePending();
    await db.update(issuedDocuments).set({ pendingHolderName: null }).where(eq(issuedDocuments.id, broken.id));

    const sweep = await renderPendingDocuments(db, { issuedBefore: later() });
    expect(sweep.failed).toBe(1);
    expect((await documentRow(fine.id)).pdfBlobId).not.toBeNull();
    expect((await documentRow(broken.id)).pdfBlobId).toBeNull();

    await db.update(issuedDocuments).set({ pendingHolderName: holderName }).where(eq(issuedDocuments.id, broken.id));
    expect((await renderPendingDocuments(db, { issuedBefore: later() })).rendered).toBe(1);
    expect((await documentRow(broken.id)).pdfBlobId).not.toBeNull();
  });

  it("wait their grace period before the sweep takes them from the issuing request", async () => {
    const issued = await issuePending();
    expect((await renderPendingDocuments(db, { issuedBefore: new Date(Date.now() - 30_000) })).rendered).toBe(0);
    expect((await documentRow(issued.id)).pdfBlobId).toBeNull();
    await renderPendingDocuments(db, { subjectType: "application", subjectId: issued.subjectId });
    expect((await documentRow(issued.id)).pdfBlobId).not.toBeNull();
  });
});
