import "server-only";
import { and, asc, eq, isNull, lt, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { issuedDocuments } from "@/db/schema";
import { logError } from "@/server/log";
import { saveDocumentPdf } from "./issue-document";

/** What one call draws at most: the every-minute job's batch, and a bound on a caller's wait. */
const batchSize = 50;

/**
 * Draws the PDFs of documents issued with `pdf: "after_commit"`, one short transaction each. The row is
 * claimed with SKIP LOCKED, so the issuing request and the every-minute job never draw the same document
 * twice. Pass the subject to draw what one piece of work just issued; pass `issuedBefore` to sweep up what
 * a crash between commit and drawing left behind. A document that fails to draw is logged and left for the
 * next sweep, so the caller's committed work is never reported as failed.
 */
export async function renderPendingDocuments(
  db: Db,
  filter: { subjectType: string; subjectId: string } | { issuedBefore: Date },
): Promise<{ rendered: number; failed: number; more: boolean }> {
  const where: SQL[] = [isNull(issuedDocuments.pdfBlobId)];
  if ("subjectType" in filter) {
    where.push(eq(issuedDocuments.subjectType, filter.subjectType), eq(issuedDocuments.subjectId, filter.subjectId));
  } else {
    where.push(lt(issuedDocuments.issuedAt, filter.issuedBefore));
  }
  const pending = await db
    .select({ id: issuedDocuments.id })
    .from(issuedDocuments)
    .where(and(...where))
    .orderBy(asc(issuedDocuments.issuedAt))
    .limit(batchSize + 1);
  let rendered = 0;
  let failed = 0;
  for (const { id } of pending.slice(0, batchSize)) {
    try {
      if (await renderOne(db, id)) rendered++;
    } catch (error) {
      failed++;
      logError("document PDF could not be drawn; the next sweep retries", error, { documentId: id });
    }
  }
  return { rendered, failed, more: pending.length > batchSize };
}

async function renderOne(db: Db, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [doc] = await tx
      .select()
      .from(issuedDocuments)
      .where(and(eq(issuedDocuments.id, id), isNull(issuedDocuments.pdfBlobId)))
      .for("update", { skipLocked: true });
    if (!doc) return false;
    if (!doc.pendingHolderName) throw new Error("a document waiting for its PDF has no holder name");
    const pdfBlobId = await saveDocumentPdf(tx, {
      code: doc.code,
      title: doc.title,
      holderName: doc.pendingHolderName,
      facts: doc.facts,
      issuingUnitId: doc.issuingUnitId,
      ownerId: doc.ownerId,
      issuedAt: doc.issuedAt,
    });
    await tx.update(issuedDocuments).set({ pdfBlobId, pendingHolderName: null }).where(eq(issuedDocuments.id, id));
    return true;
  });
}

/**
 * What an issuing request calls right after its commit: draws the documents its work just issued. Its work has
 * committed, so nothing here may fail the request: a failure is logged and the every-minute job draws them.
 */
export async function drawDocumentsOf(db: Db, subject: { subjectType: string; subjectId: string }): Promise<void> {
  try {
    await renderPendingDocuments(db, subject);
  } catch (error) {
    logError("issued documents could not be drawn after the commit; the next sweep draws them", error, subject);
  }
}
