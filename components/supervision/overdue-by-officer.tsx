import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
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
          <table className="w-full text-start">
            <thead className="border-b border-border text-sm text-muted-foreground">
              <tr>
                <th scope="col" className="py-2 pe-4 text-start font-medium">{t("officer")}</th>
                <th scope="col" className="py-2 text-end font-medium">{t("count")}</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr key={c.officer?.id ?? "nobody"} className="border-b border-border last:border-0" data-testid="overdue-by-officer-row">
                  <td className="py-2 pe-4">{c.officer ? c.officer.name : t("unassigned")}</td>
                  <td className="py-2 text-end tabular-nums">{c.overdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </CardContent>
    </Card>
  );
}
