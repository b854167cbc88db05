"use client";

import { useEffect, useRef } from "react";
import { guideOpenedAction } from "./guide-opened-action";

/**
 * Counts the guide as opened once it is actually on screen. A link's prefetch renders the page without
 * mounting it, so guides merely scrolled past in a list are never counted.
 */
export function GuideOpenedBeacon({ serviceId }: { serviceId: number }) {
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    const report = new FormData();
    report.set("serviceId", String(serviceId));
    void guideOpenedAction(report);
  }, [serviceId]);
  return null;
}
