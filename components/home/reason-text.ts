import type { getTranslations } from "next-intl/server";
import type { HomeReason } from "@/server/catalog/build-home";
import { formatDay } from "@/server/dates/format-day";

type Translate = Awaited<ReturnType<typeof getTranslations<"personalHome">>>;

/** The sentence that says why a service is on someone's home ("您的护照将于2027年1月15日到期"). */
export function reasonText(t: Translate, reason: HomeReason, locale: string): string {
  const day = (date: string) => formatDay(date, locale);
  switch (reason.code) {
    case "travelDocumentExpiring":
    case "travelDocumentExpired":
      return t(`reasons.${reason.code}`, { document: t(`documents.${reason.document}`), date: day(reason.date) });
    case "licenceExpiring":
    case "licenceExpired":
    case "newborn":
      return t(`reasons.${reason.code}`, { date: day(reason.date) });
    case "inspectionDue":
    case "inspectionOverdue":
      return t(`reasons.${reason.code}`, { plate: reason.plate, date: day(reason.date) });
    case "vehicle":
      return t("reasons.vehicle", { plate: reason.plate });
    case "frequentlyUsed":
      return t("reasons.frequentlyUsed", { count: reason.count });
    case "recentlyUsed":
      return t("reasons.recentlyUsed", { date: day(reason.date) });
    case "pinned":
      return t("reasons.pinned");
    case "applicationSupplement":
      return t("reasons.applicationSupplement", { number: reason.number });
    case "applicationWindowVisit":
      return t("reasons.applicationWindowVisit", { number: reason.number, date: day(reason.date) });
    case "applicationPaidDraft":
      return t("reasons.applicationPaidDraft");
  }
}
