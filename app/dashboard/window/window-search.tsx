"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { readTrpcError } from "@/components/auth/read-trpc-error";
import { NumberOrIdSearch } from "@/components/desk/number-or-id-search";
import { unitLabel } from "@/components/orgs/unit-label";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Locale } from "@/server/i18n/config";
import { formatDay } from "@/server/dates/format-day";

/**
 * The two ways to find a citizen's approved application at the counter. The ID number is sent in the
 * request body and the result kept only in this page's memory, never in a URL.
 */
export function WindowSearch() {
  const t = useTranslations("desk.window");
  const locale = useLocale() as Locale;
  const trpc = useTRPC();
  const find = useMutation(trpc.applicationDesk.findAtWindow.mutationOptions());
  const problem = readTrpcError(find.error);
  const searchedBy = find.variables && "idNumber" in find.variables ? "idNumber" : "number";
  const result = find.data;

  return (
    <div className="flex flex-col gap-6">
      <NumberOrIdSearch
        idPrefix="window"
        pending={find.isPending}
        searchedBy={searchedBy}
        fieldErrors={problem?.fields}
        onSearch={(q) => find.mutate(q)}
      />

      {problem && !Object.keys(problem.fields).length ? <Alert variant="destructive">{problem.message}</Alert> : null}

      {result ? (
        <Card aria-labelledby="window-results">
          <CardHeader>
            <CardTitle id="window-results">
              {result.maskedIdNumber ? t("resultsFor", { idNumber: result.maskedIdNumber }) : t("results")}
            </CardTitle>
          </CardHeader>
          <CardContent>
            {result.matches.length ? (
              <ul className="flex flex-col gap-3">
                {result.matches.map((m) => (
                  <li
                    key={m.id}
                    className="flex flex-col gap-1 rounded-md border border-border p-3 sm:flex-row sm:items-center sm:justify-between"
                  >
                    <div className="flex flex-col gap-1">
                      <span className="font-semibold tabular-nums">{m.number}</span>
                      <span>
                        {locale === "en" ? m.service.nameEn : m.service.name} · {m.applicantMaskedName} ·{" "}
                        {unitLabel(m.station, locale)}
                      </span>
                      <span className="flex flex-wrap gap-2">
                        {m.windowDeadline ? (
                          <Badge variant="neutral">
                            {t("deadline", {
                              date: formatDay(m.windowDeadline, locale),
                            })}
                          </Badge>
                        ) : null}
                        <Badge variant={m.deliveryMethod === "post" ? "warning" : "neutral"}>
                          {m.deliveryMethod === "post" ? t("deliveryPost") : t("deliveryWindow")}
                        </Badge>
                      </span>
                    </div>
                    <Link href={`/dashboard/window/${m.id}`} className="text-primary underline underline-offset-4">
                      {t("open", { number: m.number ?? "" })}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t("none")}</p>
            )}
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
