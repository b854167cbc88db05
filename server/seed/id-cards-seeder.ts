import "server-only";
import { residentIdCards, residents } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import { chinaToday } from "@/server/dates/china-today";
import type { DomainSeeder } from "./domain-seeders";
import { buildIdCards } from "./id-cards";

const chunkSize = 200;

/** The ID cards of the sample population, which the electronic ID summary (电子证照亮证) shows. */
export const idCardsSeeder: DomainSeeder = {
  name: "resident ID cards",
  async isSeeded(db) {
    const rows = await db.select({ id: residentIdCards.id }).from(residentIdCards).limit(1);
    return rows.length > 0;
  },
  async seed(tx) {
    const residentRows = await tx.select({ id: residents.id, idNumberHash: residents.idNumberHash }).from(residents);
    const residentIds = new Map(residentRows.map((r) => [r.idNumberHash, r.id]));
    const cards = buildIdCards(chinaToday()).map(({ holderIdNumber, ...card }) => {
      const residentId = residentIds.get(hashPii("id", holderIdNumber));
      if (!residentId) throw new Error("ID card seed refers to a resident who is not in the register");
      return { ...card, residentId };
    });
    for (let i = 0; i < cards.length; i += chunkSize) {
      await tx.insert(residentIdCards).values(cards.slice(i, i + chunkSize));
    }
  },
};
