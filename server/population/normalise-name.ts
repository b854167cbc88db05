/**
 * Names as the register compares them. People type the separator in minority names (阿依古丽·买买提)
 * in several ways and phones insert full-width characters, so these differences must not decide
 * whether a name matches its ID number.
 */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[•・．.]/g, "·")
    .replace(/\s+/g, " ")
    .replace(/\s*·\s*/g, "·")
    .trim();
}

/** Letters of any script (Han, Latin for foreign permanent residents…), the name separator and spaces. */
export const personNamePattern = /^[\p{L}\p{M}](?:[\p{L}\p{M}· ]*[\p{L}\p{M}])?$/u;
export const personNameMaxLength = 40;

export function isPersonName(name: string): boolean {
  const normalised = normaliseName(name);
  return normalised.length <= personNameMaxLength && personNamePattern.test(normalised);
}
