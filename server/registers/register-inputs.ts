import "server-only";
import { z } from "zod";
import { subjectKeySchema } from "@/server/audit/subject-key-schema";
import type { RegisterDefinition } from "./register-definition";
import { registerRecordShape } from "./register-field-schema";
import { type RegisterKey, registerKeys } from "./register-keys";
import { registerList } from "./registers";

/** A record's field values beside what names the register (and the record); their types vary per register. */
type FieldValues = { [field: string]: unknown };

export type ListRegisterInput = {
  register: RegisterKey;
  status?: string;
  search?: string;
  person?: string;
  page?: number;
};
export type CreateRegisterInput = { register: RegisterKey; orgUnitId?: number } & FieldValues;
export type UpdateRegisterInput = { register: RegisterKey; id: string } & FieldValues;
export type SetRegisterStatusInput = { register: RegisterKey; id: string; status: string; note?: string };

/**
 * The register desk's procedure inputs, built from the definitions: one strict object per register, told
 * apart by `register`, whose fields are the register's own. A field the register does not have, or a value
 * its kind refuses, is bad input with the field's localised message, before any service runs.
 */
function perRegister(defs: readonly RegisterDefinition[], shape: (def: RegisterDefinition) => z.ZodRawShape) {
  const options = defs.map((def) => z.strictObject({ register: z.literal(def.key), ...shape(def) }));
  return z.discriminatedUnion("register", options as [(typeof options)[number], ...typeof options]);
}

const withStatus = registerList.filter((def) => def.status);

export const registerKeyInput = z.enum(registerKeys);

// The unions are typed by their common parts: each register's own fields are known only at run time.
export const listRegisterInput = perRegister(registerList, (def) => ({
  ...(def.status ? { status: z.enum(def.status.values).optional() } : {}),
  search: z.string().trim().max(60).optional(),
  person: subjectKeySchema.optional(),
  page: z.int().min(1).max(100_000).default(1),
})) as unknown as z.ZodType<ListRegisterInput & { page: number }, ListRegisterInput>;

export const createRegisterInput = perRegister(
  registerList.filter((def) => def.creates),
  (def) => ({ orgUnitId: z.int().positive().optional(), ...registerRecordShape(def.fields, "create") }),
) as unknown as z.ZodType<CreateRegisterInput, CreateRegisterInput>;

export const updateRegisterInput = perRegister(registerList, (def) => ({
  id: z.uuid(),
  ...registerRecordShape(def.fields, "update"),
})) as unknown as z.ZodType<UpdateRegisterInput, UpdateRegisterInput>;

export const setRegisterStatusInput = perRegister(withStatus, (def) => ({
  id: z.uuid(),
  status: z.enum(def.status!.values),
  note: z.string().trim().max(300).optional(),
})) as unknown as z.ZodType<SetRegisterStatusInput, SetRegisterStatusInput>;

/** The values of a record input: everything but what names the register, the record and the keeping unit. */
export function recordValues(input: Record<string, unknown>): Record<string, unknown> {
  const { register: _register, id: _id, orgUnitId: _orgUnitId, ...values } = input;
  return values;
}
