import type { MyApplication } from "@/server/applications/get-my-application";

/** The guide's material key for resident ID cards (the applicant's, and whoever else the service names). */
const idCardMaterial = "id-card";

/**
 * What the citizen brings to the window: the originals of the uploaded materials the guide marks, and
 * their own ID card, which the officer checks against the account's real name — named once: when the
 * ID cards are already among the originals, the applicant's is one of them.
 */
export function bringList(application: Pick<MyApplication, "originalsToBring">, idCardOriginal: string): string[] {
  const originals = application.originalsToBring;
  const names = originals.map((m) => m.name);
  return originals.some((m) => m.key === idCardMaterial) ? names : [...names, idCardOriginal];
}
