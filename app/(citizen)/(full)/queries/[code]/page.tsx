import { TRPCError } from "@trpc/server";
import { LogIn } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { QueryRunner } from "@/components/queries/query-runner";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { currentUser } from "@/server/accounts/current-user";
import { isCitizen } from "@/server/accounts/session-user";
import { serviceCodeSchema } from "@/server/catalog/catalog-codes";

type Params = Promise<{ code: string }>;

const loadForm = cache(async (code: string) => {
  if (!serviceCodeSchema.safeParse(code).success) notFound();
  try {
    return await getQueryClient().fetchQuery(trpc.queries.form.queryOptions({ code }));
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    // Under maintenance, or a configuration an admin is still completing: said plainly, never a dead form.
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [form, locale, t] = await Promise.all([
    loadForm((await params).code),
    getLocale(),
    getTranslations("queries.page"),
  ]);
  const title = form ? (locale === "en" ? form.nameEn : form.name) : t("unavailableTitle");
  return { title, robots: { index: false } };
}

/**
 * The one page every 查询 service answers on: the form its register source asks for, then the records with
 * their state, what it means and what to do next. Own and family data need a signed-in citizen.
 */
export default async function QueryPage({ params }: { params: Params }) {
  const { code } = await params;
  const [form, t, locale, user] = await Promise.all([
    loadForm(code),
    getTranslations("queries.page"),
    getLocale(),
    currentUser(),
  ]);
  if (!form) {
    return (
      <Alert variant="warning" role="note" title={t("unavailableTitle")}>
        {t("unavailable")}
      </Alert>
    );
  }
  if (form.kind === "page") redirect(form.path);
  const title = locale === "en" ? form.nameEn : form.name;
  const personal = form.access !== "public";
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{title}</h1>
        <p className="text-muted-foreground">{t(form.access)}</p>
        {form.sensitive ? <p className="text-muted-foreground">{t("sensitive")}</p> : null}
      </header>
      {personal && !user ? (
        <Card>
          <CardContent className="flex flex-col gap-3 pt-4 sm:pt-5">
            <p>{t("signInLead")}</p>
            <div className="flex flex-wrap gap-3">
              <Link
                href={`/login?next=${encodeURIComponent(`/queries/${code}`)}`}
                className={buttonVariants({ size: "lg" })}
              >
                <LogIn aria-hidden="true" />
                {t("signIn")}
              </Link>
              <Link href="/register" className={buttonVariants({ variant: "outline", size: "lg" })}>
                {t("register")}
              </Link>
            </div>
          </CardContent>
        </Card>
      ) : personal && !isCitizen(user) ? (
        <Alert variant="warning" role="note">
          {t("staffNote")}
        </Alert>
      ) : (
        <Card>
          <CardContent className="pt-4 sm:pt-5">
            <QueryRunner code={code} fields={form.fields} />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
