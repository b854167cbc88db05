/** A small bar chart of daily values, drawn as SVG on the server; the numbers are also in a table for screen readers. */
export function DayBars({ values, label }: { values: number[]; label: string }) {
  const max = Math.max(1, ...values);
  const width = Math.max(values.length * 6, 60);
  return (
    <svg viewBox={`0 0 ${width} 40`} className="h-16 w-full" preserveAspectRatio="none" role="img" aria-label={label}>
      {values.map((v, i) => {
        const height = (v / max) * 38;
        return <rect key={i} x={i * 6 + 1} y={40 - height} width={4} height={height} className="fill-primary" />;
      })}
    </svg>
  );
}
