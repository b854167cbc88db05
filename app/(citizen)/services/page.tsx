import { Search } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/field";
import { parseSearchParams, type SearchParams, searchParam } from "@/components/ui/search-params";
import { SelectField } from "@/components/ui/select-field";
import { serviceKind } from "@/db/schema";
import type { ServiceListItem } from "@/server/catalog/search-services";
import { ServiceListEntry } from "./service-list-entry";

export async function generateMetadata() {
  const t = await getTranslations("catalog");
  return { title: t("title") };
}

/**
 * The catalogue: a plain GET form (works without JavaScript) over `?q=&category=&kind=`, category tabs,
 * then the services grouped by category, or ranked when searching.
 */
export default async function ServicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const queryClient = getQueryClient();
  const [t, locale, categories] = await Promise.all([
    getTranslations("catalog"),
    getLocale(),
    queryClient.fetchQuery(trpc.catalog.categories.queryOptions()),
  ]);
  const en = locale === "en";
  // Unknown values in a hand-edited URL fall back to "all" rather than failing the page.
  const parsed = parseSearchParams(
    { q: searchParam.text(100), category: searchParam.text(100), kind: searchParam.oneOf(serviceKind.enumValues) },
    query,
  );
  const { q, kind } = parsed;
  const category = categories.some((c) => c.code === parsed.category) ? parsed.category : undefined;
  const results = await queryClient.fetchQuery(trpc.catalog.search.queryOptions({ q, category, kind }));
  const total = categories.reduce((n, c) => n + c.enabledCount, 0);

  const hrefWith = (patch: { category?: string }) => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (patch.category) params.set("category", patch.category);
    if (kind) params.set("kind", kind);
    const s = params.toString();
    return s ? `/services?${s}` : "/services";
  };
  const grouped = categories
    .map((c) => ({ category: c, services: results.filter((s) => s.category.code === c.code) }))
    .filter((g) => g.services.length > 0);
  const filtered = Boolean(q || category || kind);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("title")}</h1>
        <p className="text-muted-foreground">{t("lead", { count: total })}</p>
      </header>

      <form
        action="/services"
        method="get"
        role="search"
        className="grid gap-3 rounded-lg border border-border bg-surface p-4 md:grid-cols-[minmax(0,1fr)_12rem_10rem_auto] md:items-end"
      >
        <Field id="service-q" label={t("search.label")}>
          {(control) => (
            <Input
              {...control}
              name="q"
              type="search"
              defaultValue={q}
              maxLength={100}
              placeholder={t("search.placeholder")}
              enterKeyHint="search"
            />
          )}
        </Field>
        <SelectField
          id="service-category"
          label={t("search.category")}
          name="category"
          defaultValue={category ?? ""}
          emptyOption={t("search.allCategories")}
          options={categories.map((c) => ({ value: c.code, label: en ? c.nameEn : c.name }))}
        />
        <SelectField
          id="service-kind"
          label={t("search.kind")}
          name="kind"
          defaultValue={kind ?? ""}
          emptyOption={t("search.allKinds")}
          options={serviceKind.enumValues.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit">
            <Search aria-hidden="true" />
            {t("search.submit")}
          </Button>
          {filtered ? (
            <Link href="/services" className="min-h-tap content-center text-primary underline underline-offset-4">
              {t("search.clear")}
            </Link>
          ) : null}
        </div>
      </form>

      <nav aria-label={t("categoriesNav")}>
        <ul className="flex gap-2 overflow-x-auto pb-1">
          <li className="shrink-0">
            <CategoryTab href={hrefWith({})} current={!category} label={t("allCategoriesTab")} />
          </li>
          {categories.map((c) => (
            <li key={c.code} className="shrink-0">
              <CategoryTab
                href={hrefWith({ category: c.code })}
                current={category === c.code}
                label={en ? c.nameEn : c.name}
                count={t("categoryCount", { count: c.enabledCount })}
              />
            </li>
          ))}
        </ul>
      </nav>

      <p role="status" className="font-medium">
        {results.length ? t("results.count", { count: results.length }) : t("results.none")}
      </p>

      {q ? (
        <section aria-labelledby="search-results" className="flex flex-col gap-3">
          <h2 id="search-results" className="sr-only">
            {t("results.heading")}
          </h2>
          <ServiceList services={results} showCategory />
        </section>
      ) : (
        grouped.map(({ category: c, services }) => (
          <section key={c.code} aria-labelledby={`category-${c.code}`} className="flex flex-col gap-3">
            <h2 id={`category-${c.code}`} className="text-xl font-semibold">
              {en ? c.nameEn : c.name}
            </h2>
            <ServiceList services={services} />
          </section>
        ))
      )}
    </div>
  );
}

function CategoryTab({
  href,
  current,
  label,
  count,
}: {
  href: string;
  current: boolean;
  label: string;
  count?: string;
}) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className="inline-flex min-h-tap items-center gap-1.5 rounded-full border border-border bg-surface px-4 font-medium text-foreground no-underline hover:bg-muted aria-[current=page]:border-primary aria-[current=page]:bg-primary aria-[current=page]:text-primary-foreground"
    >
      {label}
      {count ? <span className="text-sm opacity-80">{count}</span> : null}
    </Link>
  );
}

function ServiceList({ services, showCategory = false }: { services: ServiceListItem[]; showCategory?: boolean }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {services.map((s) => (
        <li key={s.code}>
          <ServiceListEntry service={s} showCategory={showCategory} />
        </li>
      ))}
    </ul>
  );
}
