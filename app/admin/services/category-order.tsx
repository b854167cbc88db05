"use client";

import { useMutation } from "@tanstack/react-query";
import { ArrowDown, ArrowUp } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import type { ServiceCategoryItem } from "@/server/catalog/list-service-categories";

/**
 * The categories in display order with up/down buttons. After a move, focus follows the moved category,
 * so a keyboard user can press the same button again to keep moving it.
 */
export function CategoryOrder({ categories }: { categories: ServiceCategoryItem[] }) {
  const t = useTranslations("catalogAdmin.categories");
  const en = useLocale() === "en";
  const trpc = useTRPC();
  const router = useRouter();
  const [focusTarget, setFocusTarget] = useState<{ code: string; direction: "up" | "down" } | null>(null);
  const move = useMutation(trpc.catalogAdmin.moveCategory.mutationOptions({ onSuccess: () => router.refresh() }));

  useEffect(() => {
    if (!focusTarget) return;
    const at = categories.findIndex((c) => c.code === focusTarget.code);
    const atEdge = focusTarget.direction === "up" ? at === 0 : at === categories.length - 1;
    const direction = atEdge ? (focusTarget.direction === "up" ? "down" : "up") : focusTarget.direction;
    document.getElementById(`category-${direction}-${focusTarget.code}`)?.focus();
  }, [categories, focusTarget]);

  return (
    <div className="flex flex-col gap-2">
      <ol className="flex flex-col divide-y divide-border rounded-md border border-border">
        {categories.map((c, i) => {
          const name = en ? c.nameEn : c.name;
          const go = (direction: "up" | "down") => {
            setFocusTarget({ code: c.code, direction });
            move.mutate({ code: c.code, direction });
          };
          return (
            <li key={c.code} className="flex flex-wrap items-center gap-2 px-3 py-2">
              <span className="flex min-w-0 flex-1 flex-col">
                <span className="font-medium">{name}</span>
                <span className="text-sm text-muted-foreground">
                  {t("counts", { enabled: c.enabledCount, total: c.totalCount })}
                </span>
              </span>
              <Button
                id={`category-up-${c.code}`}
                size="sm"
                variant="secondary"
                disabled={i === 0 || move.isPending}
                aria-label={t("upLabel", { name })}
                onClick={() => go("up")}
              >
                <ArrowUp aria-hidden="true" />
                {t("up")}
              </Button>
              <Button
                id={`category-down-${c.code}`}
                size="sm"
                variant="secondary"
                disabled={i === categories.length - 1 || move.isPending}
                aria-label={t("downLabel", { name })}
                onClick={() => go("down")}
              >
                <ArrowDown aria-hidden="true" />
                {t("down")}
              </Button>
            </li>
          );
        })}
      </ol>
      <p role="status" className="text-sm">
        {move.isSuccess ? t("moved") : null}
      </p>
      {move.error ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          {move.error.message}
        </p>
      ) : null}
    </div>
  );
}
