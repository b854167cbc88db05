import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { insurerStaff, insurers, users } from "@/db/schema";
import type { DomainSeeder } from "./domain-seeders";
import { demoAccount } from "./demo-accounts";

/** Motor insurers with the largest shares in Henan, by their usual short codes. */
export const seedInsurers = [
  { code: "PICC", name: "中国人民财产保险股份有限公司", nameEn: "PICC Property and Casualty" },
  { code: "PINGAN", name: "中国平安财产保险股份有限公司", nameEn: "Ping An Property & Casualty" },
  { code: "CPIC", name: "中国太平洋财产保险股份有限公司", nameEn: "China Pacific Property Insurance" },
  { code: "CHINALIFE", name: "中国人寿财产保险股份有限公司", nameEn: "China Life Property & Casualty" },
  { code: "CCIC", name: "中华联合财产保险股份有限公司", nameEn: "China Continent Property & Casualty" },
  { code: "SUNSHINE", name: "阳光财产保险股份有限公司", nameEn: "Sunshine Property and Casualty" },
] as const;

/** The company of the demo assessor (周丽娟). */
export const demoInsurerCode = "PICC";

/** The insurers list, and the demo insurer account's company. */
export const insurersSeeder: DomainSeeder = {
  name: "insurers",
  isSeeded: async (db: Db) => (await db.select({ id: insurers.id }).from(insurers).limit(1)).length > 0,
  seed: async (tx: Db) => {
    const rows = await tx
      .insert(insurers)
      .values([...seedInsurers])
      .returning({ id: insurers.id, code: insurers.code });
    const company = rows.find((r) => r.code === demoInsurerCode);
    const [assessor] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.account, demoAccount("insurer").login));
    if (company && assessor) await tx.insert(insurerStaff).values({ userId: assessor.id, insurerId: company.id });
  },
};
