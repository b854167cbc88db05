"use client";

import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/** A checkout form's button: disabled while its action runs, so one click pays (or cancels) once. */
export function PaymentSubmitButton({
  label,
  pendingLabel,
  variant,
}: {
  label: string;
  pendingLabel: string;
  variant: "primary" | "secondary";
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" size="lg" variant={variant} className="w-full" disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
