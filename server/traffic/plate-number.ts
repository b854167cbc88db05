/**
 * Mainland motor-vehicle plates (GA 36): a province abbreviation, the issuing authority's letter, then the
 * serial: 5 letters or digits on ordinary plates, 6 on new-energy plates. Serial letters never include I
 * or O, which read as 1 and 0.
 */

/** GA 24.7 plate type codes the portal handles: the civilian car plates. */
export const plateTypes = ["02", "01", "52", "51"] as const;
export type PlateType = (typeof plateTypes)[number];

export function isPlateType(value: string): value is PlateType {
  return (plateTypes as readonly string[]).includes(value);
}

const provinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

/** A serial character: digits and letters without I and O. */
const serialChar = "[A-HJ-NP-Z0-9]";

/**
 * Small new-energy plates start with the power letter (D, A, B, C, E pure electric; F, G, H, J, K other),
 * then a letter or digit and 4 digits; large ones are 5 digits and the power letter.
 */
const serialOf: Record<PlateType, RegExp> = {
  "02": new RegExp(`^${serialChar}{5}$`),
  "01": new RegExp(`^${serialChar}{5}$`),
  "52": new RegExp(`^[A-HJK]${serialChar}\\d{4}$`),
  "51": /^\d{5}[A-HJK]$/,
};

export type PlateProblem = "province" | "authority" | "length" | "serial";

export type PlateCheck = { ok: true; plate: string } | { ok: false; problem: PlateProblem };

/** Separators people type or paste between the prefix and the serial: spaces, middle dots, hyphens. */
const separators = /[\s·•・‧∙.-]/g;

/** Full-width letters and digits (an IME's Ａ１) become their ASCII forms. */
function halfWidth(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

/**
 * The plate as stored ("豫A12345") from what a person typed ("豫a·12345", "豫Ａ １２３４５"), or the problem
 * with it. The plate type decides the serial's length: 6 for new-energy plates, 5 otherwise.
 */
export function checkPlateNumber(input: string, plateType: PlateType): PlateCheck {
  const plate = halfWidth(input).replace(separators, "").toUpperCase();
  const [province, authority, ...rest] = Array.from(plate);
  if (!province || !provinces.includes(province)) return { ok: false, problem: "province" };
  if (!authority || !/^[A-HJ-Z]$/.test(authority)) return { ok: false, problem: "authority" };
  const serial = rest.join("");
  const length = plateType === "52" || plateType === "51" ? 6 : 5;
  if (serial.length !== length) return { ok: false, problem: "length" };
  if (!serialOf[plateType].test(serial)) return { ok: false, problem: "serial" };
  return { ok: true, plate };
}

/** 豫A12345 → 豫A·12345, as the plate itself reads. */
export function formatPlateNumber(plate: string): string {
  const chars = Array.from(plate);
  return `${chars.slice(0, 2).join("")}·${chars.slice(2).join("")}`;
}

/** 豫A12345 → 豫A·1**45: enough to recognise one's own car on a public page, not to read someone else's. */
export function maskPlateNumber(plate: string): string {
  const chars = Array.from(plate);
  const serial = chars.slice(2);
  const shown = serial.map((c, i) => (i === 0 || i >= serial.length - 2 ? c : "*")).join("");
  return `${chars.slice(0, 2).join("")}·${shown}`;
}
