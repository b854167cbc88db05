import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { devToolsEnabled } from "@/server/env";

const telLink = (number: string) => (chunks: React.ReactNode) => (
  <a href={`tel:${number}`} className="font-semibold text-foreground underline">
    {chunks}
  </a>
);

/**
 * Platform name, emergency numbers and the sponsor line, as on every government service site. The portal
 * passes `staffSignIn` to visitors so police staff can find their own sign-in page.
 */
export async function SiteFooter({ staffSignIn = false }: { staffSignIn?: boolean }) {
  const t = await getTranslations("shell");
  return (
    <footer className="border-t border-border bg-surface">
      <div className="mx-auto flex w-full max-w-6xl flex-col gap-1 px-4 py-6 text-sm text-muted-foreground">
        <p className="font-medium text-foreground">{t("footer.platform")}</p>
        <p>{t.rich("footer.emergency", { tel110: telLink("110"), tel122: telLink("122") })}</p>
        <p>{t("footer.sponsor")}</p>
        {staffSignIn ? (
          <p>
            <Link href="/staff/login" className="underline">
              {t("staffSignIn")}
            </Link>
          </p>
        ) : null}
        {devToolsEnabled() ? (
          <p>
            <Link href="/dev/sms" className="underline">
              {t("footer.devSms")}
            </Link>
          </p>
        ) : null}
      </div>
    </footer>
  );
}
