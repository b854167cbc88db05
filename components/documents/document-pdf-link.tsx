import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/**
 * The download link of an issued document's PDF, or, while the PDF is still being drawn (an automatic decision
 * commits before its page is drawn, seconds at most), a note saying so in the link's place.
 */
export function DocumentPdfLink({
  blobId,
  className,
  children,
  "aria-label": ariaLabel,
}: {
  blobId: string | null;
  className?: string;
  children: ReactNode;
  "aria-label"?: string;
}) {
  const t = useTranslations("common");
  if (!blobId) {
    return (
      <span role="status" className="text-sm text-muted-foreground">
        {t("documentPdfPending")}
      </span>
    );
  }
  return (
    <a href={`/api/blob/${blobId}`} target="_blank" rel="noopener" aria-label={ariaLabel} className={className}>
      {children}
    </a>
  );
}
