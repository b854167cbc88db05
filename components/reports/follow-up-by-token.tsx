"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { FollowUpForm } from "./follow-up-form";
import { ReportDetail } from "./report-detail";

/**
 * An anonymous reporter's page: the follow-up code opens the report (in a POST body, never in the URL, so it
 * stays out of history and logs) and lets them write to the unit until it is closed.
 */
export function FollowUpByToken() {
  const t = useTranslations("reports");
  const trpc = useTRPC();
  const [token, setToken] = useState("");
  const [opened, setOpened] = useState<string | null>(null);
  const read = useMutation(trpc.reports.getByToken.mutationOptions());

  if (read.data && opened) {
    return (
      <div className="flex flex-col gap-6">
        <ReportDetail report={read.data} viewer="reporter" />
        {read.data.state === "closed" ? (
          <p className="text-muted-foreground">{t("detail.closedNote")}</p>
        ) : (
          <FollowUpForm token={opened} onSent={() => read.mutate({ token: opened })} />
        )}
      </div>
    );
  }

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        const typed = token.trim();
        read.mutate({ token: typed }, { onSuccess: () => setOpened(typed) });
      }}
    >
      {read.error ? <Alert variant="destructive">{read.error.message}</Alert> : null}
      <FormField
        id="follow-up-token"
        name="token"
        label={t("token.label")}
        hint={t("token.intro")}
        autoComplete="off"
        spellCheck={false}
        maxLength={32}
        required
        value={token}
        onChange={(e) => setToken(e.target.value)}
      />
      <Button type="submit" className="self-stretch sm:self-start" disabled={read.isPending}>
        {read.isPending ? t("token.loading") : t("token.submit")}
      </Button>
    </form>
  );
}
