import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import { formatPlateNumber } from "@/server/traffic/plate-number";
import type { ViolationView } from "@/server/traffic/violation-view";
import { formatDay } from "@/server/dates/format-day";

export type ViolationExtras = {
  recordingUnit?: { name: string; nameEn: string | null };
  photoBlobId?: string | null;
  /** Shown instead of the status when an order for it is open. */
  paying?: boolean;
};

const statusVariant = { unpaid: "warning", paid: "success", processing: "neutral" } as const;

/** What one violation says: time, place, the act with its code, fine, points, status, surcharge and photo. */
export function ViolationFacts({ violation: v, extras = {} }: { violation: ViolationView; extras?: ViolationExtras }) {
  const t = useTranslations("traffic.violation");
  const format = useFormatter();
  const locale = useLocale();
  const en = locale === "en";
  const when = format.dateTime(v.occurredAt, { dateStyle: "medium", timeStyle: "short" });
  const day = (date: string) => formatDay(date, locale);
  const act = (en ? v.actNameEn : v.actName) ?? v.actDescription;
  const plate = formatPlateNumber(v.plateNumber);

  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 sm:gap-x-6">
      <dt className="font-medium text-muted-foreground">{t("time")}</dt>
      <dd>{when}</dd>
      <dt className="font-medium text-muted-foreground">{t("place")}</dt>
      <dd className="break-words">{v.place}</dd>
      <dt className="font-medium text-muted-foreground">{t("act")}</dt>
      <dd className="break-words">
        <span className="font-semibold">{act}</span>
        <span className="ms-2 text-sm text-muted-foreground tabular-nums">{t("code", { code: v.actCode })}</span>
        {act !== v.actDescription ? (
          <span className="block text-sm text-muted-foreground">{v.actDescription}</span>
        ) : null}
      </dd>
      <dt className="font-medium text-muted-foreground">{t("fine")}</dt>
      <dd className="tabular-nums">{t("yuan", { amount: fenToYuan(v.fineFen) })}</dd>
      <dt className="font-medium text-muted-foreground">{t("points")}</dt>
      <dd className="tabular-nums">{t("pointsValue", { points: v.points })}</dd>
      <dt className="font-medium text-muted-foreground">{t("status")}</dt>
      <dd>
        {extras.paying ? (
          <Badge variant="primary">{t("statuses.paying")}</Badge>
        ) : (
          <Badge variant={statusVariant[v.status]}>{t(`statuses.${v.status}`)}</Badge>
        )}
      </dd>
      {v.status === "unpaid" ? (
        <>
          <dt className="font-medium text-muted-foreground">{t("due")}</dt>
          <dd>{t("dueValue", { date: day(v.dueDate) })}</dd>
        </>
      ) : null}
      {v.surchargeFen > 0 ? (
        <>
          <dt className="font-medium text-muted-foreground">{t("surcharge")}</dt>
          <dd className="font-semibold text-destructive tabular-nums" data-testid="violation-surcharge">
            {t("surchargeValue", { amount: fenToYuan(v.surchargeFen), days: v.daysOverdue })}
          </dd>
        </>
      ) : null}
      {v.paidAt ? (
        <>
          <dt className="font-medium text-muted-foreground">{t("paidAt")}</dt>
          <dd>{format.dateTime(v.paidAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
        </>
      ) : null}
      {extras.recordingUnit ? (
        <>
          <dt className="font-medium text-muted-foreground">{t("unit")}</dt>
          <dd>{(en ? extras.recordingUnit.nameEn : null) ?? extras.recordingUnit.name}</dd>
        </>
      ) : null}
      <dt className="font-medium text-muted-foreground">{t("legalBasis")}</dt>
      <dd className="text-sm break-words">{v.legalBasis}</dd>
      {extras.photoBlobId ? (
        <>
          <dt className="font-medium text-muted-foreground">{t("photo")}</dt>
          <dd>
            <a
              href={`/api/blob/${extras.photoBlobId}`}
              target="_blank"
              rel="noopener"
              className="inline-flex flex-col gap-1 text-primary underline-offset-4 hover:underline"
            >
              {/* The link's text names the photo; the thumbnail adds nothing for a screen reader. */}
              <img
                src={`/api/blob/${extras.photoBlobId}`}
                alt=""
                className="h-24 w-40 rounded border border-border object-cover"
                loading="lazy"
              />
              <span className="text-sm">{t("photoLink", { plate, time: when })}</span>
            </a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
