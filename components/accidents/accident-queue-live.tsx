"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { buttonVariants } from "@/components/ui/button";

/** The officer's queue, refetched every few seconds so new requests show up without reloading. */
export function AccidentQueueLive() {
  const t = useTranslations("accidents.queue");
  const format = useFormatter();
  const trpc = useTRPC();
  const queue = useQuery({ ...trpc.accidents.queue.queryOptions(), refetchInterval: 3000 });
  const rows = queue.data ?? [];
  const now = queue.dataUpdatedAt || Date.now();
  if (!rows.length) return <p className="text-muted-foreground">{t("empty")}</p>;
  return (
    <ul className="flex flex-col gap-3" data-testid="accident-queue">
      {rows.map((a) => (
        <li
          key={a.id}
          className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border p-3"
        >
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
            <dt className="text-muted-foreground">{t("waiting")}</dt>
            <dd className="font-semibold">
              {t("minutes", { minutes: Math.max(0, Math.floor((now - a.awaitingSince.getTime()) / 60_000)) })}
            </dd>
            <dt className="text-muted-foreground">{t("occurredAt")}</dt>
            <dd>{format.dateTime(a.occurredAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
            <dt className="text-muted-foreground">{t("place")}</dt>
            <dd className="break-words">{a.place}</dd>
            <dt className="text-muted-foreground">{t("plates")}</dt>
            <dd>{a.plates.join("、")}</dd>
          </dl>
          <Link href={`/dashboard/traffic/accidents/${a.id}`} className={buttonVariants({ size: "sm" })}>
            {t("open")}
          </Link>
        </li>
      ))}
    </ul>
  );
}
