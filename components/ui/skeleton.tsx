import { cn } from "./cn";

/** Placeholder while content loads; hidden from screen readers (the loading region announces itself). */
export function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-muted", className)} {...props} />;
}
