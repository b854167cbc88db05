import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pager } from "@/components/console/pager";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/field";
import { Table } from "@/components/ui/table";
import { parseSearchParams, type SearchParams, searchParam } from "@/components/ui/search-params";
import { SelectField } from "@/components/ui/select-field";
import { requireAdminPage } from "@/server/accounts/page-guards";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { type PaymentListStatus, paymentListStatuses } from "@/server/payments/list-payments";
import { paymentHandlers } from "@/server/payments/payment-handlers";
import type { ReconciliationStatus } from "@/server/payments/reconcile-payments";
import { fenToYuan } from "@/server/money/fen-to-yuan";

export async function generateMetadata() {
  const t = await getTranslations("paymentsAdmin");
  return { title: t("title") };
}

const providers = ["sandbox", "alipay"] as const;
const purposes = Object.keys(paymentHandlers);
/** How many of the day's rows needing attention the page lists; the CSV has them all. */
const shownReconciliationRows = 100;

const statusBadge: Record<PaymentListStatus, "neutral" | "success" | "warning" | "destructive" | "primary"> = {
  pending: "primary",
  expired: "neutral",
  paid: "success",
  closed: "neutral",
  refunded: "warning",
};

export default async function AdminPaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage("/admin/payments");
  const query = await searchParams;
  const today = chinaToday();
  const parsed = parseSearchParams(
    {
      from: searchParam.day(),
      to: searchParam.day(),
      day: searchParam.day(),
      status: searchParam.oneOf(paymentListStatuses),
      purpose: z
        .string()
        .refine((p) => purposes.includes(p))
        .optional(),
      provider: searchParam.oneOf(providers),
      number: z
        .string()
        .regex(/^[0-9A-Za-z]{1,64}$/)
        .optional(),
      page: searchParam.page(),
    },
    query,
  );
  const { status, purpose, provider, number, page } = parsed;
  const toDay = parsed.to ?? today;
  const fromDay = parsed.from ?? addDays(toDay, -6);
  const rangeOk = fromDay <= toDay && fromDay >= addDays(toDay, -365);
  const day = parsed.day ?? toDay;

  const queryClient = getQueryClient();
  const [t, format, list, report] = await Promise.all([
    getTranslations("paymentsAdmin"),
    getFormatter(),
    rangeOk
      ? queryClient.fetchQuery(
          trpc.paymentsAdmin.list.queryOptions({ fromDay, toDay, status, purpose, provider, number, page }),
        )
      : null,
    queryClient.fetchQuery(trpc.paymentsAdmin.reconciliation.queryOptions({ day, provider })),
  ]);

  const filters = { from: fromDay, to: toDay, status, purpose, provider, number };
  const href = (p: Partial<typeof filters> & { page?: number; day?: string }) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(p)) {
      if (value !== undefined && !(key === "page" && value === 1)) params.set(key, String(value));
    }
    const search = params.toString();
    return search ? `/admin/payments?${search}` : "/admin/payments";
  };
  const labelOf = (group: string, code: string) => {
    const key = `${group}.${code}` as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : code;
  };
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "short", timeStyle: "medium" }) : "");
  const csvQuery = new URLSearchParams({ day, ...(provider ? { provider } : {}) });
  const attention = report.rows.filter((r) => r.flagged || r.status === "pending_expired");
  const pages = list ? Math.max(1, Math.ceil(list.total / list.pageSize)) : 1;
  const totals = report.totals;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>

      <Card aria-labelledby="payments-reconciliation">
        <CardHeader>
          <CardTitle id="payments-reconciliation">{t("reconciliation.title")}</CardTitle>
          <CardDescription>{t("reconciliation.intro")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <form method="get" action="/admin/payments" className="flex flex-col gap-3 sm:flex-row sm:items-end">
            {Object.entries(filters).map(([key, value]) =>
              value === undefined ? null : <input key={key} type="hidden" name={key} value={value} />,
            )}
            <Field id="reconciliation-day" label={t("reconciliation.day")}>
              {(control) => <Input {...control} type="date" name="day" defaultValue={day} max={today} required />}
            </Field>
            <Button type="submit" variant="secondary">
              {t("reconciliation.show")}
            </Button>
            <a
              href={`/api/admin/payments/reconciliation?${csvQuery.toString()}`}
              download
              className="text-primary underline underline-offset-4 sm:ms-auto sm:self-center"
            >
              {t("reconciliation.download")}
            </a>
          </form>

          <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
            {[
              ["orders", t("reconciliation.count", { count: totals.orders })],
              [
                "paid",
                t("reconciliation.countAmount", { count: totals.paidOrders, amount: fenToYuan(totals.paidFen) }),
              ],
              [
                "confirmed",
                t("reconciliation.countAmount", {
                  count: totals.confirmedOrders,
                  amount: fenToYuan(totals.confirmedFen),
                }),
              ],
              ["flagged", t("reconciliation.count", { count: totals.flagged })],
              ["unverified", t("reconciliation.count", { count: totals.unverifiedNotifications })],
            ].map(([key, value]) => (
              <div
                key={key}
                className={cn(
                  "rounded-md border border-border p-3",
                  key === "flagged" &&
                    totals.flagged > 0 &&
                    "border-destructive/40 bg-destructive-soft text-destructive",
                )}
              >
                <dt className="text-sm text-muted-foreground">{t(`reconciliation.${key as "orders"}`)}</dt>
                <dd className="text-lg font-semibold tabular-nums" data-total={key}>
                  {value}
                </dd>
              </div>
            ))}
          </dl>

          {totals.flagged === 0 ? <Alert variant="success">{t("reconciliation.allClear")}</Alert> : null}

          {attention.length ? (
            <Table
              caption={t("reconciliation.notOk")}
              rows={attention.slice(0, shownReconciliationRows)}
              rowKey={(row) => row.orderNo}
              rowProps={(row) => ({
                "data-reconciliation-row": row.status,
                className: row.flagged ? "bg-destructive-soft text-destructive" : undefined,
              })}
              columns={[
                { key: "orderNo", header: t("list.orderNo"), className: "font-mono", cell: (row) => row.orderNo },
                {
                  key: "result",
                  header: t("reconciliation.result"),
                  cell: (row) => (
                    <Badge variant={row.flagged ? "destructive" : "neutral"}>
                      {labelOf("reconciliationStatuses", row.status satisfies ReconciliationStatus)}
                    </Badge>
                  ),
                },
                {
                  key: "orderAmount",
                  header: t("reconciliation.orderAmount"),
                  align: "end",
                  numeric: true,
                  cell: (row) => (row.orderAmountFen === null ? "—" : fenToYuan(row.orderAmountFen)),
                },
                {
                  key: "notifiedAmount",
                  header: t("reconciliation.notifiedAmount"),
                  align: "end",
                  numeric: true,
                  cell: (row) => (row.notifiedAmountFen === null ? "—" : fenToYuan(row.notifiedAmountFen)),
                },
                { key: "provider", header: t("list.provider"), cell: (row) => labelOf("providers", row.provider) },
                {
                  key: "notifications",
                  header: t("reconciliation.notifications"),
                  numeric: true,
                  cell: (row) => row.notifications,
                },
                {
                  key: "lastNotification",
                  header: t("reconciliation.lastNotification"),
                  cell: (row) =>
                    row.lastNotificationAt ? (
                      <span className="flex flex-col">
                        <span className="tabular-nums">{when(row.lastNotificationAt)}</span>
                        <span>
                          {row.lastOutcome ? labelOf("outcomes", row.lastOutcome) : null}
                          {row.lastReason ? ` · ${row.lastReason}` : null}
                        </span>
                      </span>
                    ) : (
                      "—"
                    ),
                },
              ]}
            />
          ) : null}
        </CardContent>
      </Card>

      <Card aria-labelledby="payments-filter">
        <CardHeader>
          <CardTitle id="payments-filter">{t("filter.title")}</CardTitle>
        </CardHeader>
        <CardContent>
          <form method="get" action="/admin/payments" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
            <input type="hidden" name="day" value={day} />
            <Field id="payments-from" label={t("filter.fromDay")}>
              {(control) => <Input {...control} type="date" name="from" defaultValue={fromDay} max={today} required />}
            </Field>
            <Field id="payments-to" label={t("filter.toDay")}>
              {(control) => <Input {...control} type="date" name="to" defaultValue={toDay} max={today} required />}
            </Field>
            <SelectField
              id="payments-status"
              label={t("filter.status")}
              name="status"
              defaultValue={status ?? ""}
              emptyOption={t("filter.all")}
              options={paymentListStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
            />
            <SelectField
              id="payments-purpose"
              label={t("filter.purpose")}
              name="purpose"
              defaultValue={purpose ?? ""}
              emptyOption={t("filter.all")}
              options={purposes.map((p) => ({ value: p, label: labelOf("purposes", p) }))}
            />
            <SelectField
              id="payments-provider"
              label={t("filter.provider")}
              name="provider"
              defaultValue={provider ?? ""}
              emptyOption={t("filter.all")}
              options={providers.map((p) => ({ value: p, label: labelOf("providers", p) }))}
            />
            <Field id="payments-number" label={t("filter.number")} hint={t("filter.numberHint")}>
              {(control) => (
                <Input
                  {...control}
                  name="number"
                  defaultValue={number ?? ""}
                  maxLength={64}
                  pattern="[0-9A-Za-z]*"
                  autoComplete="off"
                />
              )}
            </Field>
            <div className="sm:col-span-2 lg:col-span-3">
              <Button type="submit" variant="secondary">
                {t("filter.apply")}
              </Button>
            </div>
          </form>
        </CardContent>
      </Card>

      <Card aria-labelledby="payments-list">
        <CardHeader>
          <CardTitle id="payments-list">{t("list.title")}</CardTitle>
          {list ? (
            <CardDescription data-list-summary>
              {t("list.summary", {
                total: list.total,
                amount: fenToYuan(list.totals.amountFen),
                paidOrders: list.totals.paidOrders,
                paidAmount: fenToYuan(list.totals.paidFen),
              })}
            </CardDescription>
          ) : null}
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {!list ? (
            <Alert variant="warning">{t("filter.badRange")}</Alert>
          ) : list.rows.length ? (
            <Table
              rows={list.rows}
              rowKey={(row) => row.orderNo}
              rowProps={(row) => ({ "data-payment-row": row.status })}
              columns={[
                {
                  key: "orderNo",
                  header: t("list.orderNo"),
                  cell: (row) => (
                    <span className="flex flex-col">
                      <span className="font-mono">{row.orderNo}</span>
                      {row.providerTradeNo ? (
                        <span className="font-mono text-xs text-muted-foreground" title={t("list.tradeNo")}>
                          {row.providerTradeNo}
                        </span>
                      ) : null}
                    </span>
                  ),
                },
                {
                  key: "purpose",
                  header: t("list.purpose"),
                  cell: (row) => (
                    <span className="flex flex-col">
                      <span>{labelOf("purposes", row.purpose)}</span>
                      <span className="text-muted-foreground">{row.description}</span>
                    </span>
                  ),
                },
                {
                  key: "amount",
                  header: t("list.amount"),
                  align: "end",
                  numeric: true,
                  cell: (row) => fenToYuan(row.amountFen),
                },
                {
                  key: "status",
                  header: t("list.status"),
                  cell: (row) => (
                    <Badge variant={statusBadge[row.status]} className="whitespace-nowrap">
                      {t(`statuses.${row.status}`)}
                    </Badge>
                  ),
                },
                { key: "provider", header: t("list.provider"), cell: (row) => labelOf("providers", row.provider) },
                { key: "payer", header: t("list.payer"), cell: (row) => row.payerMaskedName },
                {
                  key: "createdAt",
                  header: t("list.createdAt"),
                  numeric: true,
                  className: "whitespace-nowrap",
                  cell: (row) => when(row.createdAt),
                },
                {
                  key: "paidAt",
                  header: t("list.paidAt"),
                  numeric: true,
                  className: "whitespace-nowrap",
                  cell: (row) => when(row.paidAt),
                },
              ]}
            />
          ) : (
            <p>{t("list.empty")}</p>
          )}
          <Pager
            page={page}
            pages={pages}
            hrefFor={(p) => href({ ...filters, day, page: p })}
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
