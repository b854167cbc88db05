import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { ApplicationState } from "@/db/schema";

const variant: Record<ApplicationState, "neutral" | "primary" | "success" | "warning" | "destructive"> = {
  draft: "neutral",
  submitted: "primary",
  auto_review: "primary",
  station_review: "primary",
  needs_supplement: "warning",
  county_review: "primary",
  approved: "success",
  completed: "success",
  voided: "destructive",
  expired: "destructive",
  rejected: "destructive",
  withdrawn: "neutral",
};

/** The state in words; the colour only repeats what the words say. */
export function ApplicationStateBadge({ state }: { state: ApplicationState }) {
  const t = useTranslations("applications.states");
  return (
    <Badge variant={variant[state]} data-state={state}>
      {t(state)}
    </Badge>
  );
}
