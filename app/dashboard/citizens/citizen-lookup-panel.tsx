"use client";

import { useMutation } from "@tanstack/react-query";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { IdNumberSearchForm } from "@/components/ui/id-number-search-form";
import { unitLabel } from "@/components/orgs/unit-label";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Textarea } from "@/components/ui/textarea";
import { Table } from "@/components/ui/table";
import { Field } from "@/components/ui/field";
import type { CitizenAccountStatus, CitizenLookup } from "@/server/accounts/lookup-citizen";
import type { Locale } from "@/server/i18n/config";

/** The look-up form and its result; the result lives only in this page's memory, never in a URL. */
export function CitizenLookupPanel({ canUnlock, canVerify }: { canUnlock: boolean; canVerify: boolean }) {
  const t = useTranslations("citizens");
  const trpc = useTRPC();
  const [result, setResult] = useState<CitizenLookup | null>(null);
  const lookup = useMutation(trpc.citizens.lookup.mutationOptions({ onSuccess: setResult }));
  const fieldErrors = trpcFieldErrors(lookup.error);
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;

  return (
    <div className="flex flex-col gap-6">
      <IdNumberSearchForm
        id="lookup-id-number"
        name="idNumber"
        label={t("idNumber")}
        hint={t("idNumberHint")}
        error={fieldErrors.idNumber}
        pending={lookup.isPending}
        submitLabel={t("search")}
        pendingLabel={t("searching")}
        onSearch={(idNumber) => {
          setResult(null);
          lookup.mutate({ idNumber });
        }}
      />
      {lookup.error && !hasFieldErrors ? <Alert variant="destructive">{lookup.error.message}</Alert> : null}
      {result ? (
        <LookupResult key={result.maskedIdNumber} result={result} canUnlock={canUnlock} canVerify={canVerify} />
      ) : null}
    </div>
  );
}

function LookupResult({
  result,
  canUnlock,
  canVerify,
}: {
  result: CitizenLookup;
  canUnlock: boolean;
  canVerify: boolean;
}) {
  const t = useTranslations("citizens");
  const locale = useLocale() as Locale;
  const [account, setAccount] = useState(result.account);
  const [unlocked, setUnlocked] = useState(false);
  const { register } = result;
  const stationLabel = register?.stationChain.map((u) => unitLabel(u, locale)).join(" › ") ?? "";

  if (!account && !register) {
    return <Alert variant="warning">{t("notFound", { idNumber: result.maskedIdNumber })}</Alert>;
  }
  const name = account?.maskedName ?? register?.maskedName ?? "";
  return (
    <Card aria-labelledby="lookup-result">
      <CardHeader>
        <CardTitle id="lookup-result">{t("resultTitle", { idNumber: result.maskedIdNumber })}</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_minmax(0,1fr)]">
          <dt className="font-medium text-muted-foreground">{t("name")}</dt>
          <dd>{name}</dd>
          <dt className="font-medium text-muted-foreground">{t("idNumberLabel")}</dt>
          <dd className="tabular-nums">{result.maskedIdNumber}</dd>
        </dl>

        <section aria-labelledby="lookup-account" className="flex flex-col gap-3">
          <h3 id="lookup-account" className="text-lg font-semibold">
            {t("account.title")}
          </h3>
          {account ? (
            <>
              <AccountDetails account={account} />
              {account.lockedUntil ? (
                canUnlock ? (
                  <UnlockForm
                    account={account}
                    onUnlocked={() => {
                      setAccount({ ...account, lockedUntil: null, failedSignIns: 0 });
                      setUnlocked(true);
                    }}
                  />
                ) : (
                  <p className="text-muted-foreground">{t("unlock.notAllowed")}</p>
                )
              ) : null}
              {unlocked ? <Alert variant="success">{t("unlock.done")}</Alert> : null}
              {account.verification === "unverified" && canVerify ? (
                <VerifyForm
                  userId={account.userId}
                  onVerified={() => setAccount({ ...account, verification: "verified" })}
                />
              ) : null}
            </>
          ) : (
            <p>{t("account.none")}</p>
          )}
        </section>

        <section aria-labelledby="lookup-register" className="flex flex-col gap-3">
          <h3 id="lookup-register" className="text-lg font-semibold">
            {t("register.title")}
          </h3>
          {register ? (
            <>
              <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_minmax(0,1fr)]">
                <dt className="font-medium text-muted-foreground">{t("register.station")}</dt>
                <dd>{stationLabel}</dd>
                <dt className="font-medium text-muted-foreground">{t("register.status")}</dt>
                <dd>{t(`register.statuses.${register.status}`)}</dd>
                {register.household ? (
                  <>
                    <dt className="font-medium text-muted-foreground">{t("register.householdNumber")}</dt>
                    <dd className="tabular-nums">{register.household.householdNumber}</dd>
                    <dt className="font-medium text-muted-foreground">{t("register.address")}</dt>
                    <dd>{register.household.address}</dd>
                  </>
                ) : null}
              </dl>
              {register.household ? (
                <Table
                  caption={t("register.members")}
                  rows={register.household.members}
                  rowKey={(m) => m.maskedIdNumber}
                  columns={[
                    {
                      key: "memberName",
                      header: t("register.memberName"),
                      rowHeader: true,
                      cell: (m) => (
                        <>
                          {m.maskedName}
                          {m.isSubject ? (
                            <Badge variant="primary" className="ms-2">
                              {t("register.subject")}
                            </Badge>
                          ) : null}
                        </>
                      ),
                    },
                    { key: "relation", header: t("register.relation"), cell: (m) => m.relationToHead },
                    { key: "memberId", header: t("register.memberId"), numeric: true, cell: (m) => m.maskedIdNumber },
                    { key: "sex", header: t("register.sex"), cell: (m) => t(`register.sexes.${m.sex}`) },
                    { key: "status", header: t("register.status"), cell: (m) => t(`register.statuses.${m.status}`) },
                  ]}
                />
              ) : (
                <Alert variant="info" role="note">
                  {t("register.outside", { station: stationLabel })}
                </Alert>
              )}
            </>
          ) : (
            <p>{t("register.none")}</p>
          )}
        </section>
      </CardContent>
    </Card>
  );
}

function AccountDetails({ account }: { account: CitizenAccountStatus }) {
  const t = useTranslations("citizens");
  const format = useFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_minmax(0,1fr)]">
      <dt className="font-medium text-muted-foreground">{t("account.phone")}</dt>
      <dd className="tabular-nums">{account.maskedPhone ?? t("account.noPhone")}</dd>
      <dt className="font-medium text-muted-foreground">{t("account.verification")}</dt>
      <dd>
        <Badge variant={account.verification === "verified" ? "success" : "warning"}>
          {account.verification === "verified" ? t("account.verified") : t("account.unverified")}
        </Badge>
      </dd>
      <dt className="font-medium text-muted-foreground">{t("account.status")}</dt>
      <dd>
        <Badge variant={account.status === "active" ? "neutral" : "destructive"}>
          {t(`account.${account.status}`)}
        </Badge>
      </dd>
      <dt className="font-medium text-muted-foreground">{t("account.lock")}</dt>
      <dd>
        {account.lockedUntil ? (
          <Badge variant="destructive">{t("account.lockedUntil", { time: when(account.lockedUntil) })}</Badge>
        ) : (
          t("account.notLocked")
        )}
      </dd>
      <dt className="font-medium text-muted-foreground">{t("account.failedSignIns")}</dt>
      <dd className="tabular-nums">{account.failedSignIns}</dd>
      <dt className="font-medium text-muted-foreground">{t("account.lastSignIn")}</dt>
      <dd>{account.lastSignInAt ? when(account.lastSignInAt) : t("account.neverSignedIn")}</dd>
      <dt className="font-medium text-muted-foreground">{t("account.createdAt")}</dt>
      <dd>{when(account.createdAt)}</dd>
    </dl>
  );
}

function UnlockForm({ account, onUnlocked }: { account: CitizenAccountStatus; onUnlocked: () => void }) {
  const t = useTranslations("citizens");
  const trpc = useTRPC();
  const [reason, setReason] = useState("");
  const unlock = useMutation(trpc.citizens.unlock.mutationOptions({ onSuccess: onUnlocked }));
  const fieldErrors = trpcFieldErrors(unlock.error);
  const reasonError = fieldErrors.reason;
  return (
    <form
      className="flex flex-col gap-3 rounded-md border border-border p-4"
      aria-labelledby="unlock-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        unlock.mutate({ userId: account.userId, reason: reason.trim() });
      }}
    >
      <h4 id="unlock-title" className="font-semibold">
        {t("unlock.title")}
      </h4>
      <p className="text-sm text-muted-foreground">{t("unlock.intro")}</p>
      {unlock.error && !reasonError ? <Alert variant="destructive">{unlock.error.message}</Alert> : null}
      <Field id="unlock-reason" label={t("unlock.reason")} hint={t("unlock.reasonHint")} error={reasonError}>
        {(control) => (
          <Textarea
            {...control}
            name="reason"
            rows={2}
            maxLength={200}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      <div>
        <Button type="submit" variant="destructive" disabled={unlock.isPending}>
          {unlock.isPending ? t("unlock.submitting") : t("unlock.submit")}
        </Button>
      </div>
    </form>
  );
}

function VerifyForm({ userId, onVerified }: { userId: string; onVerified: () => void }) {
  const t = useTranslations("citizens");
  const trpc = useTRPC();
  const [checked, setChecked] = useState(false);
  const verify = useMutation(trpc.citizens.verifyAtWindow.mutationOptions({ onSuccess: onVerified }));
  if (verify.isSuccess) return <Alert variant="success">{t("verify.done")}</Alert>;
  return (
    <form
      className="flex flex-col gap-3 rounded-md border border-border p-4"
      aria-labelledby="verify-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (checked) verify.mutate({ userId, idCardChecked: true });
      }}
    >
      <h4 id="verify-title" className="font-semibold">
        {t("verify.title")}
      </h4>
      <p className="text-sm text-muted-foreground">{t("verify.intro")}</p>
      {verify.error ? <Alert variant="destructive">{verify.error.message}</Alert> : null}
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1 size-5"
          checked={checked}
          onChange={(e) => setChecked(e.target.checked)}
          required
        />
        <span>{t("verify.confirm")}</span>
      </label>
      <div>
        <Button type="submit" disabled={!checked || verify.isPending}>
          {verify.isPending ? t("verify.submitting") : t("verify.submit")}
        </Button>
      </div>
    </form>
  );
}
