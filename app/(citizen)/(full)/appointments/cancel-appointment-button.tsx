"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";

export function CancelAppointmentButton({ appointmentId }: { appointmentId: string }) {
  const t = useTranslations("appointments");
  const trpc = useTRPC();
  const router = useRouter();
  const cancel = useMutation(trpc.appointments.cancel.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <>
      <Button type="button" variant="destructive" disabled={cancel.isPending} onClick={() => cancel.mutate({ appointmentId })}>
        {cancel.isPending ? t("cancelling") : t("cancel")}
      </Button>
      {cancel.error ? (
        <p role="alert" className="w-full text-sm font-medium text-destructive">
          {cancel.error.message}
        </p>
      ) : null}
    </>
  );
}
