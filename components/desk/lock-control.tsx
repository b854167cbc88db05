"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

export type LockState = { name: string; isMe: boolean } | null;

/**
 * "Assign to me" and "release" for one application, with who holds it. A refusal (a colleague was
 * quicker, or the item moved on) is shown with a way to reload the current state.
 */
export function LockControl({
  id,
  number,
  version,
  lock,
  canAssign,
}: {
  id: string;
  number: string;
  version: number;
  lock: LockState;
  canAssign: boolean;
}) {
  const t = useTranslations("desk.lock");
  const trpc = useTRPC();
  const router = useRouter();
  const assign = useMutation(trpc.applicationDesk.assign.mutationOptions({ onSuccess: () => router.refresh() }));
  const release = useMutation(trpc.applicationDesk.release.mutationOptions({ onSuccess: () => router.refresh() }));
  const error = assign.error ?? release.error;
  const pending = assign.isPending || release.isPending;

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        {lock ? (
          <Badge variant={lock.isMe ? "primary" : "warning"}>
            {lock.isMe ? t("mine") : t("other", { name: lock.name })}
          </Badge>
        ) : (
          <Badge variant="neutral">{t("free")}</Badge>
        )}
        {lock?.isMe ? (
          <Button
            size="sm"
            variant="secondary"
            disabled={pending}
            aria-label={t("releaseLabel", { number })}
            onClick={() => release.mutate({ id, expectedVersion: version })}
          >
            {pending ? t("working") : t("release")}
          </Button>
        ) : !lock && canAssign ? (
          <Button
            size="sm"
            variant="secondary"
            disabled={pending}
            aria-label={t("assignLabel", { number })}
            onClick={() => assign.mutate({ id, expectedVersion: version })}
          >
            {pending ? t("working") : t("assign")}
          </Button>
        ) : null}
      </div>
      {error ? (
        <Alert variant="destructive">
          <p>{error.message}</p>
          <Button
            size="sm"
            variant="link"
            onClick={() => {
              assign.reset();
              release.reset();
              router.refresh();
            }}
          >
            {t("refresh")}
          </Button>
        </Alert>
      ) : null}
    </div>
  );
}
