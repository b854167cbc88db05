import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Pager } from "@/components/console/pager";
import { unitLabel } from "@/components/orgs/unit-label";
import {
  fieldViews,
  requireRegisterPage,
  shownDetails,
  shownValue,
  statusChoices,
} from "@/components/registers/register-page";
import { RegisterRecordForm } from "@/components/registers/register-record-form";
import { RegisterSearchForm } from "@/components/registers/register-search-form";
import { RegisterStatusForm } from "@/components/registers/register-status-form";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { parseSearchParams, type SearchParams, searchParam } from "@/components/ui/search-params";
import { Table } from "@/components/ui/table";
import type { Locale } from "@/server/i18n/config";
import type { RegisterRecord } from "@/server/registers/register-rows";

type Props = { params: Promise<{ register: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props) {
  const { register } = await params;
  const t = await getTranslations("registers");
  return { title: t.has(`books.${register}.title`) ? t(`books.${register}.title`) : t("index.title") };
}

/**
 * One register of the desk: add a record, find records by status and words, and per record open it to
 * correct it or change its status. Everything on the page is drawn from the register's definition.
 */
export default async function RegisterPage({ params, searchParams }: Props) {
  const { def } = await requireRegisterPage((await params).register, (key) => `/dashboard/registers/${key}`);
  const base = `/dashboard/registers/${def.key}`;
  const { status, q, person, page } = parseSearchParams(
    {
      status: searchParam.oneOf(def.status?.values ?? [""]),
      q: searchParam.text(60),
      person: searchParam.personKey(),
      page: searchParam.page(),
    },
    await searchParams,
  );
  const [t, locale, registers, list] = await Promise.all([
    getTranslations("registers"),
    getLocale() as Promise<Locale>,
    getQueryClient().fetchQuery({ ...trpc.registers.overview.queryOptions(), staleTime: 0 }),
    getQueryClient().fetchQuery({
      ...trpc.registers.list.queryOptions({
        register: def.key,
        page,
        ...(status ? { status } : {}),
        ...(q ? { search: q } : {}),
        ...(person ? { person } : {}),
      }),
      staleTime: 0,
    }),
  ]);
  const summary = registers.find((r) => r.key === def.key);
  // Holding the register's role but no unit that keeps it (a station officer and internet filings).
  if (!summary) redirect("/forbidden");

  const book = `books.${def.key}`;
  const title = t(`${book}.title`);
  const fields = fieldViews(def);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const hrefFor = (p: { status?: string; page?: number }) => {
    const query = new URLSearchParams();
    const s = "status" in p ? p.status : status;
    if (s) query.set("status", s);
    if (q) query.set("q", q);
    if (person) query.set("person", person);
    if (p.page && p.page > 1) query.set("page", String(p.page));
    const search = query.toString();
    return search ? `${base}?${search}` : base;
  };
  const nameOf = (r: RegisterRecord) => shownValue(t, def, r, def.listFields[0]!);
  const [first, ...rest] = def.listFields;

  return (
    <div className="flex max-w-6xl flex-col gap-6">
      <Link
        href="/dashboard/registers"
        className="inline-flex min-h-tap items-center self-start text-primary underline underline-offset-4"
      >
        {t("desk.back")}
      </Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="text-muted-foreground">{t(`${book}.description`)}</p>
        <p className="text-sm text-muted-foreground">
          {t("desk.queriesNote")}{" "}
          {def.queries.map((code, i) => (
            <span key={code}>
              {i > 0 ? "、" : null}
              <Link href={`/queries/${code}`} className="text-primary underline underline-offset-4">
                {code}
              </Link>
            </span>
          ))}
        </p>
      </div>

      {def.creates ? (
        <Card aria-labelledby="register-create">
          <CardHeader>
            <CardTitle id="register-create">{t("desk.createTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <RegisterRecordForm
              register={def.key}
              fields={fields}
              keepers={summary.keepers.map((k) => ({ id: k.id, label: unitLabel(k, locale) }))}
            />
          </CardContent>
        </Card>
      ) : (
        <p className="text-muted-foreground">{t("desk.noCreate")}</p>
      )}

      <Card aria-labelledby="register-records">
        <CardHeader>
          <CardTitle id="register-records">{t("desk.listTitle")}</CardTitle>
          <CardDescription>
            {t("desk.scope")} {t("desk.total", { total: list.total })}
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {def.status ? (
            <nav aria-label={t("desk.filter")} className="flex flex-wrap gap-2">
              {[undefined, ...def.status.values].map((s) => (
                <Link
                  key={s ?? "all"}
                  href={hrefFor({ status: s })}
                  aria-current={s === status ? "page" : undefined}
                  className={cn(
                    "inline-flex min-h-tap items-center rounded-md border border-border px-3",
                    s === status ? "bg-primary text-primary-foreground" : "bg-surface",
                  )}
                >
                  {s ? t(`${book}.statuses.${s}`) : t("desk.all")}
                </Link>
              ))}
            </nav>
          ) : null}
          <RegisterSearchForm base={base} status={status} q={q} filtered={Boolean(q || person)} />
          {person ? <p role="status">{t("desk.personFilter")}</p> : null}
          {list.rows.length === 0 ? (
            <p className="text-muted-foreground">{t("desk.empty")}</p>
          ) : (
            <Table
              data-testid="register-records"
              cardsBelow="md"
              className="md:min-w-[56rem]"
              rows={list.rows}
              rowKey={(r) => r.id}
              columns={[
                {
                  key: first!,
                  header: t(`${book}.fields.${first}`),
                  rowHeader: true,
                  // A register number stays on one line; a name (a community) wraps.
                  className: def.fields.find((f) => f.key === first)?.fixed ? "whitespace-nowrap" : "min-w-32",
                  cell: (r) => (
                    <Link href={`${base}/${r.id}`} className="text-primary underline underline-offset-4">
                      {nameOf(r)}
                    </Link>
                  ),
                },
                ...rest.map((key) => ({
                  key,
                  header: t(`${book}.fields.${key}`),
                  className: "min-w-24",
                  cell: (r: RegisterRecord) => shownValue(t, def, r, key),
                })),
                {
                  key: "unit",
                  header: t("desk.unit"),
                  className: "min-w-32",
                  cell: (r) => unitLabel({ name: r.unitName, nameEn: r.unitNameEn }, locale),
                },
                ...(def.status
                  ? [
                      {
                        key: "status",
                        header: t("desk.status"),
                        className: "whitespace-nowrap",
                        cell: (r: RegisterRecord) => (
                          <span className="flex flex-col gap-1">
                            <Badge variant={def.status?.tones[r.status ?? ""] ?? "neutral"} className="self-start">
                              {t(`${book}.statuses.${r.status}`)}
                            </Badge>
                            {shownDetails(t, def, r).map((line) => (
                              <span key={line} className="text-sm text-muted-foreground">
                                {line}
                              </span>
                            ))}
                          </span>
                        ),
                      },
                    ]
                  : []),
                {
                  key: "action",
                  header: t("desk.action"),
                  cell: (r) => {
                    const choices = statusChoices(t, def, r);
                    return (
                      <span className="flex flex-col">
                        <Link
                          href={`${base}/${r.id}`}
                          aria-label={t("desk.editTitle", { record: nameOf(r) })}
                          className="inline-flex min-h-tap items-center text-primary underline underline-offset-4"
                        >
                          {t("desk.edit")}
                        </Link>
                        {choices.options.length ? (
                          <RegisterStatusForm register={def.key} id={r.id} title={nameOf(r)} {...choices} />
                        ) : null}
                      </span>
                    );
                  },
                },
              ]}
            />
          )}
          <Pager
            size="md"
            page={list.page}
            pages={pages}
            hrefFor={(target) => hrefFor({ page: target })}
            labels={{
              nav: t("desk.pager"),
              status: t("desk.page", { page: list.page, pages }),
              previous: t("desk.previous"),
              next: t("desk.next"),
            }}
          />
        </CardContent>
      </Card>
    </div>
  );
}
