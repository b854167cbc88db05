import type { TrafficViolation, ViolationStatus } from "@/db/schema";
import { daysOverdue, lateSurcharge, paymentDueDate } from "./late-surcharge";
import { violationCode } from "./violation-codes";

/** One violation as a citizen reads it, with what paying it today would cost. */
export type ViolationView = {
  plateNumber: string;
  plateType: string;
  occurredAt: Date;
  place: string;
  actCode: string;
  /** The catalogue's short name of the act ("闯红灯"), when the code is in the catalogue. */
  actName: string | null;
  actNameEn: string | null;
  actDescription: string;
  legalBasis: string;
  fineFen: number;
  points: number;
  status: ViolationStatus;
  /** Last day to pay without a surcharge (China date). */
  dueDate: string;
  /** Unpaid only, as of now; 0 for paid and processing records. */
  daysOverdue: number;
  surchargeFen: number;
  paidAt: Date | null;
};

type ViolationFields = Pick<
  TrafficViolation,
  | "plateNumber"
  | "plateType"
  | "occurredAt"
  | "place"
  | "actCode"
  | "actDescription"
  | "legalBasis"
  | "fineFen"
  | "points"
  | "status"
  | "paidAt"
>;

export function violationView(row: ViolationFields, now: Date): ViolationView {
  const unpaid = row.status === "unpaid";
  const code = violationCode(row.actCode);
  return {
    plateNumber: row.plateNumber,
    plateType: row.plateType,
    occurredAt: row.occurredAt,
    place: row.place,
    actCode: row.actCode,
    actName: code?.name ?? null,
    actNameEn: code?.nameEn ?? null,
    actDescription: row.actDescription,
    legalBasis: row.legalBasis,
    fineFen: row.fineFen,
    points: row.points,
    status: row.status,
    dueDate: paymentDueDate(row.occurredAt),
    daysOverdue: unpaid ? daysOverdue(row.occurredAt, now) : 0,
    surchargeFen: unpaid ? lateSurcharge({ fineFen: row.fineFen, occurredAt: row.occurredAt, now }) : 0,
    paidAt: row.paidAt,
  };
}
