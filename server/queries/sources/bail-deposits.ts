import "server-only";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { bailDeposits, orgUnits } from "@/db/schema";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import { defineQuerySource, type QueryTone } from "../query-source";

const tones: Record<"held" | "refund_due" | "refunded" | "forfeited", QueryTone> = {
  held: "neutral",
  refund_due: "attention",
  refunded: "ok",
  forfeited: "urgent",
};

/**
 * JS012 取保候审保证金退还查询: the bail deposits the asker paid, and whether each is still held, due for
 * refund (bail ended without a breach: 取保候审规定第三十二条), refunded or forfeited.
 */
export const bailDepositsSource = defineQuerySource({
  key: "bail_deposits",
  register: { name: "取保候审保证金登记（办案单位）", nameEn: "Bail deposits (handling units)" },
  access: "own",
  sensitive: true,
  fields: [],
  nextSteps: {},
  input: z.strictObject({}),
  async run({ tx, t, asker }) {
    if (!asker) return { records: [] };
    const rows = await tx
      .select({
        receiptNumber: bailDeposits.receiptNumber,
        amountFen: bailDeposits.amountFen,
        paidOn: bailDeposits.paidOn,
        bailEndedOn: bailDeposits.bailEndedOn,
        status: bailDeposits.status,
        refundedOn: bailDeposits.refundedOn,
        forfeitDecision: bailDeposits.forfeitDecision,
        bank: bailDeposits.bank,
        unit: orgUnits.name,
        unitPhone: orgUnits.phone,
      })
      .from(bailDeposits)
      .innerJoin(orgUnits, eq(orgUnits.id, bailDeposits.handlingUnitId))
      .where(eq(bailDeposits.depositorIdHash, asker.idNumberHash))
      .orderBy(desc(bailDeposits.paidOn));
    return {
      emptyText: t("queriesPublic.bailDeposits.empty"),
      records: rows.map((r) => ({
        title: t("queriesPublic.bailDeposits.title", { amount: fenToYuan(r.amountFen) }),
        subtitle: t("queriesPublic.bailDeposits.receipt", { number: r.receiptNumber }),
        fields: [
          { label: t("queriesPublic.bailDeposits.paidOn"), value: r.paidOn },
          { label: t("queriesPublic.bailDeposits.unit"), value: r.unit },
          { label: t("queriesPublic.bailDeposits.bank"), value: r.bank },
          ...(r.bailEndedOn ? [{ label: t("queriesPublic.bailDeposits.bailEndedOn"), value: r.bailEndedOn }] : []),
          ...(r.refundedOn ? [{ label: t("queriesPublic.bailDeposits.refundedOn"), value: r.refundedOn }] : []),
          ...(r.forfeitDecision ? [{ label: t("queriesPublic.bailDeposits.decision"), value: r.forfeitDecision }] : []),
          ...(r.unitPhone ? [{ label: t("queriesPublic.bailDeposits.phone"), value: r.unitPhone }] : []),
        ],
        state: {
          label: t(`queriesPublic.bailDeposits.states.${r.status}`),
          tone: tones[r.status],
          meaning: t(`queriesPublic.bailDeposits.meanings.${r.status}`),
        },
        actions: [],
      })),
    };
  },
});
