import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { fieldClasses } from "@/components/ui/input";
import { normaliseDocumentCode } from "@/server/documents/document-code";
import { normaliseShowCode, showCodePath } from "@/server/licences/show-code";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verify");
  return { title: t("title") };
}

type SearchParams = Promise<{ code?: string | string[] }>;

/**
 * Where a person types the code printed on a document. A plain GET form, so it works without script:
 * the code comes back here as `?code=` and is sent on to its own page.
 */
export default async function VerifyFormPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).code;
  const typed = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
  const code = typed.trim() ? normaliseDocumentCode(typed) : null;
  if (code) redirect(`/verify/${code}`);
  // The code under an electronic licence screen's QR, typed by a checker whose scanner failed.
  const licenceCode = typed.trim() ? normaliseShowCode(typed) : null;
  if (licenceCode) redirect(showCodePath(licenceCode));
  const invalid = typed.trim() !== "";
  const t = await getTranslations("verify");

  return (
    <article className="mx-auto flex w-full max-w-xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary">{t("heading")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </header>
      <form action="/verify" method="get" className="flex flex-col gap-3">
        <label htmlFor="verify-code" className="font-medium">
          {t("codeLabel")}
        </label>
        <input
          id="verify-code"
          name="code"
          defaultValue={typed}
          required
          maxLength={200}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? "verify-code-error verify-code-hint" : "verify-code-hint"}
          className={cn(fieldClasses, "font-mono text-lg tracking-wider uppercase")}
        />
        <p id="verify-code-hint" className="text-sm text-muted-foreground">
          {t("codeHint")}
        </p>
        {invalid ? (
          <p id="verify-code-error" role="alert" className="font-medium text-destructive">
            {t("invalidCode")}
          </p>
        ) : null}
        <button type="submit" className={cn(buttonVariants({ size: "lg" }), "self-start")}>
          {t("submit")}
        </button>
      </form>
    </article>
  );
}
