/**
 * Services throw DomainError; only the tRPC error formatter (and server actions) turn them into
 * responses. `code` is also the key of the localised message in the `errors` namespace.
 */
export type DomainErrorCode =
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "OUT_OF_JURISDICTION"
  | "NOT_FOUND"
  | "BAD_INPUT"
  | "CONFLICT"
  | "CONTROL_CHARACTERS"
  | "RATE_LIMITED"
  | "ACCOUNT_LOCKED"
  | "INVALID_CREDENTIALS"
  | "ACCOUNT_DISABLED"
  | "FILE_TOO_LARGE"
  | "FILE_TYPE_NOT_ALLOWED"
  | "FILE_UNREADABLE"
  | "INVALID_CODE"
  | "INVALID_TOTP"
  | "TOTP_NOT_ENROLLED"
  | "TOTP_ALREADY_ENROLLED"
  | "TOTP_ENROLMENT_REFUSED"
  | "TOTP_ENROLMENT_EXPIRED"
  | "PHONE_ALREADY_REGISTERED"
  | "ID_ALREADY_REGISTERED"
  | "IDENTITY_MISMATCH"
  | "ALREADY_VERIFIED"
  | "WRONG_PASSWORD"
  | "WEAK_PASSWORD"
  | "PHONE_TAKEN"
  | "ACCOUNT_NOT_LOCKED"
  | "ACCOUNT_NUMBER_TAKEN"
  | "SELF_LOCKOUT"
  | "APPLICATION_STALE"
  | "APPLICATION_ILLEGAL_TRANSITION"
  | "APPLICATION_LOCKED"
  | "DUPLICATE_APPLICATION"
  | "SERVICE_UNAVAILABLE"
  | "REAL_NAME_REQUIRED"
  | "APPLICATION_INCOMPLETE"
  | "MATERIAL_NOT_EDITABLE"
  | "TOO_MANY_FILES"
  | "PAYMENT_REQUIRED"
  | "PAYMENT_INVALID"
  | "PAYMENT_AMOUNT_MISMATCH"
  | "PAYMENT_CLOSED"
  | "PAYMENT_EXPIRED"
  | "PAYMENT_ALREADY_PAID"
  | "ORIGINALS_UNCHECKED"
  | "ORIGINALS_MISMATCH"
  | "NOT_POSTAL_DELIVERY"
  | "WINDOW_DEADLINE_PASSED"
  | "NOT_IN_REGISTER"
  | "REGISTER_CHANGED"
  | "ALREADY_IN_REGISTER"
  | "VEHICLE_NOT_MATCHED"
  | "VEHICLE_NOT_REGISTERED"
  | "FINE_NOT_PAYABLE"
  | "FINE_PAYMENT_IN_PROGRESS"
  | "ORG_UNIT_CODE_TAKEN"
  | "ORG_UNIT_PARENT_INVALID"
  | "REASSIGN_TARGET_INVALID"
  | "ESCALATION_NOT_POSSIBLE"
  | "ACCIDENT_NOT_ELIGIBLE"
  | "ACCIDENT_CODE_UNKNOWN"
  | "ACCIDENT_FULL"
  | "ACCIDENT_INCOMPLETE"
  | "ACCIDENT_WRONG_STATE"
  | "LIABILITY_INCONSISTENT"
  | "CLAIM_NOT_ASSESSED"
  | "CASE_NUMBER_TAKEN"
  | "CASE_QUERY_MISMATCH"
  | "CASE_QUERY_LOCKED"
  | "QUERY_PERSON_REVOKED"
  | "SLOT_UNAVAILABLE"
  | "SLOT_FULL"
  | "APPOINTMENT_EXISTS"
  | "APPOINTMENT_LOCKED"
  | "BOOKING_BLOCKED";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly params: Record<string, string | number> = {},
    /** Field-level problems for forms: field → message key in `errors`. */
    readonly fields?: Record<string, string>,
  ) {
    super(code);
    this.name = "DomainError";
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
