import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireCitizenPage } from "@/server/accounts/page-guards";
import { AuthoriseMemberForm, BindOrganisationForm, EndMembershipButton } from "./organisation-forms";

export async function generateMetadata() {
  const t = await getTranslations("organisations");
  return { title: t("title"), robots: { index: false } };
}

/** The companies the citizen acts for: bind one, authorise and revoke people, follow its applications. */
export default async function OrganisationsPage() {
  await requireCitizenPage("/me/organisations");
  const queryClient = getQueryClient();
  const [t, tStates, format, mine] = await Promise.all([
    getTranslations("organisations"),
    getTranslations("applications.states"),
    getFormatter(),
    queryClient.fetchQuery(trpc.organisations.mine.queryOptions()),
  ]);
  const applicationsOf = await Promise.all(
    mine.map((o) =>
      queryClient.fetchQuery(trpc.organisations.applications.queryOptions({ organisationId: o.organisationId })),
    ),
  );
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("heading")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </header>
      {mine.length === 0 ? <Alert variant="info">{t("none")}</Alert> : null}
      {mine.map((o, i) => {
        const applications = applicationsOf[i] ?? [];
        const headingId = `organisation-${o.organisationId}`;
        return (
          <Card key={o.organisationId} aria-labelledby={headingId} data-testid="my-organisation">
            <CardHeader className="flex flex-col gap-2">
              <CardTitle id={headingId} className="break-words">
                {o.name}
              </CardTitle>
              <div className="flex flex-wrap items-center gap-2">
                <Badge variant={o.role === "legal_representative" ? "primary" : "neutral"}>
                  {t(`roles.${o.role}`)}
                </Badge>
                <Badge variant="neutral">{t(`industries.${o.industry}`)}</Badge>
                {o.status !== "active" ? <Badge variant="destructive">{t(`statuses.${o.status}`)}</Badge> : null}
              </div>
            </CardHeader>
            <CardContent className="flex flex-col gap-5">
              <dl className="grid grid-cols-1 gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-4">
                <dt className="text-muted-foreground">{t("uscc")}</dt>
                <dd className="font-mono break-all">{o.uscc}</dd>
              </dl>
              <p className="text-sm text-muted-foreground">
                {t("since", { role: t(`roles.${o.role}`), date: day(o.since) })}
              </p>
              {o.status !== "active" ? (
                <Alert variant="warning">{t("notActiveNotice", { status: t(`statuses.${o.status}`) })}</Alert>
              ) : null}

              {o.role === "legal_representative" ? (
                <section aria-labelledby={`${headingId}-members`} className="flex flex-col gap-3">
                  <h3 id={`${headingId}-members`} className="font-semibold">
                    {t("members.title")}
                  </h3>
                  {o.members.length === 0 ? <p className="text-muted-foreground">{t("members.none")}</p> : null}
                  <ul className="flex flex-col gap-3">
                    {o.members.map((m) => (
                      <li
                        key={m.memberId}
                        className="flex flex-col gap-2 rounded-md border border-border p-3"
                        data-testid="organisation-member"
                      >
                        <p className="font-medium">
                          {m.name} <span className="font-mono text-muted-foreground">{m.maskedIdNumber}</span>
                        </p>
                        <p className="text-sm text-muted-foreground">
                          {t("members.authorisedBy", { name: m.authorisedByName ?? "—", date: day(m.since) })}
                        </p>
                        <EndMembershipButton
                          organisationId={o.organisationId}
                          memberId={m.memberId}
                          label={t("members.revoke")}
                          accessibleName={t("members.revokeLabel", { name: m.name })}
                          pendingLabel={t("members.revoking")}
                        />
                      </li>
                    ))}
                  </ul>
                  <AuthoriseMemberForm organisationId={o.organisationId} companyName={o.name} />
                </section>
              ) : null}

              <section aria-labelledby={`${headingId}-applications`} className="flex flex-col gap-3">
                <h3 id={`${headingId}-applications`} className="font-semibold">
                  {t("applications.title")}
                </h3>
                {applications.length === 0 ? <p className="text-muted-foreground">{t("applications.none")}</p> : null}
                <ul className="flex flex-col gap-2">
                  {applications.map((a) => (
                    <li key={a.id} className="flex flex-col gap-1 rounded-md border border-border p-3">
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <span className="font-medium">{a.serviceName}</span>
                        <Badge variant="primary">{tStates(a.state)}</Badge>
                      </div>
                      <p className="text-sm text-muted-foreground tabular-nums">
                        {a.number ?? t("applications.draft")} ·{" "}
                        {a.mine ? t("applications.byMe") : t("applications.byWhom", { name: a.applicantName })} ·{" "}
                        {day(a.submittedAt ?? a.createdAt)}
                      </p>
                      <Link
                        href={`/me/applications/${a.id}`}
                        className="inline-flex min-h-tap items-center self-start text-primary underline"
                        aria-label={t("applications.openLabel", {
                          service: a.serviceName,
                          number: a.number ?? t("applications.draft"),
                        })}
                      >
                        {t("applications.open")}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>

              <EndMembershipButton
                organisationId={o.organisationId}
                memberId={o.memberId}
                label={t("leave.button")}
                accessibleName={t("leave.label", { name: o.name })}
                pendingLabel={t("leave.leaving")}
              />
            </CardContent>
          </Card>
        );
      })}
      <Card>
        <CardContent className="pt-6">
          <BindOrganisationForm />
        </CardContent>
      </Card>
    </div>
  );
}
