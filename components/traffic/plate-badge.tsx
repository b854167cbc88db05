import { cn } from "@/components/ui/cn";
import { formatPlateNumber } from "@/server/traffic/plate-number";

/** A plate as it looks on the car: blue for ordinary plates, green for new-energy ones. */
export function PlateBadge({ plate, plateType, className }: { plate: string; plateType: string; className?: string }) {
  const green = plateType === "51" || plateType === "52";
  return (
    <span
      className={cn(
        "inline-block rounded border-2 px-2 font-mono text-lg font-semibold tracking-wider whitespace-nowrap",
        green ? "border-success text-success" : "border-primary text-primary",
        className,
      )}
    >
      {formatPlateNumber(plate)}
    </span>
  );
}
