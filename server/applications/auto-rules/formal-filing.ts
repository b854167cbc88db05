import "server-only";
import { eq } from "drizzle-orm";
import { services } from "@/db/schema";
import { type FormSchema, isFieldShown, schemaFields } from "@/server/applications/form-schema";
import type { AutoRule } from "./auto-rule";
import { decideFormalFiling } from "./rule-decisions";

/**
 * 备案 services whose conditions are formal. Form fields read: every field the service's form marks
 * required (whatever their keys), and every material its guide marks required.
 */
export const formalFiling: AutoRule = {
  key: "formal_filing",
  name: "备案（形式审查）",
  nameEn: "Filing (formal check)",
  conditions: ["表单必填项均已填写", "必需材料均已上传"],
  async decide({ tx, serviceId, values, materials }) {
    const [service] = await tx
      .select({ formSchema: services.formSchema, guide: services.guide })
      .from(services)
      .where(eq(services.id, serviceId));
    // Without the service there is nothing to check against: never let an application through unchecked.
    if (!service) return { decision: "refer", reason: "未找到该事项的配置，无法自动审查，须人工审核。" };
    const schema = service.formSchema as FormSchema | null;
    const fields = schema ? schemaFields(schema) : [];
    const byKey = new Map(fields.map((f) => [f.key, f]));
    const missingFields = fields
      .filter((f) => f.required && isFieldShown(f, byKey, (k) => values[k]) && isEmpty(values[f.key]))
      .map((f) => f.label);
    const missingMaterials = service.guide.materials
      .filter((m) => m.required && !materials.has(m.key))
      .map((m) => m.name);
    return decideFormalFiling({ missingFields, missingMaterials });
  },
};

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return false;
}
