import { cn } from "./cn";
import { Label } from "./label";

/** What a field hands its control so the label, the hint and the error are read with it. */
export type FieldControlProps = {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  required?: boolean;
};

export type FieldProps = {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: React.ReactNode;
  required?: boolean;
  /** Read by pointer users who hover the required mark ("必填"). */
  requiredLabel?: string;
  /** `false` where an error summary above the form already announces the problems. */
  announceError?: boolean;
  className?: string;
  children: (control: FieldControlProps) => React.ReactNode;
};

/**
 * The one field layout: label, optional hint, the control, and the error tied to the control by
 * aria-describedby and aria-invalid. Server-compatible, so filter forms of server pages use it too; the
 * control's size (44 px, larger in care mode) comes from the shared field classes.
 */
export function Field({
  id,
  label,
  hint,
  error,
  required,
  requiredLabel,
  announceError = true,
  className,
  children,
}: FieldProps) {
  const hasError = error !== undefined && error !== null && error !== false && error !== "";
  const describedBy =
    [hint ? `${id}-hint` : null, hasError ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={id} required={required} requiredLabel={requiredLabel}>
        {label}
      </Label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-invalid": hasError ? true : undefined, "aria-describedby": describedBy, required })}
      {hasError ? (
        <p
          id={`${id}-error`}
          role={announceError ? "alert" : undefined}
          className="text-sm font-medium text-destructive"
        >
          {error}
        </p>
      ) : null}
    </div>
  );
}
