/** `410105199001011234` → `410105********1234`; shorter inputs keep only their last four. */
export function maskIdNumber(id: string): string {
  const v = id.trim();
  if (v.length < 10) return "*".repeat(Math.max(0, v.length - 4)) + v.slice(-4);
  return v.slice(0, 6) + "*".repeat(v.length - 10) + v.slice(-4);
}

/** `13812341234` → `138****1234`. */
export function maskPhone(phone: string): string {
  const v = phone.trim();
  if (v.length < 7) return "*".repeat(v.length);
  return v.slice(0, 3) + "*".repeat(v.length - 7) + v.slice(-4);
}

/** 张三丰 → 张*丰, 张三 → 张*: enough for a person to recognise themselves, not others. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join("");
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + "*".repeat(chars.length - 2) + chars[chars.length - 1];
}

/** Passport and permit numbers: `E12345678` → `E****5678`, the letter tells the document, the tail tells it apart. */
export function maskDocumentNumber(number: string): string {
  const v = number.trim();
  if (v.length <= 5) return "*".repeat(v.length);
  return v.slice(0, 1) + "*".repeat(v.length - 5) + v.slice(-4);
}
