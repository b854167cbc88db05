import "server-only";
import type { RegisterEffectKey } from "../engine-config";
import { householdEffect } from "./household-effect";
import type { RegisterEffect } from "./register-effect";

/** Every kind of register change by key; configurations name one of these. */
export const registerEffects: Partial<Record<RegisterEffectKey, RegisterEffect>> = {
  household: householdEffect,
};
