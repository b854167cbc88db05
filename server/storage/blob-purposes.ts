const MB = 1024 * 1024;

export const imageTypes = ["image/jpeg", "image/png", "image/webp"] as const;
export const acceptedTypes = [...imageTypes, "application/pdf"] as const;
export type AcceptedType = (typeof acceptedTypes)[number];

/** What each kind of upload may be: the formats a person is told to use and a size that fits them. */
export const blobPurposes = {
  /** Scans and photos of the materials an application requires (ID card, household register page, certificates). */
  application_material: { maxBytes: 10 * MB, types: acceptedTypes },
  /** Guided photos at a minor accident (licences, plates, collision point, panorama), straight from a phone camera. */
  accident_photo: { maxBytes: 15 * MB, types: imageTypes },
  /** A traffic officer's evidence photo of a violation (camera frame or phone photo at the scene). */
  violation_photo: { maxBytes: 10 * MB, types: imageTypes },
  /** PDFs the platform itself issues (household register pages, receipts): one page with subset fonts, tens of KB. */
  issued_document: { maxBytes: 2 * MB, types: ["application/pdf"] },
} as const satisfies Record<string, { maxBytes: number; types: readonly AcceptedType[] }>;

export type BlobPurpose = keyof typeof blobPurposes;

export const extensionOf: Record<AcceptedType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

/** Names people recognise, for the "allowed formats" message. */
export const formatLabel: Record<AcceptedType, string> = {
  "image/jpeg": "JPG",
  "image/png": "PNG",
  "image/webp": "WebP",
  "application/pdf": "PDF",
};
