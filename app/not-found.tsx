import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BrandLink } from "@/components/shell/brand-link";
import { buttonVariants } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("shell");
  return { title: t("notFound.title") };
}

export default async function NotFound() {
  const t = await getTranslations("shell");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="on-dark bg-primary px-4 py-2 text-primary-foreground">
        <BrandLink href="/" title={t("brand")} tagline={t("brandTagline")} />
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto flex w-full max-w-xl flex-1 flex-col items-start gap-4 px-4 py-12"
      >
        <p className="text-5xl font-bold text-primary" aria-hidden="true">
          404
        </p>
        <h1 className="text-2xl font-bold">{t("notFound.title")}</h1>
        <p className="text-muted-foreground">{t("notFound.body")}</p>
        <Link href="/" className={buttonVariants()}>
          {t("notFound.home")}
        </Link>
      </main>
    </div>
  );
}
