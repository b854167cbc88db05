import type { Tx } from "@/db/client";
import type { DocumentFact } from "@/db/schema";
import type { DocumentKind } from "@/server/documents/issue-document";
import type { RegisterEffectKey } from "../engine-config";

/** What the register change is recorded by: the document issued with its verification QR code. */
export type EffectDocument = {
  documentKind: DocumentKind;
  title: string;
  holderName: string;
  /** Safe to print: ID numbers masked. */
  facts: DocumentFact[];
};

export type RegisterEffectInput = {
  serviceCode: string;
  values: Record<string, unknown>;
  applicant: { userId: string; residentId: string | null };
  /** Resident field key -> register id, as the submission's register checks resolved them. */
  residents: Record<string, string>;
  /** The unit that handled the application: it issues the document. */
  handlingUnitId: number;
  applicationNumber: string;
  now: Date;
};

/**
 * A kind of register change. Runs in the completing transaction on locked rows; when the register no longer
 * fits the application it throws REGISTER_CHANGED and nothing is written.
 */
export type RegisterEffect = { key: RegisterEffectKey; apply(tx: Tx, p: RegisterEffectInput): Promise<EffectDocument> };
