import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { NoticeState } from "@/db/schema/notice-vocabulary";

const variant: Record<NoticeState, "neutral" | "primary" | "success" | "warning" | "destructive"> = {
  draft: "neutral",
  pending_approval: "warning",
  published: "success",
  expired: "neutral",
  archived: "neutral",
  withdrawn: "destructive",
};

/** The state in words; the colour only repeats what the words say. */
export function NoticeStateBadge({ state }: { state: NoticeState }) {
  const t = useTranslations("notices.states");
  return (
    <Badge variant={variant[state]} data-state={state}>
      {t(state)}
    </Badge>
  );
}
