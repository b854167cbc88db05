import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { households, orgUnits, residents } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { FormSchema, StationRoute } from "./form-schema";

/**
 * The police station that handles an application, by the service's routing rule: the station keeping the
 * applicant's household, the station chosen in the form (the one covering a new address), or the station
 * keeping the household of a person named in the form (the parent a newborn joins, the deceased). `values`
 * are answers validated for submission and `residents` the ids checkRegisterReferences resolved.
 */
export async function resolveStation(
  db: Db | Tx,
  p: {
    schema: FormSchema;
    values: Record<string, unknown>;
    applicantResidentId: string | null;
    residents: Record<string, string>;
  },
): Promise<number> {
  const route = pickRoute(p.schema, p.values);
  switch (route.kind) {
    case "applicant": {
      const stationId = p.applicantResidentId ? await householdStation(db, p.applicantResidentId, true) : null;
      if (stationId == null) throw new DomainError("NOT_IN_REGISTER");
      return stationId;
    }
    case "station_field": {
      const chosen = p.values[route.field];
      const [station] =
        typeof chosen === "number"
          ? await db
              .select({ id: orgUnits.id })
              .from(orgUnits)
              .where(and(eq(orgUnits.id, chosen), eq(orgUnits.level, "station")))
          : [];
      if (!station) throw new DomainError("BAD_INPUT", {}, { [route.field]: "form.stationUnknown" });
      return station.id;
    }
    case "resident_field": {
      const residentId = p.residents[route.field];
      // Whatever the person's state: a certificate about someone who died is issued where they were registered.
      const stationId = residentId ? await householdStation(db, residentId, false) : null;
      if (stationId == null) throw new DomainError("BAD_INPUT", {}, { [route.field]: "form.residentMismatch" });
      return stationId;
    }
  }
}

function pickRoute(schema: FormSchema, values: Record<string, unknown>): StationRoute {
  const routing = schema.routing;
  if (routing.kind !== "choice") return routing;
  const answer = values[routing.field];
  const route = typeof answer === "string" && Object.hasOwn(routing.map, answer) ? routing.map[answer] : undefined;
  if (!route) throw new DomainError("BAD_INPUT", {}, { [routing.field]: "form.required" });
  return route;
}

async function householdStation(db: Db | Tx, residentId: string, activeOnly: boolean): Promise<number | null> {
  const [row] = await db
    .select({ stationId: orgUnits.id })
    .from(residents)
    .innerJoin(households, eq(households.id, residents.householdId))
    .innerJoin(orgUnits, and(eq(orgUnits.id, households.orgUnitId), eq(orgUnits.level, "station")))
    .where(
      activeOnly ? and(eq(residents.id, residentId), eq(residents.status, "active")) : eq(residents.id, residentId),
    );
  return row?.stationId ?? null;
}
