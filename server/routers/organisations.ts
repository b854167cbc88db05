import { z } from "zod";
import { authoriseMember } from "@/server/organisations/authorise-member";
import { bindOrganisation } from "@/server/organisations/bind-organisation";
import { listMyOrganisations } from "@/server/organisations/list-my-organisations";
import { listOrganisationApplications } from "@/server/organisations/list-organisation-applications";
import { revokeMember } from "@/server/organisations/revoke-member";
import { actorOf, citizenProcedure, createTRPCRouter } from "@/server/trpc";

/** Companies citizens act for: binding by the register, authorising people, the company's applications. */
export const organisationsRouter = createTRPCRouter({
  mine: citizenProcedure.query(({ ctx }) => listMyOrganisations(ctx.db, actorOf(ctx))),

  // Room for spaces and dashes as printed on a licence; the service checks the code part by part.
  bind: citizenProcedure
    .input(
      z.strictObject({
        uscc: z.string().trim().min(1, "i18n:organisations.usccRequired").max(30),
        name: z.string().trim().min(1, "i18n:organisations.nameRequired").max(100),
      }),
    )
    .mutation(({ ctx, input }) => bindOrganisation(ctx.db, { ...input, ...actorOf(ctx) })),

  /** A mutation: the typed ID number stays out of URLs. */
  authorise: citizenProcedure
    .input(
      z.strictObject({
        organisationId: z.uuid(),
        name: z.string().trim().min(1, "i18n:organisations.personNameRequired").max(40),
        idNumber: z.string().trim().min(1, "i18n:organisations.idNumberRequired").max(24),
      }),
    )
    .mutation(({ ctx, input }) => authoriseMember(ctx.db, { ...input, ...actorOf(ctx) })),

  revoke: citizenProcedure
    .input(z.strictObject({ organisationId: z.uuid(), memberId: z.uuid() }))
    .mutation(({ ctx, input }) => revokeMember(ctx.db, { ...input, ...actorOf(ctx) })),

  applications: citizenProcedure
    .input(z.strictObject({ organisationId: z.uuid() }))
    .query(({ ctx, input }) =>
      listOrganisationApplications(ctx.db, { userId: ctx.actor.user.id, organisationId: input.organisationId }),
    ),
});
