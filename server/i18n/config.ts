export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-CN";
export const localeCookie = "NEXT_LOCALE";

export function toLocale(value: string | undefined | null): Locale {
  return locales.includes(value as Locale) ? (value as Locale) : defaultLocale;
}

/** The Accept-Language fallback is deliberately not used: the platform is Chinese first, English on request. */
export function localeFromCookieHeader(cookieHeader: string | null | undefined): Locale {
  const match = cookieHeader?.match(new RegExp(`(?:^|;\\s*)${localeCookie}=([^;]+)`));
  // Locale names need no decoding: a value that would (or a malformed one) is simply not a locale.
  return toLocale(match?.[1]);
}
