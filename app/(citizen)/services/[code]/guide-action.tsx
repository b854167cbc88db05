import { CalendarClock, CarFront, FilePen, LogIn, Search } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { currentUser } from "@/server/accounts/current-user";
import { isCitizen } from "@/server/accounts/session-user";
import { caseQueryService } from "@/server/cases/case-query-service";
import type { ServiceGuideView } from "@/server/catalog/get-service-guide";
import { terminalStates } from "@/server/household/application-transitions";
import { exitEntryServicePages } from "@/server/exit-entry/exit-entry-service-pages";
import { trafficServicePages } from "@/server/traffic/traffic-service-pages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ReportAction } from "@/components/reports/report-action";
import { dedicatedServicePages } from "@/server/applications/dedicated-service-pages";
import { StartApplicationButton } from "./start-application-button";

/**
 * What a visitor can do with the service, by its kind and its engine configuration: apply (for oneself or
 * a company), file a report, or go to the page that handles it; book; look up. A service whose
 * configuration is missing says so plainly rather than offering a button that leads nowhere.
 */
export async function GuideAction({
  service,
}: {
  service: Pick<ServiceGuideView, "code" | "kind" | "mode" | "maintenance" | "handling">;
}) {
  const [t, user] = await Promise.all([getTranslations("catalog.action"), currentUser()]);
  const title = t(`title.${service.kind}`);

  if (service.kind === "notice") {
    return (
      <ActionPanel title={title}>
        <p>{t("noticeBody")}</p>
      </ActionPanel>
    );
  }

  const trafficPage = trafficServicePages[service.code];
  if (trafficPage) {
    const tTraffic = await getTranslations("traffic.guide");
    return (
      <ActionPanel title={title}>
        <p>{tTraffic("lead")}</p>
        <Link href={trafficPage} className={buttonVariants({ size: "lg", className: "self-stretch sm:self-start" })}>
          <CarFront aria-hidden="true" />
          {tTraffic(service.kind === "query" ? "query" : "handle")}
        </Link>
      </ActionPanel>
    );
  }

  if (service.code === caseQueryService.code) {
    const tCases = await getTranslations("cases.guide");
    return (
      <ActionPanel title={title}>
        <p>{tCases("lead")}</p>
        <Link
          href={caseQueryService.path}
          className={buttonVariants({ size: "lg", className: "self-stretch sm:self-start" })}
        >
          <Search aria-hidden="true" />
          {tCases("open")}
        </Link>
      </ActionPanel>
    );
  }

  // Every 查询 is answered on the one query page, which asks for sign-in only where the register is personal.
  if (service.kind === "query") {
    return (
      <ActionPanel title={title}>
        <p>{t("queryLead")}</p>
        <Link
          href={`/queries/${service.code}`}
          className={buttonVariants({ size: "lg", className: "self-stretch sm:self-start" })}
        >
          <Search aria-hidden="true" />
          {t("queryOpen")}
        </Link>
      </ActionPanel>
    );
  }

  if (service.handling?.kind === "report") {
    // Before signing in: whoever reads a report guide sees the 110 banner where the service has one.
    return (
      <ActionPanel title={title}>
        <ReportAction serviceCode={service.code} />
      </ActionPanel>
    );
  }

  if (!user) {
    const next = encodeURIComponent(`/services/${service.code}`);
    return (
      <ActionPanel title={title}>
        <p>{t("guestBody")}</p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/login?next=${next}`} className={buttonVariants({ size: "lg" })}>
            <LogIn aria-hidden="true" />
            {t(`signIn.${service.kind}`)}
          </Link>
          <Link href="/register" className={buttonVariants({ variant: "outline", size: "lg" })}>
            {t("register")}
          </Link>
        </div>
      </ActionPanel>
    );
  }

  if (!isCitizen(user)) {
    return (
      <ActionPanel title={title}>
        <p>{t("staffNote")}</p>
      </ActionPanel>
    );
  }

  const exitEntryPage = exitEntryServicePages[service.code];
  if (exitEntryPage) {
    const tEndorsement = await getTranslations("exitEntry.endorsement");
    return (
      <ActionPanel title={title}>
        <p>{tEndorsement("lead")}</p>
        <Link href={exitEntryPage} className={buttonVariants({ size: "lg", className: "self-stretch sm:self-start" })}>
          <FilePen aria-hidden="true" />
          {tEndorsement("apply")}
        </Link>
      </ActionPanel>
    );
  }

  const dedicatedPage = service.kind === "handle" ? dedicatedServicePages[service.code] : undefined;
  if (dedicatedPage) {
    return (
      <ActionPanel title={title}>
        <p>{t("dedicatedLead")}</p>
        <Link href={dedicatedPage} className={buttonVariants({ size: "lg", className: "self-stretch sm:self-start" })}>
          <FilePen aria-hidden="true" />
          {t("dedicatedOpen")}
        </Link>
      </ActionPanel>
    );
  }

  if (service.kind === "appointment") {
    return (
      <ActionPanel title={title}>
        <Link href={`/appointments/book?service=${service.code}`} className={buttonVariants({ size: "lg" })}>
          <CalendarClock aria-hidden="true" />
          {t("bookAppointment")}
        </Link>
      </ActionPanel>
    );
  }

  // Every 办理 service is configured (the engine walk checks the seed, the admin editor every save); one
  // whose configuration an admin is still completing is shown as under maintenance, never as a form.
  if (service.handling?.kind !== "application") {
    return (
      <ActionPanel title={title}>
        <p>{t("configurationIncomplete")}</p>
      </ActionPanel>
    );
  }
  const status = await getQueryClient().fetchQuery(trpc.registration.status.queryOptions());
  return (
    <ApplyOnline
      title={title}
      serviceCode={service.code}
      verified={status.verification === "verified"}
      maintenance={service.maintenance}
      forOrganisation={service.handling.applicant === "organisation"}
    />
  );
}

/** The online application's entry: resume the draft, see the open application, or start one; or why not. */
async function ApplyOnline({
  title,
  serviceCode,
  verified,
  maintenance,
  forOrganisation,
}: {
  title: string;
  serviceCode: string;
  verified: boolean;
  maintenance: boolean;
  /** Companies apply for this service: the citizen picks one they act for. */
  forOrganisation: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("applications.guide"), getFormatter()]);
  if (!verified) {
    return (
      <ActionPanel title={title}>
        <Alert variant="warning" role="note" title={t("realNameTitle")}>
          {t("realNameBody")}
        </Alert>
      </ActionPanel>
    );
  }
  const [mine, organisations] = await Promise.all([
    getQueryClient().fetchQuery({ ...trpc.applications.mine.queryOptions(), staleTime: 0 }),
    forOrganisation ? getQueryClient().fetchQuery(trpc.organisations.mine.queryOptions()) : null,
  ]);
  const active = organisations?.filter((o) => o.status === "active");
  const ofService = mine.filter((a) => a.serviceCode === serviceCode);
  const draft = ofService.find((a) => a.state === "draft");
  const open = ofService.find((a) => a.state !== "draft" && !terminalStates.includes(a.state));
  if (open) {
    return (
      <ActionPanel title={title}>
        <p>{t("open", { number: open.number ?? "" })}</p>
        <Link
          href={`/me/applications/${open.id}`}
          className={buttonVariants({ size: "lg", className: "self-stretch sm:self-start" })}
        >
          {t("viewOpen")}
        </Link>
      </ActionPanel>
    );
  }
  if (maintenance && !draft) {
    return (
      <ActionPanel title={title}>
        <p>{t("maintenance")}</p>
      </ActionPanel>
    );
  }
  return (
    <ActionPanel title={title}>
      <p>
        {draft
          ? t("resumeLead", { date: format.dateTime(draft.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })
          : t("applyLead")}
      </p>
      {draft ? (
        <Link
          href={`/me/applications/${draft.id}/edit`}
          className={buttonVariants({ size: "lg", className: "self-stretch sm:self-start" })}
        >
          <FilePen aria-hidden="true" />
          {t("resume")}
        </Link>
      ) : active && !active.length ? (
        <Alert variant="info" role="note" title={t("noOrganisationTitle")}>
          <p>
            {t("noOrganisation")}{" "}
            <Link href="/me/organisations" className="text-primary underline underline-offset-4">
              {t("bindOrganisation")}
            </Link>
          </p>
        </Alert>
      ) : (
        <ClientMessages namespaces={["applications.guide"]}>
          <StartApplicationButton
            serviceCode={serviceCode}
            organisations={active?.map((o) => ({ id: o.organisationId, name: o.name }))}
          />
        </ClientMessages>
      )}
    </ActionPanel>
  );
}

function ActionPanel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section
      aria-labelledby="guide-action"
      data-print-hide
      className="flex flex-col gap-3 rounded-lg border-2 border-primary bg-primary-soft p-4 sm:p-5"
    >
      <h2 id="guide-action" className="text-xl font-semibold text-primary">
        {title}
      </h2>
      {children}
    </section>
  );
}
