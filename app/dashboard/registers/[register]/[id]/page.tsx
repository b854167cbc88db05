import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { unitLabel } from "@/components/orgs/unit-label";
import {
  fieldViews,
  requireRegisterPage,
  shownDetails,
  shownValue,
  statusChoices,
} from "@/components/registers/register-page";
import { RegisterRecordForm } from "@/components/registers/register-record-form";
import { RegisterStatusForm } from "@/components/registers/register-status-form";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Locale } from "@/server/i18n/config";

type Props = { params: Promise<{ register: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { register } = await params;
  const t = await getTranslations("registers");
  return { title: t.has(`books.${register}.title`) ? t(`books.${register}.title`) : t("index.title") };
}

/** One record of a register: what it holds (ID numbers masked), the form to correct it, and its status. */
export default async function RegisterRecordPage({ params }: Props) {
  const { register, id } = await params;
  const { def } = await requireRegisterPage(register, (key) => `/dashboard/registers/${key}/${id}`);
  const [t, locale, record] = await Promise.all([
    getTranslations("registers"),
    getLocale() as Promise<Locale>,
    getQueryClient()
      .fetchQuery({ ...trpc.registers.get.queryOptions({ register: def.key, id }), staleTime: 0 })
      .catch((error: unknown) => {
        if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
        if (error instanceof TRPCError && error.code === "FORBIDDEN") redirect("/forbidden");
        throw error;
      }),
  ]);
  const book = `books.${def.key}`;
  const name = shownValue(t, def, record, def.listFields[0]!);
  const choices = statusChoices(t, def, record);
  const details = shownDetails(t, def, record);

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <Link
        href={`/dashboard/registers/${def.key}`}
        className="inline-flex min-h-tap items-center self-start text-primary underline underline-offset-4"
      >
        {t(`${book}.title`)}
      </Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold break-all">{name}</h1>
        <p className="text-muted-foreground">
          {t("desk.unit")}：{unitLabel({ name: record.unitName, nameEn: record.unitNameEn }, locale)}
        </p>
        {def.status && record.status ? (
          <div className="flex flex-wrap items-center gap-2">
            <Badge variant={def.status.tones[record.status] ?? "neutral"}>
              {t(`${book}.statuses.${record.status}`)}
            </Badge>
            {details.map((line) => (
              <span key={line} className="text-sm text-muted-foreground">
                {line}
              </span>
            ))}
          </div>
        ) : null}
      </div>

      {choices.options.length ? (
        <Card aria-labelledby="record-status">
          <CardHeader>
            <CardTitle id="record-status">{t("desk.status")}</CardTitle>
          </CardHeader>
          <CardContent>
            <RegisterStatusForm register={def.key} id={record.id} title={name} open {...choices} />
          </CardContent>
        </Card>
      ) : null}

      <Card aria-labelledby="record-edit">
        <CardHeader>
          <CardTitle id="record-edit">{t("desk.editTitle", { record: name })}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
            {def.fields
              .filter((f) => f.fixed)
              .map((f) => (
                <div key={f.key} className="contents">
                  <dt className="text-muted-foreground">{t(`${book}.fields.${f.key}`)}</dt>
                  <dd className="break-all">{shownValue(t, def, record, f.key)}</dd>
                </div>
              ))}
          </dl>
          <RegisterRecordForm
            register={def.key}
            fields={fieldViews(def)}
            record={{ id: record.id, values: record.values, masked: record.masked }}
          />
        </CardContent>
      </Card>
    </div>
  );
}
