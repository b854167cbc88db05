import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * What staff were doing when they touched a citizen's data, in the words "谁查看了我的信息" uses, from the
 * audit action. A rule ending in "." or "_" matches every action starting with it; the first match wins.
 */
const rules = [
  ["query.own.", "ownQuery"],
  ["query.family.", "familyQuery"],
  ["query.public.", "publicQuery"],
  ["citizen.lookup", "lookup"],
  ["application.read_register", "register"],
  ["application.read", "application"],
  ["application.find_at_window", "window"],
  ["application.", "handled"],
  ["account.verify_at_window", "verify"],
  ["account.unlock", "unlock"],
  ["blob.read", "material"],
  ["audit.", "audit"],
  ["layout.", "layout"],
  ["exit_entry.endorsement_queue_viewed", "endorsement"],
  ["exit_entry.endorsement_", "endorsementHandled"],
  ["exit_entry.", "travelDocument"],
  ["appointments.", "appointment"],
  ["cases.", "case"],
  ["accident.", "accident"],
  ["traffic.violation_recorded", "violation"],
  ["document.", "document"],
  ["lost_found.", "lostFound"],
  ["register.", "registerDesk"],
] as const;

export type AccessPurpose = (typeof rules)[number][1] | "other";

/** The purpose of an audit action as SQL, so entries can be grouped by it in the database. */
export function accessPurposeSql(action: AnyPgColumn): SQL<AccessPurpose> {
  const escape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
  const whens = rules.map(([rule, purpose]) =>
    rule.endsWith(".") || rule.endsWith("_")
      ? sql`when ${action} like ${`${escape(rule)}%`} then ${purpose}`
      : sql`when ${action} = ${rule} then ${purpose}`,
  );
  return sql<AccessPurpose>`(case ${sql.join(whens, sql` `)} else 'other' end)`;
}
