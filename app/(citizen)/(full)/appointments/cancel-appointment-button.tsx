"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * "取消预约" asks first, in the page (not a browser dialog): a cancelled place goes to someone else at
 * once, so a slip of the thumb must not cost the citizen their slot.
 */
export function CancelAppointmentButton({ appointmentId, summary }: { appointmentId: string; summary: string }) {
  const t = useTranslations("appointments");
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useMutation(trpc.appointments.cancel.mutationOptions({ onSuccess: () => router.refresh() }));
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <Button
        ref={opener}
        type="button"
        variant="destructive"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t("cancel")}
      </Button>
      {open ? (
        <section
          id={panelId}
          aria-labelledby={`${panelId}-title`}
          className="flex w-full flex-col gap-3 rounded-lg border border-destructive/40 bg-destructive-soft p-4"
        >
          <h3 id={`${panelId}-title`} className="font-semibold">
            {t("cancelTitle")}
          </h3>
          <p>{t("cancelBody", { summary })}</p>
          {cancel.error ? <Alert variant="destructive">{cancel.error.message}</Alert> : null}
          <div className="flex flex-wrap gap-3">
            <Button
              type="button"
              variant="destructive"
              disabled={cancel.isPending}
              onClick={() => cancel.mutate({ appointmentId })}
            >
              {cancel.isPending ? t("cancelling") : t("cancelConfirm")}
            </Button>
            {/* The panel opened from the keyboard: carry the focus into it. */}
            <Button type="button" variant="secondary" onClick={close} disabled={cancel.isPending} autoFocus>
              {t("cancelKeep")}
            </Button>
          </div>
        </section>
      ) : null}
    </>
  );
}
