"use client";

import { useMutation } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import QRCode from "qrcode";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Replace the code this long before it runs out, so a checker never scans one that dies in their hand. */
const refreshAheadMs = 30_000;

type Shown = { code: string; url: string; qr: string; expiresAtLocal: number };

/**
 * The screen's QR code: a fresh code on opening, replaced before it expires and whenever the page comes back
 * into view after it ran out. Expiry is counted on this device's clock from the code's lifetime, so a phone
 * whose clock is off still refreshes in time.
 */
export function ShowCodePanel() {
  const t = useTranslations("licences.show");
  const trpc = useTRPC();
  const [shown, setShown] = useState<Shown | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const issue = useMutation(
    trpc.licences.issueShowCode.mutationOptions({
      onSuccess: async (issued) => {
        const url = new URL(issued.path, window.location.origin).toString();
        const qr = await QRCode.toDataURL(url, { errorCorrectionLevel: "M", margin: 2, width: 320 });
        const lifetime = new Date(issued.expiresAt).getTime() - new Date(issued.issuedAt).getTime();
        setShown({ code: issued.code, url, qr, expiresAtLocal: Date.now() + lifetime });
      },
    }),
  );
  const { mutate, isPending } = issue;
  const refresh = useCallback(() => mutate(), [mutate]);

  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    refresh();
  }, [refresh]);

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    const onVisible = () => document.visibilityState === "visible" && setNow(Date.now());
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(tick);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);

  const due = shown !== null && now >= shown.expiresAtLocal - refreshAheadMs;
  useEffect(() => {
    if (due && !isPending && !issue.isError) refresh();
  }, [due, isPending, issue.isError, refresh]);

  const seconds = shown ? Math.max(0, Math.ceil((shown.expiresAtLocal - now) / 1000)) : 0;
  const live = shown !== null && seconds > 0;
  return (
    <section
      aria-labelledby="licence-qr"
      className="flex flex-col items-center gap-3 rounded-lg border-2 border-primary bg-surface p-4"
    >
      <h2 id="licence-qr" className="self-start text-lg font-semibold">
        {t("qrTitle")}
      </h2>
      {issue.isError ? (
        <Alert variant="destructive" className="self-stretch">
          {t("failed")}
        </Alert>
      ) : null}
      {shown && live ? (
        <>
          <img
            src={shown.qr}
            alt={t("qrAlt")}
            width={320}
            height={320}
            className="aspect-square w-full max-w-80 [image-rendering:pixelated]"
          />
          <p className="text-center">
            <span className="block text-sm text-muted-foreground">{t("code")}</span>
            <span aria-live="polite" className="font-mono text-lg font-semibold tracking-wider break-all">
              {shown.code}
            </span>
          </p>
          <p className="text-center text-sm break-all">
            {t("link")}{" "}
            <a href={shown.url} className="text-primary underline underline-offset-4" data-testid="licence-verify-link">
              {shown.url}
            </a>
          </p>
          <p className="text-center font-medium tabular-nums">{t("countdown", { seconds })}</p>
        </>
      ) : (
        <p role="status" className="py-8 text-muted-foreground">
          {isPending ? t("refreshing") : null}
        </p>
      )}
      <Button type="button" variant="outline" size="lg" onClick={refresh} disabled={isPending} className="self-stretch">
        <RefreshCw aria-hidden="true" />
        {t("refresh")}
      </Button>
    </section>
  );
}
