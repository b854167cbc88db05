import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import type { OfficerOverdueCount } from "@/server/supervision/list-overdue";

/** How many overdue items sit with each officer of the subtree (and how many with nobody). */
export async function OverdueByOfficer({ counts }: { counts: OfficerOverdueCount[] }) {
  const t = await getTranslations("supervision.byOfficer");
  return (
    <Card aria-labelledby="overdue-by-officer">
      <CardHeader>
        <CardTitle id="overdue-by-officer">{t("title")}</CardTitle>
        <CardDescription>{t("intro")}</CardDescription>
      </CardHeader>
      <CardContent>
        {counts.length === 0 ? (
          <p className="text-muted-foreground">{t("none")}</p>
        ) : (
          <Table
            className="text-base"
            rows={counts}
            rowKey={(c) => c.officer?.id ?? "nobody"}
            rowProps={() => ({ "data-testid": "overdue-by-officer-row" })}
            columns={[
              { key: "officer", header: t("officer"), cell: (c) => (c.officer ? c.officer.name : t("unassigned")) },
              { key: "count", header: t("count"), align: "end", numeric: true, cell: (c) => c.overdue },
            ]}
          />
        )}
      </CardContent>
    </Card>
  );
}
