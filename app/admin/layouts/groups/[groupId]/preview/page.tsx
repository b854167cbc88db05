import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CitizenHomeSections } from "@/components/home/citizen-home-sections";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { requireAdminPage } from "@/server/accounts/page-guards";
import { notFoundOnMissing } from "../../../not-found-on-missing";

export async function generateMetadata() {
  const t = await getTranslations("layouts");
  return { title: t("title") };
}

/** A member's home as this group's layout shapes it, read-only, like the preview of one citizen's home. */
export default async function PreviewGroupHomePage({ params }: { params: Promise<{ groupId: string }> }) {
  const { groupId: raw } = await params;
  await requireAdminPage(`/admin/layouts/groups/${raw}/preview`);
  const groupId = Number(raw);
  if (!Number.isSafeInteger(groupId) || groupId <= 0) notFound();
  const [t, preview] = await Promise.all([
    getTranslations("layouts"),
    notFoundOnMissing(getQueryClient().fetchQuery(trpc.layouts.previewGroupHome.queryOptions({ groupId }))),
  ]);
  return (
    <div className="flex max-w-6xl flex-col gap-6">
      <Link
        href={`/admin/layouts/groups/${groupId}`}
        className="inline-flex min-h-tap items-center gap-1 self-start text-primary underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("preview.edit")}
      </Link>
      <h1 className="text-2xl font-bold">{t("preview.groupTitle", { name: preview.group.name })}</h1>
      <Alert variant="info" role="note">
        {t("preview.groupLead")}
      </Alert>
      <div className="rounded-lg border-2 border-dashed border-border p-3 sm:p-5">
        <CitizenHomeSections home={preview.home} readOnly />
      </div>
    </div>
  );
}
