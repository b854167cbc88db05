import { validateIdNumber } from "./id-number";

const problems = {
  format: "ID_NUMBER_FORMAT",
  checksum: "ID_NUMBER_CHECKSUM",
  region: "ID_NUMBER_REGION",
  birthdate: "ID_NUMBER_BIRTHDATE",
} as const;

/** What is wrong with a typed ID number, as the key of its message in `errors`; null when it is valid. */
export function idNumberProblem(idNumber: string): (typeof problems)[keyof typeof problems] | null {
  const check = validateIdNumber(idNumber);
  return check.ok ? null : problems[check.reason];
}
