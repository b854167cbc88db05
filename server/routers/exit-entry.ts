import { z } from "zod";
import { travelDocumentStatus, travelDocumentType } from "@/db/schema";
import { officerEndorsementActions } from "@/server/exit-entry/endorsement-transitions";
import {
  actOnEndorsement,
  applyForEndorsement,
  findEndorsements,
  listEndorsementQueue,
  listEndorsementsToCollect,
  listMyEndorsements,
} from "@/server/exit-entry/endorsements";
import { exitEntryOfficerRoles } from "@/server/exit-entry/exit-entry-roles";
import { findDocumentHolder } from "@/server/exit-entry/find-document-holder";
import { recordTravelDocument } from "@/server/exit-entry/record-travel-document";
import { updateTravelDocument } from "@/server/exit-entry/update-travel-document";
import { actorOf, citizenProcedure, createTRPCRouter, officerProcedure } from "@/server/trpc";

const day = z.iso.date("i18n:exitEntry.dateInvalid");
const officer = officerProcedure(...exitEntryOfficerRoles);

/** The exit-entry section's register of travel documents. */
export const exitEntryRouter = createTRPCRouter({
  /** A mutation although it reads: the full ID number stays out of URLs, and a refetch cannot repeat the audited read. */
  findHolder: officer
    .input(z.strictObject({ idNumber: z.string().trim().min(1, "i18n:exitEntry.idNumberRequired").max(24) }))
    .mutation(({ ctx, input }) =>
      findDocumentHolder(ctx.db, { idNumber: input.idNumber, scope: ctx.actor.scope, ...actorOf(ctx) }),
    ),

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
    .mutation(({ ctx, input }) => recordTravelDocument(ctx.db, { ...input, scope: ctx.actor.scope, ...actorOf(ctx) })),

  updateDocument: officer
    .input(
      z.strictObject({
        documentId: z.uuid(),
        status: z.enum(travelDocumentStatus.enumValues),
        expiryDate: day.optional(),
      }),
    )
    .mutation(({ ctx, input }) => updateTravelDocument(ctx.db, { ...input, scope: ctx.actor.scope, ...actorOf(ctx) })),

  /** HK/Macau travel endorsement: the holder applies online; the county window takes fee and permit, then endorses. */
  applyEndorsement: citizenProcedure
    .input(
      z.strictObject({
        documentId: z.uuid(),
        destination: z.enum(["hong_kong", "macau", "both"]),
        trips: z.enum(["one", "two"]),
      }),
    )
    .mutation(({ ctx, input }) => applyForEndorsement(ctx.db, { userId: ctx.actor.user.id, ...input })),
  myEndorsements: citizenProcedure.query(({ ctx }) => listMyEndorsements(ctx.db, { userId: ctx.actor.user.id })),
  withdrawEndorsement: citizenProcedure
    .input(z.strictObject({ applicationId: z.uuid(), version: z.number().int().positive() }))
    .mutation(({ ctx, input }) => actOnEndorsement(ctx.db, { ...input, action: "withdraw", by: ctx.actor })),
  endorsementQueue: officer.query(({ ctx }) =>
    listEndorsementQueue(ctx.db, { scope: ctx.actor.scope, ...actorOf(ctx) }),
  ),
  /** Endorsed permits waiting for their holders at the window (待领取). */
  endorsementsToCollect: officer.query(({ ctx }) =>
    listEndorsementsToCollect(ctx.db, { scope: ctx.actor.scope, ...actorOf(ctx) }),
  ),
  /** A mutation although it reads: a typed ID number stays out of URLs, and a refetch cannot repeat the audited search. */
  findEndorsements: officer
    // Room for stray spaces; the service checks the format and answers per field.
    .input(z.union([z.strictObject({ number: z.string().max(24) }), z.strictObject({ idNumber: z.string().max(24) })]))
    .mutation(({ ctx, input }) => findEndorsements(ctx.db, { query: input, scope: ctx.actor.scope, ...actorOf(ctx) })),
  actOnEndorsement: officer
    .input(
      z.strictObject({
        applicationId: z.uuid(),
        version: z.number().int().positive(),
        action: z.enum(officerEndorsementActions),
        note: z.string().trim().max(200).optional(),
      }),
    )
    .mutation(({ ctx, input }) => {
      const { action, applicationId, version, note } = input;
      return actOnEndorsement(ctx.db, { applicationId, version, action, note, by: ctx.actor });
    }),
});
