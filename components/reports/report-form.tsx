"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { ApplicationFormFields } from "@/components/applications/application-form-fields";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import type { ReportForm as ReportFormConfig } from "@/server/reports/get-report-form";

type Filed = { id: string; number: string; unitName: string; dueAt: Date; followUpToken: string | null };

/**
 * The filing form of a report service, generated from its schema by the application form's fields. After
 * filing it shows the receipt; an anonymous report's follow-up code is shown here and nowhere else.
 */
export function ReportForm({ form }: { form: ReportFormConfig }) {
  const t = useTranslations("reports");
  const format = useFormatter();
  const locale = useLocale() === "en" ? "en" : "zh-CN";
  const trpc = useTRPC();
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [anonymous, setAnonymous] = useState(false);
  const [filed, setFiled] = useState<Filed | null>(null);
  const submit = useMutation(trpc.reports.submit.mutationOptions({ onSuccess: setFiled }));
  const errors = trpcFieldErrors(submit.error);

  if (filed) {
    return (
      <section aria-labelledby="filed-title" className="flex flex-col gap-4" data-testid="report-filed">
        <Alert variant="success" title={<span id="filed-title">{t("filed.title")}</span>}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt>{t("filed.number")}</dt>
            <dd className="font-mono font-semibold break-all" data-testid="report-number">
              {filed.number}
            </dd>
            <dt>{t("filed.unit")}</dt>
            <dd>{filed.unitName}</dd>
            <dt>{t("filed.due")}</dt>
            <dd>{format.dateTime(filed.dueAt, { dateStyle: "medium", timeZone: "Asia/Shanghai" })}</dd>
          </dl>
        </Alert>
        {filed.followUpToken ? (
          <Alert variant="warning" role="status" title={t("filed.tokenTitle")}>
            <p className="my-2 font-mono text-xl font-semibold tracking-wider break-all" data-testid="follow-up-token">
              {filed.followUpToken}
            </p>
            <p>{t("filed.tokenHint")}</p>
            <Link href="/reports/follow-up" className={buttonVariants({ variant: "outline", className: "mt-3" })}>
              {t("filed.followUpPage")}
            </Link>
          </Alert>
        ) : (
          <Link href={`/reports/${filed.id}`} className={buttonVariants({ size: "lg", className: "self-start" })}>
            {t("filed.open")}
          </Link>
        )}
      </section>
    );
  }

  return (
    <form
      noValidate
      className="flex flex-col gap-6"
      onSubmit={(e) => {
        e.preventDefault();
        submit.mutate({
          serviceCode: form.code,
          answers: Object.fromEntries(
            Object.entries(values).filter(
              (entry): entry is [string, string | number] =>
                typeof entry[1] === "string" || typeof entry[1] === "number",
            ),
          ),
          anonymous,
        });
      }}
    >
      {submit.error && !Object.keys(errors).length ? (
        <Alert variant="destructive">{t("new.failed", { message: submit.error.message })}</Alert>
      ) : null}
      <ApplicationFormFields
        schema={form.formSchema}
        values={values}
        onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
        errors={errors}
        locale={locale}
        disabled={submit.isPending}
      />
      {form.anonymousAllowed ? (
        <div className="flex flex-col gap-1.5">
          <label className="flex min-h-tap cursor-pointer items-center gap-3 text-base font-medium">
            <input
              type="checkbox"
              name="anonymous"
              checked={anonymous}
              onChange={(e) => setAnonymous(e.target.checked)}
              aria-describedby="anonymous-hint"
              className="size-5 shrink-0 accent-primary"
            />
            {t("new.anonymous")}
          </label>
          <p id="anonymous-hint" className="text-sm text-muted-foreground">
            {t("new.anonymousHint")}
          </p>
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">{t("new.namedNote")}</p>
      )}
      <Button type="submit" size="lg" className="self-stretch sm:self-start" disabled={submit.isPending}>
        {submit.isPending ? t("new.submitting") : t("new.submit")}
      </Button>
    </form>
  );
}
