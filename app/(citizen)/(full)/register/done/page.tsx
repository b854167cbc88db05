import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireCitizenPage } from "@/server/accounts/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registration");
  return { title: t("done.title"), robots: { index: false } };
}

const limits = ["household", "cases", "exitEntry", "traffic"] as const;
const how = ["bring", "go", "verify"] as const;

/**
 * Where registration ends: the outcome read back from the account, so a reload or a later visit shows
 * the truth. An unverified citizen learns what that limits and how to get verified at a window.
 */
export default async function RegistrationDonePage() {
  await requireCitizenPage("/register/done");
  const [t, status] = await Promise.all([
    getTranslations("registration"),
    getQueryClient().fetchQuery(trpc.registration.status.queryOptions()),
  ]);
  const verified = status.verification === "verified";
  return (
    <div className="mx-auto w-full max-w-2xl">
      <Card>
        <CardHeader>
          <CardTitle as="h1" className="text-2xl">
            {t("done.heading")}
          </CardTitle>
          <p>{t("done.welcome", { name: status.maskedName })}</p>
        </CardHeader>
        <CardContent className="flex flex-col gap-5">
          {verified ? (
            <Alert variant="success" role="note" title={t("done.verifiedTitle")}>
              {t("done.verifiedBody")}
            </Alert>
          ) : (
            <>
              <Alert variant="warning" role="note" title={t("done.unverifiedTitle")}>
                {t("done.unverifiedBody")}
              </Alert>
              <section aria-labelledby="limits-title" className="flex flex-col gap-2">
                <h2 id="limits-title" className="text-lg font-semibold">
                  {t("done.limitsTitle")}
                </h2>
                <ul className="flex list-disc flex-col gap-1 ps-6">
                  {limits.map((k) => (
                    <li key={k}>{t(`done.limits.${k}`)}</li>
                  ))}
                </ul>
                <p>
                  <span className="font-medium">{t("done.allowedTitle")}</span>
                  {t("done.allowed")}
                </p>
              </section>
              <section aria-labelledby="how-title" className="flex flex-col gap-2">
                <h2 id="how-title" className="text-lg font-semibold">
                  {t("done.howTitle")}
                </h2>
                <ol className="flex list-decimal flex-col gap-1 ps-6">
                  {how.map((k) => (
                    <li key={k}>{t(`done.how.${k}`)}</li>
                  ))}
                </ol>
              </section>
            </>
          )}
          <div className="flex flex-col gap-3 sm:flex-row">
            <Link href="/" className={buttonVariants({ size: "lg", className: "w-full sm:w-auto" })}>
              {t("done.home")}
            </Link>
            <Link
              href="/me"
              className={buttonVariants({ variant: "secondary", size: "lg", className: "w-full sm:w-auto" })}
            >
              {t("done.me")}
            </Link>
          </div>
        </CardContent>
      </Card>
    </div>
  );
}
