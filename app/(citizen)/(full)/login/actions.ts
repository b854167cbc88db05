"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runSignIn } from "@/components/auth/run-sign-in";
import type { SignInFormState } from "@/components/auth/sign-in-form-state";
import { phoneNumberSchema } from "@/server/accounts/phone-number";
import { safeNextPath } from "@/server/accounts/safe-next-path";

const passwordForm = z.object({
  phone: phoneNumberSchema,
  password: z.string().min(1, "i18n:auth.passwordRequired").max(128),
});

const codeForm = z.object({
  phone: phoneNumberSchema,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "i18n:auth.codeInvalid"),
});

export async function signInWithPassword(_prev: SignInFormState, form: FormData): Promise<SignInFormState> {
  const refused = await runSignIn("citizen-password", passwordForm, form, { keep: ["phone"] });
  if (refused) return refused;
  redirect(safeNextPath(form.get("next")) ?? "/");
}

export async function signInWithCode(_prev: SignInFormState, form: FormData): Promise<SignInFormState> {
  const refused = await runSignIn("citizen-code", codeForm, form, { keep: ["phone"] });
  if (refused) return refused;
  redirect(safeNextPath(form.get("next")) ?? "/");
}
