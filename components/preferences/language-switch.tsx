import { Languages } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions/set-locale";
import type { Locale } from "@/server/i18n/config";

const otherLanguage: Record<Locale, { locale: Locale; label: string }> = {
  "zh-CN": { locale: "en", label: "English" },
  en: { locale: "zh-CN", label: "中文" },
};

/**
 * Switches the interface to the other language. A plain form posting a server action, so it works by
 * keyboard and without JavaScript; the button names the target language in that language.
 */
export async function LanguageSwitch({ className }: { className?: string }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("preferences");
  const target = otherLanguage[locale];
  return (
    <form action={setLocale} className={className}>
      <input type="hidden" name="locale" value={target.locale} />
      <button
        type="submit"
        lang={target.locale}
        title={t("switchLanguage")}
        className="inline-flex min-h-tap items-center gap-1.5 rounded-md px-2 text-sm font-medium hover:underline [&_svg]:size-4"
      >
        <Languages aria-hidden="true" />
        {target.label}
      </button>
    </form>
  );
}
