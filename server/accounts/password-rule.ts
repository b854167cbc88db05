/**
 * The citizen password rule, in one place for registration, reset and change: at least 8 characters and
 * not all of one kind (letters, digits, symbols). Each problem is also the key of its message in the
 * `errors` namespace, so a form can show it beside the field.
 */
export const passwordMinLength = 8;
/** Argon2 hashes any length, but sign-in forms accept at most 128 characters. */
export const passwordMaxLength = 128;

export type PasswordProblem = "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_ONE_CLASS";

function characterClass(char: string): "letter" | "digit" | "symbol" {
  if (/[A-Za-z]/.test(char)) return "letter";
  if (/[0-9]/.test(char)) return "digit";
  return "symbol";
}

/** Every way the password breaks the rule; an empty list means it is acceptable. */
export function checkPasswordRule(password: string): PasswordProblem[] {
  const chars = Array.from(password);
  const problems: PasswordProblem[] = [];
  if (chars.length < passwordMinLength) problems.push("PASSWORD_TOO_SHORT");
  if (chars.length > passwordMaxLength) problems.push("PASSWORD_TOO_LONG");
  if (chars.length > 0 && new Set(chars.map(characterClass)).size < 2) problems.push("PASSWORD_ONE_CLASS");
  return problems;
}
