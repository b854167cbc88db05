import { handleUpload } from "@/server/storage/handle-upload";
import { saveViolationPhoto } from "@/server/traffic/save-violation-photo";
import { officerProcedure } from "@/server/trpc";

/**
 * A traffic officer's evidence photo, as multipart form data (`file`), stored before the violation is
 * recorded: answers `{ blobId }` for the record form.
 */
export async function POST(request: Request) {
  return handleUpload(request, {
    purpose: "violation_photo",
    procedure: officerProcedure("traffic_officer"),
    store: (db, { user, file, bytes }) => saveViolationPhoto(db, { user, contentType: file.type, bytes }),
  });
}
