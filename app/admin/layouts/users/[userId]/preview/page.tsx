import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { CitizenHomeSections } from "@/components/home/citizen-home-sections";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { requireAdminPage } from "@/server/accounts/page-guards";
import { notFoundOnMissing } from "../../../not-found-on-missing";

export async function generateMetadata() {
  const t = await getTranslations("layouts");
  return { title: t("title") };
}

/** The citizen's home as they would see it now, without stars; loading it is an audited read. */
export default async function PreviewHomePage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  await requireAdminPage(`/admin/layouts/users/${userId}/preview`);
  if (!z.uuid().safeParse(userId).success) notFound();
  const [t, locale, preview] = await Promise.all([
    getTranslations("layouts"),
    getLocale(),
    notFoundOnMissing(getQueryClient().fetchQuery(trpc.layouts.previewHome.queryOptions({ userId }))),
  ]);
  const groups = preview.home.groups.map((g) => g.name).join(locale === "en" ? ", " : "、");
  return (
    <div className="flex max-w-6xl flex-col gap-6">
      <Link
        href={`/admin/layouts/users/${userId}`}
        className="inline-flex min-h-tap items-center gap-1 self-start text-primary underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("preview.edit")}
      </Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("preview.title", { name: preview.maskedName })}</h1>
        <p className="text-muted-foreground">{t("preview.lead")}</p>
      </div>
      <Alert variant="info" role="note">
        {groups ? t("preview.groups", { groups }) : t("preview.noGroups")}
      </Alert>
      <div className="rounded-lg border-2 border-dashed border-border p-3 sm:p-5">
        <CitizenHomeSections home={preview.home} readOnly />
      </div>
    </div>
  );
}
