import { decodeDivisionCodes, gb2260Codes } from "./gb2260-codes";

let codes: Set<string> | undefined;

/** Whether a six-digit code is, or ever was, a GB/T 2260 administrative division (see gb2260-codes.ts). */
export function isDivisionCode(code: string): boolean {
  codes ??= new Set(decodeDivisionCodes(gb2260Codes));
  return codes.has(code);
}
