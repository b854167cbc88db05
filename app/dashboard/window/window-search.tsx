"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/auth/form-field";
import { readTrpcError } from "@/components/auth/read-trpc-error";
import { unitLabel } from "@/components/orgs/unit-label";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
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
  const [number, setNumber] = useState("");
  const [idNumber, setIdNumber] = useState("");
  const find = useMutation(trpc.householdDesk.findAtWindow.mutationOptions());
  const problem = readTrpcError(find.error);
  const searchedBy = find.variables && "idNumber" in find.variables ? "idNumber" : "number";
  const result = find.data;

  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-6 md:grid-cols-2">
        <form
          role="search"
          aria-label={t("byNumber")}
          noValidate
          className="flex flex-col gap-3 rounded-md border border-border p-4"
          onSubmit={(e) => {
            e.preventDefault();
            find.mutate({ number: number.trim() });
          }}
        >
          <h2 className="font-semibold">{t("byNumber")}</h2>
          <FormField
            id="window-number"
            name="number"
            label={t("number")}
            hint={t("numberHint")}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={24}
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            error={searchedBy === "number" ? problem?.fields.number : undefined}
          />
          <div>
            <Button type="submit" disabled={find.isPending}>
              {find.isPending && searchedBy === "number" ? t("searching") : t("searchNumber")}
            </Button>
          </div>
        </form>
        <form
          role="search"
          aria-label={t("byIdNumber")}
          noValidate
          className="flex flex-col gap-3 rounded-md border border-border p-4"
          onSubmit={(e) => {
            e.preventDefault();
            find.mutate({ idNumber: idNumber.trim() });
          }}
        >
          <h2 className="font-semibold">{t("byIdNumber")}</h2>
          <FormField
            id="window-id-number"
            name="idNumber"
            label={t("idNumber")}
            hint={t("idNumberHint")}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={24}
            value={idNumber}
            onChange={(e) => setIdNumber(e.target.value)}
            error={searchedBy === "idNumber" ? problem?.fields.idNumber : undefined}
          />
          <div>
            <Button type="submit" disabled={find.isPending}>
              {find.isPending && searchedBy === "idNumber" ? t("searching") : t("searchId")}
            </Button>
          </div>
        </form>
      </div>

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
                  <li key={m.id} className="flex flex-col gap-1 rounded-md border border-border p-3 sm:flex-row sm:items-center sm:justify-between">
                    <div className="flex flex-col gap-1">
                      <span className="font-semibold tabular-nums">{m.number}</span>
                      <span>
                        {locale === "en" ? m.service.nameEn : m.service.name} · {m.applicantMaskedName} · {unitLabel(m.station, locale)}
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
