import "server-only";
import { createHash } from "node:crypto";
import { and, asc, desc, eq, inArray, ne, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { finePaymentItems, payments, trafficViolations, users, vehicles } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { createPayment } from "@/server/payments/create-payment";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import { lateSurcharge } from "./late-surcharge";
import { formatPlateNumber } from "./plate-number";

/** One order pays at most this many violations: the receipt lists their codes on one page. */
export const maxFinesPerPayment = 20;

export const finePaymentReturnPath = "/traffic/violations";

export type CreatedFinePayment = { orderNo: string; checkoutUrl: string; amountFen: number };

/** SQLSTATE 55P03: a NOWAIT lock was held by someone else. Drizzle wraps the driver's error in `cause`. */
function lockNotAvailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (code === "55P03") return true;
    current = cause;
  }
  return false;
}

/** The same violations asked for by the same payer name the same order, whatever order they were ticked in. */
function setKey(payerId: string, violationIds: string[]) {
  const digest = createHash("sha256")
    .update([...violationIds].sort().join(","))
    .digest("hex")
    .slice(0, 32);
  return { subjectId: digest, idempotencyKey: `traffic_fine:${payerId}:${digest}` };
}

/**
 * Starts paying one or several of the citizen's unpaid fines in one order: the fines plus each one's late
 * surcharge as of now. The violations are locked first, so two requests for the same fines take turns:
 * the same set from the same payer gets the same order back, while a violation already in someone's open
 * order is refused until that order is paid, cancelled or expired (an expired one is closed here, so its
 * late notification can never pay a fine twice). The payment rows involved are locked without waiting: a
 * provider notification holding one is paying it right now, and waiting for it could deadlock.
 */
export async function createFinePayment(
  db: Db,
  params: { payerId: string; violationIds: string[]; now?: Date },
): Promise<CreatedFinePayment> {
  const ids = [...new Set(params.violationIds)].sort();
  if (ids.length === 0 || ids.length > maxFinesPerPayment) throw new DomainError("BAD_INPUT");
  const now = params.now ?? new Date();
  try {
    return await db.transaction(async (tx) => {
      const [payer] = await tx
        .select({ residentId: users.residentId, verification: users.verification })
        .from(users)
        .where(eq(users.id, params.payerId));
      if (!payer?.residentId || payer.verification !== "verified") throw new DomainError("REAL_NAME_REQUIRED");
      const residentId = payer.residentId;

      const rows = await tx
        .select({ violation: trafficViolations })
        .from(trafficViolations)
        .innerJoin(vehicles, eq(vehicles.id, trafficViolations.vehicleId))
        .where(
          and(
            inArray(trafficViolations.id, ids),
            or(eq(vehicles.ownerResidentId, residentId), eq(trafficViolations.licenceResidentId, residentId)),
          ),
        )
        .orderBy(asc(trafficViolations.id))
        .for("update", { of: trafficViolations });
      const violations = rows.map((r) => r.violation);
      if (violations.length !== ids.length || violations.some((v) => v.status !== "unpaid")) {
        throw new DomainError("FINE_NOT_PAYABLE");
      }

      const { subjectId, idempotencyKey } = setKey(params.payerId, ids);
      const open = await tx
        .selectDistinct({ id: payments.id, idempotencyKey: payments.idempotencyKey, expiresAt: payments.expiresAt })
        .from(finePaymentItems)
        .innerJoin(payments, eq(payments.id, finePaymentItems.paymentId))
        .where(and(inArray(finePaymentItems.violationId, ids), eq(payments.status, "pending")));
      const others = open.filter((p) => p.idempotencyKey !== idempotencyKey);
      if (others.some((p) => p.expiresAt > now)) throw new DomainError("FINE_PAYMENT_IN_PROGRESS");
      const stale = others.map((p) => p.id);
      if (stale.length) {
        await tx
          .select({ id: payments.id })
          .from(payments)
          .where(inArray(payments.id, stale))
          .for("update", { noWait: true });
        await tx
          .update(payments)
          .set({ status: "closed" })
          .where(and(inArray(payments.id, stale), eq(payments.status, "pending")));
      }
      // createPayment locks the key's latest order too, but waiting there could deadlock with its notification.
      await tx
        .select({ id: payments.id })
        .from(payments)
        .where(and(eq(payments.idempotencyKey, idempotencyKey), ne(payments.status, "closed")))
        .orderBy(desc(payments.attempt))
        .limit(1)
        .for("update", { noWait: true });

      const items = violations.map((v) => ({
        violationId: v.id,
        fineFen: v.fineFen,
        surchargeFen: lateSurcharge({ fineFen: v.fineFen, occurredAt: v.occurredAt, now }),
      }));
      const amountFen = items.reduce((sum, i) => sum + i.fineFen + i.surchargeFen, 0);
      const created = await createPayment(tx, {
        purpose: "traffic_fine",
        subjectType: "traffic_violations",
        subjectId,
        payerId: params.payerId,
        amountFen,
        description: orderDescription(
          violations.map((v) => v.plateNumber),
          amountFen,
        ),
        idempotencyKey,
        returnPath: finePaymentReturnPath,
        now,
      });
      // Unpaid violations cannot have a paid order of their own set: the payments domain and this lock agree.
      if (created.status !== "pending")
        throw new Error(`fine order ${created.orderNo} is ${created.status} for unpaid fines`);
      await tx
        .insert(finePaymentItems)
        .values(items.map((i) => ({ ...i, paymentId: created.paymentId })))
        .onConflictDoNothing();
      return { orderNo: created.orderNo, checkoutUrl: created.checkoutUrl, amountFen };
    });
  } catch (error) {
    if (lockNotAvailable(error)) throw new DomainError("FINE_PAYMENT_IN_PROGRESS");
    throw error;
  }
}

/** What the payer reads on the provider's checkout and in their bill: "交通违法罚款 豫A·12345 2起". */
function orderDescription(plates: string[], amountFen: number): string {
  const distinct = [...new Set(plates)].map(formatPlateNumber);
  const shown = distinct.length > 2 ? `${distinct.slice(0, 2).join("、")}等` : distinct.join("、");
  return `交通违法罚款 ${shown} ${plates.length}起 ${fenToYuan(amountFen)}元`;
}
