import { DomainError } from "@/server/errors";
import { validateUscc } from "./uscc";

/** The code as stored (normalised), or a field error whose message says which part of the code is wrong. */
export function usccOrFieldError(value: string): string {
  const check = validateUscc(value);
  if (!check.ok) throw new DomainError("BAD_INPUT", {}, { uscc: `organisation.uscc.${check.problem}` });
  return check.uscc;
}
