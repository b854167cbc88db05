/**
 * A refused or failed send. `retryable: false` means trying again cannot help (bad number, template
 * not approved), so the message fails at once instead of using up its attempts.
 */
export class SmsSendError extends Error {
  readonly retryable: boolean;
  readonly providerCode: string | null;

  constructor(message: string, opts: { retryable: boolean; providerCode?: string | null }) {
    super(message);
    this.name = "SmsSendError";
    this.retryable = opts.retryable;
    this.providerCode = opts.providerCode ?? null;
  }
}
