import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatDay } from "@/server/dates/format-day";
import type { LicenceCard } from "@/server/licences/licence-card";

/**
 * The ID card and driving licence as both the holder's screen and the checker's result show them: masked
 * name and number, validity and status, nothing more. Large type: it is read off a phone held up at a counter.
 */
export async function LicenceFacts({ card, headingLevel = 2 }: { card: LicenceCard; headingLevel?: 2 | 3 }) {
  const [t, locale] = await Promise.all([getTranslations("licences.show"), getLocale()]);
  const Heading = `h${headingLevel}` as const;
  const range = (from: string, until: string | null) =>
    until
      ? t("validRange", { from: formatDay(from, locale), until: formatDay(until, locale) })
      : t("longTerm", { from: formatDay(from, locale) });
  const statusBadge = (status: keyof typeof statusVariant) => (
    <Badge variant={statusVariant[status]} className="text-base">
      {t(`statuses.${status}`)}
    </Badge>
  );
  const licence = card.drivingLicence;
  return (
    <div className="flex flex-col gap-4">
      <section
        aria-labelledby="licence-id-card"
        className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-4"
      >
        <Heading id="licence-id-card" className="text-lg font-semibold">
          {t("idCard")}
        </Heading>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-lg">
          <dt className="text-muted-foreground">{t("name")}</dt>
          <dd className="font-semibold">{card.holderNameMasked}</dd>
          <dt className="text-muted-foreground">{t("idNumber")}</dt>
          <dd className="font-mono font-semibold tracking-wide break-all">{card.idNumberMasked}</dd>
          {card.idCard ? (
            <>
              <dt className="text-muted-foreground">{t("validity")}</dt>
              <dd>{range(card.idCard.validFrom, card.idCard.validUntil)}</dd>
              <dt className="text-muted-foreground">{t("status")}</dt>
              <dd>{statusBadge(card.idCard.status)}</dd>
            </>
          ) : null}
        </dl>
        {card.idCard ? null : <p className="text-muted-foreground">{t("noIdCard")}</p>}
      </section>
      {licence ? (
        <section
          aria-labelledby="licence-driving"
          className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-4"
        >
          <Heading id="licence-driving" className="text-lg font-semibold">
            {t("drivingLicence")}
          </Heading>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-lg">
            <dt className="text-muted-foreground">{t("classes")}</dt>
            <dd className="text-2xl font-bold">{licence.vehicleClasses}</dd>
            <dt className="text-muted-foreground">{t("validity")}</dt>
            <dd>{range(licence.validFrom, licence.validUntil)}</dd>
            <dt className="text-muted-foreground">{t("status")}</dt>
            <dd>{statusBadge(licence.status)}</dd>
          </dl>
        </section>
      ) : null}
      <p className="text-sm text-muted-foreground">{t("noPhoto")}</p>
    </div>
  );
}

const statusVariant = {
  valid: "success",
  expired: "destructive",
  suspended: "destructive",
  revoked: "destructive",
  cancelled: "destructive",
} as const;
