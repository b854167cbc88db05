"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * Deleting a draft, confirmed in place. `label` names the draft for screen readers where several are
 * listed; afterwards the citizen lands on the list, which no longer shows it.
 */
export function DeleteDraft({ id, label, confirmText }: { id: string; label: string; confirmText: string }) {
  const t = useTranslations("applications.list");
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const panelId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const remove = useMutation(
    trpc.applications.deleteDraft.mutationOptions({
      onSuccess: () => {
        router.push("/me/applications?deleted=1");
        router.refresh();
      },
    }),
  );

  return (
    <div className="flex flex-col gap-2">
      <Button
        ref={opener}
        variant="ghost"
        className="self-start text-destructive"
        aria-label={label}
        aria-expanded={confirming}
        aria-controls={panelId}
        onClick={() => setConfirming(!confirming)}
      >
        {t("delete")}
      </Button>
      {confirming ? (
        <div
          id={panelId}
          role="group"
          aria-label={label}
          className="flex flex-col gap-2 rounded-md border border-destructive/40 bg-destructive-soft p-3"
        >
          <p>{confirmText}</p>
          {remove.error ? <Alert variant="destructive">{remove.error.message}</Alert> : null}
          <div className="flex flex-wrap gap-2">
            <Button variant="destructive" autoFocus disabled={remove.isPending} onClick={() => remove.mutate({ id })}>
              {t("deleteYes")}
            </Button>
            <Button
              variant="secondary"
              disabled={remove.isPending}
              onClick={() => {
                setConfirming(false);
                opener.current?.focus();
              }}
            >
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
