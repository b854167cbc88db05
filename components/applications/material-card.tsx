"use client";

import { useMutation } from "@tanstack/react-query";
import { Camera, FileText, FolderOpen, RefreshCw, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ServiceMaterial } from "@/db/schema";
import {
  acceptAttribute,
  compressPhoto,
  isImage,
  maxUploadBytes,
  refuseBeforeUpload,
  type UploadedMaterial,
  uploadMaterialFile,
} from "./upload-material-file";

type Busy = { fileName: string; phase: "compressing" | "uploading"; fraction: number };

const pickerClasses =
  "inline-flex min-h-tap cursor-pointer items-center justify-center gap-2 rounded-md border border-primary px-4 font-medium text-primary hover:bg-primary-soft peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-ring [&_svg]:size-5";

/**
 * One material of the guide: what it is, its sample, the pages uploaded so far (thumbnails through the
 * authorised blob route, PDFs as a chip), and two ways to add a page, from files or the camera. Large
 * photos are compressed first; each upload shows its real progress; wrong formats and sizes are refused
 * before anything is sent, and the server's own refusal is shown as it words it.
 */
export function MaterialCard({
  applicationId,
  material,
  files,
  editable,
  mustReplace,
  since,
  error,
  onUploaded,
  onRemoved,
}: {
  applicationId: string;
  material: ServiceMaterial;
  files: UploadedMaterial[];
  editable: boolean;
  /** The station asked for this material again: at least one page must be uploaded after its request. */
  mustReplace?: boolean;
  /** The supplement request's time: pages uploaded before it are the ones the station found wanting. */
  since?: string;
  error?: string;
  onUploaded: (material: UploadedMaterial) => void;
  onRemoved: (materialId: string) => void;
}) {
  const t = useTranslations("applications.materials");
  const trpc = useTRPC();
  const id = useId();
  const [busy, setBusy] = useState<Busy | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const abort = useRef<AbortController | null>(null);
  const [replacing, setReplacing] = useState<UploadedMaterial | null>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const remove = useMutation(trpc.applications.removeMaterial.mutationOptions());

  useEffect(() => () => abort.current?.abort(), []);

  async function removeFile(file: UploadedMaterial): Promise<boolean> {
    try {
      await remove.mutateAsync({ id: applicationId, materialId: file.id });
      onRemoved(file.id);
      setAnnouncement(t("removed", { name: file.fileName }));
      return true;
    } catch (e) {
      setProblem(e instanceof Error ? e.message : t("uploadFailed"));
      return false;
    }
  }

  async function uploadAll(list: FileList | null, old: UploadedMaterial | null) {
    const picked = Array.from(list ?? []);
    if (!picked.length) return;
    setProblem(null);
    const controller = new AbortController();
    abort.current = controller;
    let uploadedAny = false;
    for (const original of picked) {
      const refusal = refuseBeforeUpload(original);
      if (refusal) {
        setProblem(
          refusal.kind === "wrongType"
            ? t("wrongType", { name: original.name })
            : t("tooLarge", { name: original.name, size: refusal.kind === "tooLarge" ? refusal.sizeMb : "" }),
        );
        break;
      }
      let file = original;
      if (isImage(original)) {
        setBusy({ fileName: original.name, phase: "compressing", fraction: 0 });
        try {
          file = await compressPhoto(original, controller.signal);
        } catch {
          // A format the browser cannot draw (some HEIC photos) goes as it is; the server decides.
          if (controller.signal.aborted) break;
        }
        if (file.size > maxUploadBytes) {
          setProblem(t("tooLargeAfterCompression", { name: original.name }));
          break;
        }
      }
      setBusy({ fileName: original.name, phase: "uploading", fraction: 0 });
      const outcome = await uploadMaterialFile({
        applicationId,
        materialKey: material.key,
        file,
        signal: controller.signal,
        onProgress: (fraction) => setBusy({ fileName: original.name, phase: "uploading", fraction }),
      });
      if (!outcome.ok) {
        if (!outcome.aborted) setProblem(outcome.message ?? t("uploadFailed"));
        break;
      }
      uploadedAny = true;
      onUploaded(outcome.material);
      setAnnouncement(t("uploadDone", { name: outcome.material.fileName }));
    }
    setBusy(null);
    abort.current = null;
    // Replacing removes the old page only once the new one is safely stored.
    if (old && uploadedAny) await removeFile(old);
  }

  const stateBadge = material.required ? (
    <Badge variant="primary">{t("required")}</Badge>
  ) : (
    <Badge variant="neutral">{t("optional")}</Badge>
  );
  const headingId = `${id}-title`;
  const errorText = problem ?? error ?? null;
  const disabled = !!busy || remove.isPending;
  const percent = busy ? Math.round(busy.fraction * 100) : 0;

  return (
    <section
      aria-labelledby={headingId}
      id={`material-${material.key}`}
      tabIndex={-1}
      className={cn(
        "flex flex-col gap-3 rounded-lg border bg-surface p-4",
        errorText ? "border-destructive" : mustReplace ? "border-warning" : "border-border",
      )}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {material.name}
        </h3>
        {stateBadge}
        {material.originalAtWindow ? <Badge variant="warning">{t("originalAtWindow")}</Badge> : null}
        {mustReplace ? <Badge variant="warning">{t("fixThis")}</Badge> : null}
        {!editable ? <Badge variant="neutral">{t("notEditable")}</Badge> : null}
      </div>
      <p className="text-muted-foreground">{material.description}</p>
      {material.sampleFile ? (
        <a
          href={material.sampleFile}
          target="_blank"
          rel="noopener"
          className="inline-flex min-h-tap items-center gap-1.5 self-start text-primary underline underline-offset-4"
          aria-label={t("sampleNamed", { name: material.name })}
        >
          <FileText aria-hidden="true" className="size-5" />
          {t("sample")}
        </a>
      ) : null}

      {files.length ? (
        <ul
          className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 md:grid-cols-3"
          aria-label={t("uploaded", { count: files.length })}
        >
          {files.map((file) => {
            const stale = mustReplace && since ? new Date(file.createdAt).getTime() <= Date.parse(since) : false;
            return (
              <li
                key={file.id}
                className={cn(
                  "flex flex-col gap-2 rounded-md border p-2",
                  stale ? "border-warning bg-warning-soft" : "border-border",
                )}
              >
                <a
                  href={`/api/blob/${file.blobId}`}
                  target="_blank"
                  rel="noopener"
                  className="flex min-h-tap items-center gap-2 text-primary underline-offset-4 hover:underline"
                  aria-label={t("open", { name: file.fileName })}
                >
                  {file.contentType.startsWith("image/") ? (
                    // A plain img: the blob route authorises each request and forbids caching, which next/image would defeat.
                    <img
                      src={`/api/blob/${file.blobId}`}
                      alt={t("preview", { name: file.fileName })}
                      className="h-24 w-24 shrink-0 rounded border border-border object-cover"
                      loading="lazy"
                    />
                  ) : (
                    <span className="flex h-24 w-24 shrink-0 flex-col items-center justify-center rounded border border-border bg-muted text-sm">
                      <FileText aria-hidden="true" className="size-8" />
                      PDF
                    </span>
                  )}
                  <span className="min-w-0 break-all text-sm">{file.fileName}</span>
                </a>
                {editable ? (
                  <div className="flex flex-wrap gap-2">
                    <Button
                      variant="secondary"
                      size="sm"
                      disabled={disabled}
                      aria-label={t("replaceNamed", { name: file.fileName })}
                      onClick={() => {
                        setReplacing(file);
                        replaceInput.current?.click();
                      }}
                    >
                      <RefreshCw aria-hidden="true" />
                      {t("replace")}
                    </Button>
                    <Button
                      variant="ghost"
                      size="sm"
                      className="text-destructive"
                      disabled={disabled}
                      aria-label={t("removeNamed", { name: file.fileName })}
                      onClick={() => void removeFile(file)}
                    >
                      <Trash2 aria-hidden="true" />
                      {t("remove")}
                    </Button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">{t("none")}</p>
      )}

      {busy ? (
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`${id}-progress`} className="text-sm">
            {busy.phase === "compressing" ? t("compressing") : t("uploading", { name: busy.fileName })}
            {busy.phase === "uploading" ? ` ${percent}%` : null}
          </label>
          <progress
            id={`${id}-progress`}
            className="h-3 w-full accent-primary"
            max={100}
            {...(busy.phase === "uploading" ? { value: percent } : {})}
          />
          <Button variant="ghost" size="sm" className="self-start" onClick={() => abort.current?.abort()}>
            {t("cancelUpload")}
          </Button>
        </div>
      ) : null}

      {errorText ? (
        <p id={`${id}-error`} role="alert" className="font-medium text-destructive">
          {errorText}
        </p>
      ) : null}
      <p role="status" className="sr-only">
        {announcement}
      </p>

      {editable ? (
        <div className="flex flex-wrap gap-3">
          <div>
            <input
              id={`${id}-file`}
              type="file"
              accept={acceptAttribute}
              multiple
              disabled={disabled}
              className="peer sr-only"
              aria-label={t("chooseFileNamed", { name: material.name })}
              aria-describedby={errorText ? `${id}-error` : undefined}
              onChange={(e) => {
                const list = e.currentTarget.files;
                void uploadAll(list, null).finally(() => {
                  e.target.value = "";
                });
              }}
            />
            <label htmlFor={`${id}-file`} className={cn(pickerClasses, disabled && "pointer-events-none opacity-60")}>
              <FolderOpen aria-hidden="true" />
              {t("chooseFile")}
            </label>
          </div>
          <div>
            <input
              id={`${id}-camera`}
              type="file"
              accept="image/*"
              capture="environment"
              disabled={disabled}
              className="peer sr-only"
              aria-label={t("takePhotoNamed", { name: material.name })}
              onChange={(e) => {
                const list = e.currentTarget.files;
                void uploadAll(list, null).finally(() => {
                  e.target.value = "";
                });
              }}
            />
            <label htmlFor={`${id}-camera`} className={cn(pickerClasses, disabled && "pointer-events-none opacity-60")}>
              <Camera aria-hidden="true" />
              {t("takePhoto")}
            </label>
          </div>
          <input
            ref={replaceInput}
            type="file"
            accept={acceptAttribute}
            multiple={false}
            tabIndex={-1}
            aria-hidden="true"
            className="hidden"
            onChange={(e) => {
              const list = e.currentTarget.files;
              void uploadAll(list, replacing).finally(() => {
                e.target.value = "";
              });
            }}
          />
        </div>
      ) : null}
    </section>
  );
}
