import "server-only";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { type Application, type ServiceGuide, services } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { ProcessingMode } from "./application-transitions";
import { lockApplication } from "./apply-transition";
import type { EngineConfig } from "@/server/applications/engine-config";
import type { FormSchema } from "./form-schema";

export type ApplicationService = {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  mode: ProcessingMode;
  guide: ServiceGuide;
  formSchema: FormSchema;
  /** Validated when saved (admin editor, seed); the engine trusts it. */
  engine: EngineConfig;
};

export async function loadService(db: Db | Tx, serviceId: number): Promise<ApplicationService> {
  const [row] = await db
    .select({
      id: services.id,
      code: services.code,
      name: services.name,
      nameEn: services.nameEn,
      mode: services.mode,
      guide: services.guide,
      formSchema: services.formSchema,
      engine: services.engine,
    })
    .from(services)
    .where(eq(services.id, serviceId));
  if (!row?.formSchema || !row.engine) throw new DomainError("SERVICE_UNAVAILABLE");
  return { ...row, formSchema: row.formSchema as unknown as FormSchema, engine: row.engine as unknown as EngineConfig };
}

/**
 * The citizen's own application, locked for the rest of the caller's transaction. Someone else's
 * application answers NOT_FOUND, exactly like a missing one, so ids cannot be probed.
 */
export async function lockOwnApplication(
  tx: Tx,
  p: { userId: string; applicationId: string },
): Promise<{ application: Application; service: ApplicationService }> {
  const application = await lockApplication(tx, p.applicationId);
  if (!application || application.applicantId !== p.userId) throw new DomainError("NOT_FOUND");
  return { application, service: await loadService(tx, application.serviceId) };
}
