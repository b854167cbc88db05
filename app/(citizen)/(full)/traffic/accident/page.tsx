import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireCitizenPage } from "@/server/accounts/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accidents");
  return { title: t("title"), robots: { index: false } };
}

/** 快处快赔: start or join an accident, and the citizen's accidents so far. */
export default async function AccidentsPage() {
  await requireCitizenPage("/traffic/accident");
  const [t, format, mine] = await Promise.all([
    getTranslations("accidents"),
    getFormatter(),
    getQueryClient().fetchQuery({ ...trpc.accidents.mine.queryOptions(), staleTime: 0 }),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </header>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Link href="/traffic/accident/new" className={buttonVariants({ size: "lg" })}>
          {t("start")}
        </Link>
        <Link href="/traffic/accident/join" className={buttonVariants({ variant: "outline", size: "lg" })}>
          {t("join")}
        </Link>
      </div>
      <Card aria-labelledby="my-accidents">
        <CardHeader>
          <CardTitle id="my-accidents">{t("mine")}</CardTitle>
        </CardHeader>
        <CardContent>
          {mine.length ? (
            <ul className="flex flex-col gap-3">
              {mine.map((a) => (
                <li
                  key={a.id}
                  className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border p-3"
                >
                  <div className="flex min-w-0 flex-col gap-1">
                    <span>{format.dateTime(a.occurredAt, { dateStyle: "medium", timeStyle: "short" })}</span>
                    <span className="text-sm break-words text-muted-foreground">{a.place}</span>
                    <Badge className="self-start">{t(`statuses.${a.status}`)}</Badge>
                  </div>
                  <Link
                    href={`/traffic/accident/${a.id}`}
                    className={buttonVariants({ variant: "outline", size: "sm" })}
                  >
                    {t("open")}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted-foreground">{t("mineEmpty")}</p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
