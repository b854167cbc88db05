import { isDivisionCode } from "@/server/population/is-division-code";

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (digits and capitals without
 * I, O, Z, S, V, which read like digits): the registration authority (1), the organisation type (1), the
 * administrative division of the registering authority (6, GB/T 2260), the organisation code (9, GB 11714,
 * its last character its own check), and the final check character over the first 17.
 */
export type UsccProblem = "length" | "characters" | "authority" | "division" | "organisationCode" | "check";
export type UsccCheck = { ok: true; uscc: string } | { ok: false; problem: UsccProblem };

const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** 3^i mod 31 for positions 1..17. */
const weights = Array.from({ length: 17 }, (_, i) => Number(3n ** BigInt(i) % 31n));

/**
 * The registration authorities of GB 32100 appendix A with their organisation-type codes: 1 机构编制,
 * 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商 (市场监管), A 中央军委改革和编制,
 * N 农业, Y 其他. An authority's types are single digits; 9 always means "other".
 */
const authorityTypes: Record<string, string> = {
  "1": "1239",
  "2": "19",
  "3": "1234559",
  "4": "19",
  "5": "1239",
  "6": "129",
  "7": "19",
  "8": "19",
  "9": "123",
  A: "19",
  N: "1239",
  Y: "1",
};

/** GB 11714: weights over the 8 body characters, check = 11 − (sum mod 11), 10 → X, 11 → 0. */
const organisationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 values a letter as 10 + its place in the Latin alphabet (A = 10 … Z = 35). */
function organisationCodeValue(c: string): number {
  return /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
}

export function organisationCodeCheck(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += organisationCodeValue(body8[i]!) * organisationCodeWeights[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

/** The final check character over the first 17 characters. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = charset.indexOf(first17[i]!);
    if (value < 0) throw new Error(`not a USCC character: ${first17[i]}`);
    sum += value * weights[i]!;
  }
  const check = 31 - (sum % 31);
  return charset[check === 31 ? 0 : check]!;
}

/** Upper-cased without spaces: codes are printed in groups and typed in either case. */
export function normaliseUscc(value: string): string {
  return value.replace(/[\s-]/g, "").toUpperCase();
}

/** Checks a code as typed, in the order a person would fix it: length, characters, parts, then the checks. */
export function validateUscc(value: string): UsccCheck {
  const uscc = normaliseUscc(value);
  if (uscc.length !== 18) return { ok: false, problem: "length" };
  if (![...uscc].every((c) => charset.includes(c))) return { ok: false, problem: "characters" };
  if (!authorityTypes[uscc[0]!]?.includes(uscc[1]!)) return { ok: false, problem: "authority" };
  const division = uscc.slice(2, 8);
  // 100000 stands for the national level (authorities of the State Council register there).
  if (!/^\d{6}$/.test(division) || (division !== "100000" && !isDivisionCode(division)))
    return { ok: false, problem: "division" };
  if (organisationCodeCheck(uscc.slice(8, 16)) !== uscc[16]) return { ok: false, problem: "organisationCode" };
  if (usccCheckCharacter(uscc.slice(0, 17)) !== uscc[17]) return { ok: false, problem: "check" };
  return { ok: true, uscc };
}

/** Builds a valid code from authority, type, division and the 8-character organisation code body (seed data, tests). */
export function makeUscc(prefix2: string, division6: string, organisationBody8: string): string {
  const first16 = prefix2 + division6 + organisationBody8;
  const first17 = first16 + organisationCodeCheck(organisationBody8);
  const uscc = first17 + usccCheckCharacter(first17);
  const check = validateUscc(uscc);
  if (!check.ok) throw new Error(`makeUscc built an invalid code ${uscc}: ${check.problem}`);
  return uscc;
}
