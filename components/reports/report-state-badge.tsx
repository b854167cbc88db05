import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { ReportState } from "@/db/schema/report-vocabulary";

const variant: Record<ReportState, "neutral" | "primary" | "success" | "warning"> = {
  received: "primary",
  handling: "primary",
  replied: "warning",
  closed: "success",
};

/** The state in words; the colour only repeats what the words say. */
export function ReportStateBadge({ state }: { state: ReportState }) {
  const t = useTranslations("reports.states");
  return (
    <Badge variant={variant[state]} data-state={state}>
      {t(state)}
    </Badge>
  );
}
