import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { EndorsementView } from "@/server/exit-entry/endorsements";
import { fenToYuan } from "@/server/money/fen-to-yuan";

/** One endorsement application as the window sees it: number, state, the masked holder and permit, and where it stands. */
export function EndorsementCard({
  app,
  testId,
  children,
}: {
  app: EndorsementView;
  testId: string;
  children?: ReactNode;
}) {
  const t = useTranslations("exitEntry.endorsement");
  const format = useFormatter();
  const at = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <li className="flex flex-col gap-3 rounded-md border border-border p-4" data-testid={testId}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-semibold tabular-nums">{app.number}</span>
        <Badge variant={app.state === "endorsed" ? "success" : app.state === "rejected" ? "destructive" : "primary"}>
          {t(`states.${app.state}`)}
        </Badge>
      </div>
      <p>
        {t("applicant")}：{app.maskedName} · {app.maskedPermitNumber} · {t(`destinations.${app.destination}`)} ·{" "}
        {t(`tripsOptions.${app.trips}`)}
      </p>
      <p className="text-sm text-muted-foreground">
        {app.unitName} · {at(app.createdAt)} ·{" "}
        {app.feeReceivedAt
          ? t("feePaid", { amount: fenToYuan(app.feeFen), at: at(app.feeReceivedAt) })
          : t("fee", { amount: fenToYuan(app.feeFen) })}
        {app.endorsedAt ? ` · ${t("endorsedAt", { at: at(app.endorsedAt) })}` : null}
      </p>
      {children}
    </li>
  );
}
