import { cn } from "./cn";
import { fieldClasses } from "./input";

export function Textarea({ className, rows = 4, ...props }: React.ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cn(fieldClasses, "resize-y", className)} {...props} />;
}
