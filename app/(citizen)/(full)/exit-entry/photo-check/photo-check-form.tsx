"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Label } from "@/components/ui/label";
import type { PhotoCheck } from "@/server/exit-entry/check-travel-photo";

type State =
  { kind: "idle" } | { kind: "checking" } | { kind: "done"; check: PhotoCheck } | { kind: "failed"; message: string };

/** Chooses a photo and shows, as soon as it is checked, whether it is fit and what to change. */
export function PhotoCheckForm() {
  const t = useTranslations("queriesPublic.photoCheck");
  const [state, setState] = useState<State>({ kind: "idle" });

  async function check(file: File) {
    setState({ kind: "checking" });
    const form = new FormData();
    form.append("file", file, file.name);
    try {
      const response = await fetch("/api/exit-entry/photo-check", { method: "POST", body: form });
      const body = (await response.json().catch(() => null)) as (PhotoCheck & { message?: string }) | null;
      if (!response.ok || !body || !("problems" in body)) throw new Error(body?.message ?? t("failed"));
      setState({ kind: "done", check: body });
    } catch (error) {
      setState({ kind: "failed", message: error instanceof Error && error.message ? error.message : t("failed") });
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="photo-check-file">{t("choose")}</Label>
        <input
          id="photo-check-file"
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          className="block w-full text-base file:me-3 file:min-h-tap file:rounded-md file:border file:border-border file:bg-surface file:px-4"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void check(file);
          }}
        />
      </div>
      <div aria-live="polite" className="flex flex-col gap-3">
        {state.kind === "checking" ? <p>{t("checking")}</p> : null}
        {state.kind === "failed" ? <Alert variant="destructive">{state.message}</Alert> : null}
        {state.kind === "done" ? (
          <>
            {state.check.problems.length === 0 ? (
              <Alert variant="success" title={t("fitTitle")}>
                {t("fit")}
              </Alert>
            ) : (
              <Alert variant="warning" title={t("problemsTitle", { count: state.check.problems.length })}>
                <ul className="list-disc ps-5" data-testid="photo-problems">
                  {state.check.problems.map((p) => (
                    <li key={p}>{t(`problems.${p}`)}</li>
                  ))}
                </ul>
              </Alert>
            )}
            <p className="text-sm text-muted-foreground">
              {t("measured", {
                width: state.check.width,
                height: state.check.height,
                kb: Math.round(state.check.bytes / 1024),
                format: state.check.format.toUpperCase(),
              })}
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
