import { getFormatter, getTranslations } from "next-intl/server";
import { Pager } from "@/components/console/pager";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { requireAdminPage } from "@/server/accounts/page-guards";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { type PaymentListStatus, paymentListStatuses } from "@/server/payments/list-payments";
import { paymentHandlers } from "@/server/payments/payment-handlers";
import type { ReconciliationStatus } from "@/server/payments/reconcile-payments";
import { fenToYuan } from "@/server/payments/yuan";

export async function generateMetadata() {
  const t = await getTranslations("paymentsAdmin");
  return { title: t("title") };
}

const providers = ["sandbox", "alipay"] as const;
const purposes = Object.keys(paymentHandlers);
/** How many of the day's rows needing attention the page lists; the CSV has them all. */
const shownReconciliationRows = 100;

function one(value: string | string[] | undefined) {
  const v = Array.isArray(value) ? value[0] : value;
  return v?.trim() || undefined;
}

/** A real calendar day in YYYY-MM-DD, else undefined (a hand-edited URL falls back to the default). */
function dayParam(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

const statusBadge: Record<PaymentListStatus, "neutral" | "success" | "warning" | "destructive" | "primary"> = {
  pending: "primary",
  expired: "neutral",
  paid: "success",
  closed: "neutral",
  refunded: "warning",
};

const th = "py-2 pe-3 text-start font-medium";

export default async function AdminPaymentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdminPage("/admin/payments");
  const query = await searchParams;
  const today = chinaToday();
  const toDay = dayParam(one(query.to)) ?? today;
  const fromDay = dayParam(one(query.from)) ?? addDays(toDay, -6);
  const rangeOk = fromDay <= toDay && fromDay >= addDays(toDay, -365);
  const statusValue = one(query.status);
  const status = (paymentListStatuses as readonly string[]).includes(statusValue ?? "") ? (statusValue as PaymentListStatus) : undefined;
  const purposeValue = one(query.purpose);
  const purpose = purposes.includes(purposeValue ?? "") ? purposeValue : undefined;
  const providerValue = one(query.provider);
  const provider = (providers as readonly string[]).includes(providerValue ?? "") ? providerValue : undefined;
  const numberValue = one(query.number);
  const number = numberValue && /^[0-9A-Za-z]{1,64}$/.test(numberValue) ? numberValue : undefined;
  const pageValue = Number(one(query.page));
  const page = Number.isInteger(pageValue) && pageValue >= 1 && pageValue <= 100_000 ? pageValue : 1;
  const day = dayParam(one(query.day)) ?? toDay;

  const queryClient = getQueryClient();
  const [t, format, list, report] = await Promise.all([
    getTranslations("paymentsAdmin"),
    getFormatter(),
    rangeOk
      ? queryClient.fetchQuery(trpc.paymentsAdmin.list.queryOptions({ fromDay, toDay, status, purpose, provider, number, page }))
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
              {(control) => (
                <Input {...control} type="date" name="day" defaultValue={day} max={today} required />
              )}
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
              ["paid", t("reconciliation.countAmount", { count: totals.paidOrders, amount: fenToYuan(totals.paidFen) })],
              [
                "confirmed",
                t("reconciliation.countAmount", { count: totals.confirmedOrders, amount: fenToYuan(totals.confirmedFen) }),
              ],
              ["flagged", t("reconciliation.count", { count: totals.flagged })],
              ["unverified", t("reconciliation.count", { count: totals.unverifiedNotifications })],
            ].map(([key, value]) => (
              <div
                key={key}
                className={cn(
                  "rounded-md border border-border p-3",
                  key === "flagged" && totals.flagged > 0 && "border-destructive/40 bg-destructive-soft text-destructive",
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
            <div className="overflow-x-auto">
              <table className="w-full text-start text-sm">
                <caption className="pb-2 text-start font-medium">{t("reconciliation.notOk")}</caption>
                <thead>
                  <tr className="border-b border-border text-muted-foreground">
                    <th scope="col" className={th}>{t("list.orderNo")}</th>
                    <th scope="col" className={th}>{t("reconciliation.result")}</th>
                    <th scope="col" className={cn(th, "text-end")}>{t("reconciliation.orderAmount")}</th>
                    <th scope="col" className={cn(th, "text-end")}>{t("reconciliation.notifiedAmount")}</th>
                    <th scope="col" className={th}>{t("list.provider")}</th>
                    <th scope="col" className={th}>{t("reconciliation.notifications")}</th>
                    <th scope="col" className="py-2 text-start font-medium">{t("reconciliation.lastNotification")}</th>
                  </tr>
                </thead>
                <tbody>
                  {attention.slice(0, shownReconciliationRows).map((row) => (
                    <tr
                      key={row.orderNo}
                      data-reconciliation-row={row.status}
                      className={cn(
                        "border-b border-border align-top last:border-0",
                        row.flagged && "bg-destructive-soft text-destructive",
                      )}
                    >
                      <td className="py-2 pe-3 font-mono">{row.orderNo}</td>
                      <td className="py-2 pe-3">
                        <Badge variant={row.flagged ? "destructive" : "neutral"}>
                          {labelOf("reconciliationStatuses", row.status satisfies ReconciliationStatus)}
                        </Badge>
                      </td>
                      <td className="py-2 pe-3 text-end tabular-nums">
                        {row.orderAmountFen === null ? "—" : fenToYuan(row.orderAmountFen)}
                      </td>
                      <td className="py-2 pe-3 text-end tabular-nums">
                        {row.notifiedAmountFen === null ? "—" : fenToYuan(row.notifiedAmountFen)}
                      </td>
                      <td className="py-2 pe-3">{labelOf("providers", row.provider)}</td>
                      <td className="py-2 pe-3 tabular-nums">{row.notifications}</td>
                      <td className="py-2">
                        {row.lastNotificationAt ? (
                          <span className="flex flex-col">
                            <span className="tabular-nums">{when(row.lastNotificationAt)}</span>
                            <span>
                              {row.lastOutcome ? labelOf("outcomes", row.lastOutcome) : null}
                              {row.lastReason ? ` · ${row.lastReason}` : null}
                            </span>
                          </span>
                        ) : (
                          "—"
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
              {(control) => (
                <Input {...control} type="date" name="from" defaultValue={fromDay} max={today} required />
              )}
            </Field>
            <Field id="payments-to" label={t("filter.toDay")}>
              {(control) => (
                <Input {...control} type="date" name="to" defaultValue={toDay} max={today} required />
              )}
            </Field>
            <Field id="payments-status" label={t("filter.status")}>
              {(control) => (
                <Select {...control} name="status" defaultValue={status ?? ""}>
                  <option value="">{t("filter.all")}</option>
                  {paymentListStatuses.map((s) => (
                    <option key={s} value={s}>
                      {t(`statuses.${s}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id="payments-purpose" label={t("filter.purpose")}>
              {(control) => (
                <Select {...control} name="purpose" defaultValue={purpose ?? ""}>
                  <option value="">{t("filter.all")}</option>
                  {purposes.map((p) => (
                    <option key={p} value={p}>
                      {labelOf("purposes", p)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id="payments-provider" label={t("filter.provider")}>
              {(control) => (
                <Select {...control} name="provider" defaultValue={provider ?? ""}>
                  <option value="">{t("filter.all")}</option>
                  {providers.map((p) => (
                    <option key={p} value={p}>
                      {labelOf("providers", p)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="payments-number">{t("filter.number")}</Label>
              <Input
                id="payments-number"
                name="number"
                defaultValue={number ?? ""}
                maxLength={64}
                pattern="[0-9A-Za-z]*"
                autoComplete="off"
                aria-describedby="payments-number-hint"
              />
              <p id="payments-number-hint" className="text-sm text-muted-foreground">
                {t("filter.numberHint")}
              </p>
            </div>
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
            <div className="overflow-x-auto">
              <table className="w-full text-start text-sm">
                <thead>
                  <tr className="border-b border-border text-muted-foreground">
                    <th scope="col" className={th}>{t("list.orderNo")}</th>
                    <th scope="col" className={th}>{t("list.purpose")}</th>
                    <th scope="col" className={cn(th, "text-end")}>{t("list.amount")}</th>
                    <th scope="col" className={th}>{t("list.status")}</th>
                    <th scope="col" className={th}>{t("list.provider")}</th>
                    <th scope="col" className={th}>{t("list.payer")}</th>
                    <th scope="col" className={th}>{t("list.createdAt")}</th>
                    <th scope="col" className="py-2 text-start font-medium">{t("list.paidAt")}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.rows.map((row) => (
                    <tr key={row.orderNo} className="border-b border-border align-top last:border-0" data-payment-row={row.status}>
                      <td className="py-2 pe-3">
                        <span className="flex flex-col">
                          <span className="font-mono">{row.orderNo}</span>
                          {row.providerTradeNo ? (
                            <span className="font-mono text-xs text-muted-foreground" title={t("list.tradeNo")}>
                              {row.providerTradeNo}
                            </span>
                          ) : null}
                        </span>
                      </td>
                      <td className="py-2 pe-3">
                        <span className="flex flex-col">
                          <span>{labelOf("purposes", row.purpose)}</span>
                          <span className="text-muted-foreground">{row.description}</span>
                        </span>
                      </td>
                      <td className="py-2 pe-3 text-end tabular-nums">{fenToYuan(row.amountFen)}</td>
                      <td className="py-2 pe-3">
                        <Badge variant={statusBadge[row.status]} className="whitespace-nowrap">
                          {t(`statuses.${row.status}`)}
                        </Badge>
                      </td>
                      <td className="py-2 pe-3">{labelOf("providers", row.provider)}</td>
                      <td className="py-2 pe-3">{row.payerMaskedName}</td>
                      <td className="py-2 pe-3 whitespace-nowrap tabular-nums">{when(row.createdAt)}</td>
                      <td className="py-2 whitespace-nowrap tabular-nums">{when(row.paidAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
