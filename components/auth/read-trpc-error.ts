import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";

/** What a form needs from a failed tRPC call: the localised message, the domain code to branch on, and one message per field. */
export type FormError = { message: string; code: string | null; fields: Record<string, string> };

type ErrorLike = {
  message: string;
  data?: { domainCode?: string | null; fieldErrors?: Record<string, unknown> } | null;
};

export function readTrpcError(error: ErrorLike | null | undefined): FormError | null {
  if (!error) return null;
  return { message: error.message, code: error.data?.domainCode ?? null, fields: trpcFieldErrors(error) };
}
