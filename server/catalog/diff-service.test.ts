import { describe, expect, it } from "vitest";
import { diffService, type ServiceState } from "./diff-service";

const base: ServiceState = {
  name: "出生登记",
  nameEn: "Birth registration",
  summary: "为新生儿申报出生登记。",
  synonyms: ["报户口"],
  enabled: true,
  maintenance: false,
  guide: {
    eligibility: "新生儿",
    steps: [{ title: "在线申请", detail: "填写并上传材料" }],
    materials: [
      { key: "birth-certificate", name: "出生医学证明", description: "原件", required: true },
      { key: "id-card", name: "居民身份证", description: "父母双方", required: true },
    ],
    fees: [],
    timeLimitDays: 8,
    timeLimitNote: "8个工作日",
    window: "派出所",
    legalBasis: ["《中华人民共和国户口登记条例》"],
  },
  mode: "station",
  formSchema: null,
  engine: null,
};

describe("diffService", () => {
  it("finds nothing between equal states", () => {
    expect(diffService(base, structuredClone(base))).toEqual([]);
  });

  it("names top-level fields and guide parts that changed, with before and after", () => {
    const after = structuredClone(base);
    after.summary = "新摘要";
    after.enabled = false;
    after.guide.timeLimitDays = null;
    expect(diffService(base, after)).toEqual([
      { field: "summary", before: base.summary, after: "新摘要" },
      { field: "enabled", before: true, after: false },
      { field: "guide.timeLimitDays", before: 8, after: null },
    ]);
  });

  it("lists materials one by one: edited, added, removed, and a new order", () => {
    const after = structuredClone(base);
    after.guide.materials = [
      { ...base.guide.materials[1]!, description: "父母双方正反面" },
      { key: "marriage-certificate", name: "结婚证", description: "已婚的提供", required: false },
    ];
    const fields = diffService(base, after).map((c) => c.field);
    expect(fields).toEqual([
      "guide.materials.id-card",
      "guide.materials.marriage-certificate",
      "guide.materials.birth-certificate",
    ]);

    const reordered = structuredClone(base);
    reordered.guide.materials.reverse();
    expect(diffService(base, reordered)).toEqual([
      {
        field: "guide.materials.order",
        before: ["birth-certificate", "id-card"],
        after: ["id-card", "birth-certificate"],
      },
    ]);
  });

  it("ignores the order of keys inside objects, as jsonb stores them in its own order", () => {
    const after = structuredClone(base);
    const { key, name, description, required } = base.guide.materials[0]!;
    after.guide.materials[0] = { required, description, name, key };
    expect(diffService(base, after)).toEqual([]);
  });

  it("treats a missing optional part like an empty one that was never set", () => {
    const after = structuredClone(base);
    after.guide.notes = ["新增提示"];
    expect(diffService(base, after)).toEqual([{ field: "guide.notes", before: null, after: ["新增提示"] }]);
  });

  it("names a board's notice configuration as one field, and a never-set one like null", () => {
    const config = { version: 1, publishers: ["station"], periodDays: { min: 1, max: 30 }, objections: true };
    const first = { ...structuredClone(base), notice: config };
    expect(diffService(base, first)).toEqual([{ field: "notice", before: null, after: config }]);
    expect(diffService({ ...base, notice: null }, base)).toEqual([]);
    const longer = { ...first, notice: { ...config, periodDays: { min: 1, max: 60 } } };
    expect(diffService(first, longer).map((c) => c.field)).toEqual(["notice"]);
  });
});
