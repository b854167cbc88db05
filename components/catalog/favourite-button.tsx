"use client";

import { useFormStatus } from "react-dom";
import { starSymbolId } from "./star-symbol";
import { toggleFavouriteAction } from "./toggle-favourite-action";

/**
 * The star, as its own small form: a toggle button (aria-pressed) with a constant name, so a screen reader
 * announces "收藏“出生登记”, pressed". Works as a plain POST without JavaScript. The home renders one per
 * service (hundreds), so its props are kept to what differs: the form and its hidden fields are built here,
 * and the outline is the page's one <StarSymbol>.
 */
export function FavouriteButton({
  serviceId,
  pressed,
  label,
  hint,
}: {
  serviceId: number;
  pressed: boolean;
  label: string;
  hint?: string;
}) {
  return (
    <form action={toggleFavouriteAction}>
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="favourite" value={pressed ? "0" : "1"} />
      <StarButton pressed={pressed} label={label} hint={hint ?? label} />
    </form>
  );
}

/** While the form is being sent it already shows the state asked for. */
function StarButton({ pressed, label, hint }: { pressed: boolean; label: string; hint: string }) {
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
      <svg
        aria-hidden="true"
        className={shown ? "size-6 fill-accent text-warning" : "size-6"}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <use href={`#${starSymbolId}`} />
      </svg>
    </button>
  );
}
