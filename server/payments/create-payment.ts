import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type Payment, payments } from "@/db/schema";
import { uniqueViolation } from "@/db/unique-violation";
import { DomainError } from "@/server/errors";
import { chinaDayStamp } from "@/server/numbering/china-day-stamp";
import { digitsAndLetters, randomCode } from "@/server/numbering/random-code";
import type { PaymentPurpose } from "./payment-handlers";
import { type PaymentProvider, paymentProvider } from "./payment-provider";
import { isPaymentReturnPath } from "./payment-return-path";

/** How long a payer has to pay before the order is replaced by a new one on the next request. */
export const paymentLifetimeMs = 30 * 60_000;

export type CreatePaymentParams = {
  purpose: PaymentPurpose;
  subjectType: string;
  subjectId: string;
  payerId: string;
  amountFen: number;
  description: string;
  /** Names the thing being paid for, e.g. `household_postage:<applicationId>`: one key, one payment at a time. */
  idempotencyKey: string;
  /** A path on this site, e.g. `/me/applications/<id>`; the outcome is added to its query. */
  returnPath: string;
  now?: Date;
};

export type CreatedPayment = {
  paymentId: string;
  orderNo: string;
  checkoutUrl: string;
  /** "paid": this key was paid already and nothing new was created; the caller decides what that means. */
  status: "pending" | "paid";
};

/** `JM` + China date + 10 random characters (~51 bits): readable on a receipt, impossible to guess. */
function newOrderNo(now: Date): string {
  return `JM${chinaDayStamp(now)}${randomCode(10, digitsAndLetters)}`;
}

function refuseBadInput(p: CreatePaymentParams) {
  const fields: Record<string, string> = {};
  if (!Number.isSafeInteger(p.amountFen) || p.amountFen <= 0 || p.amountFen > 2_147_483_647)
    fields.amountFen = "BAD_INPUT";
  if (!isPaymentReturnPath(p.returnPath)) fields.returnPath = "BAD_INPUT";
  if (!p.idempotencyKey || p.idempotencyKey.length > 200) fields.idempotencyKey = "BAD_INPUT";
  if (!p.subjectType || p.subjectType.length > 32 || !p.subjectId) fields.subject = "BAD_INPUT";
  if (!p.description.trim() || p.description.length > 256) fields.description = "BAD_INPUT";
  if (Object.keys(fields).length) throw new DomainError("BAD_INPUT", {}, fields);
}

function created(payment: Payment, provider: PaymentProvider, status: CreatedPayment["status"]): CreatedPayment {
  return { paymentId: payment.id, orderNo: payment.orderNo, checkoutUrl: provider.checkoutUrl(payment), status };
}

/**
 * Starts (or resumes) collecting a payment. Idempotent on the key: the same request again gets the same
 * pending order back, or "paid" once it is paid. When the last order is closed, has expired or asks for
 * another amount, a new one (the key's next attempt) replaces it, so one key never has two payable orders.
 */
export async function createPayment(db: Db, params: CreatePaymentParams): Promise<CreatedPayment> {
  refuseBadInput(params);
  const now = params.now ?? new Date();
  const provider = paymentProvider();
  try {
    return await db.transaction((tx) => createOrResume(tx, params, provider, now));
  } catch (error) {
    // A concurrent request with the same key inserted the same attempt first: its order is the answer.
    if (uniqueViolation(error) === null) throw error;
    return db.transaction((tx) => createOrResume(tx, params, provider, now));
  }
}

async function createOrResume(
  tx: Db,
  p: CreatePaymentParams,
  provider: PaymentProvider,
  now: Date,
): Promise<CreatedPayment> {
  // Locks the key's latest order, so concurrent requests for the key take turns from here on.
  const [latest] = await tx
    .select()
    .from(payments)
    .where(eq(payments.idempotencyKey, p.idempotencyKey))
    .orderBy(desc(payments.attempt))
    .limit(1)
    .for("update");
  if (latest) {
    const samePayment =
      latest.payerId === p.payerId &&
      latest.purpose === p.purpose &&
      latest.subjectType === p.subjectType &&
      latest.subjectId === p.subjectId;
    if (!samePayment) throw new DomainError("CONFLICT");
    if (latest.status === "paid") {
      if (latest.amountFen !== p.amountFen) throw new DomainError("CONFLICT");
      return created(latest, provider, "paid");
    }
    if (latest.status === "pending") {
      // An order for an old amount (the citizen chose another delivery address since) is replaced, not reused.
      const reusable = latest.expiresAt > now && latest.provider === provider.name && latest.amountFen === p.amountFen;
      if (reusable) return created(latest, provider, "pending");
      await tx.update(payments).set({ status: "closed" }).where(eq(payments.id, latest.id));
    }
  }
  const [row] = await tx
    .insert(payments)
    .values({
      orderNo: newOrderNo(now),
      purpose: p.purpose,
      subjectType: p.subjectType,
      subjectId: p.subjectId,
      payerId: p.payerId,
      amountFen: p.amountFen,
      description: p.description.trim(),
      provider: provider.name,
      idempotencyKey: p.idempotencyKey,
      attempt: (latest?.attempt ?? 0) + 1,
      returnPath: p.returnPath,
      expiresAt: new Date(now.getTime() + paymentLifetimeMs),
    })
    .returning();
  if (!row) throw new Error("createPayment: no row returned");
  return created(row, provider, "pending");
}
