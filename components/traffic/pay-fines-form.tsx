"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import type { MyViolation } from "@/server/traffic/list-my-violations";
import { formatPlateNumber } from "@/server/traffic/plate-number";
import { PlateBadge } from "./plate-badge";
import { ViolationFacts } from "./violation-facts";

/** Codes after which the list on the page is out of date: someone paid or started paying meanwhile. */
const staleCodes = new Set(["FINE_NOT_PAYABLE", "FINE_PAYMENT_IN_PROGRESS"]);

/**
 * The unpaid fines with a box to tick each, the total (fines plus late surcharges) kept up to date as
 * boxes are ticked, and "去支付", which creates one order on the server and goes on to the provider's
 * checkout. Fines already in an open order are not tickable: the citizen's own order can be resumed or
 * cancelled here, someone else's is only shown.
 */
export function PayFinesForm({ violations }: { violations: MyViolation[] }) {
  const t = useTranslations("traffic");
  const format = useFormatter();
  const en = useLocale() === "en";
  const trpc = useTRPC();
  const router = useRouter();
  const legendId = useId();
  const selectable = violations.filter((v) => v.payable && !v.pendingOrder);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set());
  const [emptyTried, setEmptyTried] = useState(false);

  const pay = useMutation(
    trpc.traffic.pay.mutationOptions({ onSuccess: (r) => window.location.assign(r.checkoutUrl) }),
  );
  const cancel = useMutation(trpc.payments.cancel.mutationOptions({ onSuccess: () => router.refresh() }));
  const code = pay.error?.data?.domainCode ?? null;
  useEffect(() => {
    if (code && staleCodes.has(code)) router.refresh();
  }, [code, router]);

  const picked = selectable.filter((v) => chosen.has(v.id));
  const fineFen = picked.reduce((s, v) => s + v.fineFen, 0);
  const surchargeFen = picked.reduce((s, v) => s + v.surchargeFen, 0);
  const allChosen = selectable.length > 0 && picked.length === selectable.length;
  const toggle = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const busy = pay.isPending || pay.isSuccess;

  const openOrders = [
    ...new Map(violations.flatMap((v) => (v.pendingOrder ? [[v.pendingOrder.orderNo, v.pendingOrder]] : []))).values(),
  ];

  return (
    <div className="flex flex-col gap-4">
      {openOrders.map((order) => (
        <Alert key={order.orderNo} variant="info" role="note" data-testid="pending-fine-order">
          <p>
            {t("pay.pendingOrder", {
              orderNo: order.orderNo,
              amount: fenToYuan(order.amountFen),
              time: when(order.expiresAt),
            })}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <a href={order.checkoutUrl} className={buttonVariants({ size: "sm" })}>
              {t("pay.resume")}
            </a>
            <Button
              size="sm"
              variant="secondary"
              disabled={cancel.isPending}
              onClick={() => cancel.mutate({ orderNo: order.orderNo })}
            >
              {cancel.isPending ? t("pay.cancelling") : t("pay.cancel")}
            </Button>
          </div>
        </Alert>
      ))}
      {cancel.error ? <Alert variant="destructive">{cancel.error.message}</Alert> : null}

      <form
        noValidate
        aria-labelledby={selectable.length ? legendId : undefined}
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (picked.length === 0) {
            setEmptyTried(true);
            return;
          }
          pay.mutate({ violationIds: picked.map((v) => v.id) });
        }}
      >
        {selectable.length ? (
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h3 id={legendId} className="text-lg font-semibold">
              {t("pay.legend")}
            </h3>
            {selectable.length > 1 ? (
              <label className="flex min-h-tap items-center gap-2">
                <input
                  type="checkbox"
                  className="size-5 accent-primary"
                  checked={allChosen}
                  onChange={(e) => setChosen(e.target.checked ? new Set(selectable.map((v) => v.id)) : new Set())}
                />
                <span>{t("pay.selectAll")}</span>
              </label>
            ) : null}
          </div>
        ) : null}

        <ul className="flex flex-col gap-3">
          {violations.map((v) => {
            const canPick = v.payable && !v.pendingOrder;
            const act = (en ? v.actNameEn : v.actName) ?? v.actDescription;
            return (
              <li
                key={v.id}
                data-testid="unpaid-violation"
                data-violation-code={v.actCode}
                className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4 has-[:checked]:border-primary has-[:checked]:bg-primary-soft/40"
              >
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <PlateBadge plate={v.plateNumber} plateType={v.plateType} />
                  {canPick ? (
                    <label className="flex min-h-tap items-center gap-2 font-medium">
                      <input
                        type="checkbox"
                        name="violationIds"
                        value={v.id}
                        className="size-5 accent-primary"
                        checked={chosen.has(v.id)}
                        onChange={(e) => {
                          setEmptyTried(false);
                          toggle(v.id, e.target.checked);
                        }}
                      />
                      <span aria-hidden="true">{t("pay.pick")}</span>
                      <span className="sr-only">
                        {t("pay.choose", { plate: formatPlateNumber(v.plateNumber), time: when(v.occurredAt), act })}
                      </span>
                    </label>
                  ) : null}
                </div>
                {!v.ownVehicle ? <p className="text-sm text-muted-foreground">{t("violation.driver")}</p> : null}
                <ViolationFacts
                  violation={v}
                  extras={{
                    recordingUnit: v.recordingUnit,
                    photoBlobId: v.photoBlobId,
                    paying: !!v.pendingOrder || v.payingElsewhere,
                  }}
                />
                {v.payingElsewhere ? (
                  <p className="text-sm text-muted-foreground">{t("violation.payingElsewhere")}</p>
                ) : null}
              </li>
            );
          })}
        </ul>

        {selectable.length ? (
          <div className="flex flex-col gap-3 rounded-lg border-2 border-primary bg-surface p-4 shadow-md sm:flex-row sm:items-center sm:justify-between">
            <div aria-live="polite" className="flex flex-col gap-1">
              <p>
                <span className="text-muted-foreground">{t("pay.total")}</span>{" "}
                <span className="text-2xl font-bold text-primary tabular-nums" data-testid="fine-total">
                  ¥{fenToYuan(fineFen + surchargeFen)}
                </span>
                <span className="ms-2 text-sm text-muted-foreground">{t("pay.chosen", { count: picked.length })}</span>
              </p>
              {picked.length ? (
                <p className="text-sm text-muted-foreground tabular-nums">
                  {t("pay.breakdown", { fine: fenToYuan(fineFen), surcharge: fenToYuan(surchargeFen) })}
                </p>
              ) : null}
            </div>
            <Button type="submit" size="lg" disabled={busy} className="w-full sm:w-auto">
              {busy ? t("pay.submitting") : t("pay.submit")}
            </Button>
          </div>
        ) : null}
        {emptyTried && picked.length === 0 ? <Alert variant="warning">{t("pay.noneChosen")}</Alert> : null}
        {pay.error ? <Alert variant="destructive">{pay.error.message}</Alert> : null}
        <p className="text-sm text-muted-foreground">{t("pay.surchargeNote")}</p>
      </form>
    </div>
  );
}
