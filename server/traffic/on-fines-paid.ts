import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type DocumentFact, finePaymentItems, orgUnits, type Payment, trafficViolations, users } from "@/db/schema";
import { maskName } from "@/server/crypto/mask";
import { decryptPii } from "@/server/crypto/pii";
import { issueDocument } from "@/server/documents/issue-document";
import { queueSms } from "@/server/notify/queue-sms";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import { maskPlateNumber } from "./plate-number";

const providerLabel: Record<string, string> = { sandbox: "沙箱（测试，未实际扣款）", alipay: "支付宝" };

/**
 * The fines of a paid order: the violations are marked paid, the payer gets an electronic receipt (PDF with
 * the verification QR code, owned by the payer) and an SMS. Runs in the transaction that marks the payment
 * paid, exactly once per order. createFinePayment never lets two open orders cover one violation and
 * closes expired ones, so a violation that is no longer unpaid here means that promise broke: throwing keeps
 * the payment pending and visible rather than taking the money twice in silence.
 */
export async function onFinesPaid(tx: Tx, payment: Payment): Promise<void> {
  if (payment.subjectType !== "traffic_violations") throw new Error(`traffic fine paid for a ${payment.subjectType}`);
  const items = await tx.select().from(finePaymentItems).where(eq(finePaymentItems.paymentId, payment.id));
  if (!items.length) throw new Error(`fine order ${payment.orderNo} covers no violations`);
  const violations = await tx
    .select()
    .from(trafficViolations)
    .where(
      inArray(
        trafficViolations.id,
        items.map((i) => i.violationId),
      ),
    )
    .orderBy(asc(trafficViolations.occurredAt), asc(trafficViolations.id))
    .for("update");
  const notUnpaid = violations.filter((v) => v.status !== "unpaid");
  if (violations.length !== items.length || notUnpaid.length) {
    throw new Error(
      `fine order ${payment.orderNo} pays violations that are not unpaid: ${notUnpaid.map((v) => v.id).join(",")}`,
    );
  }
  const paidAt = payment.paidAt ?? new Date();
  await tx
    .update(trafficViolations)
    .set({ status: "paid", paidAt })
    .where(
      inArray(
        trafficViolations.id,
        violations.map((v) => v.id),
      ),
    );

  const [payer] = await tx
    .select({ name: users.name, phoneEnc: users.phoneEnc })
    .from(users)
    .where(eq(users.id, payment.payerId));
  if (!payer) throw new Error(`fine order ${payment.orderNo} has no payer`);
  const fineFen = items.reduce((sum, i) => sum + i.fineFen, 0);
  const surchargeFen = items.reduce((sum, i) => sum + i.surchargeFen, 0);
  const plates = [...new Set(violations.map((v) => maskPlateNumber(v.plateNumber)))];
  const codes = violations.map((v) => v.actCode);
  const facts: DocumentFact[] = [
    { label: "缴款订单号", labelEn: "Order number", value: payment.orderNo },
    { label: "号牌号码", labelEn: "Plate", value: plates.join("、") },
    { label: "违法代码", labelEn: "Violation codes", value: codes.join("、") },
    { label: "违法起数", labelEn: "Violations", value: `${violations.length}起` },
    { label: "罚款金额", labelEn: "Fines", value: `${fenToYuan(fineFen)}元` },
    { label: "加处罚款", labelEn: "Late surcharge", value: `${fenToYuan(surchargeFen)}元` },
    { label: "缴款合计", labelEn: "Total paid", value: `${fenToYuan(payment.amountFen)}元` },
    { label: "支付渠道", labelEn: "Paid through", value: providerLabel[payment.provider] ?? payment.provider },
  ];
  const receipt = await issueDocument(tx, {
    kind: "fine_receipt",
    subjectType: "payment",
    subjectId: payment.id,
    title: "交通违法罚款电子缴款凭证",
    holderName: payer.name,
    holderNameMasked: maskName(payer.name),
    facts,
    issuingUnitId: await commonUnit(
      tx,
      violations.map((v) => v.orgPath),
    ),
    issuedBy: null,
    ownerId: payment.payerId,
  });
  await tx
    .update(finePaymentItems)
    .set({ receiptDocumentId: receipt.id })
    .where(eq(finePaymentItems.paymentId, payment.id));

  if (payer.phoneEnc) {
    await queueSms(tx, {
      idempotencyKey: `fine_paid:${payment.orderNo}`,
      phone: decryptPii(payer.phoneEnc),
      template: "fine_paid",
      params: {
        plate: plates.length > 1 ? `${plates[0]}等${plates.length}辆车` : (plates[0] ?? ""),
        count: String(violations.length),
        amount: fenToYuan(payment.amountFen),
        orderNo: payment.orderNo,
      },
    });
  }
}

/** The receipt is signed by the lowest unit above every recording unit: their own when they are all one. */
async function commonUnit(tx: Tx, paths: string[]): Promise<number> {
  const split = paths.map((p) => p.split("/").filter(Boolean));
  const common: string[] = [];
  for (let i = 0; split.every((s) => s[i] !== undefined && s[i] === split[0]?.[i]); i++) common.push(split[0]![i]!);
  const [unit] = await tx
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(eq(orgUnits.path, `/${common.join("/")}/`));
  if (!unit) throw new Error(`no org unit above ${paths.join(", ")}`);
  return unit.id;
}
