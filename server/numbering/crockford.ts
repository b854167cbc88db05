// Pure (no crypto, no database): printed codes are formatted and read back in the browser too.

/**
 * Crockford's base32: no I, L, O or U, so what is printed or read aloud is not misread, and what a person
 * types for them (O for 0, I or L for 1) still reads back — see readCrockford.
 */
export const crockfordBase32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Upper-case Crockford text with the letters people type for digits read as those digits (O → 0, I and L → 1). */
export function readCrockford(typed: string): string {
  return typed.toUpperCase().replace(/[IL]/g, "1").replace(/O/g, "0");
}
