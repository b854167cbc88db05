import { DomainError } from "@/server/errors";
import { idNumberProblem } from "@/server/population/id-number-problem";
import { isPersonName, normaliseName } from "@/server/population/normalise-name";
import { parsePhoneAndCode } from "./parse-phone-and-code";

export type RegistrationFields = { phone: string; code: string; name: string; idNumber: string };

/**
 * The identity part of a registration as typed, normalised (trimmed, upper-case X, one way of writing a
 * name) or refused with every field's problem at once, so the form can mark them all. The ID number must
 * pass GB 11643's check character and carry a real, past birth date before the register is consulted.
 */
export function parseRegistrationFields(
  input: RegistrationFields,
  extra: Record<string, string> = {},
): RegistrationFields {
  const { phone, code, fields } = parsePhoneAndCode(input);
  const name = normaliseName(input.name);
  const idNumber = input.idNumber.trim().toUpperCase();
  if (!isPersonName(name)) fields.name = "NAME_INVALID";
  const idProblem = idNumberProblem(idNumber);
  if (idProblem) fields.idNumber = idProblem;
  Object.assign(fields, extra);
  if (Object.keys(fields).length) throw new DomainError("BAD_INPUT", {}, fields);
  return { phone, code, name, idNumber };
}
