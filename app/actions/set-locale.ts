"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { localeCookie, locales } from "@/server/i18n/config";
import { preferenceCookie } from "@/server/preferences/preference-cookie";

const input = z.enum(locales);

/** Form action of the language switch; works as a plain POST when JavaScript is off. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = input.safeParse(formData.get("locale"));
  if (!locale.success) return;
  (await cookies()).set(localeCookie, locale.data, preferenceCookie);
  revalidatePath("/", "layout");
}
