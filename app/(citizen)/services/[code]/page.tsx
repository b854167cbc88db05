import "./guide-print.css";
import { TRPCError } from "@trpc/server";
import { Check, FileText, Image as ImageIcon } from "lucide-react";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { FavouriteToggle } from "@/components/catalog/favourite-toggle";
import { GuideOpened } from "@/components/catalog/guide-opened";
import { PrintButton } from "@/components/catalog/print-button";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { ServiceMaterial } from "@/db/schema";
import { serviceCodeSchema } from "@/server/catalog/catalog-codes";
import { GuideAction } from "./guide-action";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { fenToYuan } from "@/server/money/fen-to-yuan";

type Params = Promise<{ code: string }>;

/** One guide per request, shared by the metadata and the page. */
const loadGuide = cache(async (code: string) => {
  if (!serviceCodeSchema.safeParse(code).success) notFound();
  try {
    return await getQueryClient().fetchQuery(trpc.catalog.guide.queryOptions({ code }));
  } catch (error) {
    // Unknown and disabled services are both simply not there for citizens.
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }) {
  const [{ code }, locale] = await Promise.all([params, getLocale()]);
  const service = await loadGuide(code);
  return { title: locale === "en" ? service.nameEn : service.name, description: service.summary };
}

/** A service's guide: server-rendered, printable, with the action its kind offers. */
export default async function ServiceGuidePage({ params }: { params: Params }) {
  const { code } = await params;
  const [service, t, format, locale] = await Promise.all([
    loadGuide(code),
    getTranslations("catalog"),
    getFormatter(),
    getLocale(),
  ]);
  const en = locale === "en";
  const name = en ? service.nameEn : service.name;
  const { guide } = service;
  const requiredCount = guide.materials.filter((m) => m.required).length;

  return (
    <article data-service-guide className="flex flex-col gap-6">
      <Breadcrumb
        label={t("guide.breadcrumb")}
        items={[
          { label: t("title"), href: "/services" },
          {
            label: en ? service.category.nameEn : service.category.name,
            href: `/services?category=${service.category.code}`,
          },
          { label: name },
        ]}
      />

      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-bold text-primary md:text-3xl">{name}</h1>
          <div data-print-hide className="flex items-center gap-2">
            <FavouriteToggle serviceId={service.id} serviceName={name} />
            <GuideOpened serviceId={service.id} />
            <PrintButton label={t("guide.print")} />
          </div>
        </div>
        {en ? (
          <p lang="zh-CN" className="text-muted-foreground">
            {service.name}
          </p>
        ) : null}
        <p className="text-lg">{service.summary}</p>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)_auto_minmax(0,1fr)]">
          <dt className="text-muted-foreground">{t("guide.code")}</dt>
          <dd className="tabular-nums">{service.code}</dd>
          <dt className="text-muted-foreground">{t("guide.kind")}</dt>
          <dd>{t(`kinds.${service.kind}`)}</dd>
          <dt className="text-muted-foreground">{t("guide.mode")}</dt>
          <dd>{t(`modes.${service.mode}`)}</dd>
          <dt className="text-muted-foreground">{t("guide.category")}</dt>
          <dd>{en ? service.category.nameEn : service.category.name}</dd>
        </dl>
      </div>

      {service.maintenance ? (
        <Alert variant="warning" role="status" title={t("guide.maintenanceTitle")}>
          {t("guide.maintenanceBody")}
        </Alert>
      ) : null}

      <GuideAction service={service} />

      <GuideSection id="eligibility" title={t("guide.eligibility")}>
        <p className="whitespace-pre-line">{guide.eligibility}</p>
      </GuideSection>

      <GuideSection id="steps" title={t("guide.steps")}>
        <ol className="flex flex-col gap-4">
          {guide.steps.map((step, i) => (
            <li key={`${i}-${step.title}`} className="flex gap-3">
              <span
                aria-hidden="true"
                className="flex size-8 shrink-0 items-center justify-center rounded-full bg-primary font-semibold text-primary-foreground"
              >
                {i + 1}
              </span>
              <div className="flex min-w-0 flex-col gap-1">
                <h3 className="font-semibold">{step.title}</h3>
                <p className="text-muted-foreground">{step.detail}</p>
              </div>
            </li>
          ))}
        </ol>
      </GuideSection>

      <GuideSection
        id="materials"
        title={t("guide.materials")}
        lead={
          guide.materials.length
            ? t("guide.materialsCount", { count: guide.materials.length, required: requiredCount })
            : undefined
        }
      >
        {guide.materials.length ? (
          <ul className="flex flex-col divide-y divide-border">
            {guide.materials.map((m) => (
              <li key={m.key} className="flex flex-col gap-1.5 py-3 first:pt-0 last:pb-0">
                <MaterialEntry material={m} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("guide.noMaterials")}</p>
        )}
      </GuideSection>

      <GuideSection id="fees" title={t("guide.fees")}>
        {guide.fees.length ? (
          <ul className="flex flex-col gap-2">
            {guide.fees.map((fee, i) => (
              <li key={`${i}-${fee.item}`} className="flex flex-col gap-0.5">
                <p>
                  <span className="font-medium">{fee.item}</span>
                  {"："}
                  <span className="font-semibold">
                    {fee.amountFen === 0
                      ? t("guide.free")
                      : t("guide.feeAmount", { amount: fenToYuan(fee.amountFen, { short: true }) })}
                  </span>
                </p>
                {fee.basis ? (
                  <p className="text-sm text-muted-foreground">{t("guide.feeBasis", { basis: fee.basis })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("guide.noFees")}</p>
        )}
      </GuideSection>

      <GuideSection id="time-limit" title={t("guide.timeLimit")}>
        <p>{guide.timeLimitNote}</p>
      </GuideSection>

      <GuideSection id="window" title={t("guide.window")}>
        <p>{guide.window}</p>
      </GuideSection>

      <GuideSection id="legal-basis" title={t("guide.legalBasis")}>
        <ul className="list-disc ps-5">
          {guide.legalBasis.map((law) => (
            <li key={law}>{law}</li>
          ))}
        </ul>
      </GuideSection>

      {guide.notes?.length ? (
        <GuideSection id="notes" title={t("guide.notes")}>
          <ul className="list-disc ps-5">
            {guide.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </GuideSection>
      ) : null}

      <p className="text-sm text-muted-foreground">
        {t("guide.updatedAt", { date: format.dateTime(service.updatedAt, { dateStyle: "long" }) })}
      </p>
      <p data-print-only className="hidden text-sm">
        {t("guide.printedFrom", { code: service.code })}
      </p>
    </article>
  );
}

function GuideSection({
  id,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby={`guide-${id}`}
      className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4 sm:p-5"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`guide-${id}`} className="text-xl font-semibold">
          {title}
        </h2>
        {lead ? <p className="text-sm text-muted-foreground">{lead}</p> : null}
      </div>
      {children}
    </section>
  );
}

async function MaterialEntry({ material: m }: { material: ServiceMaterial }) {
  const t = await getTranslations("catalog");
  const type = m.sampleFile?.endsWith(".png") ? "png" : "pdf";
  const Icon = type === "png" ? ImageIcon : FileText;
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">{m.name}</h3>
        <Badge variant={m.required ? "primary" : "neutral"}>
          {m.required ? t("guide.required") : t("guide.optional")}
        </Badge>
        {m.originalAtWindow ? (
          <Badge variant="warning">
            <Check aria-hidden="true" className="me-1 size-4" />
            {t("guide.originalAtWindow")}
          </Badge>
        ) : null}
      </div>
      <p className="text-muted-foreground">{m.description}</p>
      {m.sampleFile ? (
        <p>
          <a
            href={m.sampleFile}
            data-sample
            target="_blank"
            rel="noopener"
            className="inline-flex min-h-tap items-center gap-1.5 text-primary underline underline-offset-4"
          >
            <Icon aria-hidden="true" className="size-5" />
            {t("guide.sample")}
            <span className="sr-only">{`：${m.name}`}</span>（{t(`guide.sampleTypes.${type}`)}）
          </a>
        </p>
      ) : null}
    </>
  );
}
