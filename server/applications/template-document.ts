import type { DocumentFact } from "@/db/schema";
import { maskIdNumber, maskPhone } from "@/server/crypto/mask";
import { maxFactLength } from "@/server/documents/issue-document";
import type { FormField, FormSchema, ResidentValue } from "@/server/applications/form-schema";
import { schemaFields } from "@/server/applications/form-schema";
import type { DocumentTemplate } from "./engine-config";
import type { EffectDocument } from "./register-effects/register-effect";

export type TemplateContext = {
  serviceName: string;
  applicationNumber: string;
  applicantName: string;
  applicantIdNumber: string | null;
  handlingUnitName: string;
  /** Names of the org units a station field may hold, by id. */
  unitNames: ReadonlyMap<number, string>;
};

/** One answer as printed: option labels, not codes; ID numbers and phones masked; never longer than a fact may be. */
function printable(field: FormField, value: unknown, ctx: TemplateContext): string {
  if (value == null || value === "") return "—";
  switch (field.type) {
    case "select":
    case "radio":
      return field.options?.find((o) => o.value === value)?.label ?? String(value);
    case "id_number":
      return maskIdNumber(String(value));
    case "phone":
      return maskPhone(String(value));
    case "resident": {
      const person = value as ResidentValue;
      return `${person.name}（${maskIdNumber(person.idNumber)}）`;
    }
    case "station":
      return ctx.unitNames.get(Number(value)) ?? "—";
    default:
      return String(value);
  }
}

/**
 * The document a configured outcome issues: the template's title and facts, each read from a form answer or
 * from what the engine knows. The configuration was checked on save to name only fields of its form.
 */
export function templateDocument(
  template: DocumentTemplate,
  form: FormSchema,
  values: Record<string, unknown>,
  ctx: TemplateContext,
): EffectDocument {
  const fields = new Map(schemaFields(form).map((f) => [f.key, f]));
  const facts: DocumentFact[] = template.facts.map((fact) => {
    let value: string;
    if ("field" in fact.source) {
      const field = fields.get(fact.source.field);
      value = field ? printable(field, values[fact.source.field], ctx) : "—";
    } else {
      value = {
        applicant_name: ctx.applicantName,
        applicant_id_masked: ctx.applicantIdNumber ? maskIdNumber(ctx.applicantIdNumber) : "—",
        service_name: ctx.serviceName,
        application_number: ctx.applicationNumber,
        handling_unit: ctx.handlingUnitName,
      }[fact.source.from];
    }
    return { label: fact.label, labelEn: fact.labelEn, value: value.slice(0, maxFactLength) };
  });
  return { documentKind: "service_certificate", title: template.title, holderName: ctx.applicantName, facts };
}
