import "server-only";

import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { signIn } from "@/auth";
import { SignInRefused } from "@/server/accounts/sign-in-refused";
import { toLocale } from "@/server/i18n/config";
import { flattenLocalised } from "@/server/validation-messages";
import type { SignInFormState } from "./sign-in-form-state";

type Provider = "citizen-password" | "citizen-code" | "staff";

/**
 * The shared body of the sign-in server actions: checks the form's shape, signs in through Auth.js
 * (which sets the session cookie) and turns a refusal into a localised message. Returns null on
 * success, so the action can redirect; any other failure is thrown to the error page.
 */
export async function runSignIn<S extends z.ZodType<Record<string, string>>>(
  provider: Provider,
  schema: S,
  form: FormData,
  options: { keep: string[]; invalidCredentialsKey?: "staff.invalid" },
): Promise<SignInFormState | null> {
  const raw = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) as Record<
    string,
    string
  >;
  const values = Object.fromEntries(options.keep.map((k) => [k, raw[k] ?? ""]));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const flat = flattenLocalised(parsed.error, toLocale(await getLocale()));
    const fieldErrors = Object.fromEntries(
      Object.entries(flat.fieldErrors as Record<string, string[] | undefined>).flatMap(([k, v]) =>
        v?.[0] ? [[k, v[0]]] : [],
      ),
    );
    return { error: null, fieldErrors, values };
  }
  try {
    await signIn(provider, { ...parsed.data, redirect: false });
    return null;
  } catch (error) {
    if (!(error instanceof SignInRefused)) throw error;
    const t = await getTranslations();
    const message =
      error.domainCode === "INVALID_CREDENTIALS" && options.invalidCredentialsKey
        ? t(`auth.${options.invalidCredentialsKey}`)
        : t(`errors.${error.domainCode}`, error.params);
    return { error: message, fieldErrors: {}, values };
  }
}
