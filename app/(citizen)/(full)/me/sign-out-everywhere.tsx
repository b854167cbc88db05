"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Asks once, then ends every session; this browser's session is gone too, so it goes to sign-in. */
export function SignOutEverywhere() {
  const t = useTranslations("me.security.signOutEverywhere");
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation(
    trpc.account.signOutEverywhere.mutationOptions({ onSuccess: () => window.location.assign("/login?next=%2Fme") }),
  );

  if (!confirming) {
    return (
      <Button variant="secondary" className="self-start" onClick={() => setConfirming(true)}>
        {t("button")}
      </Button>
    );
  }
  return (
    <div className="flex flex-col gap-3" role="group" aria-label={t("title")}>
      {revoke.error ? <Alert variant="destructive">{revoke.error.message}</Alert> : null}
      <p className="font-medium">{t("confirm")}</p>
      <div className="flex flex-wrap gap-3">
        <Button variant="destructive" onClick={() => revoke.mutate()} disabled={revoke.isPending || revoke.isSuccess}>
          {revoke.isPending || revoke.isSuccess ? t("working") : t("yes")}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)} disabled={revoke.isPending}>
          {t("no")}
        </Button>
      </div>
    </div>
  );
}
