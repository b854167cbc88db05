import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { unitLabel } from "@/components/orgs/unit-label";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { workingDaysUntil } from "@/server/dates/working-days-until";
import type { getApplicationForOfficer } from "@/server/applications/get-application-for-officer";
import type { Locale } from "@/server/i18n/config";
import { SlaBadge } from "./sla-badge";
import { formatDay } from "@/server/dates/format-day";
import { DocumentPdfLink } from "@/components/documents/document-pdf-link";

export type OfficerApplication = Awaited<ReturnType<typeof getApplicationForOfficer>>;

const dt = "font-medium text-muted-foreground";

/** Number, service, state, station, applicant (masked), dates, delivery and any issued document. */
export async function ApplicationSummary({ app, now }: { app: OfficerApplication; now: Date }) {
  const [t, desk, format, locale] = await Promise.all([
    getTranslations("desk.review"),
    getTranslations("desk"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const sla = app.dueAt
    ? { workingDaysLeft: workingDaysUntil(app.dueAt, now), overdue: app.dueAt.getTime() < now.getTime() }
    : null;
  const reviewing = app.state === "station_review" || app.state === "county_review";
  return (
    <Card aria-labelledby="summary-title">
      <CardHeader>
        <CardTitle id="summary-title">{t("summary")}</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_minmax(0,1fr)]">
          <dt className={dt}>{t("service")}</dt>
          <dd>
            {app.service.code} {locale === "en" ? app.service.nameEn : app.service.name}
          </dd>
          <dt className={dt}>{t("state")}</dt>
          <dd className="flex flex-wrap items-center gap-2">
            <Badge variant="primary">{desk(`states.${app.state}`)}</Badge>
            {reviewing ? <SlaBadge sla={sla} /> : null}
          </dd>
          {app.station ? (
            <>
              <dt className={dt}>{t("station")}</dt>
              <dd>{unitLabel(app.station, locale)}</dd>
            </>
          ) : null}
          {app.organisation ? (
            <>
              <dt className={dt}>{t("organisation")}</dt>
              <dd>
                {app.organisation.name}
                <span className="block font-mono text-sm tabular-nums">{app.organisation.uscc}</span>
                {app.organisation.status !== "active" ? (
                  <Badge variant="destructive">{t(`organisationStatus.${app.organisation.status}`)}</Badge>
                ) : null}
              </dd>
            </>
          ) : null}
          <dt className={dt}>{t("applicant")}</dt>
          <dd>{app.applicant.maskedName}</dd>
          {app.applicant.maskedIdNumber ? (
            <>
              <dt className={dt}>{t("idNumber")}</dt>
              <dd className="tabular-nums">{app.applicant.maskedIdNumber}</dd>
            </>
          ) : null}
          {app.applicant.maskedPhone ? (
            <>
              <dt className={dt}>{t("phone")}</dt>
              <dd className="tabular-nums">{app.applicant.maskedPhone}</dd>
            </>
          ) : null}
          {app.submittedAt ? (
            <>
              <dt className={dt}>{t("submittedAt")}</dt>
              <dd>{when(app.submittedAt)}</dd>
            </>
          ) : null}
          <dt className={dt}>{t("stateSince")}</dt>
          <dd>{when(app.stateSince)}</dd>
          {app.windowDeadline ? (
            <>
              <dt className={dt}>{t("windowDeadline")}</dt>
              <dd>{formatDay(app.windowDeadline, locale)}</dd>
            </>
          ) : null}
          <dt className={dt}>{t("delivery")}</dt>
          <dd>
            {app.delivery.method === "post" ? (
              <>
                {t("deliveryPost", {
                  recipient: app.delivery.recipient,
                  phone: app.delivery.phoneMasked,
                  address: app.delivery.address,
                })}
                {app.delivery.trackingNumber ? (
                  <span className="block">
                    {t("tracking", { carrier: app.delivery.carrier ?? "", tracking: app.delivery.trackingNumber })}
                  </span>
                ) : null}
              </>
            ) : (
              t("deliveryWindow")
            )}
          </dd>
          {app.outcomeReason ? (
            <>
              <dt className={dt}>{t("outcomeReason")}</dt>
              <dd className="whitespace-pre-wrap">{app.outcomeReason}</dd>
            </>
          ) : null}
          {app.document ? (
            <>
              <dt className={dt}>{t("document")}</dt>
              <dd className="flex flex-wrap items-center gap-x-4 gap-y-1">
                <span className="tabular-nums">{t("documentCode", { code: app.document.code })}</span>
                <DocumentPdfLink blobId={app.document.pdfBlobId} className="text-primary underline underline-offset-4">
                  {t("downloadDocument")}
                </DocumentPdfLink>
                <Link href={`/verify/${app.document.code}`} className="text-primary underline underline-offset-4">
                  {t("verifyDocument")}
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
      </CardContent>
    </Card>
  );
}

/** The answers, section by section, with the form's own labels. */
export async function FormAnswers({ app }: { app: OfficerApplication }) {
  const [t, locale] = await Promise.all([getTranslations("desk.review"), getLocale() as Promise<Locale>]);
  const en = locale === "en";
  return (
    <Card aria-labelledby="form-title">
      <CardHeader>
        <CardTitle id="form-title">{t("formTitle")}</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {app.form.length ? (
          app.form.map((section) => (
            <section
              key={section.title}
              aria-label={en ? section.titleEn : section.title}
              className="flex flex-col gap-2"
            >
              <h3 className="font-semibold">{en ? section.titleEn : section.title}</h3>
              <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_minmax(0,1fr)]">
                {section.answers.map((a) => (
                  <div key={a.key} className="contents" data-answer={a.key}>
                    <dt className={dt}>{en ? a.labelEn : a.label}</dt>
                    <dd className="whitespace-pre-wrap break-words">{en ? a.valueEn : a.value}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))
        ) : (
          <p>{t("noAnswers")}</p>
        )}
      </CardContent>
    </Card>
  );
}

/** Which rule decided, each condition it checked and what it answered: what an officer reads to overrule it. */
export async function AutoDecisionPanel({ app }: { app: OfficerApplication }) {
  const decision = app.autoDecision;
  if (!decision) return null;
  const [t, desk, locale] = await Promise.all([
    getTranslations("desk.review.autoDecision"),
    getTranslations("desk"),
    getLocale() as Promise<Locale>,
  ]);
  const en = locale === "en";
  return (
    <Card aria-labelledby="auto-decision-title">
      <CardHeader>
        <CardTitle id="auto-decision-title">{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        <p>{decision.rule ? t("rule", { rule: en ? decision.rule.nameEn : decision.rule.name }) : t("noRule")}</p>
        {decision.checks.length ? (
          <ul className="flex flex-col gap-1.5">
            {decision.checks.map((c) => (
              <li key={c.condition} className="flex flex-wrap items-center gap-2">
                <Badge variant={c.passed ? "success" : "destructive"}>{c.passed ? t("passed") : t("failed")}</Badge>
                <span>{c.condition}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="font-medium">{t("outcome", { outcome: desk(`events.${decision.action}`) })}</p>
        {decision.reason ? <p className="text-muted-foreground">{decision.reason}</p> : null}
      </CardContent>
    </Card>
  );
}

/** The register records of everyone the case names, and their households' members (all masked but the people named). */
export async function RegisterPanel({ app }: { app: OfficerApplication }) {
  const [t, locale] = await Promise.all([getTranslations("desk.review"), getLocale() as Promise<Locale>]);
  const en = locale === "en";
  const householdOf = (id: string) => app.households.find((h) => h.id === id);
  return (
    <Card aria-labelledby="register-title">
      <CardHeader>
        <CardTitle id="register-title">{t("registerTitle")}</CardTitle>
        <p className="text-sm text-muted-foreground">{t("registerAudited")}</p>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        <ul className="flex flex-col gap-4">
          {app.people.map((person) => {
            const record = person.record;
            const household = record ? householdOf(record.householdId) : undefined;
            return (
              <li key={person.role} className="rounded-md border border-border p-3" data-register-person={person.role}>
                <h3 className="font-semibold">{en ? person.roleLabelEn : person.roleLabel}</h3>
                {record ? (
                  <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_minmax(0,1fr)]">
                    <dt className={dt}>{t("person.name")}</dt>
                    <dd>{record.name}</dd>
                    <dt className={dt}>{t("person.idNumber")}</dt>
                    <dd className="tabular-nums">{person.maskedIdNumber}</dd>
                    <dt className={dt}>{t("person.sex")}</dt>
                    <dd>{t(`sexes.${record.sex}`)}</dd>
                    <dt className={dt}>{t("person.birthDate")}</dt>
                    <dd className="tabular-nums">{record.birthDate}</dd>
                    <dt className={dt}>{t("person.ethnicity")}</dt>
                    <dd>{record.ethnicity}</dd>
                    <dt className={dt}>{t("person.relation")}</dt>
                    <dd>{record.relationToHead}</dd>
                    <dt className={dt}>{t("person.status")}</dt>
                    <dd>
                      <Badge variant={record.status === "active" ? "success" : "warning"}>
                        {t(`residentStatuses.${record.status as "active"}`)}
                      </Badge>
                    </dd>
                    {household ? (
                      <>
                        <dt className={dt}>{t("person.household")}</dt>
                        <dd className="tabular-nums">{household.householdNumber}</dd>
                        <dt className={dt}>{t("person.address")}</dt>
                        <dd>{household.address}</dd>
                      </>
                    ) : null}
                  </dl>
                ) : (
                  <Alert variant="warning" role="note" className="mt-2">
                    {t("registerNotFound", { name: person.maskedNameGiven, idNumber: person.maskedIdNumber })}
                  </Alert>
                )}
              </li>
            );
          })}
        </ul>
        {app.households.map((h) => (
          <div key={h.id} className="overflow-x-auto">
            <Table
              caption={
                <>
                  <span className="font-medium">
                    {t("householdTitle", { number: h.householdNumber, station: unitLabel(h.station, locale) })}
                  </span>
                  <span className="block text-muted-foreground">{t("householdAddress", { address: h.address })}</span>
                </>
              }
              rows={h.members}
              rowKey={(m) => m.maskedIdNumber}
              columns={[
                { key: "name", header: t("person.name"), rowHeader: true, cell: (m) => m.maskedName },
                { key: "relation", header: t("person.relation"), cell: (m) => m.relationToHead },
                { key: "idNumber", header: t("person.idNumber"), numeric: true, cell: (m) => m.maskedIdNumber },
                { key: "sex", header: t("person.sex"), cell: (m) => t(`sexes.${m.sex}`) },
                { key: "birthDate", header: t("person.birthDate"), numeric: true, cell: (m) => m.birthDate },
                {
                  key: "status",
                  header: t("person.status"),
                  cell: (m) => t(`residentStatuses.${m.status as "active"}`),
                },
              ]}
            />
          </div>
        ))}
      </CardContent>
    </Card>
  );
}

/** Another open application of the same person for the same service: a likely duplicate. */
export async function DuplicateWarning({ app, hrefBase }: { app: OfficerApplication; hrefBase: string }) {
  if (!app.duplicates.length) return null;
  const [t, desk] = await Promise.all([getTranslations("desk.review"), getTranslations("desk")]);
  return (
    <Alert variant="warning" title={t("duplicateTitle")}>
      <ul className="flex flex-col gap-1">
        {app.duplicates.map((d) => (
          <li key={d.number ?? d.id}>
            {d.id ? (
              <Link href={`${hrefBase}/${d.id}`} className="text-primary underline underline-offset-4">
                {t("duplicateItem", { number: d.number ?? "", state: desk(`states.${d.state}`) })}
              </Link>
            ) : (
              t("duplicateOther", { number: d.number ?? "", state: desk(`states.${d.state}`) })
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** What the station asked the citizen to fix, while the case waits on it (and afterwards, for the record). */
export async function SupplementNotice({ app }: { app: OfficerApplication }) {
  const request = app.supplementRequest;
  if (!request) return null;
  const [t, format, locale] = await Promise.all([
    getTranslations("desk.review"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const en = locale === "en";
  const fieldNames = request.fields.map((k) => {
    const f = app.service.fields.find((x) => x.key === k);
    return f ? (en ? f.labelEn : f.label) : k;
  });
  const materialNames = request.materials.map((k) => app.materials.find((m) => m.key === k)?.name ?? k);
  return (
    <Alert variant="info" role="note" title={t("supplementTitle")}>
      {fieldNames.length ? <p>{t("supplementFields", { items: format.list(fieldNames) })}</p> : null}
      {materialNames.length ? <p>{t("supplementMaterials", { items: format.list(materialNames) })}</p> : null}
      <p className="whitespace-pre-wrap">{t("supplementComment", { comment: request.comment })}</p>
    </Alert>
  );
}

/** Every step with who took it, from which unit, and their comment. */
export async function ApplicationTimeline({ app }: { app: OfficerApplication }) {
  const [t, desk, format, locale] = await Promise.all([
    getTranslations("desk.review"),
    getTranslations("desk"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  // A supervisor is named by the post they hold (所长, 分局负责人…); a role without a label shows no code.
  const actorLabel = (role: string, level: string | null) => {
    if (role === "supervisor" && level && desk.has(`actors.supervisorAt.${level}` as never))
      return desk(`actors.supervisorAt.${level}` as never);
    return desk.has(`actors.${role}` as never) ? desk(`actors.${role}` as never) : "";
  };
  const eventLabel = (action: string) =>
    desk.has(`events.${action}` as never) ? desk(`events.${action}` as never) : action;
  return (
    <Card aria-labelledby="timeline-title">
      <CardHeader>
        <CardTitle id="timeline-title">{t("timelineTitle")}</CardTitle>
      </CardHeader>
      <CardContent>
        <ol className="flex flex-col gap-3">
          {app.timeline.map((e) => (
            <li key={e.id} className="border-s-2 border-border ps-3">
              <p className="font-medium">{eventLabel(e.action)}</p>
              <p className="text-sm text-muted-foreground">
                <time dateTime={e.at.toISOString()}>
                  {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}
                </time>
                {" · "}
                {t("timelineActor", {
                  role: actorLabel(e.actorRole, e.unitLevel),
                  name: e.actorRole === "applicant" ? "" : (e.actorName ?? ""),
                }).trim()}
                {e.unitName ? ` · ${unitLabel({ name: e.unitName, nameEn: e.unitNameEn }, locale)}` : ""}
              </p>
              {e.comment ? (
                <p className="mt-1 whitespace-pre-wrap">
                  {e.internal ? <span className="text-muted-foreground">{t("internalNote")}</span> : null}
                  {e.comment}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
