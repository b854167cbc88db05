/** How a check's verdict looks, on the server's result pages and in the client's check forms alike. */
export const verdictLooks = {
  good: { box: "border-success bg-success-soft", icon: "text-success" },
  bad: { box: "border-destructive bg-destructive-soft", icon: "text-destructive" },
  unknown: { box: "border-warning bg-warning-soft", icon: "text-warning" },
} as const;
