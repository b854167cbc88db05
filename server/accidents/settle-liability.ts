import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type Accident, type AccidentParty, accidentParties, type DocumentFact, type Liability } from "@/db/schema";
import { decryptPii } from "@/server/crypto/pii";
import { maskName } from "@/server/crypto/mask";
import { chinaDateTime } from "@/server/dates/china-date-time";
import { issueDocument } from "@/server/documents/issue-document";
import { queueSms } from "@/server/notify/queue-sms";
import { maskPlateNumber } from "@/server/traffic/plate-number";
import { partyLetters } from "./accident-rules";
import { bumpVersion } from "./lock-party-accident";
import { liabilityLabel } from "./liability-labels";

/**
 * Liability stands, agreed by the parties or determined by an officer: each party's is recorded, the
 * agreement (协议书) or determination (认定书) is issued with its QR verification code, and every party
 * is told by SMS. Runs in the caller's transaction; the caller kicks the SMS dispatch after the commit.
 */
export async function settleLiability(
  tx: Db,
  p: {
    accident: Accident;
    parties: AccidentParty[];
    liabilities: Map<string, Liability>;
    outcome: "agreed" | "determined";
    officer: { id: string; rule: string; note: string } | null;
    now: Date;
  },
): Promise<{ documentId: string }> {
  const { accident, parties } = p;
  for (const party of parties) {
    await tx
      .update(accidentParties)
      .set({ liability: p.liabilities.get(party.id) })
      .where(eq(accidentParties.id, party.id));
  }
  const facts: DocumentFact[] = [
    { label: "事故时间", labelEn: "Time", value: chinaDateTime(accident.occurredAt) },
    { label: "事故地点", labelEn: "Place", value: accident.place },
    { label: "处理方式", labelEn: "Handled by", value: p.outcome === "agreed" ? "当事人自行协商" : "交警远程认定" },
    ...parties.map((party) => ({
      label: `${partyLetters[party.position - 1]}方`,
      labelEn: `Party ${party.position}`,
      value: `${maskName(party.name)} ${maskPlateNumber(party.plateNumber)} ${liabilityLabel[p.liabilities.get(party.id) ?? "none"]}`,
    })),
    ...(p.officer
      ? [
          { label: "认定依据", labelEn: "Rule applied", value: p.officer.rule },
          ...(p.officer.note ? [{ label: "说明", labelEn: "Note", value: p.officer.note }] : []),
        ]
      : []),
  ];
  const reporter = parties.find((party) => party.position === 1) ?? parties[0];
  if (!reporter) throw new Error("settleLiability: an accident without parties");
  const document = await issueDocument(tx, {
    kind: p.outcome === "agreed" ? "accident_agreement" : "accident_determination",
    subjectType: "accident",
    subjectId: accident.id,
    title: p.outcome === "agreed" ? "道路交通事故自行协商协议书" : "道路交通事故认定书（简易程序）",
    holderName: reporter.name,
    holderNameMasked: maskName(reporter.name),
    facts,
    issuingUnitId: accident.orgUnitId,
    issuedBy: p.officer?.id ?? null,
    ownerId: reporter.userId,
  });
  await bumpVersion(tx, accident.id, {
    status: p.outcome,
    documentId: document.id,
    decidedAt: p.now,
    decidedBy: p.officer?.id ?? null,
    decisionRule: p.officer?.rule ?? null,
    decisionNote: p.officer?.note || null,
    awaitingSince: null,
  });
  for (const party of parties) {
    await queueSms(tx, {
      idempotencyKey: `accident_${p.outcome}:${accident.id}:${party.position}`,
      phone: decryptPii(party.phoneEnc),
      template: p.outcome === "agreed" ? "accident_agreed" : "accident_determined",
      params: { code: accident.code, liability: liabilityLabel[p.liabilities.get(party.id) ?? "none"] },
    });
  }
  return { documentId: document.id };
}
