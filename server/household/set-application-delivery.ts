import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, type Delivery } from "@/db/schema";
import { encryptPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import type { ProcessingMode } from "./application-transitions";
import { lockOwnApplication } from "./load-application";

/**
 * EMS domestic government-document rate charged for posting a finished document inside Henan. Set here
 * rather than per service: every postable household document is one booklet or one sheet.
 */
export const postageFeeFen = 1500;

/**
 * Postal delivery is offered where nobody has to bring originals to a window: services decided
 * automatically against the register. Services checked at the window hand the document over there.
 */
export function postalDeliveryOffered(mode: ProcessingMode): boolean {
  return mode === "auto";
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
      if (!postalDeliveryOffered(service.mode))
        throw new DomainError("BAD_INPUT", {}, { method: "application.postNotOffered" });
      delivery = {
        method: "post",
        recipient: p.delivery.recipient,
        phoneEnc: encryptPii(p.delivery.phone),
        address: p.delivery.address,
        feeFen: postageFeeFen,
      };
    }
    await tx.update(applications).set({ delivery }).where(eq(applications.id, application.id));
    return { method: delivery.method, feeFen: delivery.method === "post" ? delivery.feeFen : 0 };
  });
}
