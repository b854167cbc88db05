"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runSignIn } from "@/components/auth/run-sign-in";
import type { SignInFormState } from "@/components/auth/sign-in-form-state";
import { phoneNumberSchema } from "@/server/accounts/phone-number";

const signInForm = z.object({ phone: phoneNumberSchema, password: z.string().min(1).max(128) });

/** Right after the account is created: signs in with the password just chosen, then shows the outcome. */
export async function signInAfterRegistration(_prev: SignInFormState, form: FormData): Promise<SignInFormState> {
  const refused = await runSignIn("citizen-password", signInForm, form, { keep: ["phone"] });
  if (refused) return refused;
  redirect("/register/done");
}
