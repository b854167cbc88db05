import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type Application, applicationMaterials, type OriginalsCheck } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { ApplicationService } from "./load-application";

/**
 * The window officer's comparison as stored: one entry per uploaded material, in the guide's order.
 * Every uploaded material must have been looked at; a key that was never uploaded is refused, so the
 * record can only say what the officer actually compared.
 */
export async function checkOriginals(
  tx: Tx,
  p: { application: Application; service: ApplicationService; checks: { materialKey: string; matches: boolean }[] },
): Promise<{ check: OriginalsCheck; unchecked: string[]; mismatched: string[] }> {
  const uploaded = await tx
    .selectDistinct({ materialKey: applicationMaterials.materialKey })
    .from(applicationMaterials)
    .where(eq(applicationMaterials.applicationId, p.application.id));
  const order = p.service.guide.materials.map((m) => m.key);
  const keys = uploaded.map((u) => u.materialKey).sort((a, b) => rank(order, a) - rank(order, b));
  const given = new Map(p.checks.map((c) => [c.materialKey, c.matches]));
  if ([...given.keys()].some((k) => !keys.includes(k))) {
    throw new DomainError("BAD_INPUT", {}, { checks: "desk.originalsUnknownMaterial" });
  }
  const check = keys.filter((k) => given.has(k)).map((k) => ({ materialKey: k, matches: given.get(k) === true }));
  const nameOf = (key: string) => p.service.guide.materials.find((m) => m.key === key)?.name ?? key;
  return {
    check,
    unchecked: keys.filter((k) => !given.has(k)).map(nameOf),
    mismatched: check.filter((c) => !c.matches).map((c) => nameOf(c.materialKey)),
  };
}

function rank(order: string[], key: string) {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}
