import { TRPCError } from "@trpc/server";
import { isDomainError } from "@/server/errors";

/** How a call was refused, whether it went through a procedure (TRPCError) or straight to a service (DomainError). */
export type Refusal = {
  /** The tRPC code (FORBIDDEN, NOT_FOUND…) for a procedure; the domain code for a service. */
  code: string;
  /** The domain code behind the refusal, or null when the refusal was not a domain one (bad input shape, say). */
  domainCode: string | null;
  /** The most precise code there is: the domain code, else the tRPC code. */
  reason: string;
  params: Record<string, unknown>;
  /** Field-level problems: field → message key. */
  fields: Record<string, string>;
  message: string;
  error: TRPCError | Error;
  /** What lay behind a procedure's refusal (a DomainError, a ZodError); the DomainError itself for a service. */
  cause: unknown;
};

/** Awaits a call that must be refused; anything other than a refusal (or no refusal) fails the test. */
export async function refusal(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) {
      const cause = isDomainError(error.cause) ? error.cause : null;
      return {
        code: error.code,
        domainCode: cause?.code ?? null,
        reason: cause?.code ?? error.code,
        params: cause?.params ?? {},
        fields: cause?.fields ?? {},
        message: error.message,
        error,
        cause: error.cause,
      };
    }
    if (isDomainError(error)) {
      return {
        code: error.code,
        domainCode: error.code,
        reason: error.code,
        params: error.params,
        fields: error.fields ?? {},
        message: error.message,
        error,
        cause: error,
      };
    }
    throw error;
  }
  throw new Error("expected the call to be refused");
}

/** The refusal's most precise code, for tests that only compare that. */
export async function refusalReason(promise: Promise<unknown>): Promise<string> {
  return (await refusal(promise)).reason;
}
