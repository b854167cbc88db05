import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ReviewApplication } from "@/components/applications/review-application";
import { loadMyApplication } from "../load-my-application";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { editableApplication } from "@/components/applications/editable-application";

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
      <Breadcrumb
        label={tApp("breadcrumb")}
        items={[
          { label: tList("title"), href: "/me/applications" },
          { label: service, href: `/me/applications/${id}` },
          { label: t("title") },
        ]}
      />
      <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("title")}</h1>
      <ReviewApplication application={editableApplication(app)} />
    </div>
  );
}
