import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { finePaymentItems, issuedDocuments, payments, trafficViolations } from "@/db/schema";

export type FineReceipt = {
  orderNo: string;
  paidAt: Date | null;
  amountFen: number;
  documentCode: string;
  /** Null while the PDF is being drawn. */
  pdfBlobId: string | null;
  violations: { plateNumber: string; actCode: string; occurredAt: Date; fineFen: number; surchargeFen: number }[];
};

/** The electronic receipts of the fines the citizen paid online, newest first. */
export async function listMyFineReceipts(db: Db, params: { userId: string }): Promise<FineReceipt[]> {
  const paid = await db
    .select({
      id: payments.id,
      orderNo: payments.orderNo,
      paidAt: payments.paidAt,
      amountFen: payments.amountFen,
    })
    .from(payments)
    .where(and(eq(payments.payerId, params.userId), eq(payments.purpose, "traffic_fine"), eq(payments.status, "paid")))
    .orderBy(desc(payments.paidAt));
  if (!paid.length) return [];
  const items = await db
    .select({
      paymentId: finePaymentItems.paymentId,
      fineFen: finePaymentItems.fineFen,
      surchargeFen: finePaymentItems.surchargeFen,
      plateNumber: trafficViolations.plateNumber,
      actCode: trafficViolations.actCode,
      occurredAt: trafficViolations.occurredAt,
      documentCode: issuedDocuments.code,
      pdfBlobId: issuedDocuments.pdfBlobId,
    })
    .from(finePaymentItems)
    .innerJoin(trafficViolations, eq(trafficViolations.id, finePaymentItems.violationId))
    .innerJoin(issuedDocuments, eq(issuedDocuments.id, finePaymentItems.receiptDocumentId))
    .where(
      and(
        inArray(
          finePaymentItems.paymentId,
          paid.map((p) => p.id),
        ),
        eq(issuedDocuments.ownerId, params.userId),
      ),
    )
    .orderBy(trafficViolations.occurredAt);
  return paid.flatMap((p) => {
    const mine = items.filter((i) => i.paymentId === p.id);
    const first = mine[0];
    if (!first) return [];
    return [
      {
        orderNo: p.orderNo,
        paidAt: p.paidAt,
        amountFen: p.amountFen,
        documentCode: first.documentCode,
        pdfBlobId: first.pdfBlobId,
        violations: mine.map(({ plateNumber, actCode, occurredAt, fineFen, surchargeFen }) => ({
          plateNumber,
          actCode,
          occurredAt,
          fineFen,
          surchargeFen,
        })),
      },
    ];
  });
}
