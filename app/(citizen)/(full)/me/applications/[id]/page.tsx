import { CalendarPlus, Download, ExternalLink, FileText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ApplicationAnswers } from "@/components/applications/application-answers";
import { approvalNextStep } from "@/components/applications/approval-next-step";
import { ApplicationStateBadge } from "@/components/applications/application-state-badge";
import { bringList } from "@/components/applications/bring-list";
import { DeleteDraft } from "@/components/applications/delete-draft";
import { yuan } from "@/components/applications/format-fee";
import { WithdrawApplication } from "@/components/applications/withdraw-application";
import { editHref, wizardSteps } from "@/components/applications/wizard-steps";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { schemaFields } from "@/server/applications/form-schema";
import type { MyApplication } from "@/server/applications/get-my-application";
import { windowDays } from "@/server/applications/window-deadline";
import { Facts } from "../../facts";
import { loadMyApplication } from "./load-my-application";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { formatDay } from "@/server/dates/format-day";
import { DocumentPdfLink } from "@/components/documents/document-pdf-link";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, locale] = await Promise.all([params, getLocale()]);
  const app = await loadMyApplication(id, `/me/applications/${id}`);
  const service = locale === "en" ? app.service.nameEn : app.service.name;
  return { title: app.number ? `${service} ${app.number}` : service, robots: { index: false } };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * One application as its applicant follows it: where it stands and, in plain words, what happens next
 * and what they must do; the station's supplement request; after approval the window visit (station,
 * exact deadline, what to bring, a calendar file); the result document; postal delivery; the timeline.
 */
export default async function ApplicationStatusPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const app = await loadMyApplication(id, `/me/applications/${id}`);
  const [t, tApp, tList, format, locale] = await Promise.all([
    getTranslations("applications.status"),
    getTranslations("applications"),
    getTranslations("applications.list"),
    getFormatter(),
    getLocale(),
  ]);
  const en = locale === "en";
  const service = en ? app.service.nameEn : app.service.name;
  const day = (date: string) => formatDay(date, locale);
  const moment = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  const stationName = app.station ? (en && app.station.nameEn) || app.station.name : "";
  const post = app.delivery.method === "post" ? app.delivery : null;

  const paid = one(query.paid);
  const banners: React.ReactNode[] = [];
  if (one(query.submitted) === "1" && app.number) {
    banners.push(
      <Alert key="submitted" variant="success">
        {t("submittedBanner", { number: app.number })}
      </Alert>,
    );
  }
  if (one(query.resubmitted) === "1" && app.state === "station_review") {
    banners.push(
      <Alert key="resubmitted" variant="success">
        {t("resubmittedBanner")}
      </Alert>,
    );
  }
  if (paid) {
    banners.push(
      app.state === "draft" ? (
        <Alert key="paid" variant="warning" title={t("paidBanner", { orderNo: paid })}>
          {t("paidNotSubmitted")}
        </Alert>
      ) : (
        <Alert key="paid" variant="success" title={t("paidBanner", { orderNo: paid })}>
          {app.number ? `${t("paidSubmitted")} ${t("submittedBanner", { number: app.number })}` : t("paidSubmitted")}
        </Alert>
      ),
    );
  }
  if (one(query.payment) === "cancelled" && app.state === "draft") {
    banners.push(
      <Alert key="cancelled" variant="info">
        {t("paymentCancelled")}
      </Alert>,
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <Breadcrumb
        label={tApp("breadcrumb")}
        items={[{ label: tList("title"), href: "/me/applications" }, { label: app.number ?? service }]}
      />

      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold text-primary md:text-3xl">{service}</h1>
          <ApplicationStateBadge state={app.state} />
        </div>
        <Facts
          items={[
            [
              t("number"),
              <span key="n" className="font-mono tabular-nums" data-testid="application-number">
                {app.number ?? tList("noNumber")}
              </span>,
            ],
            [t("state"), tApp(`states.${app.state}`)],
            app.submittedAt ? [t("submittedAt"), moment(app.submittedAt)] : [t("createdAt"), moment(app.createdAt)],
          ]}
        />
      </header>

      {banners}

      <Card aria-labelledby="what-next">
        <CardHeader>
          <CardTitle id="what-next">{t("whatNext")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <p className="text-lg" data-testid="next-step">
            {nextLine(app, { t: tApp, stationName, day })}
          </p>
          {app.state === "station_review" && app.outcomeReason ? (
            <p className="text-muted-foreground">{t("referredReason", { reason: app.outcomeReason })}</p>
          ) : null}
          <StateDetails app={app} stationName={stationName} day={day} moment={moment} en={en} />
          {app.actions.includes("withdraw") ? <WithdrawApplication id={app.id} version={app.version} /> : null}
        </CardContent>
      </Card>

      {post ? (
        <Card aria-labelledby="delivery-title">
          <CardHeader>
            <CardTitle id="delivery-title">{t("deliveryTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <Facts
              items={[
                [t("deliveryTitle"), t("deliveryPost")],
                [t("recipient"), post.recipient],
                [t("recipientPhone"), post.phoneMasked],
                [t("postAddress"), post.address],
                [t("fee"), t(app.paidAt ? "feePaid" : "feeUnpaid", { fee: yuan(post.feeFen) })],
                ...(post.trackingNumber
                  ? ([
                      [t("carrier"), post.carrier ?? ""],
                      [
                        t("tracking"),
                        <span key="tn" className="font-mono">
                          {post.trackingNumber}
                        </span>,
                      ],
                      ...(post.postedAt ? [[t("postedAt"), moment(new Date(post.postedAt))]] : []),
                    ] as [string, React.ReactNode][])
                  : app.state === "approved"
                    ? ([[t("tracking"), t("notPostedYet")]] as [string, React.ReactNode][])
                    : []),
              ]}
            />
          </CardContent>
        </Card>
      ) : null}

      {app.state !== "draft" ? (
        <Card aria-labelledby="answers-title">
          <CardHeader>
            <CardTitle id="answers-title">{t("answers")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-5">
            <ApplicationAnswers
              schema={app.service.formSchema}
              values={app.formData}
              stations={app.answerStations}
              en={en}
              emptyLabel="—"
              maskIds
              hideEmpty
            />
            <MaterialList app={app} title={t("materials")} />
          </CardContent>
        </Card>
      ) : null}

      <Card aria-labelledby="timeline-title">
        <CardHeader>
          <CardTitle id="timeline-title">{t("timeline")}</CardTitle>
        </CardHeader>
        <CardContent>
          {app.timeline.length ? (
            <ol className="flex flex-col gap-4 border-s-2 border-border ps-4" data-testid="timeline">
              {app.timeline.map((e) => {
                const label =
                  e.action === "complete" && post ? tApp("events.complete_post") : tApp(`events.${e.action}` as never);
                const who =
                  e.unitName ??
                  (e.actorRole === "applicant" || e.actorRole === "system" ? tApp(`actors.${e.actorRole}`) : null);
                return (
                  <li key={e.id} className="relative flex flex-col gap-0.5">
                    <span
                      aria-hidden="true"
                      className="absolute -start-[1.4rem] top-1.5 size-3 rounded-full bg-primary"
                    />
                    <p className="font-semibold">{label}</p>
                    <p className="text-sm text-muted-foreground">
                      <time dateTime={e.at.toISOString()}>{moment(e.at)}</time>
                      {who ? ` · ${who}` : null}
                    </p>
                    {e.comment ? (
                      <p className="whitespace-pre-line">
                        <span className="text-muted-foreground">{t("comment")}</span>
                        {e.comment}
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          ) : (
            <p className="text-muted-foreground">{t("timelineEmpty")}</p>
          )}
        </CardContent>
      </Card>

      <Link href="/me/applications" className="self-start text-primary underline underline-offset-4">
        {t("backToList")}
      </Link>
    </div>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"applications">>>;

/** The plain-language line for the current state: what happens next, and what (if anything) to do. */
function nextLine(app: MyApplication, p: { t: Translate; stationName: string; day: (d: string) => string }): string {
  const { t } = p;
  switch (app.state) {
    case "station_review":
      return t("next.station_review", { station: p.stationName });
    case "approved": {
      const step = approvalNextStep(app, new Date());
      if (step.key === "approved_post") return t("next.approved_post");
      return t(`next.${step.key}`, {
        deadline: p.day(step.deadline),
        period: windowDays,
        station: p.stationName,
        counter: t(app.station?.unitType === "station" ? "calendar.householdCounter" : "calendar.serviceCounter"),
      });
    }
    case "completed":
      return app.delivery.method === "post" ? t("next.completed_post") : t("next.completed");
    default:
      return t(`next.${app.state}`);
  }
}

/** What belongs to the current state: the draft's buttons, the supplement request, the window visit, the result. */
async function StateDetails({
  app,
  stationName,
  day,
  moment,
  en,
}: {
  app: MyApplication;
  stationName: string;
  day: (d: string) => string;
  moment: (d: Date) => string;
  en: boolean;
}) {
  const [t, tApp, tList] = await Promise.all([
    getTranslations("applications.status"),
    getTranslations("applications"),
    getTranslations("applications.list"),
  ]);
  const reapply = (
    <Link
      href={`/services/${app.service.code}`}
      className={buttonVariants({ variant: "outline", className: "self-start" })}
    >
      {t("reapply")}
    </Link>
  );

  switch (app.state) {
    case "draft":
      return (
        <div className="flex flex-wrap items-start gap-3">
          <Link href={editHref(app.id, wizardSteps(app)[0] ?? "form")} className={buttonVariants()}>
            {t("continueDraft")}
          </Link>
          <Link href={`/me/applications/${app.id}/review`} className={buttonVariants({ variant: "outline" })}>
            {t("reviewDraft")}
          </Link>
          {!app.paidAt ? (
            <DeleteDraft
              id={app.id}
              label={tList("deleteNamed", { service: en ? app.service.nameEn : app.service.name })}
              confirmText={t("deleteConfirm")}
            />
          ) : null}
        </div>
      );

    case "needs_supplement": {
      const request = app.supplementRequest;
      if (!request) return null;
      const fields = schemaFields(app.service.formSchema);
      const fieldLabels = request.fields.map((k) => {
        const f = fields.find((x) => x.key === k);
        return f ? (en ? f.labelEn : f.label) : k;
      });
      const materialNames = request.materials.map((k) => app.service.materials.find((m) => m.key === k)?.name ?? k);
      return (
        <section
          aria-labelledby="supplement-title"
          className="flex flex-col gap-3 rounded-lg border border-warning/40 bg-warning-soft p-4"
        >
          <h3 id="supplement-title" className="text-lg font-semibold">
            {t("supplementTitle")}
          </h3>
          <dl className="flex flex-col gap-2">
            <div>
              <dt className="font-medium text-muted-foreground">{t("supplementComment")}</dt>
              <dd className="whitespace-pre-line">{request.comment}</dd>
            </div>
            {fieldLabels.length ? (
              <div>
                <dt className="font-medium text-muted-foreground">{t("supplementFields")}</dt>
                <dd>
                  <ul className="list-disc ps-5">
                    {fieldLabels.map((l) => (
                      <li key={l}>{l}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
            {materialNames.length ? (
              <div>
                <dt className="font-medium text-muted-foreground">{t("supplementMaterials")}</dt>
                <dd>
                  <ul className="list-disc ps-5">
                    {materialNames.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
            <div>
              <dt className="font-medium text-muted-foreground">{t("requestedAt")}</dt>
              <dd>{moment(new Date(request.requestedAt))}</dd>
            </div>
          </dl>
          <Link
            href={editHref(app.id, wizardSteps(app)[0] ?? "form")}
            className={buttonVariants({ className: "self-start" })}
          >
            {t("goSupplement")}
          </Link>
        </section>
      );
    }

    case "approved": {
      const step = approvalNextStep(app, new Date());
      if (step.key === "approved_post" || step.key === "approved_lapsed") return null;
      const bring = bringList(app, tApp("idCardOriginal"));
      return (
        <div className="flex flex-col gap-4">
          {app.windowVisit ? (
            <section
              aria-labelledby="booking-title"
              className="flex flex-col gap-2 rounded-lg border-2 border-primary bg-primary-soft p-4"
            >
              <h3 id="booking-title" className="text-lg font-semibold">
                {t("windowVisit.title")}
              </h3>
              {app.windowVisit.booked ? (
                <p>
                  {t("windowVisit.booked", { when: moment(app.windowVisit.booked.startsAt), station: stationName })}{" "}
                  <Link href="/appointments" className="text-primary underline underline-offset-4">
                    {t("windowVisit.manage")}
                  </Link>
                </p>
              ) : (
                <>
                  <p>{t("windowVisit.lead", { station: stationName })}</p>
                  <Link
                    href={`/appointments/book?service=${app.windowVisit.appointmentService}&application=${app.id}`}
                    className={buttonVariants({ size: "lg", className: "self-stretch sm:self-start" })}
                  >
                    {t("windowVisit.book")}
                  </Link>
                </>
              )}
            </section>
          ) : null}
          <section
            aria-labelledby="visit-title"
            className="flex flex-col gap-2 rounded-lg border border-success/40 bg-success-soft p-4"
          >
            <h3 id="visit-title" className="text-lg font-semibold">
              {t(step.key.startsWith("approved_collect") ? "stationTitle_collect" : "stationTitle")}
            </h3>
            <Facts
              items={[
                [t("station"), stationName],
                ...(app.station?.address ? ([[t("address"), app.station.address]] as [string, string][]) : []),
                ...(app.station?.phone
                  ? ([
                      [
                        t("phone"),
                        <a key="tel" href={`tel:${app.station.phone}`} className="text-primary underline">
                          {app.station.phone}
                        </a>,
                      ],
                    ] as [string, React.ReactNode][])
                  : []),
                [
                  t("deadline"),
                  <span key="d" data-testid="window-deadline">
                    <span className="font-semibold">{day(step.deadline)}</span>
                    <span>{step.daysLeft > 0 ? t("daysLeft", { days: step.daysLeft }) : t("lastDay")}</span>
                  </span>,
                ],
              ]}
            />
          </section>
          <section aria-labelledby="bring-title" className="flex flex-col gap-2">
            <h3 id="bring-title" className="text-lg font-semibold">
              {t(step.key.startsWith("approved_collect") ? "bringTitle_collect" : "bringTitle")}
            </h3>
            <ul className="flex flex-col gap-1.5" data-testid="bring-list">
              {bring.map((item) => (
                <li key={item} className="flex items-start gap-2">
                  <span aria-hidden="true" className="mt-1 size-4 shrink-0 rounded-sm border-2 border-foreground" />
                  {item}
                </li>
              ))}
            </ul>
          </section>
          <div className="flex flex-col gap-1">
            <a
              href={`/me/applications/${app.id}/calendar.ics`}
              download
              className={buttonVariants({ variant: "outline", className: "self-start" })}
            >
              <CalendarPlus aria-hidden="true" />
              {t("calendar")}
            </a>
            <p className="text-sm text-muted-foreground">{t("calendarHint")}</p>
          </div>
        </div>
      );
    }

    case "completed":
      return app.document ? (
        <section aria-labelledby="document-title" className="flex flex-col gap-3 rounded-lg border border-border p-4">
          <h3 id="document-title" className="flex items-center gap-2 text-lg font-semibold">
            <FileText aria-hidden="true" className="size-5" />
            {t("documentHeading", { title: app.document.title })}
          </h3>
          {app.document.status !== "valid" ? <Alert variant="warning">{t("documentRevoked")}</Alert> : null}
          <div className="flex flex-wrap gap-3">
            <DocumentPdfLink
              blobId={app.document.pdfBlobId}
              // The document's title makes the label long: it wraps on a phone instead of widening the page.
              className={cn(buttonVariants(), "py-2 text-center whitespace-normal")}
            >
              <Download aria-hidden="true" />
              {t("downloadPdf", { title: app.document.title })}
            </DocumentPdfLink>
            <Link href={`/verify/${app.document.code}`} className={buttonVariants({ variant: "outline" })}>
              <ExternalLink aria-hidden="true" />
              {t("verify")}
            </Link>
          </div>
          <p className="text-sm text-muted-foreground">{t("verifyCode", { code: app.document.code })}</p>
        </section>
      ) : null;

    case "rejected":
    case "voided":
    case "expired":
      return (
        <div className="flex flex-col gap-3">
          {app.outcomeReason ? (
            <section
              aria-labelledby="reason-title"
              className="rounded-lg border border-destructive/40 bg-destructive-soft p-4"
            >
              <h3 id="reason-title" className="font-semibold">
                {t("reasonTitle")}
              </h3>
              <p className="whitespace-pre-line">{app.outcomeReason}</p>
            </section>
          ) : null}
          {reapply}
        </div>
      );

    case "withdrawn":
      return reapply;

    default:
      return null;
  }
}

function MaterialList({ app, title }: { app: MyApplication; title: string }) {
  const withFiles = app.service.materials.filter((m) => app.materials.some((f) => f.materialKey === m.key));
  if (!withFiles.length) return null;
  return (
    <section aria-labelledby="materials-title" className="flex flex-col gap-2">
      <h3 id="materials-title" className="font-semibold">
        {title}
      </h3>
      <ul className="flex flex-col gap-3">
        {withFiles.map((m) => (
          <li key={m.key} className="flex flex-col gap-1.5">
            <span className="font-medium">{m.name}</span>
            <ul className="flex flex-wrap gap-2">
              {app.materials
                .filter((f) => f.materialKey === m.key)
                .map((f) => (
                  <li key={f.id}>
                    <a
                      href={`/api/blob/${f.blobId}`}
                      target="_blank"
                      rel="noopener"
                      className="flex items-center gap-2 rounded border border-border p-1 text-sm"
                    >
                      {f.contentType.startsWith("image/") ? (
                        // A plain img: the blob route authorises each request and forbids caching.
                        <img
                          src={`/api/blob/${f.blobId}`}
                          alt={f.fileName}
                          className="size-16 rounded object-cover"
                          loading="lazy"
                        />
                      ) : (
                        <span className="flex size-16 flex-col items-center justify-center rounded bg-muted">
                          <FileText aria-hidden="true" className="size-6" />
                          PDF
                        </span>
                      )}
                      <span className="max-w-40 break-all">{f.fileName}</span>
                    </a>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
