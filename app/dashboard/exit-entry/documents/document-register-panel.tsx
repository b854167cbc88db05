"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { IdNumberSearchForm } from "@/components/ui/id-number-search-form";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import type { TravelDocument } from "@/db/schema";
import type { DocumentHolder, HolderDocument } from "@/server/exit-entry/find-document-holder";

const types = ["passport", "hk_macau_permit", "taiwan_permit"] as const satisfies readonly TravelDocument["type"][];
const statuses = ["valid", "expired", "cancelled", "lost"] as const satisfies readonly TravelDocument["status"][];
const statusVariant = { valid: "success", expired: "destructive", cancelled: "neutral", lost: "neutral" } as const;

/** Look-up by ID number, then the holder's documents; the result lives only in this page's memory. */
export function DocumentRegisterPanel() {
  const t = useTranslations("exitEntry.documents");
  const trpc = useTRPC();
  const [result, setResult] = useState<{ holder: DocumentHolder | null; searched: string } | null>(null);
  const find = useMutation(
    trpc.exitEntry.findHolder.mutationOptions({
      onSuccess: (holder, input) => setResult({ holder, searched: input.idNumber }),
    }),
  );
  const fieldErrors = trpcFieldErrors(find.error);
  const refresh = () => {
    if (result) find.mutate({ idNumber: result.searched });
  };

  return (
    <div className="flex flex-col gap-6">
      <IdNumberSearchForm
        id="holder-id-number"
        name="idNumber"
        label={t("idNumber")}
        error={fieldErrors.idNumber}
        pending={find.isPending}
        submitLabel={t("search")}
        pendingLabel={t("searching")}
        onSearch={(idNumber) => {
          setResult(null);
          find.mutate({ idNumber });
        }}
      />
      {find.error && !fieldErrors.idNumber ? <Alert variant="destructive">{find.error.message}</Alert> : null}
      {result && !result.holder ? (
        <Alert variant="warning">{t("notFound", { idNumber: result.searched })}</Alert>
      ) : null}
      {result?.holder ? <HolderCard key={result.holder.residentId} holder={result.holder} onChanged={refresh} /> : null}
    </div>
  );
}

function HolderCard({ holder, onChanged }: { holder: DocumentHolder; onChanged: () => void }) {
  const t = useTranslations("exitEntry.documents");
  return (
    <Card aria-labelledby="holder-title">
      <CardHeader>
        <CardTitle id="holder-title">
          {t("holderTitle", { name: holder.maskedName, idNumber: holder.maskedIdNumber })}
        </CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        {holder.documents.length === 0 ? (
          <p className="text-muted-foreground">{t("none")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {holder.documents.map((d) => (
              <DocumentRow key={`${d.id}:${d.status}:${d.expiryDate}`} document={d} onChanged={onChanged} />
            ))}
          </ul>
        )}
        <RecordForm residentId={holder.residentId} onRecorded={onChanged} />
      </CardContent>
    </Card>
  );
}

function DocumentRow({ document: d, onChanged }: { document: HolderDocument; onChanged: () => void }) {
  const t = useTranslations("exitEntry.documents");
  const trpc = useTRPC();
  const [status, setStatus] = useState<HolderDocument["status"]>(d.status);
  const [expiryDate, setExpiryDate] = useState(d.expiryDate);
  const update = useMutation(trpc.exitEntry.updateDocument.mutationOptions({ onSuccess: onChanged }));
  const fieldErrors = trpcFieldErrors(update.error);
  const prefix = `doc-${d.id}`;
  return (
    <li className="flex flex-col gap-3 rounded-md border border-border p-4" data-testid="register-document">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-semibold">{t(`types.${d.type}`)}</span>
        <Badge variant={statusVariant[d.status]}>{t(`statuses.${d.status}`)}</Badge>
      </div>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_minmax(0,1fr)]">
        <dt className="text-muted-foreground">{t("number")}</dt>
        <dd className="font-mono tabular-nums">{d.documentNumber}</dd>
        <dt className="text-muted-foreground">{t("issueDate")}</dt>
        <dd className="tabular-nums">{d.issueDate}</dd>
        <dt className="text-muted-foreground">{t("expiryDate")}</dt>
        <dd className="tabular-nums">
          {d.expiryDate}（
          {d.daysLeft >= 0 ? t("daysLeft", { days: d.daysLeft }) : t("expiredDaysAgo", { days: -d.daysLeft })}）
        </dd>
        <dt className="text-muted-foreground">{t("issuingAuthority")}</dt>
        <dd>{d.issuingAuthority}</dd>
      </dl>
      <form
        className="flex flex-col gap-3 sm:flex-row sm:items-end"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ documentId: d.id, status, expiryDate });
        }}
      >
        <SelectField
          id={`${prefix}-status`}
          label={t("status")}
          value={status}
          onChange={(e) => setStatus(e.target.value as HolderDocument["status"])}
          options={statuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
        <FormField
          id={`${prefix}-expiry`}
          type="date"
          label={t("expiryDate")}
          value={expiryDate}
          onChange={(e) => setExpiryDate(e.target.value)}
          error={fieldErrors.expiryDate}
        />
        <Button type="submit" variant="outline" disabled={update.isPending}>
          {update.isPending ? t("saving") : t("save")}
        </Button>
      </form>
      {update.error && !fieldErrors.expiryDate ? <Alert variant="destructive">{update.error.message}</Alert> : null}
    </li>
  );
}

function RecordForm({ residentId, onRecorded }: { residentId: string; onRecorded: () => void }) {
  const t = useTranslations("exitEntry.documents");
  const trpc = useTRPC();
  const [form, setForm] = useState({
    type: "passport" as TravelDocument["type"],
    documentNumber: "",
    issueDate: "",
    expiryDate: "",
    issuingAuthority: "",
  });
  const record = useMutation(trpc.exitEntry.recordDocument.mutationOptions({ onSuccess: onRecorded }));
  const fieldErrors = trpcFieldErrors(record.error);
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setForm({ ...form, [key]: e.target.value });
  return (
    <section aria-labelledby="record-title" className="flex flex-col gap-3 border-t border-border pt-4">
      <h3 id="record-title" className="text-lg font-semibold">
        {t("recordTitle")}
      </h3>
      <p className="text-sm text-muted-foreground">{t("recordHint")}</p>
      <form
        className="grid gap-4 sm:grid-cols-2"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          record.mutate({ residentId, ...form });
        }}
      >
        <SelectField
          id="record-type"
          label={t("type")}
          value={form.type}
          onChange={set("type")}
          options={types.map((type) => ({ value: type, label: t(`types.${type}`) }))}
        />
        <FormField
          id="record-number"
          label={t("number")}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
          value={form.documentNumber}
          onChange={set("documentNumber")}
          error={fieldErrors.documentNumber}
        />
        <FormField
          id="record-issue"
          type="date"
          label={t("issueDate")}
          value={form.issueDate}
          onChange={set("issueDate")}
          error={fieldErrors.issueDate}
        />
        <FormField
          id="record-expiry"
          type="date"
          label={t("expiryDate")}
          value={form.expiryDate}
          onChange={set("expiryDate")}
          error={fieldErrors.expiryDate}
        />
        <FormField
          id="record-authority"
          label={t("issuingAuthority")}
          maxLength={60}
          value={form.issuingAuthority}
          onChange={set("issuingAuthority")}
          error={fieldErrors.issuingAuthority}
        />
        <div className="flex items-end">
          <Button type="submit" disabled={record.isPending}>
            {record.isPending ? t("saving") : t("record")}
          </Button>
        </div>
      </form>
      {record.error && !Object.keys(fieldErrors).length ? (
        <Alert variant="destructive">{record.error.message}</Alert>
      ) : null}
    </section>
  );
}
