import { ArrowLeft, Eye } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireAdminPage } from "@/server/accounts/page-guards";
import { GroupForm } from "../../group-form";
import { LayoutEditor } from "../../layout-editor";
import { notFoundOnMissing } from "../../not-found-on-missing";

export async function generateMetadata() {
  const t = await getTranslations("layouts");
  return { title: t("editor.groupTitle") };
}

export default async function GroupLayoutPage({
  params,
  searchParams,
}: {
  params: Promise<{ groupId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { groupId: raw } = await params;
  await requireAdminPage(`/admin/layouts/groups/${raw}`);
  const groupId = Number(raw);
  if (!Number.isSafeInteger(groupId) || groupId <= 0) notFound();
  const queryClient = getQueryClient();
  const [t, layout, services, cities, query] = await Promise.all([
    getTranslations("layouts"),
    notFoundOnMissing(queryClient.fetchQuery(trpc.layouts.groupLayout.queryOptions({ groupId }))),
    queryClient.fetchQuery(trpc.layouts.services.queryOptions()),
    queryClient.fetchQuery(trpc.layouts.cities.queryOptions()),
    searchParams,
  ]);
  if (layout.owner.kind !== "group") notFound();
  const { group } = layout.owner;
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <Link
        href="/admin/layouts"
        className="inline-flex min-h-tap items-center gap-1 self-start text-primary underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("group.editTitle", { name: group.name })}</h1>
      {query.created ? <Alert variant="success">{t("group.created")}</Alert> : null}
      <Link
        href={`/admin/layouts/groups/${groupId}/preview`}
        className={buttonVariants({ variant: "outline", className: "self-start" })}
      >
        <Eye aria-hidden="true" />
        {t("editor.groupPreview")}
      </Link>
      <Card>
        <CardHeader>
          <CardTitle>{t("editor.groupTitle")}</CardTitle>
        </CardHeader>
        <CardContent>
          <LayoutEditor
            owner={{ groupId }}
            initial={{ pinned: layout.pinned, hidden: layout.hidden, updatedAt: layout.updatedAt }}
            services={services}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("group.settings")}</CardTitle>
        </CardHeader>
        <CardContent>
          <GroupForm cities={cities} group={group} />
        </CardContent>
      </Card>
    </div>
  );
}
