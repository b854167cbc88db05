import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { requireAdminPage } from "@/server/accounts/page-guards";
import type { FieldChange } from "@/server/catalog/diff-service";
import { loadAdminService } from "../load-admin-service";
import { Table } from "@/components/ui/table";

type Params = Promise<{ code: string }>;

/** A fixed title: metadata may be computed before the layout's admin check, so it reads nothing. */
export async function generateMetadata() {
  const t = await getTranslations("catalogAdmin");
  return { title: t("history") };
}

/** Renders a changed value for people: texts as they are, lists one per line, objects as readable JSON. */
function shown(value: unknown, words: { empty: string; yes: string; no: string }): string {
  if (value === null || value === undefined || value === "") return words.empty;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join("\n");
  return JSON.stringify(value, null, 2);
}

/**
 * The handling configuration's parts by name ("办理配置：审批方式", "在线表单：分区 father"), so a version
 * says which part of the engine or the form changed: the message key and its values, null for the guide.
 */
function configFieldKey(field: string): { key: string; values?: { key: string } } | null {
  if (field === "form.sections.order" || /^(created|mode|engine|form|engine\.\w+|form\.(routing|version))$/.test(field))
    return { key: `fields.${field.replace(/\./g, "_")}` };
  if (field.startsWith("form.sections.")) return { key: "fields.formSection", values: { key: field.slice(14) } };
  return null;
}

/** Who changed what and when: each saved version with its field-level before and after. */
export default async function AdminServiceHistoryPage({ params }: { params: Params }) {
  const { code } = await params;
  await requireAdminPage(`/admin/services/${code}/history`);
  const [service, t, tc, format, locale] = await Promise.all([
    loadAdminService(code),
    getTranslations("catalogAdmin.historyPage"),
    getTranslations("serviceConfig.history"),
    getFormatter(),
    getLocale(),
  ]);
  const versions = await getQueryClient().fetchQuery(trpc.catalogAdmin.versions.queryOptions({ code: service.code }));
  const words = { empty: t("empty"), yes: t("yes"), no: t("no") };
  // A new service's first version says where it came from: "blank:station_review" or "copy:HZ001".
  const createdFrom = (value: unknown) => {
    const [kind, what] = String(value).split(":");
    return kind === "copy" ? tc("copyOf", { code: what ?? "" }) : tc(`templates.${what}` as never);
  };
  const fieldName = (c: FieldChange) => {
    const config = configFieldKey(c.field);
    if (config) return tc(config.key as never, config.values as never);
    return c.field.startsWith("guide.materials.") && c.field !== "guide.materials.order"
      ? t("fields.material", { key: c.field.slice("guide.materials.".length) })
      : t(`fields.${c.field}` as never);
  };

  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <p>
          <Link href={`/admin/services/${service.code}`} className="text-primary underline underline-offset-4">
            {t("back")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("title", { name: locale === "en" ? service.nameEn : service.name })}</h1>
      </div>
      {versions.length === 0 ? <p>{t("none")}</p> : null}
      <ol className="flex flex-col gap-6">
        {versions.map((v) => (
          <li key={v.version}>
            <section
              aria-labelledby={`version-${v.version}`}
              className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4"
            >
              <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
                <h2 id={`version-${v.version}`} className="text-lg font-semibold">
                  {t("version", { version: v.version })}
                </h2>
                <p className="text-muted-foreground">
                  {t("by", {
                    name: v.changedBy?.name ?? t("unknownUser"),
                    date: format.dateTime(v.changedAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </p>
              </div>
              <Table
                rows={v.changes}
                rowKey={(c) => c.field}
                columns={[
                  {
                    key: "field",
                    header: t("field"),
                    rowHeader: true,
                    className: "whitespace-nowrap",
                    cell: (c) => fieldName(c),
                  },
                  {
                    key: "before",
                    header: t("before"),
                    cell: (c) => (
                      <pre className="max-w-md font-sans whitespace-pre-wrap break-words">{shown(c.before, words)}</pre>
                    ),
                  },
                  {
                    key: "after",
                    header: t("after"),
                    cell: (c) => (
                      <pre className="max-w-md font-sans whitespace-pre-wrap break-words">
                        {c.field === "created" ? createdFrom(c.after) : shown(c.after, words)}
                      </pre>
                    ),
                  },
                ]}
              />
            </section>
          </li>
        ))}
      </ol>
    </div>
  );
}
