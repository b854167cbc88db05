import { Rss, Search } from "lucide-react";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Pager } from "@/components/console/pager";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { parseSearchParams, searchParam, type SearchParams } from "@/components/ui/search-params";
import { Select } from "@/components/ui/select";

const filterShape = {
  view: searchParam.oneOf(["current", "archive"]),
  city: searchParam.text(6),
  service: searchParam.text(8),
  q: searchParam.text(50),
  page: searchParam.page(),
};

/**
 * A public notice board: one service's (`serviceCode`) or all of them, current or archived, searchable and
 * filtered by city, with its Atom feed. Reads nothing of the visitor, so the page is the same for everyone.
 */
export async function NoticeBoard({ serviceCode, query }: { serviceCode?: string; query: SearchParams }) {
  const filter = parseSearchParams(filterShape, query);
  const view = filter.view ?? "current";
  const city = filter.city && /^\d{6}$/.test(filter.city) ? filter.city : undefined;
  const service =
    serviceCode ?? (filter.service && /^[A-Z]{2}\d{3}$/.test(filter.service) ? filter.service : undefined);
  const qc = getQueryClient();
  const [t, format, locale, board, cities, services] = await Promise.all([
    getTranslations("notices.board"),
    getFormatter(),
    getLocale(),
    qc.fetchQuery(
      trpc.notices.board.queryOptions({ view, serviceCode: service, cityCode: city, q: filter.q, page: filter.page }),
    ),
    qc.fetchQuery(trpc.notices.cities.queryOptions()),
    serviceCode ? Promise.resolve([]) : qc.fetchQuery(trpc.notices.services.queryOptions()),
  ]);
  const en = locale === "en";
  const base = serviceCode ? `/services/${serviceCode}/notices` : "/notices";
  const hrefFor = (changes: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    const merged = { view, city, service: serviceCode ? undefined : service, q: filter.q, ...changes };
    for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== "") params.set(k, String(v));
    if (merged.view === "current") params.delete("view");
    if (params.get("page") === "1") params.delete("page");
    const s = params.toString();
    return s ? `${base}?${s}` : base;
  };
  const pages = Math.max(1, Math.ceil(board.total / board.pageSize));
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "Asia/Shanghai" });
  const lastDay = (d: Date) => day(new Date(d.getTime() - 1));

  return (
    <div className="flex flex-col gap-5">
      <nav aria-label={t("views")} className="flex gap-2">
        {(["current", "archive"] as const).map((v) => (
          <Link
            key={v}
            href={hrefFor({ view: v, page: undefined })}
            aria-current={v === view ? "page" : undefined}
            className={`inline-flex min-h-tap items-center rounded-md px-4 py-2 ${
              v === view ? "bg-primary text-primary-foreground" : "border border-border text-foreground"
            }`}
          >
            {t(v)}
          </Link>
        ))}
      </nav>
      <form
        method="get"
        action={base}
        role="search"
        className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end"
      >
        {view === "archive" ? <input type="hidden" name="view" value="archive" /> : null}
        <label className="flex min-w-0 flex-1 flex-col gap-1.5">
          <span className="font-medium">{t("q")}</span>
          <Input type="search" name="q" defaultValue={filter.q ?? ""} maxLength={50} placeholder={t("qHint")} />
        </label>
        <label className="flex flex-col gap-1.5">
          <span className="font-medium">{t("city")}</span>
          <Select name="city" defaultValue={city ?? ""}>
            <option value="">{t("allCities")}</option>
            {cities.map((c) => (
              <option key={c.code} value={c.code}>
                {en ? (c.nameEn ?? c.name) : c.name}
              </option>
            ))}
          </Select>
        </label>
        {serviceCode ? null : (
          <label className="flex flex-col gap-1.5">
            <span className="font-medium">{t("service")}</span>
            <Select name="service" defaultValue={service ?? ""}>
              <option value="">{t("allServices")}</option>
              {services.map((s) => (
                <option key={s.code} value={s.code}>
                  {en ? s.nameEn : s.name}
                </option>
              ))}
            </Select>
          </label>
        )}
        <Button type="submit" className="self-stretch sm:self-end">
          <Search aria-hidden="true" />
          {t("search")}
        </Button>
      </form>
      <p className="text-sm text-muted-foreground" role="status">
        {t("count", { total: board.total })}
      </p>
      {board.items.length === 0 ? <p>{t(view === "current" ? "emptyCurrent" : "emptyArchive")}</p> : null}
      <ul className="flex flex-col gap-3" data-testid="notice-list">
        {board.items.map((n) => (
          <li key={n.id} className="flex flex-col gap-1.5 rounded-lg border border-border bg-surface p-4">
            <Link
              href={`/notices/${n.id}`}
              className="text-lg font-semibold text-primary underline-offset-4 hover:underline break-words"
            >
              {n.title}
            </Link>
            <p className="text-sm text-muted-foreground">
              {[
                en ? (n.unit.nameEn ?? n.unit.name) : n.unit.name,
                serviceCode ? null : en ? n.service.nameEn : n.service.name,
                t("period", { from: day(n.periodStart), to: lastDay(n.periodEnd) }),
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            <p className="break-words">{n.excerpt}</p>
          </li>
        ))}
      </ul>
      <Pager
        page={board.page}
        pages={pages}
        hrefFor={(page) => hrefFor({ page })}
        labels={{
          nav: t("pager"),
          status: t("pageStatus", { page: board.page, pages }),
          previous: t("previous"),
          next: t("next"),
        }}
      />
      <a
        href={`${base}/feed.xml`}
        className="inline-flex min-h-tap items-center gap-2 self-start text-primary underline underline-offset-4"
      >
        <Rss aria-hidden="true" className="size-4" />
        {t("feed")}
      </a>
    </div>
  );
}
