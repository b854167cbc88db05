"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { careModeCookie } from "@/server/preferences/care-mode";
import { preferenceCookie } from "@/server/preferences/preference-cookie";

const input = z.enum(["0", "1"]);

/** Form action of the care-mode toggle; works as a plain POST when JavaScript is off. */
export async function setCareMode(formData: FormData): Promise<void> {
  const care = input.safeParse(formData.get("care"));
  if (!care.success) return;
  const store = await cookies();
  if (care.data === "1") store.set(careModeCookie, "1", preferenceCookie);
  else store.delete({ name: careModeCookie, path: preferenceCookie.path });
  revalidatePath("/", "layout");
}
