import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  type Accident,
  type AccidentParty,
  accidentParties,
  accidentPhotos,
  insurers,
  issuedDocuments,
  type Liability,
} from "@/db/schema";
import { decryptPii } from "@/server/crypto/pii";
import { maskIdNumber, maskName, maskPhone } from "@/server/crypto/mask";
import { requiredSlots } from "./accident-rules";

export type PartyView = {
  id: string;
  position: number;
  name: string;
  licenceNumber: string;
  plateNumber: string;
  insurer: { code: string; name: string; nameEn: string };
  phone: string;
  statement: string | null;
  claimedLiability: Liability | null;
  signed: boolean;
  liability: Liability | null;
  assessedLossFen: number | null;
  assessedAt: Date | null;
  paidFen: number | null;
  paidAt: Date | null;
};

export type AccidentView = {
  id: string;
  code: string;
  status: Accident["status"];
  version: number;
  occurredAt: Date;
  place: string;
  partyCount: number;
  awaitingSince: Date | null;
  lastPhotoAt: Date | null;
  retakeSlot: string | null;
  retakeNote: string | null;
  decidedAt: Date | null;
  decisionRule: string | null;
  decisionNote: string | null;
  document: { code: string; pdfBlobId: string; kind: string } | null;
  parties: PartyView[];
  slots: { slot: string; blobId: string | null; uploadedAt: Date | null }[];
};

/**
 * What the people entitled to an accident see: its state, the parties with their personal data masked
 * (names, licence numbers, phones), the photo slots and the issued document.
 */
export async function accidentView(db: Db, accident: Accident, parties: AccidentParty[]): Promise<AccidentView> {
  const [photos, companies, documents] = await Promise.all([
    db.select().from(accidentPhotos).where(eq(accidentPhotos.accidentId, accident.id)),
    db.select().from(insurers).orderBy(asc(insurers.id)),
    accident.documentId
      ? db
          .select({ code: issuedDocuments.code, pdfBlobId: issuedDocuments.pdfBlobId, kind: issuedDocuments.kind })
          .from(issuedDocuments)
          .where(eq(issuedDocuments.id, accident.documentId))
      : Promise.resolve([]),
  ]);
  const bySlot = new Map(photos.map((ph) => [ph.slot, ph]));
  const document = documents[0];
  return {
    id: accident.id,
    code: accident.code,
    status: accident.status,
    version: accident.version,
    occurredAt: accident.occurredAt,
    place: accident.place,
    partyCount: accident.partyCount,
    awaitingSince: accident.awaitingSince,
    lastPhotoAt: accident.lastPhotoAt,
    retakeSlot: accident.retakeSlot,
    retakeNote: accident.retakeNote,
    decidedAt: accident.decidedAt,
    decisionRule: accident.decisionRule,
    decisionNote: accident.decisionNote,
    document: document?.pdfBlobId ? { code: document.code, pdfBlobId: document.pdfBlobId, kind: document.kind } : null,
    parties: parties.map((party) => {
      const company = companies.find((c) => c.id === party.insurerId);
      return {
        id: party.id,
        position: party.position,
        name: maskName(party.name),
        licenceNumber: maskIdNumber(decryptPii(party.licenceNumberEnc)),
        plateNumber: party.plateNumber,
        insurer: { code: company?.code ?? "", name: company?.name ?? "", nameEn: company?.nameEn ?? "" },
        phone: maskPhone(decryptPii(party.phoneEnc)),
        statement: party.statement,
        claimedLiability: party.claimedLiability,
        signed: party.signedAt !== null,
        liability: party.liability,
        assessedLossFen: party.assessedLossFen,
        assessedAt: party.assessedAt,
        paidFen: party.paidFen,
        paidAt: party.paidAt,
      };
    }),
    slots: requiredSlots(accident.partyCount).map((slot) => {
      const photo = bySlot.get(slot);
      return { slot, blobId: photo?.blobId ?? null, uploadedAt: photo?.uploadedAt ?? null };
    }),
  };
}

/** An accident's parties, 甲 first. */
export function partiesOf(db: Db, accidentId: string) {
  return db
    .select()
    .from(accidentParties)
    .where(eq(accidentParties.accidentId, accidentId))
    .orderBy(asc(accidentParties.position));
}
