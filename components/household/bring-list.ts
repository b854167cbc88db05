import type { MyApplication } from "@/server/household/get-my-application";

/**
 * What the citizen brings to the window: the originals of the uploaded materials the guide marks, and
 * always their own ID card, which the officer checks against the account's real name.
 */
export function bringList(application: Pick<MyApplication, "originalsToBring">, idCardOriginal: string): string[] {
  return [...application.originalsToBring.map((m) => m.name), idCardOriginal];
}
