import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { householdSamples } from "@/server/seed/catalog/household-samples";
import { requireAdminPage } from "@/server/accounts/page-guards";
import { ServiceEnabledToggle } from "../service-enabled-toggle";
import { loadAdminService } from "./load-admin-service";
import { ServiceEditForm } from "./service-edit-form";
import { NoticeConfigEditor } from "./notice-config-editor";
import { QueryConfigEditor } from "./query-config-editor";
import { ServiceConfigEditor } from "./service-config-editor";

import { getQueryClient, trpc } from "@/components/trpc/server";
import { engineConfigSchema } from "@/server/applications/engine-config";
import { blankServiceTemplate } from "@/server/catalog/service-templates";

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
  searchParams: Promise<{ saved?: string | string[]; configSaved?: string | string[]; created?: string | string[] }>;
}) {
  const [{ code }, { saved, configSaved, created }] = await Promise.all([params, searchParams]);
  await requireAdminPage(`/admin/services/${code}`);
  const [service, t, tc, catalog, locale] = await Promise.all([
    loadAdminService(code),
    getTranslations("catalogAdmin"),
    getTranslations("serviceConfig"),
    getTranslations("catalog"),
    getLocale(),
  ]);
  const en = locale === "en";
  const appointments =
    service.kind === "handle"
      ? await getQueryClient().fetchQuery(trpc.catalogAdmin.list.queryOptions({ kind: "appointment" }))
      : [];
  const queryContext =
    service.kind === "query"
      ? await getQueryClient().fetchQuery(trpc.catalogAdmin.queryConfigContext.queryOptions())
      : null;
  // A service the engine has not been configured for yet starts from the station review template.
  const stored = engineConfigSchema.safeParse(service.engine);
  const template = blankServiceTemplate("station_review");
  const name = en ? service.nameEn : service.name;
  const samples = Object.values(householdSamples).map((s) => ({ file: s.file, title: s.title }));

  return (
    <div className="flex flex-col gap-6">
      <div className="flex max-w-4xl flex-col gap-3">
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
        {created && !service.enabled ? <Alert variant="success">{tc("create.created")}</Alert> : null}
        <ServiceEnabledToggle code={service.code} name={name} enabled={service.enabled} version={service.version} />
      </div>
      <div className="max-w-4xl">
        <ServiceEditForm
          key={service.version}
          service={service}
          samples={samples}
          justSaved={saved === String(service.version)}
        />
      </div>
      {service.kind === "handle" ? (
        <>
          {stored.success ? null : <p className="text-muted-foreground">{tc("noEngineYet")}</p>}
          <ServiceConfigEditor
            key={`config-${service.version}`}
            code={service.code}
            version={service.version}
            engine={stored.success ? stored.data : template.engine}
            form={service.formSchema ?? template.form}
            appointmentServices={appointments.map((a) => ({ code: a.code, name: en ? a.nameEn : a.name }))}
            justSaved={configSaved === String(service.version)}
          />
        </>
      ) : null}
      {queryContext ? (
        <QueryConfigEditor
          key={`query-${service.version}`}
          code={service.code}
          version={service.version}
          config={service.query}
          sources={queryContext.sources}
          services={queryContext.services}
          justSaved={configSaved === String(service.version)}
        />
      ) : null}
      {service.kind === "notice" ? (
        <NoticeConfigEditor
          key={`notice-${service.version}`}
          code={service.code}
          version={service.version}
          config={service.notice}
          justSaved={configSaved === String(service.version)}
        />
      ) : null}
    </div>
  );
}
