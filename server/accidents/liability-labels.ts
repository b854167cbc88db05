import type { Liability } from "@/db/schema";

/** How documents and SMS name a liability (they are always in Chinese, like the paper forms). */
export const liabilityLabel: Record<Liability, string> = {
  full: "全部责任",
  main: "主要责任",
  equal: "同等责任",
  secondary: "次要责任",
  none: "无责任",
};

export const liabilityLabelEn: Record<Liability, string> = {
  full: "Fully liable",
  main: "Mainly liable",
  equal: "Equally liable",
  secondary: "Secondarily liable",
  none: "Not liable",
};
