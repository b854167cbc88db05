import { describe, expect, it } from "vitest";
import { buildIdCards } from "./id-cards";
import { demoResidents } from "./population";
import { addYears, ageOn } from "./registers";

describe("seeded ID cards", () => {
  const today = "2026-12-07";
  const cards = buildIdCards(today);

  it("follow the terms of 居民身份证法 art. 5 and are current on the seeding day", () => {
    expect(cards.length).toBeGreaterThan(100);
    for (const card of cards) {
      expect(card.validFrom <= today).toBe(true);
      if (card.validUntil === null) continue;
      expect(card.validUntil > today).toBe(true);
      const years = Number(card.validUntil.slice(0, 4)) - Number(card.validFrom.slice(0, 4));
      expect([10, 20]).toContain(years);
    }
  });

  it("give the demo citizen (born 1990) a twenty-year card from his 2016 renewal, issued in 金水区", () => {
    const card = cards.find((c) => c.holderIdNumber === demoResidents.citizen.idNumber);
    expect(card).toEqual({
      holderIdNumber: demoResidents.citizen.idNumber,
      validFrom: addYears(demoResidents.citizen.birthDate, 26),
      validUntil: addYears(demoResidents.citizen.birthDate, 46),
      issuingAuthority: expect.stringContaining("金水"),
    });
    expect(ageOn(demoResidents.citizen.birthDate, today)).toBe(36);
  });

  it("leave children under 16 without a card and give holders of 46 and over a long-term one", () => {
    expect(cards.some((c) => c.holderIdNumber === demoResidents.daughter.idNumber)).toBe(false);
    const mother = cards.find((c) => c.holderIdNumber === demoResidents.mother.idNumber);
    expect(mother?.validUntil).toBeNull();
  });
});
