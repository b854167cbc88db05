import { phoneNumberPattern } from "./phone-number";

/**
 * A phone and the SMS code sent to it, as typed: trimmed, with each field's problem (a key in the
 * `errors` messages) for the form to show beside it.
 */
export function parsePhoneAndCode(input: { phone: string; code: string }): {
  phone: string;
  code: string;
  fields: Record<string, string>;
} {
  const phone = input.phone.trim();
  const code = input.code.trim();
  const fields: Record<string, string> = {};
  if (!phoneNumberPattern.test(phone)) fields.phone = "PHONE_INVALID";
  if (!/^\d{6}$/.test(code)) fields.code = "CODE_FORMAT";
  return { phone, code, fields };
}
