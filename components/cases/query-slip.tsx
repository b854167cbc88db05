"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { PrintButton } from "@/components/catalog/print-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatQueryNumber } from "@/server/cases/format-query-number";

export type SlipData = { caseTitle: string; unitName: string; queryNumber: string; idNumber: string; phone: string };

/**
 * The printable slip with a freshly issued query number. It lives only in this page's memory: the server
 * keeps just the number's hash, so once closed it can only be replaced by a re-issue.
 */
export function QuerySlip({ slip, onClose }: { slip: SlipData; onClose: () => void }) {
  const t = useTranslations("cases.slip");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="flex flex-col gap-3">
      <Alert variant="warning" data-print-hide>
        {t("onceNote")}
      </Alert>
      <section
        data-query-slip
        aria-labelledby="query-slip-title"
        className="flex flex-col gap-3 rounded-lg border-2 border-dashed border-border bg-surface p-4"
      >
        <h3 id="query-slip-title" className="text-lg font-semibold">
          {t("title")}
        </h3>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2">
          <dt className="font-medium text-muted-foreground">{t("caseTitle")}</dt>
          <dd>{slip.caseTitle}</dd>
          <dt className="font-medium text-muted-foreground">{t("unit")}</dt>
          <dd>{slip.unitName}</dd>
          <dt className="font-medium text-muted-foreground">{t("idNumber")}</dt>
          <dd className="font-mono break-all">{slip.idNumber}</dd>
          <dt className="font-medium text-muted-foreground">{t("phone")}</dt>
          <dd className="font-mono">{slip.phone}</dd>
          <dt className="font-medium text-muted-foreground">{t("queryNumber")}</dt>
          <dd className="font-mono text-2xl font-bold tracking-wider break-all" data-testid="query-number">
            {formatQueryNumber(slip.queryNumber)}
          </dd>
        </dl>
        <p className="text-sm">{t("howTo")}</p>
      </section>
      <div className="flex flex-wrap gap-3" data-print-hide>
        <PrintButton label={t("print")} />
        <Button variant="outline" onClick={onClose}>
          {t("close")}
        </Button>
      </div>
    </div>
  );
}
