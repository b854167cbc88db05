import { getTranslations } from "next-intl/server";
import { setCareMode } from "@/app/actions/set-care-mode";
import { cn } from "@/components/ui/cn";
import { isCareMode } from "@/server/preferences/care-mode";

/**
 * Turns care mode (适老化: larger text, stronger contrast) on or off. A toggle button (`aria-pressed`) in a
 * plain form, so it works by keyboard and without JavaScript; the state is a cookie the root layout reads.
 */
export async function CareModeToggle({ className }: { className?: string }) {
  const on = await isCareMode();
  const t = await getTranslations("preferences");
  return (
    <form action={setCareMode} className={className}>
      <input type="hidden" name="care" value={on ? "0" : "1"} />
      <button
        type="submit"
        aria-pressed={on}
        title={t("careModeHint")}
        className="inline-flex min-h-tap items-center gap-2 rounded-md px-2 text-sm font-medium hover:underline"
      >
        {t("careMode")}
        <span
          aria-hidden="true"
          className={cn(
            "rounded-full border px-2 text-xs leading-5",
            on ? "border-accent bg-accent text-accent-foreground" : "border-current",
          )}
        >
          {on ? t("on") : t("off")}
        </span>
      </button>
    </form>
  );
}
