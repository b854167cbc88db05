import { saveAccidentPhoto } from "@/server/accidents/save-accident-photo";
import { DomainError } from "@/server/errors";
import { handleUpload } from "@/server/storage/handle-upload";
import { citizenProcedure } from "@/server/trpc";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One guided accident photo from a party's phone, as multipart form data (`file`, `slot`): answers
 * `{ slot, blobId }`.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleUpload(request, {
    purpose: "accident_photo",
    procedure: citizenProcedure,
    store: (db, { user, form, file, bytes }) => {
      const slot = form.get("slot");
      if (!uuid.test(id)) throw new DomainError("NOT_FOUND");
      if (typeof slot !== "string") throw new DomainError("BAD_INPUT");
      return saveAccidentPhoto(db, { userId: user.id, accidentId: id, slot, contentType: file.type, bytes });
    },
  });
}
