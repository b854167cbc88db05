import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, type Delivery } from "@/db/schema";
import { encryptPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import type { EngineConfig } from "@/server/applications/engine-config";
import { lockOwnApplication } from "./load-application";

/**
 * The postage a service charges for posting its document, or null where the law has it handed over at the
 * window (originals to compare, a signature to take): the service's configuration says which.
 */
export function postageFor(engine: EngineConfig): number | null {
  return engine.delivery.post.allowed ? engine.delivery.post.postageFen : null;
}

export type DeliveryChoice =
  { method: "window" } | { method: "post"; recipient: string; phone: string; address: string };

export async function setApplicationDelivery(
  db: Db,
  p: { userId: string; applicationId: string; delivery: DeliveryChoice },
): Promise<{ method: Delivery["method"]; feeFen: number }> {
  return db.transaction(async (tx) => {
    const { application, service } = await lockOwnApplication(tx, p);
    if (application.state !== "draft") {
      throw new DomainError("APPLICATION_ILLEGAL_TRANSITION", { action: "delivery", state: application.state });
    }
    if (application.paidAt && p.delivery.method !== application.delivery.method) {
      throw new DomainError("BAD_INPUT", {}, { method: "application.postagePaid" });
    }
    let delivery: Delivery = { method: "window" };
    if (p.delivery.method === "post") {
      const postageFen = postageFor(service.engine);
      if (postageFen === null) throw new DomainError("BAD_INPUT", {}, { method: "application.postNotOffered" });
      delivery = {
        method: "post",
        recipient: p.delivery.recipient,
        phoneEnc: encryptPii(p.delivery.phone),
        address: p.delivery.address,
        feeFen: postageFen,
      };
    }
    await tx.update(applications).set({ delivery }).where(eq(applications.id, application.id));
    return { method: delivery.method, feeFen: delivery.method === "post" ? delivery.feeFen : 0 };
  });
}
