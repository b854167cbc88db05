"use client";

import { Camera, RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { compressPhoto } from "@/components/applications/upload-material-file";
import { slotKind } from "@/server/accidents/accident-rules";
import { slotTitle } from "./slot-title";

type UploadState = { state: "idle" } | { state: "uploading"; percent: number } | { state: "failed"; message: string };

/** Posts one photo with XMLHttpRequest, whose upload events give real progress (fetch has none for bodies). */
function postPhoto(
  accidentId: string,
  slot: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<string | null> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/accidents/${encodeURIComponent(accidentId)}/photos`);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      const body = xhr.response as { blobId?: string; message?: string } | null;
      resolve(xhr.status === 201 && body?.blobId ? null : (body?.message ?? ""));
    };
    xhr.onerror = () => resolve("");
    const form = new FormData();
    form.append("slot", slot);
    form.append("file", file, file.name);
    xhr.send(form);
  });
}

/**
 * One guided shot: the example, the instruction, the phone camera (capture="environment"), compression,
 * upload progress and retake. The accident page refreshes with the stored photo once it is in.
 */
export function PhotoSlot({
  accidentId,
  slot,
  takenBy,
  blobId,
  open,
  en,
  onUploaded,
}: {
  accidentId: string;
  slot: string;
  /** "由您拍摄", "由乙方 牛鹏 拍摄" or "任一方拍摄". */
  takenBy: string;
  blobId: string | null;
  open: boolean;
  en: boolean;
  onUploaded: () => void;
}) {
  const t = useTranslations("accidents");
  const fileRef = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<UploadState>({ state: "idle" });
  const kind = slotKind(slot);
  const title = slotTitle(slot, t as never, en);

  async function send(file: File) {
    setUpload({ state: "uploading", percent: 0 });
    try {
      const ready = await compressPhoto(file, new AbortController().signal);
      const failure = await postPhoto(accidentId, slot, ready, (percent) => setUpload({ state: "uploading", percent }));
      if (failure === null) {
        setUpload({ state: "idle" });
        onUploaded();
      } else setUpload({ state: "failed", message: failure });
    } catch {
      setUpload({ state: "failed", message: "" });
    } finally {
      if (fileRef.current) fileRef.current.value = "";
    }
  }

  return (
    <li className="flex flex-col gap-2 rounded-lg border border-border p-3" data-testid={`slot-${slot}`}>
      <div className="flex items-start gap-3">
        {blobId ? (
          <a
            href={`/api/blob/${blobId}`}
            target="_blank"
            rel="noopener"
            className="shrink-0"
            aria-label={`${t("slot.view")}: ${title}`}
          >
            {/* A stored, authorised photo: next/image would proxy and cache it, which it must not be. */}
            <img src={`/api/blob/${blobId}`} alt="" className="size-20 rounded object-cover" />
          </a>
        ) : (
          <img
            src={`/accident-examples/${kind}.svg`}
            alt={t("slot.example")}
            className="size-20 shrink-0 rounded border border-dashed border-border object-contain"
          />
        )}
        <div className="flex min-w-0 flex-col gap-1">
          <p className="font-medium">{title}</p>
          <p className="text-sm font-medium" data-testid={`taker-${slot}`}>
            {takenBy}
          </p>
          <p className="text-sm text-muted-foreground">{t(`shots.${kind}.hint`)}</p>
          <p role="status" className="text-sm">
            {upload.state === "uploading"
              ? t("slot.uploading", { percent: upload.percent })
              : upload.state === "failed"
                ? t("slot.failed", { message: upload.message })
                : blobId
                  ? t("slot.done")
                  : null}
          </p>
        </div>
      </div>
      {upload.state === "uploading" ? (
        <progress className="w-full" max={100} value={upload.percent} aria-label={title} />
      ) : null}
      {open ? (
        <label className="inline-flex min-h-tap cursor-pointer items-center justify-center gap-2 rounded-md border border-primary px-4 font-medium text-primary focus-within:ring-2 focus-within:ring-ring hover:bg-primary-soft [&_svg]:size-5">
          <input
            ref={fileRef}
            type="file"
            accept="image/*"
            capture="environment"
            className="sr-only"
            data-testid={`file-${slot}`}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void send(file);
            }}
          />
          {blobId ? <RotateCcw aria-hidden="true" /> : <Camera aria-hidden="true" />}
          {blobId ? t("slot.retake") : t("slot.take")}
          <span className="sr-only">{title}</span>
        </label>
      ) : null}
    </li>
  );
}
