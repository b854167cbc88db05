import { Phone } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";

/** First on the page of 网上报警 and 走失人员求助: an online report is no way to get help now. */
export function EmergencyBanner() {
  const t = useTranslations("reports.emergency");
  return (
    <Alert variant="destructive" role="note" title={t("title")} data-testid="emergency-banner">
      <p>{t("body")}</p>
      <a href="tel:110" className={buttonVariants({ variant: "destructive", size: "lg", className: "mt-3" })}>
        <Phone aria-hidden="true" />
        {t("call")}
      </a>
    </Alert>
  );
}
