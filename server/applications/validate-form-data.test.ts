import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messages } from "@/server/i18n/messages";
import type { FormSchema } from "./form-schema";
import { householdForms } from "@/server/household/household-forms";
import { validateFormData } from "./validate-form-data";

const today = "2026-11-27";
const birth = householdForms.HZ001!;
const purchase = householdForms.HZ003!;
const zhang = { idNumber: "410105199005121237", name: "张明" };
const li = { idNumber: "410105199208202467", name: "李娜" };

const newborn = {
  childName: "张小满",
  childSex: "M",
  birthDate: "2026-11-20",
  birthPlace: "河南省郑州市金水区",
  birthCertificateNumber: "r410012345",
  ethnicityFrom: "father",
  father: zhang,
  mother: li,
  joinParent: "father",
};

const submit = (schema: FormSchema, data: unknown) => validateFormData(schema, data, "submit", { today });
const draft = (schema: FormSchema, data: unknown) => validateFormData(schema, data, "draft", { today });

describe("validateFormData on submission", () => {
  it("accepts a complete birth registration and normalises what people type", () => {
    const { values, fieldErrors } = submit(birth, {
      ...newborn,
      childName: " 张小满 ",
      father: { idNumber: "410105199005121237", name: "张明 " },
    });
    expect(fieldErrors).toEqual({});
    expect(values).toMatchObject({ childName: "张小满", birthCertificateNumber: "R410012345", father: zhang });
  });

  it("names every missing required field", () => {
    const { fieldErrors } = submit(birth, { childName: "张小满" });
    expect(fieldErrors).toMatchObject({
      childSex: "form.required",
      birthDate: "form.required",
      father: "form.required",
      mother: "form.required",
      joinParent: "form.required",
    });
    expect(fieldErrors.childName).toBeUndefined();
    expect(fieldErrors.lateReason).toBeUndefined();
  });

  it("refuses a birth date in the future (China date) and an impossible one", () => {
    expect(submit(birth, { ...newborn, birthDate: "2026-11-28" }).fieldErrors.birthDate).toBe("form.dateNotPast");
    expect(submit(birth, { ...newborn, birthDate: "2026-11-27" }).fieldErrors.birthDate).toBeUndefined();
    expect(submit(birth, { ...newborn, birthDate: "2026-02-30" }).fieldErrors.birthDate).toBe("form.date");
    expect(submit(birth, { ...newborn, birthDate: "27/11/2026" }).fieldErrors.birthDate).toBe("form.date");
  });

  it("refuses a reporting date in the past where the date must be ahead", () => {
    const enlist = householdForms.HZ021!;
    const data = {
      enlistee: zhang,
      enlistmentNoticeNumber: "ZB2026-0012",
      recruitingOffice: "金水区征兵办",
      reportDate: "2026-11-26",
    };
    expect(submit(enlist, data).fieldErrors.reportDate).toBe("form.dateNotFuture");
    expect(submit(enlist, { ...data, reportDate: "2026-12-10" }).fieldErrors).toEqual({});
  });

  it("checks ID numbers of the people named, with the reason", () => {
    const wrongCheck = { idNumber: "410105199005121238", name: "张明" };
    expect(submit(birth, { ...newborn, father: wrongCheck }).fieldErrors.father).toBe("form.idNumberChecksum");
    expect(submit(birth, { ...newborn, father: { idNumber: "41010519900512", name: "张明" } }).fieldErrors.father).toBe(
      "form.idNumberFormat",
    );
    expect(submit(birth, { ...newborn, father: { idNumber: zhang.idNumber, name: "" } }).fieldErrors.father).toBe(
      "form.residentIncomplete",
    );
    expect(submit(birth, { ...newborn, father: { idNumber: zhang.idNumber, name: "Zhang3" } }).fieldErrors.father).toBe(
      "form.personName",
    );
  });

  it("checks a plain ID number field and accepts a lower-case x", () => {
    const migrant = householdForms.HZ013!;
    const base = {
      migrantName: "赵强",
      migrantEthnicity: "汉族",
      migrationCertificateNumber: "QY1234567",
      fromAddress: "北京市东城区东华门街道1号",
      settleTo: "own_home",
      targetStation: 7,
      newAddress: "河南省郑州市金水区花园路1号",
    };
    expect(submit(migrant, { ...base, migrantIdNumber: "11010119900307447x" }).fieldErrors.migrantIdNumber).toBe(
      "form.idNumberChecksum",
    );
    const ok = submit(migrant, { ...base, migrantIdNumber: "110101199003074477" });
    expect(ok.fieldErrors).toEqual({});
    expect(ok.values.migrantEthnicity).toBe("汉族");
    expect(
      submit(migrant, { ...base, migrantIdNumber: "110101199003074477", migrantEthnicity: "火星族" }).fieldErrors,
    ).toEqual({
      migrantEthnicity: "form.option",
    });
  });

  it("checks named formats: birth certificates and property certificates", () => {
    expect(submit(birth, { ...newborn, birthCertificateNumber: "4100123456" }).fieldErrors.birthCertificateNumber).toBe(
      "form.birthCertificate",
    );
    const home = {
      targetStation: 12,
      newAddress: "河南省郑州市金水区文化路76号院1号楼1单元101室",
      propertyCertificateNumber: "豫（2025）郑州市不动产权第0123456号",
      propertyOwner: "self",
    };
    const ok = submit(purchase, home);
    expect(ok.fieldErrors).toEqual({});
    expect(ok.values.propertyCertificateNumber).toBe("豫(2025)郑州市不动产权第0123456号");
    expect(
      submit(purchase, { ...home, propertyCertificateNumber: "0123456" }).fieldErrors.propertyCertificateNumber,
    ).toBe("form.propertyCertificate");
    expect(submit(purchase, { ...home, newAddress: "花园路" }).fieldErrors.newAddress).toBe("form.address");
    expect(submit(purchase, { ...home, targetStation: "12" }).fieldErrors.targetStation).toBe("form.station");
  });

  it("drops hidden answers and unknown keys, and requires fields only when shown", () => {
    const adoption = householdForms.HZ002!;
    const base = { adoptionCertificateNumber: "410105-2026-0001", adoptionDate: "2026-10-01" };
    const registered = submit(adoption, {
      ...base,
      adopteeRegistered: "yes",
      adoptee: { idNumber: "410105201903150283", name: "张雨涵" },
      adopteeName: "不应保留",
      adopteeSex: "F",
      somethingElse: "x",
    });
    expect(registered.fieldErrors).toEqual({});
    expect(Object.keys(registered.values).sort()).toEqual([
      "adoptee",
      "adopteeRegistered",
      "adoptionCertificateNumber",
      "adoptionDate",
    ]);

    const unregistered = submit(adoption, { ...base, adopteeRegistered: "no" });
    expect(Object.keys(unregistered.fieldErrors).sort()).toEqual([
      "adopteeBirthDate",
      "adopteeBirthPlace",
      "adopteeName",
      "adopteeSex",
    ]);
  });

  it("refuses an option that is not offered", () => {
    expect(submit(birth, { ...newborn, joinParent: "grandma" }).fieldErrors.joinParent).toBe("form.option");
  });

  it("normalises phone numbers typed with spaces and refuses landlines", () => {
    const schema: FormSchema = {
      version: 1,
      sections: [
        {
          key: "s",
          title: "联系",
          titleEn: "Contact",
          fields: [{ key: "phone", type: "phone", label: "手机", labelEn: "Mobile", required: true }],
        },
      ],
      routing: { kind: "applicant" },
    };
    expect(submit(schema, { phone: "138 0013-8000" }).values.phone).toBe("13800138000");
    expect(submit(schema, { phone: "037167890123" }).fieldErrors.phone).toBe("form.phone");
    expect(submit(schema, { phone: "12800138000" }).fieldErrors.phone).toBe("form.phone");
  });

  it("enforces the default lengths: 200 for text, 1000 for a textarea", () => {
    const detail = householdForms.HZ024!;
    const long = "很".repeat(501);
    expect(submit(detail, { renewalReason: "other", renewalDetail: long }).fieldErrors.renewalDetail).toBe(
      "form.tooLong",
    );
    const certificate = householdForms.HZ029!;
    const base = { certificateKind: "cancellation", subject: zhang, relationToSubject: "self" };
    expect(submit(certificate, { ...base, purpose: "办".repeat(101) }).fieldErrors.purpose).toBe("form.tooLong");
    expect(submit(certificate, { ...base, purpose: "办理继承公证" }).fieldErrors).toEqual({});
  });

  it("refuses data that is not an object", () => {
    expect(submit(birth, ["a"])).toEqual({ values: {}, fieldErrors: { _form: "form.invalid" } });
    expect(submit(birth, null).fieldErrors).toEqual({ _form: "form.invalid" });
  });
});

describe("validateFormData for drafts", () => {
  it("keeps half-typed answers, hidden ones included, and misses nothing required", () => {
    const { values, fieldErrors } = draft(birth, {
      childName: "张小",
      birthDate: "2026-1",
      father: { idNumber: "4101051990" },
      lateReason: "",
    });
    expect(fieldErrors).toEqual({});
    expect(values).toEqual({ childName: "张小", birthDate: "2026-1", father: { idNumber: "4101051990", name: "" } });
  });

  it("refuses only wrong shapes and overlong values", () => {
    const { values, fieldErrors } = draft(birth, {
      childName: 42,
      birthPlace: "地".repeat(61),
      father: "张明",
      mother: { idNumber: 410105, name: "李娜" },
      joinParent: "grandma",
    });
    expect(fieldErrors).toEqual({
      childName: "form.notText",
      birthPlace: "form.tooLong",
      father: "form.residentIncomplete",
      mother: "form.idNumberFormat",
    });
    expect(values).toEqual({ joinParent: "grandma" });
  });

  it("never throws on arbitrary JSON, for any of the 29 forms, in either mode", () => {
    const schemas = Object.values(householdForms);
    const keys = [...new Set(schemas.flatMap((s) => s.sections.flatMap((x) => x.fields.map((f) => f.key))))];
    const answers = fc.dictionary(fc.constantFrom(...keys, "__proto__", "constructor"), fc.jsonValue());
    fc.assert(
      fc.property(fc.constantFrom(...schemas), fc.oneof(fc.jsonValue(), answers), (schema, data) => {
        for (const mode of ["draft", "submit"] as const) {
          const result = validateFormData(schema, data, mode, { today });
          for (const [key, error] of Object.entries(result.fieldErrors)) {
            expect(Object.hasOwn(result.values, key)).toBe(false);
            expect(error).toMatch(/^form\./);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("form error messages", () => {
  it("exist in both languages for every key the validation and the register checks can give", () => {
    const zh = messages["zh-CN"].errors.form as Record<string, string>;
    const en = messages.en.errors.form as Record<string, string>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const given = [
      "invalid",
      "required",
      "tooLong",
      "notText",
      "personName",
      "birthCertificate",
      "propertyCertificate",
      "documentNumber",
      "phone",
      "idNumberFormat",
      "idNumberChecksum",
      "idNumberBirthdate",
      "date",
      "dateNotPast",
      "dateNotFuture",
      "option",
      "station",
      "address",
      "residentIncomplete",
      // Register checks and completion.
      "residentMismatch",
      "residentSex",
      "residentHousehold",
      "residentOtherHousehold",
      "residentDuplicate",
      "stationUnknown",
      "addressDetail",
    ];
    for (const key of given) expect(zh[key], key).toBeTruthy();
  });
});
