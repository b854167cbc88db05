import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { CareModeToggle } from "./care-mode-toggle";
import { LanguageSwitch } from "./language-switch";

/** The language switch and care-mode toggle side by side, as every shell shows them. */
export async function PreferencesBar({ className }: { className?: string }) {
  const t = await getTranslations("preferences");
  return (
    <div role="group" aria-label={t("label")} className={cn("flex flex-wrap items-center gap-x-2", className)}>
      <LanguageSwitch />
      <CareModeToggle />
    </div>
  );
}
