import { cn } from "./cn";

export const fieldClasses =
  "block w-full min-h-tap rounded-md border border-input bg-surface px-3 py-2 text-base text-foreground placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:bg-muted aria-invalid:border-destructive aria-invalid:ring-1 aria-invalid:ring-destructive";

export function Input({ className, type = "text", ...props }: React.ComponentProps<"input">) {
  return <input type={type} className={cn(fieldClasses, className)} {...props} />;
}
