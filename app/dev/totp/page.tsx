import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/components/devtools/auto-refresh";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { demoAccounts } from "@/server/seed/demo-accounts";
import { totpCode, totpSecondsLeft } from "@/server/accounts/totp";
import { devToolsEnabled } from "@/server/env";

const refreshSeconds = 5;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("devTotp.title"), robots: { index: false, follow: false } };
}

/**
 * The demo staff accounts with their current one-time codes, so a person trying the demo can sign in
 * without an authenticator app. Exists only on the embedded defaults (or DEV_TOOLS=1).
 */
export default async function DevTotpPage() {
  if (!devToolsEnabled()) notFound();
  const [t, shell] = await Promise.all([getTranslations("auth"), getTranslations("shell")]);
  const now = new Date();
  const secondsLeft = totpSecondsLeft(now);
  const staff = demoAccounts.filter((a) => a.loginKind === "account");

  return (
    <main id="main" tabIndex={-1} className="mx-auto flex w-full max-w-5xl flex-col gap-6 px-4 py-6">
      <AutoRefresh seconds={refreshSeconds} />
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("devTotp.heading")}</h1>
        <p className="text-muted-foreground">{t("devTotp.intro")}</p>
        <div className="flex flex-wrap gap-3">
          <Link href="/staff/login" className={buttonVariants({ variant: "primary" })}>
            {t("devTotp.staffLogin")}
          </Link>
          <Link href="/dev/totp" className={buttonVariants({ variant: "secondary" })}>
            {t("devTotp.refresh")}
          </Link>
        </div>
      </header>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {staff.map((a) => (
          <li key={a.key}>
            <Card className="h-full" data-account={a.login}>
              <CardHeader>
                <CardTitle as="h2" className="flex flex-wrap items-center gap-2 text-base">
                  {a.roles.map((r) => (
                    <Badge key={r} variant="primary">
                      {shell(`roles.${r}`)}
                    </Badge>
                  ))}
                  <span>{a.name}</span>
                </CardTitle>
              </CardHeader>
              <CardContent>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                  <dt className="text-muted-foreground">{t("devTotp.account")}</dt>
                  <dd className="font-mono">{a.login}</dd>
                  <dt className="text-muted-foreground">{t("devTotp.password")}</dt>
                  <dd className="font-mono">{a.password}</dd>
                  <dt className="text-muted-foreground">{t("devTotp.code")}</dt>
                  {a.totpSecret ? (
                    <dd>
                      <span className="font-mono text-2xl font-bold tracking-widest" data-testid="totp-code">
                        {totpCode(a.totpSecret, now)}
                      </span>{" "}
                      <span className="text-sm text-muted-foreground">
                        {t("devTotp.secondsLeft", { seconds: secondsLeft })}
                      </span>
                    </dd>
                  ) : (
                    <dd>
                      {t("devTotp.notEnrolled")} ·{" "}
                      <Link href="/staff/totp-setup" className="text-primary underline">
                        {t("devTotp.enrolHint")}
                      </Link>
                    </dd>
                  )}
                </dl>
              </CardContent>
            </Card>
          </li>
        ))}
      </ul>
    </main>
  );
}
