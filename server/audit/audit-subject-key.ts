import { hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { idNumberProblem } from "@/server/population/id-number-problem";

/**
 * The key audit entries file a person under, from their ID number. The console filters by this key in
 * its address bar, so the ID number itself never ends up in a URL, browser history or access log.
 */
export function auditSubjectKey(idNumber: string): string {
  const normalised = idNumber.trim().toUpperCase();
  const problem = idNumberProblem(normalised);
  if (problem) throw new DomainError("BAD_INPUT", {}, { idNumber: problem });
  return hashPii("id", normalised);
}
