import "server-only";
import type { Db } from "@/db/client";
import { applyServiceChange, type ServiceChangeResult } from "./apply-service-change";
import { assertServiceKind, configRefusal, type ServiceConfigUpdate } from "./update-service-config";
import { validateNoticeConfig } from "./validate-service-config";

/**
 * Saves who publishes on a 公示 board, its period and whether it takes objections, after the one check, on top of
 * the version the admin loaded. Drafts already saved are held to it when they go for approval.
 */
export async function updateNoticeConfig(db: Db, p: ServiceConfigUpdate): Promise<ServiceChangeResult> {
  await assertServiceKind(db, p.code, "notice", "SERVICE_CONFIG_NOT_NOTICE");
  const checked = validateNoticeConfig(p.config);
  // A board's configuration names nothing outside itself: each problem is a value to fix, not a reference.
  if (!checked.success) throw configRefusal(checked.error.issues, "SERVICE_CONFIG_INVALID");
  const notice = checked.data as unknown as Record<string, unknown>;
  return applyServiceChange(db, {
    code: p.code,
    expectedVersion: p.expectedVersion,
    action: "catalog.service_notice_updated",
    actor: p.actor,
    ip: p.ip,
    correlationId: p.correlationId,
    change: (current) => ({ ...current, notice }),
  });
}
