import { cva, type VariantProps } from "class-variance-authority";
import { CircleAlert, CircleCheck, Info, TriangleAlert } from "lucide-react";
import { cn } from "./cn";

const alertVariants = cva("flex gap-3 rounded-md border p-4 text-base", {
  variants: {
    variant: {
      info: "border-info/30 bg-info-soft text-foreground [&>svg]:text-info",
      success: "border-success/30 bg-success-soft text-foreground [&>svg]:text-success",
      warning: "border-warning/30 bg-warning-soft text-foreground [&>svg]:text-warning",
      destructive: "border-destructive/40 bg-destructive-soft text-foreground [&>svg]:text-destructive",
    },
  },
  defaultVariants: { variant: "info" },
});

const icons = { info: Info, success: CircleCheck, warning: TriangleAlert, destructive: CircleAlert } as const;

/**
 * A message box. Errors and warnings are announced at once (role="alert"); information politely
 * (role="status"). Pass `role` to override, e.g. for a static notice that is there on page load.
 */
export function Alert({
  className,
  variant,
  title,
  children,
  role,
  ...props
}: Omit<React.ComponentProps<"div">, "title"> & VariantProps<typeof alertVariants> & { title?: React.ReactNode }) {
  const kind = variant ?? "info";
  const Icon = icons[kind];
  return (
    <div
      role={role ?? (kind === "destructive" || kind === "warning" ? "alert" : "status")}
      className={cn(alertVariants({ variant: kind }), className)}
      {...props}
    >
      <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <div className="min-w-0 flex-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className={cn(title && "mt-1")}>{children}</div> : null}
      </div>
    </div>
  );
}
