"use client";

import { Star } from "lucide-react";
import { useFormStatus } from "react-dom";
import { cn } from "@/components/ui/cn";

/**
 * The star: a toggle button (aria-pressed) with a constant name, so a screen reader announces
 * "收藏“出生登记”, pressed". While the form is being sent it already shows the state asked for.
 */
export function FavouriteButton({ pressed, label, hint }: { pressed: boolean; label: string; hint: string }) {
  const { pending } = useFormStatus();
  const shown = pending ? !pressed : pressed;
  return (
    <button
      type="submit"
      aria-pressed={pressed}
      aria-label={label}
      title={hint}
      disabled={pending}
      className="inline-flex size-tap shrink-0 items-center justify-center rounded-md text-primary hover:bg-primary-soft disabled:opacity-70"
    >
      <Star aria-hidden="true" className={cn("size-6", shown && "fill-accent text-warning")} />
    </button>
  );
}
