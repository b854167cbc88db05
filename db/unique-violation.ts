/**
 * The constraint a failed statement broke when the failure is a unique violation (SQLSTATE 23505), else
 * null. Drizzle wraps the driver's error (pg, Neon or PGlite) in `cause`, so the chain is walked.
 */
export function uniqueViolation(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const { code, constraint, cause } = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (code === "23505") return typeof constraint === "string" ? constraint : "";
    current = cause;
  }
  return null;
}
