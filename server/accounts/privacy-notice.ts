/**
 * The personal-information notice (个人信息保护告知书) citizens consent to when they register. Its text
 * lives in the `privacy` messages; when that text changes in substance, raise the version, so every
 * account records which wording its holder agreed to (users.consentVersion).
 */
export const privacyNotice = {
  version: "2026-11-27",
  effectiveDate: "2026-11-27",
} as const;
