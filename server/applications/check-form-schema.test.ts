import { describe, expect, it } from "vitest";
import type { FormSchema } from "@/server/household/form-schema";
import { checkFormSchema } from "./check-form-schema";
import { field, form, options, section } from "./form-families";

const sound = (): FormSchema =>
  form(
    [
      section("a", "甲", "A", [
        field("kind", "radio", "种类", "Kind", {
          required: true,
          options: options(["x", "甲", "X"], ["y", "乙", "Y"]),
        }),
        field("where", "station", "派出所", "Station", { required: true }),
        field("note", "text", "说明", "Note", { showIf: { field: "kind", in: ["y"] } }),
      ]),
    ],
    { kind: "station_field", field: "where" },
  );

describe("checkFormSchema", () => {
  it("finds nothing wrong with a sound form", () => {
    expect(checkFormSchema(sound())).toEqual([]);
  });

  it("names each kind of problem", () => {
    const cases: [string, (s: FormSchema) => void, RegExp][] = [
      ["repeated key", (s) => s.sections[0]!.fields.push(field("note", "text", "再", "Again")), /keys repeat/],
      ["bad key", (s) => (s.sections[0]!.fields[2]!.key = "备注"), /camelCase/],
      ["missing English label", (s) => (s.sections[0]!.fields[2]!.labelEn = " "), /label missing/],
      ["hint in one language", (s) => (s.sections[0]!.fields[2]!.hint = "提示"), /hint in one language/],
      ["options on text", (s) => (s.sections[0]!.fields[2]!.options = options(["a", "甲", "A"])), /options/],
      ["format on a date", (s) => Object.assign(s.sections[0]!.fields[1]!, { format: "person_name" }), /format/],
      [
        "condition value not offered",
        (s) => (s.sections[0]!.fields[2]!.showIf = { field: "kind", in: ["z"] }),
        /not offered/,
      ],
      [
        "condition on a later field",
        (s) => (s.sections[0]!.fields[0]!.showIf = { field: "note", in: ["y"] }),
        /not before/,
      ],
      ["routing to a text field", (s) => (s.routing = { kind: "station_field", field: "note" }), /routing field note/],
      ["routing to an optional station", (s) => (s.sections[0]!.fields[1]!.required = false), /routing field where/],
      [
        "routing choice not mapping every option",
        (s) => (s.routing = { kind: "choice", field: "kind", map: { x: { kind: "applicant" } } }),
        /does not map exactly/,
      ],
    ];
    for (const [name, spoil, expected] of cases) {
      const schema = sound();
      spoil(schema);
      expect(checkFormSchema(schema).join("; "), name).toMatch(expected);
    }
  });
});
