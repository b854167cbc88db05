import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { privacyNotice } from "@/server/accounts/privacy-notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("title") };
}

const sections = [
  "controller",
  "purpose",
  "kept",
  "duration",
  "sharing",
  "security",
  "rights",
  "minors",
  "changes",
] as const;

/** The personal-information notice citizens accept at registration; its version is stored with the consent. */
export default async function PrivacyNoticePage() {
  const t = await getTranslations("privacy");
  return (
    <article className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary">{t("heading")}</h1>
        <p className="text-sm text-muted-foreground">
          {t("version", { version: privacyNotice.version, date: privacyNotice.effectiveDate })}
        </p>
      </header>
      <p>{t("intro")}</p>
      {sections.map((key) => {
        const items = t.raw(`sections.${key}.items`) as string[];
        return (
          <section key={key} aria-labelledby={`privacy-${key}`} className="flex flex-col gap-2">
            <h2 id={`privacy-${key}`} className="text-lg font-semibold">
              {t(`sections.${key}.title`)}
            </h2>
            {items.length === 1 ? (
              <p>{items[0]}</p>
            ) : (
              <ul className="flex list-disc flex-col gap-2 ps-6">
                {items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <p>
        <Link href="/register" className="font-medium text-primary underline">
          {t("register")}
        </Link>
      </p>
    </article>
  );
}
