"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";

/** Starts the function and refreshes the page, which then shows the new run as running or finished. */
export function RunNowButton({ functionId }: { functionId: string }) {
  const t = useTranslations("jobs");
  const trpc = useTRPC();
  const router = useRouter();
  const run = useMutation(trpc.jobs.runNow.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="flex flex-col items-end gap-1">
      <Button type="button" variant="outline" disabled={run.isPending} onClick={() => run.mutate({ functionId })}>
        {run.isPending ? t("starting") : t("runNow")}
      </Button>
      <p aria-live="polite" className="text-sm text-muted-foreground">
        {run.data ? t(run.data.started ? "started" : "alreadyRunning") : run.error ? run.error.message : ""}
      </p>
    </div>
  );
}
