import { maskIdNumber } from "@/server/crypto/mask";
import { hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { idNumberProblem } from "@/server/population/id-number-problem";

/** An application number as printed: "HN" and 14 digits (after removing spaces and upper-casing what was typed). */
const applicationNumberPattern = /^HN\d{14}$/;

/** What an officer types at the counter to find a person's item: its number, or the ID number on their card. */
export type CounterQuery = { number: string } | { idNumber: string };

export type ReadCounterQuery =
  { kind: "number"; number: string } | { kind: "idNumber"; idHash: string; maskedIdNumber: string };

/**
 * Normalises a counter search (spaces dropped, upper case) and checks its format, answering per field. The
 * ID number leaves as its lookup hash and masked form only: the full number is never kept or logged.
 */
export function readCounterQuery(query: CounterQuery): ReadCounterQuery {
  if ("number" in query) {
    const number = query.number.replace(/\s+/g, "").toUpperCase();
    if (!applicationNumberPattern.test(number))
      throw new DomainError("BAD_INPUT", {}, { number: "desk.applicationNumberFormat" });
    return { kind: "number", number };
  }
  const idNumber = query.idNumber.trim().toUpperCase();
  const problem = idNumberProblem(idNumber);
  if (problem) throw new DomainError("BAD_INPUT", {}, { idNumber: problem });
  return { kind: "idNumber", idHash: hashPii("id", idNumber), maskedIdNumber: maskIdNumber(idNumber) };
}
