import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { services } from "@/db/schema";
import { engineConfigSchema, type EngineConfig, type ReviewStep } from "@/server/applications/engine-config";
import { DomainError } from "@/server/errors";
import type { FormSchema } from "@/server/applications/form-schema";

export type RecordOutcome = Extract<EngineConfig["outcome"], { kind: "record" }>;

export type ReportService = {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  formSchema: FormSchema;
  handler: EngineConfig["handler"];
  step: ReviewStep;
  record: RecordOutcome;
};

/** The handler, the one review step and the record outcome of a stored engine; null when it is not a record (or not valid). */
export function recordConfigOf(
  engine: unknown,
): { handler: EngineConfig["handler"]; step: ReviewStep; record: RecordOutcome } | null {
  const parsed = engineConfigSchema.safeParse(engine);
  if (!parsed.success) return null;
  const { handler, decision, outcome } = parsed.data;
  if (outcome.kind !== "record" || decision.kind !== "review") return null;
  return { handler, step: decision.steps[0], record: outcome };
}

/**
 * A service that takes reports, with its stored form and engine configuration (admins edit both). Refused
 * unless it is enabled, out of maintenance and configured with a record outcome.
 */
export async function loadReportService(db: Db, code: string): Promise<ReportService> {
  const [service] = await db
    .select({
      id: services.id,
      code: services.code,
      name: services.name,
      nameEn: services.nameEn,
      enabled: services.enabled,
      maintenance: services.maintenance,
      formSchema: services.formSchema,
      engine: services.engine,
    })
    .from(services)
    .where(eq(services.code, code));
  if (!service?.enabled) throw new DomainError("NOT_FOUND");
  const configured = recordConfigOf(service.engine);
  if (!configured || !service.formSchema || service.maintenance) throw new DomainError("SERVICE_UNAVAILABLE");
  return {
    id: service.id,
    code: service.code,
    name: service.name,
    nameEn: service.nameEn,
    formSchema: service.formSchema as FormSchema,
    ...configured,
  };
}
