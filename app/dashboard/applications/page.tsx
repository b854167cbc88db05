import { z } from "zod";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Pager } from "@/components/console/pager";
import { LockControl } from "@/components/desk/lock-control";
import { SlaBadge } from "@/components/desk/sla-badge";
import { unitLabel } from "@/components/orgs/unit-label";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";
import { parseSearchParams, type SearchParams, searchParam } from "@/components/ui/search-params";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { type QueueState, queueStatesFor } from "@/server/applications/list-application-queue";
import type { Locale } from "@/server/i18n/config";

export async function generateMetadata() {
  const t = await getTranslations("desk.queue");
  return { title: t("title") };
}

/** Waiting-time thresholds offered in the filter, in days. */
const ageOptions = [1, 3, 5, 10, 30];

export default async function ApplicationQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireDashboardPage("/dashboard/applications");
  const states = queueStatesFor(user.roles);
  if (!states.length) redirect("/forbidden");
  const query = await searchParams;
  const queryClient = getQueryClient();
  const [t, desk, format, locale, serviceOptions] = await Promise.all([
    getTranslations("desk.queue"),
    getTranslations("desk"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    queryClient.fetchQuery(trpc.applicationDesk.services.queryOptions()),
  ]);

  // A hand-edited URL with unknown values falls back to the defaults rather than failing the page.
  const parsed = parseSearchParams(
    {
      state: z.string().optional(),
      service: z.string().optional(),
      age: z.coerce.number().optional(),
      sort: z.enum(["oldest", "newest"]).default("oldest"),
      page: searchParam.page(),
    },
    query,
  );
  const state = states.find((s) => s === parsed.state);
  const serviceCode = serviceOptions.some((s) => s.code === parsed.service) ? parsed.service : undefined;
  const minAgeDays = ageOptions.find((days) => days === parsed.age);
  const { sort, page } = parsed;

  const list = await queryClient.fetchQuery(
    trpc.applicationDesk.queue.queryOptions({ state, serviceCode, minAgeDays, sort, page }),
  );
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const hrefFor = (p: { state?: QueueState; page?: number }) => {
    const params = new URLSearchParams();
    const tab = p.state ?? list.state;
    if (tab !== list.states[0]) params.set("state", tab);
    if (serviceCode) params.set("service", serviceCode);
    if (minAgeDays) params.set("age", String(minAgeDays));
    if (sort !== "oldest") params.set("sort", sort);
    if (p.page && p.page > 1) params.set("page", String(p.page));
    const search = params.toString();
    return search ? `/dashboard/applications?${search}` : "/dashboard/applications";
  };
  const showStation =
    list.rows.some((r) => r.station.code !== list.rows[0]?.station.code) || user.roles.includes("county_approver");
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  type Row = (typeof list.rows)[number];
  // The same row shows as a card on a phone and as a table row on wider screens.
  const openLink = (row: Row, className = "") => (
    <Link
      href={`/dashboard/applications/${row.id}`}
      aria-label={t("open", { number: row.number ?? "" })}
      className={cn("tabular-nums text-primary underline underline-offset-4", className)}
    >
      {row.number}
    </Link>
  );
  const lockOf = (row: Row) => (
    <LockControl
      id={row.id}
      number={row.number ?? ""}
      version={row.version}
      lock={row.assignedTo ? { name: row.assignedTo.name, isMe: row.assignedTo.isMe } : null}
      canAssign={row.canAssign}
    />
  );

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>

      {list.states.length > 1 ? (
        <nav aria-label={t("tabs")}>
          <ul className="flex flex-wrap gap-2">
            {list.states.map((tab) => (
              <li key={tab}>
                <Link
                  href={hrefFor({ state: tab })}
                  aria-current={tab === list.state ? "page" : undefined}
                  className={cn(
                    "inline-flex min-h-tap items-center rounded-md border px-4 no-underline",
                    tab === list.state ? "border-primary bg-primary-soft font-semibold text-primary" : "border-border",
                  )}
                >
                  {desk(`states.${tab}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <Card aria-labelledby="queue-list">
        <CardHeader>
          <CardTitle id="queue-list">{desk(`states.${list.state}`)}</CardTitle>
          <CardDescription>{t("summary", { total: list.total })}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <form
            method="get"
            action="/dashboard/applications"
            className="flex flex-col gap-3 md:flex-row md:items-end"
            aria-label={t("filter.title")}
          >
            {list.state !== list.states[0] ? <input type="hidden" name="state" value={list.state} /> : null}
            <div className="flex flex-1 flex-col gap-1.5">
              <Label htmlFor="filter-service">{t("filter.service")}</Label>
              <Select id="filter-service" name="service" defaultValue={serviceCode ?? ""}>
                <option value="">{t("filter.allServices")}</option>
                {serviceOptions.map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.code} {locale === "en" ? s.nameEn : s.name}
                  </option>
                ))}
              </Select>
            </div>
            <SelectField
              id="filter-age"
              label={t("filter.age")}
              className="md:w-48"
              name="age"
              defaultValue={minAgeDays ? String(minAgeDays) : ""}
              emptyOption={t("filter.anyAge")}
              options={ageOptions.map((days) => ({ value: days, label: t("filter.ageAtLeast", { days }) }))}
            />
            <Field id="filter-sort" label={t("filter.sort")} className="md:w-48">
              {(control) => (
                <Select {...control} name="sort" defaultValue={sort}>
                  <option value="oldest">{t("filter.oldest")}</option>
                  <option value="newest">{t("filter.newest")}</option>
                </Select>
              )}
            </Field>
            <Button type="submit" variant="secondary">
              {t("filter.apply")}
            </Button>
          </form>

          {list.rows.length ? (
            // A phone gets one card per application: eight table columns would leave one character per line.
            <ul className="flex flex-col gap-3 md:hidden" aria-label={t("title")}>
              {list.rows.map((row) => (
                <li
                  key={row.id}
                  className="flex flex-col gap-2 rounded-lg border border-border p-3"
                  data-application-card=""
                >
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    {openLink(row, "inline-flex min-h-tap items-center font-medium")}
                    <SlaBadge sla={row.sla} />
                  </div>
                  <p className="font-medium">{locale === "en" ? row.service.nameEn : row.service.name}</p>
                  <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
                    <dt className="text-muted-foreground">{t("columns.applicant")}</dt>
                    <dd>{row.applicantMaskedName}</dd>
                    {showStation ? (
                      <>
                        <dt className="text-muted-foreground">{t("columns.station")}</dt>
                        <dd>{unitLabel(row.station, locale)}</dd>
                      </>
                    ) : null}
                    {row.submittedAt ? (
                      <>
                        <dt className="text-muted-foreground">{t("columns.submittedAt")}</dt>
                        <dd>{when(row.submittedAt)}</dd>
                      </>
                    ) : null}
                    <dt className="text-muted-foreground">{t("columns.stateSince")}</dt>
                    <dd>{when(row.stateSince)}</dd>
                  </dl>
                  {lockOf(row)}
                </li>
              ))}
            </ul>
          ) : null}
          {list.rows.length ? (
            <Table
              wrapperClassName="hidden md:block"
              rows={list.rows}
              rowKey={(row) => row.id}
              rowProps={() => ({ "data-application-row": "" })}
              columns={[
                { key: "number", header: t("columns.number"), rowHeader: true, cell: (row) => openLink(row) },
                {
                  key: "service",
                  header: t("columns.service"),
                  cell: (row) => (locale === "en" ? row.service.nameEn : row.service.name),
                },
                { key: "applicant", header: t("columns.applicant"), cell: (row) => row.applicantMaskedName },
                ...(showStation
                  ? [
                      {
                        key: "station",
                        header: t("columns.station"),
                        cell: (row: (typeof list.rows)[number]) => unitLabel(row.station, locale),
                      },
                    ]
                  : []),
                {
                  key: "submittedAt",
                  header: t("columns.submittedAt"),
                  cell: (row) => (row.submittedAt ? when(row.submittedAt) : ""),
                },
                { key: "stateSince", header: t("columns.stateSince"), cell: (row) => when(row.stateSince) },
                { key: "sla", header: t("columns.sla"), cell: (row) => <SlaBadge sla={row.sla} /> },
                { key: "assigned", header: t("columns.assigned"), cell: (row) => lockOf(row) },
              ]}
            />
          ) : (
            <p>{t("empty")}</p>
          )}
          <Pager
            page={page}
            pages={pages}
            hrefFor={(target) => hrefFor({ page: target })}
            labels={{
              nav: t("pager.label"),
              status: t("pager.status", { page, pages }),
              previous: t("pager.previous"),
              next: t("pager.next"),
            }}
          />
        </CardContent>
      </Card>
    </div>
  );
}
