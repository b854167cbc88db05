"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runSignIn } from "@/components/auth/run-sign-in";
import type { SignInFormState } from "@/components/auth/sign-in-form-state";
import { safeNextPath } from "@/server/accounts/safe-next-path";

const staffForm = z.object({
  account: z.string().trim().min(1, "i18n:auth.accountRequired").max(32),
  password: z.string().min(1, "i18n:auth.passwordRequired").max(128),
  totp: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "i18n:auth.totpInvalid"),
});

export async function signInStaffAction(_prev: SignInFormState, form: FormData): Promise<SignInFormState> {
  const refused = await runSignIn("staff", staffForm, form, {
    keep: ["account"],
    invalidCredentialsKey: "staff.invalid",
  });
  if (refused) return refused;
  // /staff sends each role to its own home: the session cookie is set but not readable in this request.
  redirect(safeNextPath(form.get("next")) ?? "/staff");
}
