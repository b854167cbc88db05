import { z } from "zod";
import { travelDocumentStatus, travelDocumentType } from "@/db/schema";
import { exitEntryOfficerRoles } from "@/server/exit-entry/exit-entry-roles";
import { findDocumentHolder } from "@/server/exit-entry/find-document-holder";
import { recordTravelDocument } from "@/server/exit-entry/record-travel-document";
import { updateTravelDocument } from "@/server/exit-entry/update-travel-document";
import { actorOf, createTRPCRouter, officerProcedure } from "@/server/trpc";

const day = z.iso.date("i18n:exitEntry.dateInvalid");
const officer = officerProcedure(...exitEntryOfficerRoles);

/** The exit-entry section's register of travel documents. */
export const exitEntryRouter = createTRPCRouter({
  /** A mutation although it reads: the full ID number stays out of URLs, and a refetch cannot repeat the audited read. */
  findHolder: officer
    .input(z.strictObject({ idNumber: z.string().trim().min(1, "i18n:exitEntry.idNumberRequired").max(24) }))
    .mutation(({ ctx, input }) => findDocumentHolder(ctx.db, { idNumber: input.idNumber, scope: ctx.scope, ...actorOf(ctx) })),

  recordDocument: officer
    .input(
      z.strictObject({
        residentId: z.uuid(),
        type: z.enum(travelDocumentType.enumValues),
        documentNumber: z.string().trim().min(1, "i18n:exitEntry.documentNumberRequired").max(20),
        issueDate: day,
        expiryDate: day,
        issuingAuthority: z.string().trim().min(2, "i18n:exitEntry.issuingAuthorityRequired").max(60),
      }),
    )
    .mutation(({ ctx, input }) => recordTravelDocument(ctx.db, { ...input, scope: ctx.scope, ...actorOf(ctx) })),

  updateDocument: officer
    .input(z.strictObject({ documentId: z.uuid(), status: z.enum(travelDocumentStatus.enumValues), expiryDate: day.optional() }))
    .mutation(({ ctx, input }) => updateTravelDocument(ctx.db, { ...input, scope: ctx.scope, ...actorOf(ctx) })),
});
