/** The star's outline (lucide "star", ISC licence), defined once per page for every star button to <use>. */
export const starSymbolId = "icon-star";

/**
 * Rendered once in the page frame: a home shows hundreds of stars, and one inline SVG each would be most
 * of the page's HTML. Sized to nothing rather than display:none, which some browsers do not draw <use> from.
 */
export function StarSymbol() {
  return (
    <svg aria-hidden="true" className="pointer-events-none absolute size-0 overflow-hidden">
      <symbol id={starSymbolId} viewBox="0 0 24 24">
        <path d="M11.525 2.295a.53.53 0 0 1 .95 0l2.31 4.679a2.123 2.123 0 0 0 1.595 1.16l5.166.756a.53.53 0 0 1 .294.904l-3.736 3.638a2.123 2.123 0 0 0-.611 1.878l.882 5.14a.53.53 0 0 1-.771.56l-4.618-2.428a2.122 2.122 0 0 0-1.973 0L6.396 21.01a.53.53 0 0 1-.77-.56l.881-5.139a2.122 2.122 0 0 0-.611-1.879L2.16 9.795a.53.53 0 0 1 .294-.906l5.165-.755a2.122 2.122 0 0 0 1.597-1.16z" />
      </symbol>
    </svg>
  );
}
