"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";

/**
 * Enables or disables one service. It names the version the list was rendered with, so a switch made
 * after someone else's edit is refused (and the list reloads) instead of silently undoing their work.
 */
export function ServiceEnabledToggle({
  code,
  name,
  enabled,
  version,
}: {
  code: string;
  name: string;
  enabled: boolean;
  version: number;
}) {
  const t = useTranslations("catalogAdmin.toggle");
  const trpc = useTRPC();
  const router = useRouter();
  const mutation = useMutation(trpc.catalogAdmin.setEnabled.mutationOptions({ onSettled: () => router.refresh() }));
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        size="sm"
        variant={enabled ? "secondary" : "outline"}
        disabled={mutation.isPending}
        aria-label={enabled ? t("disableLabel", { name }) : t("enableLabel", { name })}
        onClick={() => mutation.mutate({ code, expectedVersion: version, enabled: !enabled })}
      >
        {mutation.isPending ? t("working") : enabled ? t("disable") : t("enable")}
      </Button>
      <p role="status" className="text-sm">
        {mutation.isSuccess ? (mutation.variables.enabled ? t("enabled", { name }) : t("disabled", { name })) : null}
      </p>
      {mutation.error ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          {mutation.error.message}
        </p>
      ) : null}
    </div>
  );
}
