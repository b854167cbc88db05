import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { partyLetters, partyLettersEn } from "@/server/accidents/accident-rules";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { fenToYuan } from "@/server/money/fen-to-yuan";

export async function generateMetadata() {
  const t = await getTranslations("accidents.claims");
  return { title: t("nav") };
}

/** The insurer's claims: its own policyholders in accidents whose liability stands. */
export default async function ClaimsPage() {
  const user = await requireDashboardPage("/dashboard/claims");
  if (!user.roles.includes("insurer")) redirect("/forbidden");
  const [t, tAll, format, en] = await Promise.all([
    getTranslations("accidents.claims"),
    getTranslations("accidents"),
    getFormatter(),
    getLocale().then((l) => l === "en"),
  ]);
  const { company, claims } = await getQueryClient().fetchQuery({
    ...trpc.accidents.claims.queryOptions(),
    staleTime: 0,
  });
  const letter = (position: number) => (en ? partyLettersEn : partyLetters)[position - 1] ?? "";
  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title", { company: company.name })}</h1>
        <p className="text-muted-foreground">{t("lead")}</p>
      </div>
      <Card>
        <CardContent className="pt-5">
          {claims.length ? (
            <ul className="flex flex-col gap-3" data-testid="claims">
              {claims.map((c) => (
                <li
                  key={c.partyId}
                  className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border p-3"
                >
                  <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
                    <dt className="text-muted-foreground">{t("occurredAt")}</dt>
                    <dd>{format.dateTime(c.occurredAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                    <dt className="text-muted-foreground">{t("insured")}</dt>
                    <dd>
                      {tAll("position", { letter: letter(c.position) })} {c.name} · {c.plateNumber}
                    </dd>
                    <dt className="text-muted-foreground">{t("liability")}</dt>
                    <dd>{c.liability ? tAll(`liabilities.${c.liability}`) : t("none")}</dd>
                    <dt className="text-muted-foreground">{t("assessed")}</dt>
                    <dd>{c.assessedLossFen !== null ? fenToYuan(c.assessedLossFen) : t("none")}</dd>
                    <dt className="text-muted-foreground">{t("paid")}</dt>
                    <dd>{c.paidFen !== null ? fenToYuan(c.paidFen) : t("none")}</dd>
                  </dl>
                  <Link href={`/dashboard/claims/${c.partyId}`} className={buttonVariants({ size: "sm" })}>
                    {t("open")}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted-foreground">{t("empty")}</p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
