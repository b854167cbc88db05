/** A stored page of a material, as the upload route answers it and the application page lists it. */
export type UploadedMaterial = {
  id: string;
  materialKey: string;
  blobId: string;
  fileName: string;
  contentType: string;
  size: number;
  createdAt: string | Date;
};

export const maxUploadBytes = 10 * 1024 * 1024;
/** Photos above this are compressed before upload: a phone photo of a certificate reads fine at 2 MB. */
export const compressAboveBytes = 2 * 1024 * 1024;
const acceptedTypes = new Set(["image/jpeg", "image/png", "image/webp", "application/pdf"]);
const acceptedExtensions = /\.(jpe?g|png|webp|pdf)$/i;

/** The `accept` of the choose-file input: every image (phones convert HEIC on the way) and PDF. */
export const acceptAttribute = "image/*,application/pdf";

export type UploadRefusal =
  { kind: "wrongType" } | { kind: "tooLarge"; sizeMb: string } | { kind: "tooLargeAfterCompression" };

/**
 * The checks the server makes anyway, made first so a citizen on a slow line is not made to wait for a
 * refusal: the format (by type, or by name where the browser gives none) and the size.
 */
export function refuseBeforeUpload(file: File): UploadRefusal | null {
  const typeOk = file.type ? acceptedTypes.has(file.type) : acceptedExtensions.test(file.name);
  if (!typeOk) return { kind: "wrongType" };
  if (file.size > maxUploadBytes && !isImage(file))
    return { kind: "tooLarge", sizeMb: (file.size / (1024 * 1024)).toFixed(1) };
  return null;
}

export function isImage(file: { type: string }): boolean {
  return file.type.startsWith("image/");
}

/**
 * Shrinks a large photo to about 2 MB and 2560 px on the long side. The library is loaded only now,
 * when a big image is picked, and runs on the page rather than in a worker: its worker would fetch the
 * library from a CDN, which the platform does not depend on.
 */
export async function compressPhoto(file: File, signal: AbortSignal): Promise<File> {
  if (!isImage(file) || file.size <= compressAboveBytes) return file;
  const { default: imageCompression } = await import("browser-image-compression");
  const compressed = await imageCompression(file, {
    maxSizeMB: 2,
    maxWidthOrHeight: 2560,
    useWebWorker: false,
    initialQuality: 0.85,
    signal,
  });
  // The library answers a Blob-backed File; keep the citizen's file name so the list still makes sense.
  return new File([compressed], file.name, { type: compressed.type || file.type, lastModified: file.lastModified });
}

export type UploadOutcome =
  | { ok: true; material: UploadedMaterial }
  | { ok: false; message: string | null; code: string | null; aborted?: boolean };

/**
 * Posts one file with XMLHttpRequest, whose upload events give a real progress bar (fetch has none for
 * request bodies). The route answers the stored material, or a localised `{ code, message }`.
 */
export function uploadMaterialFile(p: {
  applicationId: string;
  materialKey: string;
  file: File;
  onProgress: (fraction: number) => void;
  signal: AbortSignal;
}): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/applications/${encodeURIComponent(p.applicationId)}/materials`);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) p.onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = xhr.response as (UploadedMaterial & { code?: string; message?: string }) | null;
      if (xhr.status === 201 && body?.id) resolve({ ok: true, material: body });
      else resolve({ ok: false, code: body?.code ?? null, message: body?.message ?? null });
    };
    xhr.onerror = () => resolve({ ok: false, code: null, message: null });
    xhr.onabort = () => resolve({ ok: false, code: null, message: null, aborted: true });
    p.signal.addEventListener("abort", () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append("materialKey", p.materialKey);
    form.append("file", p.file, p.file.name);
    xhr.send(form);
  });
}
