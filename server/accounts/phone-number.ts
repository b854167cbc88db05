import { z } from "zod";

/** Mainland China mobile numbers: 11 digits, 13x–19x. */
export const phoneNumberPattern = /^1[3-9]\d{9}$/;

export const phoneNumberSchema = z.string().trim().regex(phoneNumberPattern, "i18n:auth.phoneInvalid");
