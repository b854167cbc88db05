import { Button } from "@/components/ui/button";

/** A step's submit button in the multi-step flows, disabled and relabelled while its request runs. */
export function StepSubmitButton({ label, busy, busyLabel }: { label: string; busy: boolean; busyLabel: string }) {
  return (
    <Button type="submit" size="lg" className="w-full sm:w-auto" disabled={busy} aria-disabled={busy}>
      {busy ? busyLabel : label}
    </Button>
  );
}
