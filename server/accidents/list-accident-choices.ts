import "server-only";
import { and, asc, eq, like } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { insurers, orgUnits, users, vehicles } from "@/db/schema";
import { decryptPii } from "@/server/crypto/pii";
import { placeName } from "@/server/orgs/place-name";

/**
 * What the accident form offers: the insurers, the province's districts and counties (the place decides
 * whose traffic officers handle it), by city, named as places, and the driver's own details to start
 * from: their licence number (their ID number, from the real-name account) and the plates of the vehicles
 * registered to them. Only the driver's own data, for their own form.
 */
export async function listAccidentChoices(db: Db, p: { userId: string }) {
  const city = alias(orgUnits, "city");
  const [companies, units, [account], plates] = await Promise.all([
    db
      .select({ code: insurers.code, name: insurers.name, nameEn: insurers.nameEn })
      .from(insurers)
      .orderBy(asc(insurers.id)),
    db
      .select({
        code: orgUnits.code,
        name: orgUnits.name,
        nameEn: orgUnits.nameEn,
        cityName: city.name,
        cityNameEn: city.nameEn,
      })
      .from(orgUnits)
      .innerJoin(city, eq(city.id, orgUnits.parentId))
      .where(and(eq(orgUnits.level, "county"), like(orgUnits.path, "/410000/%")))
      .orderBy(asc(orgUnits.code)),
    db.select({ idNumberEnc: users.idNumberEnc }).from(users).where(eq(users.id, p.userId)),
    db
      .select({ plate: vehicles.plateNumber })
      .from(vehicles)
      .innerJoin(users, eq(users.residentId, vehicles.ownerResidentId))
      .where(eq(users.id, p.userId))
      .orderBy(asc(vehicles.plateNumber)),
  ]);
  // A driver names the place, not the police unit: "金水区公安分局" is offered as "金水区".
  return {
    insurers: companies,
    units: units.map((u) => ({ ...u, name: placeName(u.name), cityName: placeName(u.cityName) })),
    me: {
      licenceNumber: account?.idNumberEnc ? decryptPii(account.idNumberEnc) : "",
      plates: plates.map((v) => v.plate),
    },
  };
}
