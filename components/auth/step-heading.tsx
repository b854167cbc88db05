"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

/**
 * The heading of one step of a multi-step form, with "step n of m". When the person moves to another
 * step it takes the focus, so keyboard and screen-reader users continue from the new step's start
 * instead of from a button that no longer exists.
 */
export function StepHeading({
  current,
  total,
  title,
  focus,
}: {
  current: number;
  total: number;
  title: string;
  focus: boolean;
}) {
  const t = useTranslations("accountFlow");
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm font-medium text-muted-foreground">{t("stepOf", { current, total })}</p>
      <div className="flex gap-1" aria-hidden="true">
        {Array.from({ length: total }, (_, i) => (
          <span
            key={i}
            className={i < current ? "h-1.5 flex-1 rounded-full bg-primary" : "h-1.5 flex-1 rounded-full bg-muted"}
          />
        ))}
      </div>
      <h2 ref={ref} tabIndex={-1} className="text-xl font-semibold">
        {title}
      </h2>
    </div>
  );
}
