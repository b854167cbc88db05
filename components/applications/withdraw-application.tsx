"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { Field } from "@/components/ui/field";

/**
 * "撤回申请" with a confirm step in the page (not a browser dialog): what withdrawing means, an optional
 * reason the station will read, then the confirm button. The page reloads into its new state.
 */
export function WithdrawApplication({ id, version }: { id: string; version: number }) {
  const t = useTranslations("applications.status");
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const panelId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const withdraw = useMutation(trpc.applications.withdraw.mutationOptions({ onSuccess: () => router.refresh() }));

  if (withdraw.isSuccess) return <Alert variant="success">{t("withdrawn")}</Alert>;

  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };

  return (
    <div className="flex flex-col gap-3">
      <Button
        ref={opener}
        variant="outline"
        className="self-start"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t("withdraw")}
      </Button>
      {open ? (
        <section
          id={panelId}
          aria-labelledby={`${panelId}-title`}
          className="flex flex-col gap-3 rounded-lg border border-destructive/40 bg-destructive-soft p-4"
        >
          <h3 id={`${panelId}-title`} className="text-lg font-semibold">
            {t("withdrawTitle")}
          </h3>
          <p>{t("withdrawBody")}</p>
          {withdraw.error ? <Alert variant="destructive">{withdraw.error.message}</Alert> : null}
          <Field id={`${panelId}-reason`} label={t("withdrawReason")}>
            {(control) => (
              <Textarea
                {...control}
                rows={3}
                maxLength={200}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                // The panel opened from the keyboard: carry the focus into it.
                autoFocus
              />
            )}
          </Field>
          <div className="flex flex-wrap gap-3">
            <Button
              variant="destructive"
              disabled={withdraw.isPending}
              onClick={() => withdraw.mutate({ id, expectedVersion: version, reason: reason.trim() || undefined })}
            >
              {withdraw.isPending ? t("withdrawing") : t("withdrawConfirm")}
            </Button>
            <Button variant="secondary" onClick={close} disabled={withdraw.isPending}>
              {t("cancel")}
            </Button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
