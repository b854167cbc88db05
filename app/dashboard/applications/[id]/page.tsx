import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import {
  ApplicationSummary,
  ApplicationTimeline,
  AutoDecisionPanel,
  DuplicateWarning,
  FormAnswers,
  RegisterPanel,
  SupplementNotice,
} from "@/components/desk/application-panels";
import { loadOfficerApplication } from "@/components/desk/load-officer-application";
import { LockControl } from "@/components/desk/lock-control";
import { MaterialViewer } from "@/components/desk/material-viewer";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { deskReaderRoles } from "@/server/applications/desk-roles";
import { queueStatesFor } from "@/server/applications/list-application-queue";
import type { Locale } from "@/server/i18n/config";
import { ReviewActions } from "./review-actions";

export async function generateMetadata() {
  const t = await getTranslations("desk.queue");
  return { title: t("title") };
}

export default async function ApplicationReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireDashboardPage(`/dashboard/applications/${id}`);
  if (!user.roles.some((r) => (deskReaderRoles as readonly string[]).includes(r))) redirect("/forbidden");
  const [t, locale] = await Promise.all([getTranslations("desk.review"), getLocale() as Promise<Locale>]);
  const back = queueStatesFor(user.roles).length
    ? { href: "/dashboard/applications", label: t("back") }
    : { href: "/dashboard/window", label: t("backToWindow") };
  const app = await loadOfficerApplication(id);
  if (app === "forbidden") {
    return (
      <div className="flex max-w-3xl flex-col gap-4">
        <Alert variant="destructive">{t("outOfJurisdiction")}</Alert>
        <Link href={back.href} className="text-primary underline underline-offset-4">
          {back.label}
        </Link>
      </div>
    );
  }
  const en = locale === "en";
  const now = new Date();
  const fieldOptions = app.service.fields.map((f) => ({ key: f.key, label: en ? f.labelEn : f.label }));
  const materialOptions = app.materials.map((m) => ({ key: m.key, label: m.name }));

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link href={back.href} className="text-sm text-primary underline underline-offset-4">
          {back.label}
        </Link>
        <h1 className="text-2xl font-bold tabular-nums">{t("title", { number: app.number ?? "" })}</h1>
        <LockControl
          id={app.id}
          number={app.number ?? ""}
          version={app.version}
          lock={app.lock}
          canAssign={app.canAssign}
        />
        {app.lock && !app.lock.isMe ? <Alert variant="warning">{t("lockOther", { name: app.lock.name })}</Alert> : null}
      </div>

      <DuplicateWarning app={app} hrefBase="/dashboard/applications" />
      <SupplementNotice app={app} />

      <div className="grid gap-6 xl:grid-cols-2">
        <div className="flex flex-col gap-6">
          <ApplicationSummary app={app} now={now} />
          <AutoDecisionPanel app={app} />
          <FormAnswers app={app} />
        </div>
        <Card aria-labelledby="materials-title">
          <CardHeader>
            <CardTitle id="materials-title">{t("materialsTitle")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-6">
            {app.materials.map((m) => (
              <section key={m.key} aria-label={m.name} className="flex flex-col gap-2" data-material={m.key}>
                <h3 className="flex flex-wrap items-center gap-2 font-semibold">
                  {m.name}
                  <Badge variant={m.required ? "primary" : "neutral"}>
                    {m.required ? t("materialRequired") : t("materialOptional")}
                  </Badge>
                  {m.originalAtWindow ? <Badge variant="neutral">{t("materialOriginal")}</Badge> : null}
                </h3>
                {m.files.length ? (
                  <MaterialViewer materialName={m.name} files={m.files} />
                ) : (
                  <p className="text-muted-foreground">{t("materialMissing")}</p>
                )}
              </section>
            ))}
          </CardContent>
        </Card>
      </div>

      {app.readOnly ? (
        <Alert variant="info" title={t("readOnlyTitle")}>
          <p>
            {t("readOnly")}{" "}
            <Link href="/dashboard/supervision" className="text-primary underline underline-offset-4">
              {t("toSupervision")}
            </Link>
          </p>
        </Alert>
      ) : (
        <ReviewActions
          id={app.id}
          version={app.version}
          actions={app.actions}
          lockedByOther={!!app.lock && !app.lock.isMe}
          fields={fieldOptions}
          materials={materialOptions}
          windowHref={app.actions.some((a) => a === "complete" || a === "void") ? `/dashboard/window/${app.id}` : null}
        />
      )}

      <RegisterPanel app={app} />
      <ApplicationTimeline app={app} />
    </div>
  );
}
