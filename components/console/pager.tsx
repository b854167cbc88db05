import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/**
 * Previous / next links for a paged list whose page lives in the URL, so a page can be bookmarked and the
 * browser's back button works. Renders nothing when everything fits on one page. `size` "md" makes each link a
 * full tap target (44 px) where the list is worked on a phone.
 */
export function Pager({
  page,
  pages,
  hrefFor,
  labels,
  size = "sm",
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  labels: { nav: string; status: string; previous: string; next: string };
  size?: "sm" | "md";
}) {
  if (pages <= 1) return null;
  const link = (target: number, label: string, rel: "prev" | "next") =>
    target >= 1 && target <= pages ? (
      <Link href={hrefFor(target)} rel={rel} className={buttonVariants({ variant: "secondary", size })}>
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className={cn(buttonVariants({ variant: "secondary", size }), "opacity-50")}>
        {label}
      </span>
    );
  return (
    <nav aria-label={labels.nav} className="flex flex-wrap items-center gap-3">
      {link(page - 1, labels.previous, "prev")}
      <span className="text-sm text-muted-foreground" aria-current="page">
        {labels.status}
      </span>
      {link(page + 1, labels.next, "next")}
    </nav>
  );
}
