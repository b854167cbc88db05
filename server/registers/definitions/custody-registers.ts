import "server-only";
import { bailDeposits, detentions } from "@/db/schema";
import { bailDepositStatus, detentionMeasure, detentionStatus } from "@/db/schema/custody";
import { type RegisterDefinition, stored } from "../register-definition";
import { choice, date, idNumber, money, text } from "../register-fields";

/** The unit handling the case keeps its detentions and bail deposits: a station, a county bureau, 刑侦. */
const handlingUnit = {
  roles: ["station_officer", "county_approver"],
  keepers: ["station", "county", "criminal"],
} as const satisfies Pick<RegisterDefinition, "roles" | "keepers">;

/**
 * 拘留通知 and 羁押信息 (JS011, JS005): the family the notice named and the retained lawyer come with the
 * notice, so the desk corrects a detention and records its end but does not add one.
 */
export const detentionsRegister: RegisterDefinition = {
  key: "detentions",
  table: detentions,
  id: detentions.id,
  unit: detentions.handlingUnitId,
  ...handlingUnit,
  fields: [
    stored(text("noticeNumber", 6, 40, { fixed: true }), detentions.noticeNumber),
    stored(text("detaineeName", 1, 40, { message: "form.personName" }), detentions.detaineeName),
    { ...idNumber("detaineeId"), hashColumn: detentions.detaineeIdHash, encColumn: detentions.detaineeIdEnc },
    stored(choice("measure", detentionMeasure.enumValues), detentions.measure),
    stored(text("reason", 2, 200), detentions.reason),
    stored(text("facility", 2, 80), detentions.facility),
    stored(text("facilityAddress", 4, 120), detentions.facilityAddress),
  ],
  listFields: ["noticeNumber", "detaineeName", "detaineeId", "measure", "facility"],
  search: [detentions.noticeNumber, detentions.detaineeName, detentions.facility],
  orderBy: detentions.detainedAt,
  unique: ["noticeNumber"],
  creates: false,
  status: {
    column: detentions.status,
    values: detentionStatus.enumValues,
    initial: "held",
    transitions: { held: ["released", "transferred"] },
    tones: { held: "warning", released: "neutral", transferred: "neutral" },
    effects: { released: { stamp: detentions.endedOn }, transferred: { stamp: detentions.endedOn } },
  },
  queries: ["JS011", "JS005"],
};

/**
 * 取保候审保证金 (JS012): paid into the unit's account, refunded when bail ends without a breach, forfeited
 * on a breach by a decision whose number the desk records. The depositor follows it with their own query.
 */
export const bailDepositsRegister: RegisterDefinition = {
  key: "bail_deposits",
  table: bailDeposits,
  id: bailDeposits.id,
  unit: bailDeposits.handlingUnitId,
  ...handlingUnit,
  fields: [
    stored(
      text("receiptNumber", 6, 24, {
        fixed: true,
        normalise: (typed) => typed.toUpperCase(),
        pattern: /^[A-Z]{0,4}\d{6,20}$/,
        message: "registers.receiptNumber",
      }),
      bailDeposits.receiptNumber,
    ),
    stored(text("depositorName", 1, 40, { message: "form.personName" }), bailDeposits.depositorName),
    {
      ...idNumber("depositorId"),
      hashColumn: bailDeposits.depositorIdHash,
      encColumn: bailDeposits.depositorIdEnc,
    },
    // 取保候审规定第五条: at least 1,000 yuan; the column holds fen in a 32-bit integer.
    stored(money("amount", 100_000, 2_000_000_000), bailDeposits.amountFen),
    stored(date("paidOn", { notFuture: true }), bailDeposits.paidOn),
    stored(date("bailFrom"), bailDeposits.bailFrom),
    stored(text("bank", 4, 80), bailDeposits.bank),
  ],
  listFields: ["receiptNumber", "depositorName", "depositorId", "amount", "paidOn"],
  search: [bailDeposits.receiptNumber, bailDeposits.depositorName],
  orderBy: bailDeposits.paidOn,
  unique: ["receiptNumber"],
  creates: true,
  status: {
    column: bailDeposits.status,
    values: bailDepositStatus.enumValues,
    initial: "held",
    transitions: { held: ["refund_due", "forfeited"], refund_due: ["refunded", "forfeited"] },
    tones: { held: "neutral", refund_due: "warning", refunded: "success", forfeited: "destructive" },
    effects: {
      refund_due: { stamp: bailDeposits.bailEndedOn },
      refunded: { stamp: bailDeposits.refundedOn },
      forfeited: {
        stamp: bailDeposits.bailEndedOn,
        note: { field: text("forfeitDecision", 4, 200), column: bailDeposits.forfeitDecision },
      },
    },
  },
  queries: ["JS012"],
};
