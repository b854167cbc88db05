import { ArrowLeft, Eye } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { requireAdminPage } from "@/server/accounts/page-guards";
import { LayoutEditor } from "../../layout-editor";
import { notFoundOnMissing } from "../../not-found-on-missing";

export async function generateMetadata() {
  const t = await getTranslations("layouts");
  return { title: t("title") };
}

export default async function UserLayoutPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  await requireAdminPage(`/admin/layouts/users/${userId}`);
  if (!z.uuid().safeParse(userId).success) notFound();
  const queryClient = getQueryClient();
  const [t, layout, services] = await Promise.all([
    getTranslations("layouts"),
    notFoundOnMissing(queryClient.fetchQuery(trpc.layouts.userLayout.queryOptions({ userId }))),
    queryClient.fetchQuery(trpc.layouts.services.queryOptions()),
  ]);
  if (layout.owner.kind !== "user") notFound();
  const { owner } = layout;
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <Link
        href="/admin/layouts"
        className="inline-flex min-h-tap items-center gap-1 self-start text-primary underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("back")}
      </Link>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t("editor.userTitle", { name: owner.maskedName })}</h1>
        {owner.maskedPhone ? (
          <p className="text-muted-foreground">{t("editor.userPhone", { phone: owner.maskedPhone })}</p>
        ) : null}
      </div>
      <Link
        href={`/admin/layouts/users/${userId}/preview`}
        className={buttonVariants({ variant: "outline", className: "self-start" })}
      >
        <Eye aria-hidden="true" />
        {t("editor.preview")}
      </Link>
      <Card>
        <CardContent className="pt-4 sm:pt-5">
          <LayoutEditor
            owner={{ userId }}
            initial={{ pinned: layout.pinned, hidden: layout.hidden, updatedAt: layout.updatedAt }}
            services={services}
          />
        </CardContent>
      </Card>
    </div>
  );
}
