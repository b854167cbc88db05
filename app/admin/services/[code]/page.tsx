import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { householdSamples } from "@/server/seed/catalog/household-samples";
import { requireAdminPage } from "@/server/accounts/page-guards";
import { ServiceEnabledToggle } from "../service-enabled-toggle";
import { loadAdminService } from "./load-admin-service";
import { ServiceEditForm } from "./service-edit-form";

type Params = Promise<{ code: string }>;

/** A fixed title: metadata may be computed before the layout's admin check, so it reads nothing. */
export async function generateMetadata() {
  const t = await getTranslations("catalogAdmin");
  return { title: t("title") };
}

export default async function AdminServiceEditPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ saved?: string | string[] }>;
}) {
  const [{ code }, { saved }] = await Promise.all([params, searchParams]);
  await requireAdminPage(`/admin/services/${code}`);
  const [service, t, catalog, locale] = await Promise.all([
    loadAdminService(code),
    getTranslations("catalogAdmin"),
    getTranslations("catalog"),
    getLocale(),
  ]);
  const en = locale === "en";
  const name = en ? service.nameEn : service.name;
  const samples = Object.values(householdSamples).map((s) => ({ file: s.file, title: s.title }));

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div className="flex flex-col gap-3">
        <p>
          <Link href="/admin/services" className="text-primary underline underline-offset-4">
            {t("title")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("form.title", { name })}</h1>
        <p className="text-muted-foreground">
          {t("form.meta", {
            code: service.code,
            category: en ? service.category.nameEn : service.category.name,
            kind: catalog(`kinds.${service.kind}`),
            version: service.version,
          })}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <Badge variant={service.enabled ? "success" : "destructive"}>
            {t(service.enabled ? "statuses.enabled" : "statuses.disabled")}
          </Badge>
          {service.maintenance ? <Badge variant="warning">{t("statuses.maintenance")}</Badge> : null}
          <Link href={`/admin/services/${service.code}/history`} className="text-primary underline underline-offset-4">
            {t("history")}
          </Link>
          {service.enabled ? (
            <Link href={`/services/${service.code}`} className="text-primary underline underline-offset-4">
              {t("viewGuide")}
            </Link>
          ) : null}
        </div>
        <ServiceEnabledToggle code={service.code} name={name} enabled={service.enabled} version={service.version} />
      </div>
      <ServiceEditForm
        key={service.version}
        service={service}
        samples={samples}
        justSaved={saved === String(service.version)}
      />
    </div>
  );
}
