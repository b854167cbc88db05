import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { requireAdminPage } from "@/server/accounts/page-guards";
import { NewServiceForm } from "./new-service-form";

export async function generateMetadata() {
  const t = await getTranslations("serviceConfig.create");
  return { title: t("title") };
}

/** 新建事项: a new online service from a template, created disabled until the admin enables it. */
export default async function AdminNewServicePage() {
  await requireAdminPage("/admin/services/new");
  const queryClient = getQueryClient();
  const [t, tc, locale, categories, handle, appointments] = await Promise.all([
    getTranslations("serviceConfig.create"),
    getTranslations("catalogAdmin"),
    getLocale(),
    queryClient.fetchQuery(trpc.catalogAdmin.categories.queryOptions()),
    queryClient.fetchQuery(trpc.catalogAdmin.list.queryOptions({ kind: "handle" })),
    queryClient.fetchQuery(trpc.catalogAdmin.list.queryOptions({ kind: "appointment" })),
  ]);
  const en = locale === "en";
  const option = (s: { code: string; name: string; nameEn: string }) => ({
    code: s.code,
    name: en ? s.nameEn : s.name,
  });
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <p>
          <Link href="/admin/services" className="text-primary underline underline-offset-4">
            {tc("title")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("lead")}</p>
      </div>
      <NewServiceForm
        categories={categories.map((c) => ({ code: c.code, name: en ? c.nameEn : c.name }))}
        services={handle.map(option)}
        appointmentServices={appointments.map(option)}
      />
    </div>
  );
}
