import { henanOrgs } from "./henan-orgs";
import { population } from "./population";
import { addYears, ageOn } from "./registers";

export type SeedIdCard = {
  holderIdNumber: string;
  validFrom: string;
  /** Null for a long-term card. */
  validUntil: string | null;
  issuingAuthority: string;
};

/**
 * 居民身份证法 art. 5: a card issued at 16–25 runs 10 years, at 26–45 twenty, from 46 it is long-term. Every
 * resident of 16 or over holds one, first issued on their 16th birthday and renewed on the day it ran out,
 * by the county bureau of their household's station; younger children are left without (a card is optional
 * before 16). Counted from the seeding day, so a fresh database never holds a card that lapsed unrenewed.
 */
export function buildIdCards(today: string): SeedIdCard[] {
  const countyName = new Map(henanOrgs.filter((u) => u.level === "county").map((u) => [u.code, u.name]));
  const stationCounty = new Map(
    henanOrgs.filter((u) => u.level === "station").map((u) => [u.code, u.parentCode ?? ""]),
  );
  return population.flatMap((household) => {
    const authority = countyName.get(stationCounty.get(household.orgUnitCode) ?? "");
    if (!authority) throw new Error(`household ${household.householdNumber} has no county bureau`);
    return household.members.flatMap((person): SeedIdCard[] => {
      if (ageOn(person.birthDate, today) < 16) return [];
      let validFrom = addYears(person.birthDate, 16);
      for (;;) {
        const age = ageOn(person.birthDate, validFrom);
        if (age >= 46)
          return [{ holderIdNumber: person.idNumber, validFrom, validUntil: null, issuingAuthority: authority }];
        const validUntil = addYears(validFrom, age >= 26 ? 20 : 10);
        if (validUntil > today) {
          return [{ holderIdNumber: person.idNumber, validFrom, validUntil, issuingAuthority: authority }];
        }
        validFrom = validUntil;
      }
    });
  });
}
