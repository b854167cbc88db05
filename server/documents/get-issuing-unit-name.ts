import type { Db } from "@/db/client";
import { getUnitChain, type OrgUnitRef } from "@/server/orgs/get-unit-chain";

export type IssuingUnitName = { name: string; nameEn: string | null };

/**
 * A unit's name as it signs a document: a station with its bureau ("中牟县公安局城关派出所"), a district
 * branch with its city bureau ("郑州市公安局金水区公安分局花园路派出所"); county, city and province
 * bureaus are known by their own name. English names of district branches already name their city.
 */
export async function getIssuingUnitName(db: Db, params: { unitId: number }): Promise<IssuingUnitName> {
  return issuingUnitNameOf(await getUnitChain(db, params));
}

export function issuingUnitNameOf(chain: OrgUnitRef[]): IssuingUnitName {
  const unit = chain[chain.length - 1];
  if (!unit) throw new Error("empty org unit chain");
  const parts: OrgUnitRef[] = [unit];
  for (let i = chain.length - 2; i >= 1; i--) {
    const below = parts[0]!;
    if (below.level !== "station" && !below.name.endsWith("分局")) break;
    parts.unshift(chain[i]!);
  }
  const parent = chain[chain.length - 2];
  const nameEn =
    unit.level === "station" && unit.nameEn && parent?.nameEn ? `${unit.nameEn}, ${parent.nameEn}` : unit.nameEn;
  return { name: parts.map((u) => u.name).join(""), nameEn };
}
