import "server-only";
import { and, eq, gt, inArray, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { finePaymentItems, issuedDocuments, orgUnits, payments, trafficViolations, users, vehicles } from "@/db/schema";
import { paymentProvider } from "@/server/payments/payment-provider";
import { type ViolationView, violationView } from "./violation-view";

export type MyViolation = ViolationView & {
  id: string;
  vehicleId: string;
  /** Recorded against a vehicle the citizen owns (else: they were the driver of someone else's). */
  ownVehicle: boolean;
  recordingUnit: { name: string; nameEn: string | null };
  photoBlobId: string | null;
  /** Unpaid and not in anyone else's open payment: may be ticked for paying. */
  payable: boolean;
  /** The citizen's own open order covering it: paying again resumes it. */
  pendingOrder: { orderNo: string; checkoutUrl: string; amountFen: number; expiresAt: Date } | null;
  /** Someone else (the owner, or the driver) has an open order for it. */
  payingElsewhere: boolean;
  /** The electronic receipt, when the citizen paid it online. */
  receipt: { orderNo: string; documentCode: string; pdfBlobId: string | null } | null;
};

export type MyViolations = {
  verified: boolean;
  vehicles: { id: string; plateNumber: string; plateType: string; brand: string }[];
  violations: MyViolation[];
};

const statusOrder = { unpaid: 0, processing: 1, paid: 2 } as const;

/**
 * What /traffic/violations shows a signed-in citizen: the violations of the vehicles registered to them and
 * those where the register names them as the driver. Only a real-name verified account is linked to the
 * register, so an unverified one sees nothing (and is told why).
 */
export async function listMyViolations(db: Db, params: { userId: string; now?: Date }): Promise<MyViolations> {
  const now = params.now ?? new Date();
  const [user] = await db
    .select({ residentId: users.residentId, verification: users.verification })
    .from(users)
    .where(eq(users.id, params.userId));
  if (!user?.residentId || user.verification !== "verified") return { verified: false, vehicles: [], violations: [] };
  const residentId = user.residentId;

  const myVehicles = await db
    .select({
      id: vehicles.id,
      plateNumber: vehicles.plateNumber,
      plateType: vehicles.plateType,
      brand: vehicles.brand,
    })
    .from(vehicles)
    .where(eq(vehicles.ownerResidentId, residentId))
    .orderBy(vehicles.plateNumber);

  const rows = await db
    .select({
      violation: trafficViolations,
      ownerResidentId: vehicles.ownerResidentId,
      unitName: orgUnits.name,
      unitNameEn: orgUnits.nameEn,
    })
    .from(trafficViolations)
    .innerJoin(vehicles, eq(vehicles.id, trafficViolations.vehicleId))
    .innerJoin(orgUnits, eq(orgUnits.id, trafficViolations.orgUnitId))
    .where(or(eq(vehicles.ownerResidentId, residentId), eq(trafficViolations.licenceResidentId, residentId)));
  const ids = rows.map((r) => r.violation.id);

  const openOrders = ids.length
    ? await db
        .select({ violationId: finePaymentItems.violationId, payment: payments })
        .from(finePaymentItems)
        .innerJoin(payments, eq(payments.id, finePaymentItems.paymentId))
        .where(
          and(inArray(finePaymentItems.violationId, ids), eq(payments.status, "pending"), gt(payments.expiresAt, now)),
        )
    : [];
  const receipts = ids.length
    ? await db
        .select({
          violationId: finePaymentItems.violationId,
          orderNo: payments.orderNo,
          documentCode: issuedDocuments.code,
          pdfBlobId: issuedDocuments.pdfBlobId,
        })
        .from(finePaymentItems)
        .innerJoin(payments, eq(payments.id, finePaymentItems.paymentId))
        .innerJoin(issuedDocuments, eq(issuedDocuments.id, finePaymentItems.receiptDocumentId))
        .where(
          and(
            inArray(finePaymentItems.violationId, ids),
            eq(payments.status, "paid"),
            eq(issuedDocuments.ownerId, params.userId),
            eq(issuedDocuments.status, "valid"),
          ),
        )
    : [];

  const provider = paymentProvider();
  const violations = rows.map(({ violation: v, ownerResidentId, unitName, unitNameEn }): MyViolation => {
    const open = openOrders.find((o) => o.violationId === v.id);
    const mine = open?.payment.payerId === params.userId ? open.payment : null;
    const receipt = receipts.find((r) => r.violationId === v.id);
    return {
      ...violationView(v, now),
      id: v.id,
      vehicleId: v.vehicleId,
      ownVehicle: ownerResidentId === residentId,
      recordingUnit: { name: unitName, nameEn: unitNameEn },
      photoBlobId: v.photoBlobId,
      payable: v.status === "unpaid" && (!open || !!mine),
      pendingOrder:
        mine && v.status === "unpaid"
          ? {
              orderNo: mine.orderNo,
              checkoutUrl: provider.checkoutUrl(mine),
              amountFen: mine.amountFen,
              expiresAt: mine.expiresAt,
            }
          : null,
      payingElsewhere: v.status === "unpaid" && !!open && !mine,
      receipt: receipt
        ? { orderNo: receipt.orderNo, documentCode: receipt.documentCode, pdfBlobId: receipt.pdfBlobId }
        : null,
    };
  });
  violations.sort(
    (a, b) => statusOrder[a.status] - statusOrder[b.status] || b.occurredAt.getTime() - a.occurredAt.getTime(),
  );
  return { verified: true, vehicles: myVehicles, violations };
}
