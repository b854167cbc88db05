import { CredentialsSignin } from "next-auth";
import { type DomainErrorCode, isDomainError } from "@/server/errors";

/**
 * What an Auth.js `authorize` callback throws: Auth.js passes CredentialsSignin subclasses through to
 * the server action unchanged, so the page can show the localised message for `code` with `params`
 * (the minutes left on a lock, for one).
 */
export class SignInRefused extends CredentialsSignin {
  constructor(
    readonly domainCode: DomainErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(domainCode);
    this.code = domainCode;
  }
}

/** Turns a service's DomainError into the error Auth.js expects; anything else is a real failure and stays one. */
export function toSignInRefused(error: unknown): unknown {
  return isDomainError(error) ? new SignInRefused(error.code, error.params) : error;
}
