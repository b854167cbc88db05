"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { useCountdown } from "@/components/auth/use-countdown";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { maskPhone } from "@/server/crypto/mask";
import type { CaseProgress } from "@/server/cases/query-case-progress";
import { CaseTimeline } from "./case-timeline";

/**
 * The citizen's case query: query number, ID number, registered phone, then the SMS code. Everything
 * travels in POST bodies, and the answer lives only in this page's memory.
 */
export function CaseQueryForm() {
  const t = useTranslations("cases.query");
  const tShared = useTranslations("accountFlow");
  const trpc = useTRPC();
  const resultRef = useRef<HTMLElement>(null);
  const [queryNumber, setQueryNumber] = useState("");
  const [idNumber, setIdNumber] = useState("");
  const [phone, setPhone] = useState("");
  const [code, setCode] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [secondsLeft, startCountdown] = useCountdown();
  const [result, setResult] = useState<CaseProgress | null>(null);

  const requestCode = useMutation(
    trpc.cases.requestQueryCode.mutationOptions({
      onSuccess: (r, input) => {
        setSentTo(input.phone);
        startCountdown(r.cooldownSeconds);
      },
    }),
  );
  const query = useMutation(
    trpc.cases.query.mutationOptions({
      onSuccess: (r) => {
        setResult(r);
        setCode("");
      },
      onError: () => setCode(""),
    }),
  );
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const factors = () => ({ queryNumber: queryNumber.trim(), idNumber: idNumber.trim(), phone: phone.trim() });
  const codeErrors = trpcFieldErrors(requestCode.error);
  const queryErrors = trpcFieldErrors(query.error);
  const errors = { ...codeErrors, ...queryErrors };
  const message =
    (query.error && !Object.keys(queryErrors).length ? query.error.message : null) ??
    (requestCode.error && !Object.keys(codeErrors).length ? requestCode.error.message : null);

  if (result) {
    return (
      <section
        ref={resultRef}
        tabIndex={-1}
        aria-labelledby="case-result-title"
        className="flex flex-col gap-4"
        data-testid="case-result"
      >
        <h2 id="case-result-title" className="text-xl font-semibold">
          {t("resultTitle")}
        </h2>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2">
          <dt className="font-medium text-muted-foreground">{t("caseTitle")}</dt>
          <dd>{result.title}</dd>
          <dt className="font-medium text-muted-foreground">{t("unit")}</dt>
          <dd>{result.unitName}</dd>
        </dl>
        <h3 className="text-lg font-semibold">{t("timeline")}</h3>
        <CaseTimeline nodes={result.nodes} emptyText={t("noNodes")} />
        <Button
          variant="outline"
          className="self-start"
          onClick={() => {
            setResult(null);
            setSentTo(null);
            query.reset();
            requestCode.reset();
          }}
        >
          {t("again")}
        </Button>
      </section>
    );
  }

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        query.mutate({ ...factors(), code: code.trim() });
      }}
    >
      {message ? <Alert variant="destructive">{message}</Alert> : null}
      <FormField
        id="case-query-number"
        name="queryNumber"
        label={t("queryNumber")}
        hint={t("queryNumberHint")}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={24}
        required
        value={queryNumber}
        onChange={(e) => setQueryNumber(e.target.value)}
        error={errors.queryNumber}
      />
      <FormField
        id="case-query-id"
        name="idNumber"
        label={t("idNumber")}
        autoComplete="off"
        maxLength={18}
        required
        value={idNumber}
        onChange={(e) => setIdNumber(e.target.value)}
        error={errors.idNumber}
      />
      <FormField
        id="case-query-phone"
        name="phone"
        type="tel"
        inputMode="numeric"
        label={t("phone")}
        hint={t("phoneHint")}
        autoComplete="tel-national"
        maxLength={11}
        required
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        error={errors.phone}
      />
      <div className="flex flex-col gap-2">
        <Button
          variant="outline"
          className="self-start"
          disabled={requestCode.isPending || secondsLeft > 0}
          onClick={() => {
            query.reset();
            requestCode.mutate(factors());
          }}
        >
          {requestCode.isPending
            ? tShared("sending")
            : secondsLeft > 0
              ? tShared("resendIn", { seconds: secondsLeft })
              : t("sendCode")}
        </Button>
        {sentTo ? (
          <p role="status" className="text-sm text-muted-foreground">
            {t("codeSentNote", { phone: maskPhone(sentTo) })}
          </p>
        ) : null}
      </div>
      <FormField
        id="case-query-code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        label={tShared("code")}
        hint={tShared("codeHint")}
        value={code}
        onChange={(e) => setCode(e.target.value.replace(/\s/g, ""))}
        error={errors.code}
      />
      <Button type="submit" size="lg" className="self-start" disabled={query.isPending}>
        {query.isPending ? t("searching") : t("submit")}
      </Button>
    </form>
  );
}
