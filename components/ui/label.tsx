import { cn } from "./cn";

/** A visible label; `required` adds a marker that screen readers skip (the input itself carries `required`). */
export function Label({
  className,
  children,
  required,
  requiredLabel,
  ...props
}: React.ComponentProps<"label"> & { required?: boolean; requiredLabel?: string }) {
  return (
    <label className={cn("block text-base font-medium text-foreground", className)} {...props}>
      {children}
      {required ? (
        <span className="ms-1 text-destructive" title={requiredLabel} aria-hidden="true">
          *
        </span>
      ) : null}
    </label>
  );
}
