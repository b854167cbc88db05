import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { requireAdminPage } from "@/server/accounts/page-guards";
import { GroupForm } from "../../group-form";

export async function generateMetadata() {
  const t = await getTranslations("layouts");
  return { title: t("group.newTitle") };
}

export default async function NewGroupPage() {
  await requireAdminPage("/admin/layouts/groups/new");
  const [t, cities] = await Promise.all([
    getTranslations("layouts"),
    getQueryClient().fetchQuery(trpc.layouts.cities.queryOptions()),
  ]);
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <Link
        href="/admin/layouts"
        className="inline-flex min-h-tap items-center gap-1 self-start text-primary underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("group.newTitle")}</h1>
      <GroupForm cities={cities} />
    </div>
  );
}
