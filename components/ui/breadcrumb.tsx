import Link from "next/link";
import { Fragment } from "react";

export type BreadcrumbItem = { label: string; href?: string };

/** "Where am I": links up the trail, the last item is the current page. */
export function Breadcrumb({ label, items }: { label: string; items: BreadcrumbItem[] }) {
  return (
    <nav aria-label={label} className="text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-muted-foreground">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <Fragment key={`${i}-${item.label}`}>
              {i > 0 ? <li aria-hidden="true">/</li> : null}
              {last || !item.href ? (
                <li aria-current={last ? "page" : undefined} className={last ? "text-foreground" : undefined}>
                  {item.label}
                </li>
              ) : (
                <li>
                  <Link href={item.href} className="text-primary underline-offset-4 hover:underline">
                    {item.label}
                  </Link>
                </li>
              )}
            </Fragment>
          );
        })}
      </ol>
    </nav>
  );
}
