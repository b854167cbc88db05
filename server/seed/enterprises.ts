import "server-only";
import type { Db } from "@/db/client";
import { enterprises } from "@/db/schema";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import type { DomainSeeder } from "./domain-seeders";
import { seedEnterprises } from "./seed-enterprises";

/** The stand-in enterprise register (seed-enterprises.ts), ID numbers hashed and encrypted as the register keeps them. */
export const enterprisesSeeder: DomainSeeder = {
  name: "enterprises",
  isSeeded: async (db: Db) => (await db.select({ id: enterprises.id }).from(enterprises).limit(1)).length > 0,
  seed: async (tx: Db) => {
    await tx.insert(enterprises).values(
      seedEnterprises.map((e) => ({
        uscc: e.uscc,
        name: e.name,
        type: e.type,
        industry: e.industry,
        legalRepName: e.legalRep.name,
        legalRepIdHash: hashPii("id", e.legalRep.idNumber),
        legalRepIdEnc: encryptPii(e.legalRep.idNumber),
        registeredAddress: e.registeredAddress,
        divisionCode: e.divisionCode,
        status: e.status,
      })),
    );
  },
};
