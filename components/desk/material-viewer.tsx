"use client";

import { FileText, RotateCw, Undo2, ZoomIn, ZoomOut } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export type ViewerFile = { id: string; blobId: string; fileName: string; contentType: string };

const zoomSteps = [0.5, 0.75, 1, 1.5, 2, 3, 4];
/** Index of 100 %: the scan fills the viewer's width. */
const fitWidth = 2;

/**
 * The uploads of one material, served through /api/blob (which checks the officer's jurisdiction and
 * audits the read). Photos and scans can be zoomed and turned, since phones often send them sideways;
 * PDFs open in a new tab, because stored files may not be framed.
 */
export function MaterialViewer({ materialName, files }: { materialName: string; files: ViewerFile[] }) {
  return (
    <ul className="flex flex-col gap-4">
      {files.map((file) => (
        <li key={file.id}>
          {file.contentType.startsWith("image/") ? (
            <ImageFile materialName={materialName} file={file} />
          ) : (
            <PdfFile materialName={materialName} file={file} />
          )}
        </li>
      ))}
    </ul>
  );
}

function ImageFile({ materialName, file }: { materialName: string; file: ViewerFile }) {
  const t = useTranslations("desk.viewer");
  const [zoom, setZoom] = useState(fitWidth);
  const [turns, setTurns] = useState(0);
  const scale = zoomSteps[zoom] ?? 1;
  const name = `${materialName} ${file.fileName}`;
  return (
    <figure className="flex flex-col gap-2">
      <div role="toolbar" aria-label={t("toolbar", { name })} className="flex flex-wrap items-center gap-2">
        <Button
          size="sm"
          variant="secondary"
          aria-label={`${t("zoomIn")} ${name}`}
          disabled={zoom >= zoomSteps.length - 1}
          onClick={() => setZoom(zoom + 1)}
        >
          <ZoomIn aria-hidden="true" />
          {t("zoomIn")}
        </Button>
        <Button
          size="sm"
          variant="secondary"
          aria-label={`${t("zoomOut")} ${name}`}
          disabled={zoom <= 0}
          onClick={() => setZoom(zoom - 1)}
        >
          <ZoomOut aria-hidden="true" />
          {t("zoomOut")}
        </Button>
        <Button
          size="sm"
          variant="secondary"
          aria-label={`${t("rotate")} ${name}`}
          onClick={() => setTurns((turns + 1) % 4)}
        >
          <RotateCw aria-hidden="true" />
          {t("rotate")}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          aria-label={`${t("reset")} ${name}`}
          onClick={() => {
            setZoom(fitWidth);
            setTurns(0);
          }}
        >
          <Undo2 aria-hidden="true" />
          {t("reset")}
        </Button>
        <span className="text-sm text-muted-foreground tabular-nums" aria-live="polite">
          {t("zoomLevel", { percent: Math.round(scale * 100) })}
        </span>
        <a
          href={`/api/blob/${file.blobId}`}
          target="_blank"
          rel="noreferrer"
          className="text-sm text-primary underline underline-offset-4"
        >
          {t("open", { name: file.fileName })}
        </a>
      </div>
      <div className="h-96 overflow-auto rounded-md border border-border bg-muted p-2">
        <img
          src={`/api/blob/${file.blobId}`}
          alt={t("imageAlt", { material: materialName, file: file.fileName })}
          className="mx-auto block max-w-none transition-transform"
          style={{ width: `${scale * 100}%`, transform: `rotate(${turns * 90}deg)` }}
        />
      </div>
    </figure>
  );
}

function PdfFile({ materialName, file }: { materialName: string; file: ViewerFile }) {
  const t = useTranslations("desk.viewer");
  return (
    <a
      href={`/api/blob/${file.blobId}`}
      target="_blank"
      rel="noreferrer"
      className="flex items-center gap-2 rounded-md border border-border p-3 text-primary underline underline-offset-4"
    >
      <FileText aria-hidden="true" className="size-5" />
      {t("pdfTitle", { name: `${materialName} ${file.fileName}` })}
    </a>
  );
}
