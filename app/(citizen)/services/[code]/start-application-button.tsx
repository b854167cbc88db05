"use client";

import { useMutation } from "@tanstack/react-query";
import { FilePen } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * "在线办理": opens a draft of this service and goes to its first step. Should a draft have been started
 * meanwhile (another tab, another device), the engine answers that one: one draft per service.
 */
export function StartApplicationButton({ serviceCode }: { serviceCode: string }) {
  const t = useTranslations("applications.guide");
  const trpc = useTRPC();
  const router = useRouter();
  const start = useMutation(
    trpc.applications.start.mutationOptions({ onSuccess: ({ id }) => router.push(`/me/applications/${id}/edit`) }),
  );
  return (
    <div className="flex flex-col gap-3">
      {start.error ? <Alert variant="destructive">{start.error.message}</Alert> : null}
      <Button
        size="lg"
        className="self-stretch sm:self-start"
        disabled={start.isPending || start.isSuccess}
        onClick={() => start.mutate({ serviceCode })}
      >
        <FilePen aria-hidden="true" />
        {start.isPending || start.isSuccess ? t("starting") : t("apply")}
      </Button>
    </div>
  );
}
