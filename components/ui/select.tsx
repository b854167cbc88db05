import { ChevronDown } from "lucide-react";
import { cn } from "./cn";
import { fieldClasses } from "./input";

/** The native select: keyboard, screen readers and phone pickers work without extra code. */
export function Select({ className, children, ...props }: React.ComponentProps<"select">) {
  return (
    <div className="relative">
      <select className={cn(fieldClasses, "appearance-none pe-10", className)} {...props}>
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute end-3 top-1/2 size-5 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}
