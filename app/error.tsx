"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonVariants } from "@/components/ui/button";

/**
 * Shown when a page fails to render. It says nothing about the cause (the server log has it, under the
 * error's digest) and offers a retry, because most failures here are momentary.
 */
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("shell");
  return (
    <main
      id="main"
      tabIndex={-1}
      className="mx-auto flex min-h-dvh w-full max-w-xl flex-col items-start justify-center gap-4 px-4 py-12"
    >
      <h1 className="text-2xl font-bold">{t("error.title")}</h1>
      <p className="text-muted-foreground">{t("error.body")}</p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => retry()}>{t("error.retry")}</Button>
        <Link href="/" className={buttonVariants({ variant: "secondary" })}>
          {t("error.home")}
        </Link>
      </div>
    </main>
  );
}
