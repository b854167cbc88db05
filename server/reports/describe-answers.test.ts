import { describe, expect, it } from "vitest";
import type { FormSchema } from "@/server/applications/form-schema";
import { describeAnswers } from "./describe-answers";

const schema: FormSchema = {
  version: 1,
  routing: { kind: "station_field", field: "place" },
  sections: [
    {
      key: "s",
      title: "举报",
      titleEn: "Report",
      fields: [
        { key: "place", type: "station", label: "派出所", labelEn: "Station" },
        {
          key: "kind",
          type: "select",
          label: "类型",
          labelEn: "Kind",
          options: [{ value: "gambling", label: "赌博", labelEn: "Gambling" }],
        },
        { key: "suspect", type: "text", label: "对象", labelEn: "Suspect" },
        { key: "facts", type: "textarea", label: "内容", labelEn: "Details" },
      ],
    },
  ],
};

describe("describeAnswers", () => {
  it("names the station and the option, keeps the form's order and skips what was not answered", () => {
    const lines = describeAnswers(
      schema,
      { facts: "每晚聚赌", kind: "gambling", place: 7, gone: "旧字段" },
      new Map([[7, { name: "花园路派出所", nameEn: "Huayuan Road Station" }]]),
    );
    expect(lines).toEqual([
      { key: "place", label: "派出所", labelEn: "Station", value: "花园路派出所", valueEn: "Huayuan Road Station" },
      { key: "kind", label: "类型", labelEn: "Kind", value: "赌博", valueEn: "Gambling" },
      { key: "facts", label: "内容", labelEn: "Details", value: "每晚聚赌", valueEn: "每晚聚赌" },
    ]);
  });

  it("shows the raw value of a station no longer in the tree", () => {
    expect(describeAnswers(schema, { place: 9 }, new Map())[0]?.value).toBe("9");
  });
});
