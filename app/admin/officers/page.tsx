import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Pager } from "@/components/console/pager";
import { unitLabel } from "@/components/orgs/unit-label";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";
import { parseSearchParams, type SearchParams, searchParam } from "@/components/ui/search-params";
import { SelectField } from "@/components/ui/select-field";
import { requireAdminPage } from "@/server/accounts/page-guards";
import { staffRoles } from "@/server/accounts/session-user";
import type { Locale } from "@/server/i18n/config";
import type { OrgUnitOption } from "@/server/orgs/list-org-units";
import { CreateOfficerForm } from "./create-officer-form";
import { OfficerActions } from "./officer-actions";

export async function generateMetadata() {
  const t = await getTranslations("officers");
  return { title: t("title") };
}

const levelDepth = { province: 0, city: 1, county: 2, station: 3, desk: 2 } as const;

/** Ideographic spaces survive inside <option>, so the tree shows as indentation in a plain select. */
function indentedLabel(unit: OrgUnitOption, locale: Locale) {
  return "\u3000".repeat(levelDepth[unit.level]) + unitLabel(unit, locale);
}

export default async function OfficersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireAdminPage("/admin/officers");
  const query = await searchParams;
  const queryClient = getQueryClient();
  const [t, shell, format, locale, units] = await Promise.all([
    getTranslations("officers"),
    getTranslations("shell"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    queryClient.fetchQuery(trpc.staff.units.queryOptions()),
  ]);

  // Unknown values in a hand-edited URL fall back to "all" rather than failing the page.
  const parsed = parseSearchParams(
    { unit: searchParam.id(), role: searchParam.oneOf(staffRoles), page: searchParam.page() },
    query,
  );
  const unitId = units.some((u) => u.id === parsed.unit) ? parsed.unit : undefined;
  const { role, page } = parsed;

  const list = await queryClient.fetchQuery(trpc.staff.list.queryOptions({ unitId, role, page }));
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const hrefFor = (target: number) => {
    const params = new URLSearchParams();
    if (unitId) params.set("unit", String(unitId));
    if (role) params.set("role", role);
    if (target > 1) params.set("page", String(target));
    const search = params.toString();
    return search ? `/admin/officers?${search}` : "/admin/officers";
  };
  const unitOptions = units.map((u) => ({ id: u.id, label: indentedLabel(u, locale) }));
  const roleOptions = staffRoles.map((r) => ({ value: r, label: shell(`roles.${r}`) }));

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>

      <Card aria-labelledby="officers-list">
        <CardHeader>
          <CardTitle id="officers-list">{t("list.title")}</CardTitle>
          <CardDescription>{t("list.summary", { total: list.total })}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <form
            method="get"
            action="/admin/officers"
            className="flex flex-col gap-3 md:flex-row md:items-end"
            aria-label={t("filter.title")}
          >
            <div className="flex flex-1 flex-col gap-1.5">
              <Label htmlFor="filter-unit">{t("filter.unit")}</Label>
              <Select id="filter-unit" name="unit" defaultValue={unitId ? String(unitId) : ""}>
                <option value="">{t("filter.allUnits")}</option>
                {unitOptions.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.label}
                  </option>
                ))}
              </Select>
            </div>
            <SelectField
              id="filter-role"
              label={t("filter.role")}
              className="md:w-56"
              name="role"
              defaultValue={role ?? ""}
              emptyOption={t("filter.allRoles")}
              options={roleOptions.map((r) => ({ value: r.value, label: r.label }))}
            />
            <Button type="submit" variant="secondary">
              {t("filter.apply")}
            </Button>
          </form>

          {list.rows.length ? (
            <Table
              rows={list.rows}
              rowKey={(row) => row.id}
              rowProps={() => ({ "data-officer-row": "" })}
              columns={[
                {
                  key: "name",
                  header: t("list.name"),
                  rowHeader: true,
                  cell: (row) => (
                    <>
                      {row.maskedName}
                      {row.id === user.id ? (
                        <Badge variant="primary" className="ms-2">
                          {t("list.self")}
                        </Badge>
                      ) : null}
                    </>
                  ),
                },
                { key: "account", header: t("list.account"), numeric: true, cell: (row) => row.maskedAccount },
                {
                  key: "unit",
                  header: t("list.unit"),
                  cell: (row) => (row.unit ? unitLabel(row.unit, locale) : t("list.noUnit")),
                },
                {
                  key: "roles",
                  header: t("list.roles"),
                  cell: (row) => row.roles.map((r) => shell(`roles.${r}`)).join("、"),
                },
                {
                  key: "status",
                  header: t("list.status"),
                  cell: (row) => (
                    <span className="flex flex-wrap gap-1">
                      <Badge variant={row.status === "active" ? "success" : "destructive"}>
                        {t(`list.${row.status}`)}
                      </Badge>
                      <Badge variant={row.totpEnrolled ? "neutral" : "warning"}>
                        {t("list.totp")}：{row.totpEnrolled ? t("list.totpEnrolled") : t("list.totpPending")}
                      </Badge>
                      {row.lockedUntil ? <Badge variant="destructive">{t("list.locked")}</Badge> : null}
                    </span>
                  ),
                },
                {
                  key: "lastSignIn",
                  header: t("list.lastSignIn"),
                  cell: (row) =>
                    row.lastSignInAt
                      ? format.dateTime(row.lastSignInAt, { dateStyle: "medium", timeStyle: "short" })
                      : t("list.never"),
                },
                {
                  key: "actions",
                  header: t("list.actions"),
                  cell: (row) => (
                    <OfficerActions
                      officer={{ id: row.id, maskedName: row.maskedName, roles: row.roles, status: row.status }}
                      isSelf={row.id === user.id}
                      roleOptions={roleOptions}
                    />
                  ),
                },
              ]}
            />
          ) : (
            <p>{t("list.empty")}</p>
          )}
          <Pager
            page={page}
            pages={pages}
            hrefFor={hrefFor}
            labels={{
              nav: t("pager.label"),
              status: t("pager.status", { page, pages }),
              previous: t("pager.previous"),
              next: t("pager.next"),
            }}
          />
        </CardContent>
      </Card>

      <Card aria-labelledby="officers-create">
        <CardHeader>
          <CardTitle id="officers-create">{t("create.title")}</CardTitle>
          <CardDescription>{t("create.intro")}</CardDescription>
        </CardHeader>
        <CardContent>
          <CreateOfficerForm units={unitOptions} roleOptions={roleOptions} />
        </CardContent>
      </Card>
    </div>
  );
}
