"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

/**
 * Finds a citizen by full phone or ID number. The number goes in the request body (never a URL), the
 * answer is masked, and the server audits each search.
 */
export function FindUserForm() {
  const t = useTranslations("layouts.search");
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const find = useMutation(trpc.layouts.findUser.mutationOptions());
  const fieldErrors = trpcFieldErrors(find.error);
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;

  return (
    <div className="flex flex-col gap-4">
      <form
        className="flex flex-col gap-3 sm:flex-row sm:items-end"
        noValidate
        role="search"
        aria-label={t("title")}
        onSubmit={(e) => {
          e.preventDefault();
          find.mutate({ query: query.trim() });
        }}
      >
        <div className="flex-1">
          <FormField
            id="layout-user-query"
            label={t("label")}
            hint={t("hint")}
            autoComplete="off"
            spellCheck={false}
            inputMode="text"
            maxLength={24}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              if (find.error) find.reset();
            }}
            error={fieldErrors.query}
          />
        </div>
        <Button type="submit" disabled={find.isPending} aria-disabled={find.isPending}>
          {find.isPending ? t("searching") : t("submit")}
        </Button>
      </form>
      {find.error && !hasFieldErrors ? <Alert variant="destructive">{find.error.message}</Alert> : null}
      {find.data ? (
        find.data.matches.length === 0 ? (
          <p role="status">{t("none")}</p>
        ) : (
          <section aria-label={t("results")} role="status">
            <ul className="flex flex-col gap-2">
              {find.data.matches.map((m) => (
                <li key={m.userId} className="flex flex-wrap items-center gap-3 rounded-md border border-border p-3">
                  <span className="flex min-w-0 flex-1 flex-col">
                    <span className="font-medium">{m.maskedName}</span>
                    <span className="text-sm text-muted-foreground">
                      {[m.maskedPhone, m.maskedIdNumber].filter(Boolean).join(" · ")}
                    </span>
                  </span>
                  <Badge variant={m.hasLayout ? "primary" : "neutral"}>
                    {m.hasLayout ? t("hasLayout") : t("noLayout")}
                  </Badge>
                  {m.status === "disabled" ? <Badge variant="warning">{t("disabled")}</Badge> : null}
                  <Link href={`/admin/layouts/users/${m.userId}`} className="font-medium text-primary underline">
                    {t("edit")}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )
      ) : null}
    </div>
  );
}
