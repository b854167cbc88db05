import Link from "next/link";
import { cn } from "@/components/ui/cn";

/** The shield icon and the product name, linking to the shell's home page. */
export function BrandLink({
  href,
  title,
  tagline,
  className,
}: {
  href: string;
  title: string;
  tagline?: string;
  className?: string;
}) {
  return (
    <Link href={href} className={cn("flex min-h-tap min-w-0 items-center gap-2 no-underline", className)}>
      <img src="/icons/icon-192.png" alt="" width={36} height={36} className="size-9 shrink-0 rounded-md" />
      <span className="flex min-w-0 flex-col leading-tight">
        <span className="truncate text-lg font-bold">{title}</span>
        {tagline ? <span className="hidden truncate text-xs opacity-90 sm:block">{tagline}</span> : null}
      </span>
    </Link>
  );
}
