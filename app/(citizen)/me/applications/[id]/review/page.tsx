import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ReviewApplication } from "@/components/household/review-application";
import { loadMyApplication } from "../load-my-application";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications.review");
  return { title: t("title"), robots: { index: false } };
}

/** "核对申请信息": the last look before submitting a draft or resubmitting a supplement. */
export default async function ReviewApplicationPage({ params }: Props) {
  const { id } = await params;
  const app = await loadMyApplication(id, `/me/applications/${id}/review`);
  if (app.state !== "draft" && app.state !== "needs_supplement") redirect(`/me/applications/${id}`);
  const [t, tApp, tList, locale] = await Promise.all([
    getTranslations("applications.review"),
    getTranslations("applications"),
    getTranslations("applications.list"),
    getLocale(),
  ]);
  const service = locale === "en" ? app.service.nameEn : app.service.name;

  return (
    <div className="flex flex-col gap-6">
      <nav aria-label={tApp("breadcrumb")} className="text-sm">
        <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-muted-foreground">
          <li>
            <Link href="/me/applications" className="text-primary underline-offset-4 hover:underline">
              {tList("title")}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={`/me/applications/${id}`} className="text-primary underline-offset-4 hover:underline">
              {service}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="text-foreground">
            {t("title")}
          </li>
        </ol>
      </nav>
      <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("title")}</h1>
      <ReviewApplication
        application={{
          id: app.id,
          state: app.state,
          version: app.version,
          service: app.service,
          formData: app.formData,
          materials: app.materials,
          supplementRequest: app.supplementRequest,
          delivery: app.delivery,
          paidAt: app.paidAt,
          answerStations: app.answerStations,
        }}
      />
    </div>
  );
}
