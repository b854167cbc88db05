"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useCountdown } from "@/components/auth/use-countdown";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import type { QueryField, QueryTone } from "@/server/queries/query-source";
import type { QueryRecordView, QueryResultView } from "@/server/queries/run-query";

const toneBadge = { ok: "success", attention: "warning", urgent: "destructive", neutral: "neutral" } as const;

/**
 * Asks a query service: the source's fields (none for one's own records), an SMS confirmation when the answer
 * is sensitive, then the records. The answer lives only in this page's memory.
 */
export function QueryRunner({ code, fields }: { code: string; fields: QueryField[] }) {
  const t = useTranslations("queries.page");
  const locale = useLocale();
  const trpc = useTRPC();
  const resultRef = useRef<HTMLElement>(null);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.key, ""])),
  );
  const [view, setView] = useState<QueryResultView | null>(null);
  const [confirmPhone, setConfirmPhone] = useState<string | null>(null);
  const [smsCode, setSmsCode] = useState("");
  const [secondsLeft, startCountdown] = useCountdown();

  const run = useMutation(
    trpc.queries.run.mutationOptions({
      onSuccess: (r) => {
        if (r.kind === "confirm") setConfirmPhone(r.phone);
        else {
          setConfirmPhone(null);
          setView(r.view);
        }
      },
    }),
  );
  const send = useMutation(
    trpc.queries.sendConfirmCode.mutationOptions({ onSuccess: (r) => startCountdown(r.cooldownSeconds) }),
  );
  const confirm = useMutation(
    trpc.queries.confirm.mutationOptions({
      onSuccess: () => {
        setSmsCode("");
        run.mutate({ code, input: values });
      },
      onError: () => setSmsCode(""),
    }),
  );
  useEffect(() => {
    if (view) resultRef.current?.focus();
  }, [view]);

  if (view) {
    return (
      <section
        ref={resultRef}
        tabIndex={-1}
        aria-labelledby="query-result-title"
        className="flex flex-col gap-4"
        data-testid="query-result"
      >
        <h2 id="query-result-title" className="text-xl font-semibold">
          {t("resultTitle")}
        </h2>
        {view.note ? <p className="text-muted-foreground">{view.note}</p> : null}
        {view.records.length === 0 ? (
          <p>{view.emptyText}</p>
        ) : (
          <>
            <p className="text-sm text-muted-foreground">{t("count", { count: view.records.length })}</p>
            <ul className="flex flex-col gap-4">
              {view.records.map((record, i) => (
                <QueryRecordCard key={`${i}-${record.title}`} record={record} />
              ))}
            </ul>
          </>
        )}
        <Button
          variant="outline"
          className="self-start"
          onClick={() => {
            setView(null);
            run.reset();
          }}
        >
          {t("again")}
        </Button>
      </section>
    );
  }

  if (confirmPhone !== null) {
    const errors = trpcFieldErrors(confirm.error);
    const message = (confirm.error && !errors.smsCode ? confirm.error.message : null) ?? send.error?.message;
    return (
      <form
        noValidate
        aria-labelledby="query-confirm-title"
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          confirm.mutate({ code, smsCode: smsCode.trim() });
        }}
      >
        <h2 id="query-confirm-title" className="text-xl font-semibold">
          {t("confirmTitle")}
        </h2>
        <p>{t("confirmLead", { phone: confirmPhone })}</p>
        {message ? <Alert variant="destructive">{message}</Alert> : null}
        <Button
          variant="outline"
          className="self-start"
          disabled={send.isPending || secondsLeft > 0}
          onClick={() => send.mutate({ code })}
        >
          {secondsLeft > 0 ? t("resend", { seconds: secondsLeft }) : t("sendCode")}
        </Button>
        <FormField
          id="query-sms-code"
          name="smsCode"
          label={t("codeLabel")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          value={smsCode}
          onChange={(e) => setSmsCode(e.target.value.replace(/\s/g, ""))}
          error={errors.smsCode}
        />
        <Button type="submit" size="lg" className="self-start" disabled={confirm.isPending || run.isPending}>
          {t("confirm")}
        </Button>
      </form>
    );
  }

  const errors = trpcFieldErrors(run.error);
  const message = run.error && !Object.keys(errors).length ? run.error.message : null;
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        run.mutate({ code, input: values });
      }}
    >
      {message ? <Alert variant="destructive">{message}</Alert> : null}
      {fields.length === 0 ? <p>{t("noFields")}</p> : null}
      {fields.map((f) => {
        const label = locale === "en" ? f.labelEn : f.label;
        const hint = (locale === "en" ? f.hintEn : f.hint) ?? undefined;
        const common = {
          id: `query-${f.key}`,
          name: f.key,
          label,
          hint,
          required: f.required,
          value: values[f.key] ?? "",
          error: errors[f.key],
        };
        const set = (v: string) => setValues((old) => ({ ...old, [f.key]: v }));
        return f.type === "select" ? (
          <SelectField
            key={f.key}
            {...common}
            emptyOption=""
            options={(f.options ?? []).map((o) => ({ value: o.value, label: locale === "en" ? o.labelEn : o.label }))}
            onChange={(e) => set(e.target.value)}
          />
        ) : (
          <FormField
            key={f.key}
            {...common}
            type={f.type === "date" ? "date" : "text"}
            inputMode={f.inputMode}
            autoComplete={f.autoComplete ?? "off"}
            maxLength={f.maxLength}
            onChange={(e) => set(e.target.value)}
          />
        );
      })}
      <Button type="submit" size="lg" className="self-start" disabled={run.isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}

function QueryRecordCard({ record }: { record: QueryRecordView }) {
  const t = useTranslations("queries");
  const format = useFormatter();
  return (
    <li className="flex flex-col gap-3 rounded-lg border border-border p-4" data-testid="query-record">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="text-lg font-semibold break-words">{record.title}</h3>
          {record.subtitle ? <p className="text-muted-foreground break-words">{record.subtitle}</p> : null}
        </div>
        {record.state ? <StateBadge tone={record.state.tone} label={record.state.label} /> : null}
      </div>
      {record.state ? <p>{record.state.meaning}</p> : null}
      {record.fields.length ? (
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
          {record.fields.map((f) => (
            <div key={f.label} className="contents">
              <dt className="text-muted-foreground">{f.label}</dt>
              <dd className="break-words">{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {record.timeline?.length ? (
        <section aria-label={t("page.timeline")}>
          <ol className="flex flex-col gap-3 border-s-2 border-primary/40 ps-4">
            {record.timeline.map((entry, i) => (
              <li key={`${i}-${entry.label}`} className="flex flex-col">
                <time dateTime={entry.at.toISOString()} className="text-sm tabular-nums text-muted-foreground">
                  {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}
                </time>
                <span className="font-medium">{entry.label}</span>
                {entry.detail ? <span className="break-words text-muted-foreground">{entry.detail}</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {record.actions.length ? (
        <nav aria-label={t("page.nextSteps")} className="flex flex-wrap gap-2">
          {record.actions.map((a) => (
            <Link key={a.href + a.label} href={a.href} className={buttonVariants({ variant: "outline" })}>
              {a.label}
            </Link>
          ))}
        </nav>
      ) : null}
    </li>
  );
}

function StateBadge({ tone, label }: { tone: QueryTone; label: string }) {
  const t = useTranslations("queries.tone");
  return (
    <Badge variant={toneBadge[tone]}>
      <span className="sr-only">{t(tone)}: </span>
      {label}
    </Badge>
  );
}
