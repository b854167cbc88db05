import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Role } from "@/db/schema";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { registerDeskRoles } from "@/server/registers/registers";

export async function generateMetadata() {
  const t = await getTranslations("registers.index");
  return { title: t("title") };
}

/** The registers this officer maintains, each with how many records their subtree keeps. */
export default async function RegistersPage() {
  const user = await requireDashboardPage("/dashboard/registers");
  if (!user.roles.some((r) => (registerDeskRoles as readonly Role[]).includes(r))) redirect("/forbidden");
  const [t, registers] = await Promise.all([
    getTranslations("registers"),
    getQueryClient().fetchQuery({ ...trpc.registers.overview.queryOptions(), staleTime: 0 }),
  ]);

  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("index.title")}</h1>
        <p className="text-muted-foreground">{t("index.intro")}</p>
      </div>
      {registers.length === 0 ? (
        <p className="text-muted-foreground">{t("index.empty")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label={t("index.title")}>
          {registers.map((r) => {
            const title = t(`books.${r.key}.title`);
            return (
              <li key={r.key}>
                <Card className="h-full">
                  <CardHeader>
                    <CardTitle>
                      <Link
                        href={`/dashboard/registers/${r.key}`}
                        className="inline-flex min-h-tap items-center text-primary underline underline-offset-4"
                      >
                        {title}
                      </Link>
                    </CardTitle>
                    <CardDescription>{t(`books.${r.key}.description`)}</CardDescription>
                  </CardHeader>
                  <CardContent className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted-foreground">
                    <span className="tabular-nums">{t("index.count", { count: r.count })}</span>
                    <span>
                      {t("index.queries")} {r.queries.join("、")}
                    </span>
                  </CardContent>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
