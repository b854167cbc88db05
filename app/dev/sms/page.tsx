import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/components/devtools/auto-refresh";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { phoneNumberPattern } from "@/server/accounts/phone-number";
import { devToolsEnabled } from "@/server/env";
import { isSmsTemplate } from "@/server/notify/templates";

const refreshSeconds = 5;
const statusVariant = { queued: "warning", sent: "primary", delivered: "success", failed: "destructive" } as const;

export async function generateMetadata() {
  const t = await getTranslations("devtools");
  return { title: t("smsTitle"), robots: { index: false, follow: false } };
}

export default async function DevSmsInbox({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (!devToolsEnabled()) notFound();
  const raw = (await searchParams).phone;
  const phone = (typeof raw === "string" ? raw : "").trim();
  const phoneValid = phone === "" || phoneNumberPattern.test(phone);
  const [t, format, messages] = await Promise.all([
    getTranslations("devtools"),
    getFormatter(),
    phoneValid
      ? getQueryClient().fetchQuery(trpc.devtools.smsInbox.queryOptions(phone ? { phone } : {}))
      : Promise.resolve([]),
  ]);

  return (
    <main id="main" className="mx-auto flex w-full max-w-5xl flex-col gap-6 px-4 py-6">
      <AutoRefresh seconds={refreshSeconds} />
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("smsTitle")}</h1>
        <p className="text-muted-foreground">{t("smsLead")}</p>
        <p className="text-sm text-muted-foreground">{t("autoRefresh", { seconds: refreshSeconds })}</p>
      </header>

      <form method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex flex-col gap-1 sm:w-72">
          <Label htmlFor="phone">{t("filterLabel")}</Label>
          <Input
            id="phone"
            name="phone"
            inputMode="numeric"
            autoComplete="off"
            maxLength={11}
            defaultValue={phone}
            placeholder={t("filterHint")}
            aria-invalid={phoneValid ? undefined : true}
            aria-describedby={phoneValid ? undefined : "phone-error"}
          />
        </div>
        <div className="flex gap-2">
          <button type="submit" className={buttonVariants({ variant: "primary" })}>
            {t("filterSubmit")}
          </button>
          {phone ? (
            <Link href="/dev/sms" className={buttonVariants({ variant: "secondary" })}>
              {t("filterClear")}
            </Link>
          ) : null}
        </div>
      </form>
      {phoneValid ? null : (
        <Alert variant="destructive" id="phone-error">
          {t("phoneInvalid")}
        </Alert>
      )}

      {phoneValid && messages.length === 0 ? (
        <p className="text-muted-foreground">{phone ? t("emptyForPhone") : t("empty")}</p>
      ) : null}
      {messages.length > 0 ? (
        <section aria-label={t("smsTitle")} className="flex flex-col gap-3">
          <p className="text-sm text-muted-foreground">{t("count", { count: messages.length })}</p>
          <ol className="flex flex-col gap-3">
            {messages.map((m) => (
              <li key={m.id}>
                <Card>
                  <CardHeader className="flex-row flex-wrap items-center gap-x-3 gap-y-1">
                    <CardTitle as="h2" className="text-base">
                      <span className="sr-only">{t("phone")} </span>
                      {m.phoneMasked}
                    </CardTitle>
                    <Badge variant={statusVariant[m.status]}>{t(`statuses.${m.status}`)}</Badge>
                    <Badge>{isSmsTemplate(m.template) ? t(`templates.${m.template}`) : m.template}</Badge>
                    <time dateTime={m.createdAt.toISOString()} className="ms-auto text-sm text-muted-foreground">
                      {format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                    </time>
                  </CardHeader>
                  <CardContent className="flex flex-col gap-2">
                    <p className="text-lg break-words" data-testid="sms-text">
                      {m.body}
                    </p>
                    <p className="text-sm text-muted-foreground">
                      {t("attempts")}: {m.attempts}
                      {m.lastError ? ` · ${t("lastError")}: ${m.lastError}` : null}
                    </p>
                  </CardContent>
                </Card>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </main>
  );
}
