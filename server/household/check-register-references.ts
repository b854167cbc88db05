import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { orgUnits, residents } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import { normaliseName } from "@/server/population/normalise-name";
import { type FormSchema, type ResidentValue, schemaFields } from "@/server/applications/form-schema";

export type RegisterReferences = {
  /** Field key → message key in `errors` ("form.residentMismatch"). */
  fieldErrors: Record<string, string>;
  /** Resident field key → the register id of the person it names, for every field that matched. */
  residents: Record<string, string>;
};

function isResidentValue(v: unknown): v is ResidentValue {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as ResidentValue).idNumber === "string" &&
    typeof (v as ResidentValue).name === "string"
  );
}

/**
 * Checks the people and stations that submitted answers name: each person is in the register under that
 * name, in an accepted state (active unless the field says otherwise), of the field's sex and household;
 * nobody is named twice; each station is a police station. `values` are answers validated for submission.
 * Not found, another name and the wrong state give one and the same answer, so the form cannot be used to
 * find out whether someone died or moved away. Household rules ("in the applicant's household" or not) are
 * checked when `context.applicantResidentId` is given — null for an applicant who is not in the register —
 * and skipped when it is left out, as on a re-check at completion, where the register change checks again.
 */
export async function checkRegisterReferences(
  db: Db | Tx,
  schema: FormSchema,
  values: Record<string, unknown>,
  context: { applicantResidentId?: string | null } = {},
): Promise<RegisterReferences> {
  const fieldErrors: Record<string, string> = {};
  const found: Record<string, string> = {};
  const fields = schemaFields(schema);

  const named = fields.flatMap((f) => {
    const v = values[f.key];
    return f.type === "resident" && isResidentValue(v) ? [{ field: f, value: v, hash: hashPii("id", v.idNumber) }] : [];
  });
  const hashes = [...new Set(named.map((n) => n.hash))];
  const rows = hashes.length
    ? await db
        .select({
          id: residents.id,
          hash: residents.idNumberHash,
          name: residents.name,
          sex: residents.sex,
          status: residents.status,
          householdId: residents.householdId,
        })
        .from(residents)
        .where(inArray(residents.idNumberHash, hashes))
    : [];
  const byHash = new Map(rows.map((r) => [r.hash, r]));

  const checkHousehold = context.applicantResidentId !== undefined;
  const [applicant] =
    checkHousehold && context.applicantResidentId && named.some((n) => n.field.household)
      ? await db
          .select({ householdId: residents.householdId })
          .from(residents)
          .where(and(eq(residents.id, context.applicantResidentId), eq(residents.status, "active")))
      : [];

  const seen = new Set<string>();
  for (const { field, value, hash } of named) {
    const row = byHash.get(hash);
    const statuses = field.statuses ?? ["active"];
    if (!row || normaliseName(row.name) !== normaliseName(value.name) || !statuses.includes(row.status)) {
      fieldErrors[field.key] = "form.residentMismatch";
    } else if (seen.has(row.id)) {
      fieldErrors[field.key] = "form.residentDuplicate";
    } else if (field.sex && row.sex !== field.sex) {
      fieldErrors[field.key] = "form.residentSex";
    } else if (checkHousehold && field.household === "applicant" && row.householdId !== applicant?.householdId) {
      fieldErrors[field.key] = "form.residentHousehold";
    } else if (checkHousehold && field.household === "other" && row.householdId === applicant?.householdId) {
      fieldErrors[field.key] = "form.residentOtherHousehold";
    } else {
      found[field.key] = row.id;
    }
    if (row) seen.add(row.id);
  }

  const stationFields = fields.filter((f) => f.type === "station" && typeof values[f.key] === "number");
  const stationIds = [...new Set(stationFields.map((f) => values[f.key] as number))];
  const stations = stationIds.length
    ? await db
        .select({ id: orgUnits.id })
        .from(orgUnits)
        .where(and(inArray(orgUnits.id, stationIds), eq(orgUnits.level, "station")))
    : [];
  const stationSet = new Set(stations.map((s) => s.id));
  for (const f of stationFields)
    if (!stationSet.has(values[f.key] as number)) fieldErrors[f.key] = "form.stationUnknown";

  return { fieldErrors, residents: found };
}
