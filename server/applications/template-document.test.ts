import { describe, expect, it } from "vitest";
import type { FormSchema } from "@/server/applications/form-schema";
import type { DocumentTemplate } from "./engine-config";
import { templateDocument } from "./template-document";

const form: FormSchema = {
  version: 1,
  routing: { kind: "station_field", field: "premises" },
  sections: [
    {
      key: "main",
      title: "申请信息",
      titleEn: "Application",
      fields: [
        { key: "premises", type: "station", label: "场所所在地派出所", labelEn: "Station", required: true },
        {
          key: "kind",
          type: "select",
          label: "类别",
          labelEn: "Kind",
          options: [{ value: "hotel", label: "旅馆", labelEn: "Hotel" }],
        },
        { key: "manager", type: "id_number", label: "负责人身份证号", labelEn: "Manager ID" },
        { key: "phone", type: "phone", label: "联系电话", labelEn: "Phone" },
        { key: "note", type: "textarea", label: "说明", labelEn: "Note" },
      ],
    },
  ],
};

const template: DocumentTemplate = {
  title: "特种行业许可证",
  titleEn: "Special trade licence",
  facts: [
    { label: "持证人", labelEn: "Holder", source: { from: "applicant_name" } },
    { label: "身份证号", labelEn: "ID", source: { from: "applicant_id_masked" } },
    { label: "类别", labelEn: "Kind", source: { field: "kind" } },
    { label: "场所", labelEn: "Premises", source: { field: "premises" } },
    { label: "负责人", labelEn: "Manager", source: { field: "manager" } },
    { label: "电话", labelEn: "Phone", source: { field: "phone" } },
    { label: "说明", labelEn: "Note", source: { field: "note" } },
    { label: "受理编号", labelEn: "Number", source: { from: "application_number" } },
    { label: "发证机关", labelEn: "Issued by", source: { from: "handling_unit" } },
  ],
};

const ctx = {
  serviceName: "旅馆业特种行业许可证核发",
  applicationNumber: "HN20261207000001",
  applicantName: "张三",
  applicantIdNumber: "410105199001011234",
  handlingUnitName: "郑州市公安局治安管理支队",
  unitNames: new Map([[42, "花园路派出所"]]),
};

describe("templateDocument", () => {
  it("prints option labels, station names and masked ID numbers and phones, never the raw answers", () => {
    const doc = templateDocument(
      template,
      form,
      { premises: 42, kind: "hotel", manager: "410105198801015678", phone: "13800138000", note: "" },
      ctx,
    );
    const fact = (label: string) => doc.facts.find((f) => f.label === label)?.value;
    expect(doc.title).toBe("特种行业许可证");
    expect(doc.holderName).toBe("张三");
    expect(fact("身份证号")).not.toContain("199001011234");
    expect(fact("类别")).toBe("旅馆");
    expect(fact("场所")).toBe("花园路派出所");
    expect(fact("负责人")).not.toContain("198801015678");
    expect(fact("电话")).not.toContain("13800138000");
    expect(fact("说明")).toBe("—");
    expect(fact("受理编号")).toBe("HN20261207000001");
    expect(fact("发证机关")).toBe("郑州市公安局治安管理支队");
  });

  it("cuts a long answer to what a printed fact may hold", () => {
    const doc = templateDocument(template, form, { note: "长".repeat(500) }, ctx);
    expect(doc.facts.find((f) => f.label === "说明")?.value.length).toBe(200);
  });
});
