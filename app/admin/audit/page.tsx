import Link from "next/link";
import { getFormatter, getLocale, getMessages, getTranslations } from "next-intl/server";
import { Pager } from "@/components/console/pager";
import { unitLabel } from "@/components/orgs/unit-label";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";
import { parseSearchParams, type SearchParams, searchParam } from "@/components/ui/search-params";
import { requireAdminPage } from "@/server/accounts/page-guards";
import { type ActionLabels, auditActionCodes, auditActionLabel } from "@/server/audit/audit-action-codes";
import { type AuditFilter, auditFilterSchema } from "@/server/audit/audit-filter";
import type { Locale } from "@/server/i18n/config";
import { SubjectFilter } from "./subject-filter";

export async function generateMetadata() {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

const filterKeys = ["action", "subject", "account", "targetType", "targetId", "from", "to"] as const;

/** The filter from the address bar; a malformed part is dropped rather than failing the page. */
function filterFrom(query: SearchParams): AuditFilter {
  const parsed = parseSearchParams(auditFilterSchema.shape, query);
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value)) as AuditFilter;
}

function queryOf(filter: AuditFilter, page?: number): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (page && page > 1) params.set("page", String(page));
  return params.toString();
}

const outcomeBadge = { ok: "success", denied: "warning", failed: "destructive" } as const;

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage("/admin/audit");
  const query = await searchParams;
  const filter = filterFrom(query);
  const { action, subject } = filter;
  const { page } = parseSearchParams({ page: searchParam.page() }, query);

  const [t, shell, format, locale, catalogue, list] = await Promise.all([
    getTranslations("audit"),
    getTranslations("shell"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    getMessages(),
    getQueryClient().fetchQuery(trpc.audit.list.queryOptions({ ...filter, page })),
  ]);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const href = (f: AuditFilter, p?: number) => {
    const search = queryOf(f, p);
    return search ? `/admin/audit?${search}` : "/admin/audit";
  };
  const exportQuery = queryOf(filter);
  const exportHref = exportQuery ? `/api/admin/audit/export?${exportQuery}` : "/api/admin/audit/export";
  const actionLabel = (code: string) =>
    auditActionLabel(code, (c) => {
      const key = `actions.${c}` as Parameters<typeof t>[0];
      return t.has(key) ? t(key) : undefined;
    });
  const roleLabel = (roles: string | null) =>
    (roles ?? "")
      .split(",")
      .filter(Boolean)
      .map((r) => (shell.has(`roles.${r}` as never) ? shell(`roles.${r}` as never) : r))
      .join("、");
  const actionGroups = auditActionCodes((catalogue.audit as { actions: ActionLabels }).actions);
  const groupLabel = (group: string) => {
    const key = `groups.${group}` as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : group;
  };
  // An action from the address bar that has no label yet is still offered, so the filter shows what is applied.
  const unlabelled = action && !actionGroups.some((g) => g.codes.includes(action)) ? action : null;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>

      <Card aria-labelledby="audit-filter">
        <CardHeader>
          <CardTitle id="audit-filter">{t("filter.title")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <form method="get" action="/admin/audit" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {subject ? <input type="hidden" name="subject" value={subject} /> : null}
            <Field id="audit-action" label={t("filter.action")}>
              {(control) => (
                <Select {...control} name="action" defaultValue={action ?? ""}>
                  <option value="">{t("filter.allActions")}</option>
                  {actionGroups.map((g) => (
                    <optgroup key={g.group} label={groupLabel(g.group)}>
                      {g.codes.map((a) => (
                        <option key={a} value={a}>
                          {actionLabel(a)}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                  {unlabelled ? <option value={unlabelled}>{unlabelled}</option> : null}
                </Select>
              )}
            </Field>
            <Field id="audit-actor" label={t("filter.actor")} hint={t("filter.actorHint")}>
              {(control) => (
                <Input
                  {...control}
                  name="account"
                  defaultValue={filter.account ?? ""}
                  autoComplete="off"
                  maxLength={32}
                />
              )}
            </Field>
            <Field id="audit-target-type" label={t("filter.targetType")}>
              {(control) => (
                <Input
                  {...control}
                  name="targetType"
                  defaultValue={filter.targetType ?? ""}
                  autoComplete="off"
                  maxLength={32}
                />
              )}
            </Field>
            <Field id="audit-target-id" label={t("filter.targetId")}>
              {(control) => (
                <Input
                  {...control}
                  name="targetId"
                  defaultValue={filter.targetId ?? ""}
                  autoComplete="off"
                  maxLength={64}
                />
              )}
            </Field>
            <Field id="audit-from" label={t("filter.from")}>
              {(control) => <Input {...control} name="from" type="date" defaultValue={filter.from ?? ""} />}
            </Field>
            <Field id="audit-to" label={t("filter.to")}>
              {(control) => <Input {...control} name="to" type="date" defaultValue={filter.to ?? ""} />}
            </Field>
            <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-3">
              <Button type="submit" variant="secondary">
                {t("filter.apply")}
              </Button>
              <Link href="/admin/audit" className="text-primary underline underline-offset-4">
                {t("filter.reset")}
              </Link>
            </div>
          </form>
          {subject ? (
            <p className="flex flex-wrap items-center gap-3" role="status">
              {t("filter.subjectActive")}
              <Link
                href={href({ ...filter, subject: undefined })}
                className="text-primary underline underline-offset-4"
              >
                {t("filter.clearSubject")}
              </Link>
            </p>
          ) : (
            <SubjectFilter otherFilters={queryOf({ ...filter, subject: undefined })} />
          )}
        </CardContent>
      </Card>

      <Card aria-labelledby="audit-entries">
        <CardHeader>
          <CardTitle id="audit-entries">{t("title")}</CardTitle>
          <CardDescription>{t("list.summary", { total: list.total })}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-1">
          <a href={exportHref} download className={cn(buttonVariants({ variant: "secondary" }), "self-start")}>
            {t("filter.export")}
          </a>
          <p className="text-sm text-muted-foreground">{t("filter.exportHint")}</p>
        </CardContent>
        <CardContent className="flex flex-col gap-4">
          {list.rows.length ? (
            <Table
              rows={list.rows}
              rowKey={(row) => row.id}
              rowProps={(row) => ({ "data-audit-row": row.action })}
              columns={[
                {
                  key: "at",
                  header: t("list.at"),
                  numeric: true,
                  className: "whitespace-nowrap",
                  cell: (row) => format.dateTime(row.at, { dateStyle: "short", timeStyle: "medium" }),
                },
                {
                  key: "actor",
                  header: t("list.actor"),
                  cell: (row) =>
                    row.actor ? (
                      <span className="flex flex-col">
                        <span className="font-medium">
                          {[row.actor.maskedName, row.actor.maskedAccount].filter(Boolean).join(" · ")}
                        </span>
                        <span className="text-muted-foreground">
                          {[roleLabel(row.actor.role), row.actor.unit ? unitLabel(row.actor.unit, locale) : null]
                            .filter(Boolean)
                            .join(" · ")}
                        </span>
                      </span>
                    ) : (
                      <span className="text-muted-foreground">{t("list.anonymous")}</span>
                    ),
                },
                {
                  key: "action",
                  header: t("list.action"),
                  cell: (row) => (
                    <span className="flex flex-col">
                      <span className="font-medium">{actionLabel(row.action)}</span>
                      <code className="text-xs text-muted-foreground">{row.action}</code>
                      {row.subject && row.subject !== subject ? (
                        <Link
                          href={href({ subject: row.subject })}
                          className="text-primary underline underline-offset-4"
                        >
                          {t("list.onlyThisPerson")}
                        </Link>
                      ) : null}
                    </span>
                  ),
                },
                {
                  key: "outcome",
                  header: t("list.outcome"),
                  cell: (row) => (
                    <Badge
                      variant={outcomeBadge[row.outcome as keyof typeof outcomeBadge] ?? "neutral"}
                      className="whitespace-nowrap"
                    >
                      {row.outcome in outcomeBadge
                        ? t(`outcomes.${row.outcome as keyof typeof outcomeBadge}`)
                        : row.outcome}
                    </Badge>
                  ),
                },
                {
                  key: "details",
                  header: t("list.details"),
                  className: "max-w-md",
                  cell: (row) =>
                    row.details ? (
                      <code className="block text-xs break-all whitespace-pre-wrap">{JSON.stringify(row.details)}</code>
                    ) : null,
                },
                { key: "ip", header: t("list.ip"), numeric: true, cell: (row) => row.ip ?? "" },
              ]}
            />
          ) : (
            <p>{t("list.empty")}</p>
          )}
          <Pager
            page={page}
            pages={pages}
            hrefFor={(p) => href(filter, p)}
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
