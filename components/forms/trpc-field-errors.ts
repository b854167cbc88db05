/**
 * The per-field messages of a failed tRPC call, already localised by the server's error formatter: a
 * service's DomainError gives one message per field, an input-schema error a list (the first counts).
 */
export function trpcFieldErrors(error: { data?: { fieldErrors?: unknown } | null } | null): Record<string, string> {
  const fields = error?.data?.fieldErrors;
  if (!fields || typeof fields !== "object") return {};
  return Object.fromEntries(
    Object.entries(fields as Record<string, unknown>).flatMap(([key, value]) => {
      const message = Array.isArray(value) ? value[0] : value;
      return typeof message === "string" ? [[key, message]] : [];
    }),
  );
}
