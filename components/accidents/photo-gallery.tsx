"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";

export type GalleryPhoto = { slot: string; title: string; blobId: string | null };

/** The accident's photos as thumbnails; one opens full size in a dialog (Esc or the button closes it). */
export function PhotoGallery({ photos }: { photos: GalleryPhoto[] }) {
  const t = useTranslations("accidents");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState<GalleryPhoto | null>(null);
  return (
    <>
      <p className="text-sm text-muted-foreground">{t("officer.photoZoom")}</p>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="accident-gallery">
        {photos.map((p) => (
          <li key={p.slot} className="flex flex-col gap-1">
            {p.blobId ? (
              <button
                type="button"
                className="overflow-hidden rounded-md border border-border focus-visible:ring-2 focus-visible:ring-ring"
                onClick={() => {
                  setOpen(p);
                  dialogRef.current?.showModal();
                }}
              >
                {/* Authorised per request and never cached: not for next/image. */}
                <img src={`/api/blob/${p.blobId}`} alt={p.title} className="aspect-[4/3] w-full object-cover" />
              </button>
            ) : (
              <div className="flex aspect-[4/3] items-center justify-center rounded-md border border-dashed border-border text-muted-foreground">
                —
              </div>
            )}
            <span className="text-sm">{p.title}</span>
          </li>
        ))}
      </ul>
      <dialog
        ref={dialogRef}
        className="m-auto max-h-[95dvh] max-w-[95vw] rounded-lg bg-surface p-3 backdrop:bg-black/70"
        aria-label={open?.title}
        onClose={() => setOpen(null)}
      >
        {open?.blobId ? (
          <div className="flex flex-col gap-2">
            <div className="flex items-center justify-between gap-3">
              <span className="font-medium">{open.title}</span>
              <Button
                size="icon"
                variant="ghost"
                aria-label={t("slot.view")}
                onClick={() => dialogRef.current?.close()}
              >
                <X aria-hidden="true" />
              </Button>
            </div>
            <img src={`/api/blob/${open.blobId}`} alt={open.title} className="max-h-[80dvh] w-auto object-contain" />
          </div>
        ) : null}
      </dialog>
    </>
  );
}
