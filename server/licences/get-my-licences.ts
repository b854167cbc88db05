import "server-only";
import type { Db } from "@/db/client";
import { findLicenceHolder } from "./licence-holder";
import { type LicenceCard, loadLicenceCard } from "./licence-card";

export type MyLicences = { state: "unverified" } | { state: "not_in_register" } | { state: "found"; card: LicenceCard };

/** The signed-in citizen's own electronic licences, masked as the screen shows them to whoever looks at it. */
export async function getMyLicences(db: Db, p: { userId: string; now?: Date }): Promise<MyLicences> {
  const holder = await findLicenceHolder(db, p);
  if (holder.state !== "found") return holder;
  const card = await loadLicenceCard(db, { ...holder, now: p.now ?? new Date() });
  return card ? { state: "found", card } : { state: "not_in_register" };
}
