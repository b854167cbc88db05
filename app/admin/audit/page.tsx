import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Pager } from "@/components/console/pager";
import { unitLabel } from "@/components/orgs/unit-label";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { requireAdminPage } from "@/server/accounts/page-guards";
import type { Locale } from "@/server/i18n/config";
import { SubjectFilter } from "./subject-filter";

export async function generateMetadata() {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

/** The actions the filter offers; entries with other actions still show, under their code. */
const knownActions = [
  "citizen.lookup",
  "account.unlock",
  "staff.created",
  "staff.roles_changed",
  "staff.disabled",
  "staff.enabled",
  "staff.totp_reset",
  "audit.viewed",
  "auth.sign_in",
  "auth.sign_out",
  "auth.locked",
  "auth.sessions_revoked",
  "auth.totp.enrolment_started",
  "auth.totp.enrolled",
  "account.registered",
  "account.password_reset",
  "account.password_changed",
  "account.phone_changed",
  "account.data_exported",
];

const actionPattern = /^[a-z_.]{1,64}$/;
const subjectPattern = /^[0-9a-f]{64}$/;

function one(value: string | string[] | undefined) {
  return Array.isArray(value) ? value[0] : value;
}

const outcomeBadge = { ok: "success", denied: "warning", failed: "destructive" } as const;

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdminPage("/admin/audit");
  const query = await searchParams;
  const actionParam = one(query.action);
  const action = actionParam && actionPattern.test(actionParam) ? actionParam : undefined;
  const subjectParam = one(query.subject);
  const subject = subjectParam && subjectPattern.test(subjectParam) ? subjectParam : undefined;
  const pageParam = Number(one(query.page));
  const page = Number.isInteger(pageParam) && pageParam >= 1 && pageParam <= 100_000 ? pageParam : 1;

  const [t, shell, format, locale, list] = await Promise.all([
    getTranslations("audit"),
    getTranslations("shell"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    getQueryClient().fetchQuery(trpc.audit.list.queryOptions({ action, subject, page })),
  ]);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const href = (p: { action?: string; subject?: string; page?: number }) => {
    const params = new URLSearchParams();
    if (p.action) params.set("action", p.action);
    if (p.subject) params.set("subject", p.subject);
    if (p.page && p.page > 1) params.set("page", String(p.page));
    const search = params.toString();
    return search ? `/admin/audit?${search}` : "/admin/audit";
  };
  const actionLabel = (code: string) => {
    const key = `actions.${code}` as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : code;
  };
  const roleLabel = (roles: string | null) =>
    (roles ?? "")
      .split(",")
      .filter(Boolean)
      .map((r) => (shell.has(`roles.${r}` as never) ? shell(`roles.${r}` as never) : r))
      .join("、");
  const actions = action && !knownActions.includes(action) ? [...knownActions, action] : knownActions;

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
          <form method="get" action="/admin/audit" className="flex flex-col gap-3 md:flex-row md:items-end">
            {subject ? <input type="hidden" name="subject" value={subject} /> : null}
            <div className="flex flex-1 flex-col gap-1.5">
              <Label htmlFor="audit-action">{t("filter.action")}</Label>
              <Select id="audit-action" name="action" defaultValue={action ?? ""}>
                <option value="">{t("filter.allActions")}</option>
                {actions.map((a) => (
                  <option key={a} value={a}>
                    {actionLabel(a)}
                  </option>
                ))}
              </Select>
            </div>
            <Button type="submit" variant="secondary">
              {t("filter.apply")}
            </Button>
          </form>
          {subject ? (
            <p className="flex flex-wrap items-center gap-3" role="status">
              {t("filter.subjectActive")}
              <Link href={href({ action })} className="text-primary underline underline-offset-4">
                {t("filter.clearSubject")}
              </Link>
            </p>
          ) : (
            <SubjectFilter action={action} />
          )}
        </CardContent>
      </Card>

      <Card aria-labelledby="audit-entries">
        <CardHeader>
          <CardTitle id="audit-entries">{t("title")}</CardTitle>
          <CardDescription>{t("list.summary", { total: list.total })}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {list.rows.length ? (
            <div className="overflow-x-auto">
              <table className="w-full text-start text-sm">
                <thead>
                  <tr className="border-b border-border text-muted-foreground">
                    <th scope="col" className="py-2 pe-3 text-start font-medium">{t("list.at")}</th>
                    <th scope="col" className="py-2 pe-3 text-start font-medium">{t("list.actor")}</th>
                    <th scope="col" className="py-2 pe-3 text-start font-medium">{t("list.action")}</th>
                    <th scope="col" className="py-2 pe-3 text-start font-medium">{t("list.outcome")}</th>
                    <th scope="col" className="py-2 pe-3 text-start font-medium">{t("list.details")}</th>
                    <th scope="col" className="py-2 text-start font-medium">{t("list.ip")}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.rows.map((row) => (
                    <tr key={row.id} className="border-b border-border align-top last:border-0" data-audit-row={row.action}>
                      <td className="py-2 pe-3 whitespace-nowrap tabular-nums">
                        {format.dateTime(row.at, { dateStyle: "short", timeStyle: "medium" })}
                      </td>
                      <td className="py-2 pe-3">
                        {row.actor ? (
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
                        )}
                      </td>
                      <td className="py-2 pe-3">
                        <span className="flex flex-col">
                          <span className="font-medium">{actionLabel(row.action)}</span>
                          <code className="text-xs text-muted-foreground">{row.action}</code>
                          {row.subject && row.subject !== subject ? (
                            <Link href={href({ subject: row.subject })} className="text-primary underline underline-offset-4">
                              {t("list.onlyThisPerson")}
                            </Link>
                          ) : null}
                        </span>
                      </td>
                      <td className="py-2 pe-3">
                        <Badge
                          variant={outcomeBadge[row.outcome as keyof typeof outcomeBadge] ?? "neutral"}
                          className="whitespace-nowrap"
                        >
                          {row.outcome in outcomeBadge ? t(`outcomes.${row.outcome as keyof typeof outcomeBadge}`) : row.outcome}
                        </Badge>
                      </td>
                      <td className="max-w-md py-2 pe-3">
                        {row.details ? (
                          <code className="block text-xs break-all whitespace-pre-wrap">{JSON.stringify(row.details)}</code>
                        ) : null}
                      </td>
                      <td className="py-2 tabular-nums">{row.ip ?? ""}</td>
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
            hrefFor={(p) => href({ action, subject, page: p })}
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
