import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

/** Time left for the current review step; red once the step is overdue. */
export async function SlaBadge({ sla }: { sla: { workingDaysLeft: number; overdue: boolean } | null }) {
  const t = await getTranslations("desk.sla");
  if (!sla) return <Badge variant="neutral">{t("waitingOnCitizen")}</Badge>;
  if (sla.overdue) {
    return (
      <Badge variant="destructive" data-overdue="">
        {sla.workingDaysLeft < 0 ? t("overdueBy", { days: -sla.workingDaysLeft }) : t("overdue")}
      </Badge>
    );
  }
  return (
    <Badge variant={sla.workingDaysLeft <= 1 ? "warning" : "neutral"}>
      {t("dueIn", { days: sla.workingDaysLeft })}
    </Badge>
  );
}
