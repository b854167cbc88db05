import "server-only";
import { applyCompletionEffects } from "@/server/household/completion-effects";
import type { RegisterEffect } from "./register-effect";

/** The household register changes, one per HZ service (server/household/completion-effects.ts). */
export const householdEffect: RegisterEffect = {
  key: "household",
  apply: (tx, p) =>
    applyCompletionEffects(tx, {
      serviceCode: p.serviceCode,
      values: p.values,
      applicantResidentId: p.applicant.residentId,
      residents: p.residents,
      stationId: p.handlingUnitId,
      applicationNumber: p.applicationNumber,
    }),
};
