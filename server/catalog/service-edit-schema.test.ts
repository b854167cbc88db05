import { describe, expect, it } from "vitest";
import { serviceEditSchema } from "./service-edit-schema";

const valid = {
  name: "出生登记",
  nameEn: "Birth registration",
  summary: "为新生儿申报出生登记。",
  synonyms: ["报户口"],
  maintenance: false,
  guide: {
    eligibility: "父亲或母亲为本省常住户口的新生儿。",
    steps: [{ title: "在线申请", detail: "填写并上传材料。" }],
    materials: [
      {
        key: "birth-certificate",
        name: "出生医学证明",
        description: "原件。",
        required: true,
        sampleFile: "/samples/hz-birth-medical-certificate.pdf",
        originalAtWindow: true,
      },
    ],
    fees: [{ item: "户口簿工本费", amountFen: 0, basis: "财税〔2017〕20号" }],
    timeLimitDays: 8,
    timeLimitNote: "8个工作日。",
    window: "户籍所在地公安派出所",
    legalBasis: ["《中华人民共和国户口登记条例》第七条"],
  },
};

function issues(input: unknown) {
  const r = serviceEditSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("serviceEditSchema", () => {
  it("accepts a complete guide and trims the texts", () => {
    const r = serviceEditSchema.parse({ ...valid, summary: "  为新生儿申报出生登记。 " });
    expect(r.summary).toBe("为新生儿申报出生登记。");
  });

  it("points each problem at its field with a message the form can translate", () => {
    const input = structuredClone(valid);
    input.guide.steps[0]!.title = " ";
    input.guide.materials[0]!.key = "Birth Certificate";
    input.guide.fees[0]!.amountFen = 12.5;
    input.guide.timeLimitDays = 0;
    input.guide.legalBasis = [];
    expect(issues(input)).toEqual([
      { path: "guide.steps.0.title", message: "i18n:catalogAdmin.validation.required" },
      { path: "guide.materials.0.key", message: "i18n:catalogAdmin.validation.materialKey" },
      { path: "guide.fees.0.amountFen", message: "i18n:catalogAdmin.validation.amount" },
      { path: "guide.timeLimitDays", message: "i18n:catalogAdmin.validation.days" },
      { path: "guide.legalBasis", message: "i18n:catalogAdmin.validation.atLeastOneBasis" },
    ]);
  });

  it("refuses two materials with one key, sample paths outside /samples, and unknown fields", () => {
    const input = structuredClone(valid) as typeof valid & { guide: { extra?: number } };
    input.guide.materials.push({ ...valid.guide.materials[0]!, sampleFile: "https://example.com/x.pdf" });
    input.guide.extra = 1;
    const paths = issues(input).map((i) => i.path);
    expect(paths).toContain("guide.materials.1.sampleFile");
    expect(paths).toContain("guide");
    expect(
      issues({ ...valid, guide: { ...valid.guide, materials: [valid.guide.materials[0], valid.guide.materials[0]] } }),
    ).toEqual([{ path: "guide.materials.1.key", message: "i18n:catalogAdmin.validation.duplicateKey" }]);
  });

  it("accepts no time limit (null) and no fees", () => {
    expect(issues({ ...valid, guide: { ...valid.guide, timeLimitDays: null, fees: [] } })).toEqual([]);
  });
});
