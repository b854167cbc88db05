import type { FieldOption, FormField, FormRouting, FormSchema, FormSection } from "@/server/applications/form-schema";

/**
 * Reusable parts of the online forms of the non-household 办理 services, modelled on the paper 申请表 of
 * each family: driving licences, vehicles, certificates about a person, organisations' licences and filings,
 * custody and cases, and the generic 申请事项说明. A service's form is a family's sections plus the fields
 * its own 申请表 asks for (server/seed/catalog/engine-configs.ts). Plain JSON, like every FormSchema.
 */
type FieldOpts = Omit<FormField, "key" | "type" | "label" | "labelEn">;

export function field(
  key: string,
  type: FormField["type"],
  label: string,
  labelEn: string,
  opts: FieldOpts = {},
): FormField {
  return { key, type, label, labelEn, ...opts };
}

export function section(key: string, title: string, titleEn: string, fields: FormField[]): FormSection {
  return { key, title, titleEn, fields };
}

export function options(...list: [value: string, label: string, labelEn: string][]): FieldOption[] {
  return list.map(([value, label, labelEn]) => ({ value, label, labelEn }));
}

export const required = { required: true } as const;

/** A short text answer that must be given. */
export const text = (key: string, label: string, labelEn: string, opts: FieldOpts = {}) =>
  field(key, "text", label, labelEn, { required: true, maxLength: 100, ...opts });

export const textarea = (key: string, label: string, labelEn: string, opts: FieldOpts = {}) =>
  field(key, "textarea", label, labelEn, { required: true, ...opts });

export const date = (
  key: string,
  label: string,
  labelEn: string,
  dateRule: FormField["dateRule"],
  opts: FieldOpts = {},
) => field(key, "date", label, labelEn, { required: true, dateRule, ...opts });

export const select = (key: string, label: string, labelEn: string, choices: FieldOption[], opts: FieldOpts = {}) =>
  field(key, "select", label, labelEn, { required: true, options: choices, ...opts });

export const radio = (key: string, label: string, labelEn: string, choices: FieldOption[], opts: FieldOpts = {}) =>
  field(key, "radio", label, labelEn, { required: true, options: choices, ...opts });

/**
 * How to reach the applicant about this application; every form ends with it. Window pickup or post is
 * chosen by the engine after the decision (setApplicationDelivery), not in the form.
 */
export function contactSection(extra: FormField[] = []): FormSection {
  return section("contact", "联系方式", "Contact", [
    field("contactPhone", "phone", "联系电话", "Contact phone", {
      required: true,
      hint: "办理进度和结果以短信通知此号码。",
      hintEn: "Progress and the decision are texted to this number.",
    }),
    ...extra,
  ]);
}

/** A form of these sections, routed to the applicant's household station unless told otherwise. */
export function form(sections: FormSection[], routing: FormRouting = { kind: "applicant" }): FormSchema {
  return { version: 1, sections, routing };
}

export const licenceClassOptions = options(
  ["A1", "A1 大型客车", "A1 Large bus"],
  ["A2", "A2 重型牵引挂车", "A2 Tractor-trailer"],
  ["A3", "A3 城市公交车", "A3 City bus"],
  ["B1", "B1 中型客车", "B1 Medium bus"],
  ["B2", "B2 大型货车", "B2 Heavy lorry"],
  ["C1", "C1 小型汽车", "C1 Car"],
  ["C2", "C2 小型自动挡汽车", "C2 Automatic car"],
  ["D", "D 普通三轮摩托车", "D Motor tricycle"],
  ["E", "E 普通二轮摩托车", "E Motorcycle"],
);

/** 机动车驾驶人业务申请表: the licence it is about, then the service's own answers. */
export function drivingLicenceForm(own: FormField[]): FormSchema {
  return form([
    section("licence", "驾驶证信息", "Driving licence", [
      text("archiveNumber", "驾驶证档案编号", "Licence file number", {
        format: "document_number",
        maxLength: 20,
        hint: "驾驶证副页上的 12 位档案编号。",
        hintEn: "The 12-digit file number on the licence's counterpart.",
      }),
      select("vehicleClass", "准驾车型", "Licence class", licenceClassOptions),
      ...own,
    ]),
    contactSection(),
  ]);
}

export const plateTypeOptions = options(
  ["02", "小型汽车号牌（蓝牌）", "Small vehicle (blue)"],
  ["52", "小型新能源汽车号牌（绿牌）", "Small new-energy vehicle (green)"],
  ["01", "大型汽车号牌（黄牌）", "Large vehicle (yellow)"],
  ["51", "大型新能源汽车号牌（黄绿牌）", "Large new-energy vehicle (yellow-green)"],
);

/** 机动车登记业务申请表: which vehicle (plate and VIN tail, as the 车管所 matches them), then the service's answers. */
export function vehicleForm(own: FormField[]): FormSchema {
  return form([
    section("vehicle", "机动车信息", "Vehicle", [
      select("plateType", "号牌种类", "Plate type", plateTypeOptions),
      text("plateNumber", "号牌号码", "Plate number", {
        format: "plate_number",
        maxLength: 10,
        hint: "如：豫A12345；新能源汽车如：豫AD12345。",
        hintEn: "E.g. 豫A12345; new-energy vehicles 豫AD12345.",
      }),
      text("vinTail", "车辆识别代号后六位", "Last six characters of the VIN", { maxLength: 6 }),
      ...own,
    ]),
    contactSection(),
  ]);
}

/** A certificate about the applicant: what it is for and where it will be used. */
export function personCertificateForm(own: FormField[]): FormSchema {
  return form([
    section("certificate", "证明用途", "What the certificate is for", [
      select(
        "purpose",
        "证明用途",
        "Purpose",
        options(
          ["employment", "入职、招聘政审", "Employment"],
          ["study", "升学、留学", "Study"],
          ["visa", "出国（境）签证", "Visa application"],
          ["licence", "申领职业资格或执照", "Professional licence"],
          ["other", "其他", "Other"],
        ),
      ),
      text("purposeDetail", "用途说明", "Details of the purpose", {
        showIf: { field: "purpose", in: ["other"] },
      }),
      text("usedBy", "证明使用单位或国家（地区）", "Organisation or country where it is used"),
      ...own,
    ]),
    contactSection(),
  ]);
}

/**
 * An organisation's licence or filing: the company (统一社会信用代码), its premises (which station covers
 * them: the routing), what it does and who answers for it.
 */
export function organisationForm(own: FormField[], opts: { scopeLabel?: [string, string] } = {}): FormSchema {
  const [scope, scopeEn] = opts.scopeLabel ?? ["经营范围", "Business scope"];
  return form(
    [
      section("organisation", "单位信息", "The organisation", [
        text("companyName", "单位名称", "Name of the organisation", {
          hint: "与营业执照或登记证书上的名称一致。",
          hintEn: "As on the business licence or registration certificate.",
        }),
        text("uscc", "统一社会信用代码", "Unified social credit code", {
          format: "document_number",
          maxLength: 18,
          hint: "营业执照上的 18 位代码。",
          hintEn: "The 18-character code on the business licence.",
        }),
        field("premisesStation", "station", "经营场所所在地派出所", "Police station covering the premises", {
          required: true,
          hint: "先选择经营场所所在的区县，再选择管辖该地址的派出所。",
          hintEn: "Choose the county of the premises first, then the police station that covers it.",
        }),
        field("premisesAddress", "address", "经营场所地址", "Address of the premises", { required: true }),
        textarea("businessScope", scope, scopeEn, { maxLength: 500 }),
        text("responsiblePerson", "法定代表人或负责人", "Legal representative or person in charge", {
          format: "person_name",
          maxLength: 40,
        }),
        field("responsibleIdNumber", "id_number", "负责人公民身份号码", "ID number of the person in charge", {
          required: true,
        }),
        ...own,
      ]),
      contactSection(),
    ],
    { kind: "station_field", field: "premisesStation" },
  );
}

/** Where an event, a site or a piece of work is: the station covering it handles or checks it. */
export function placeForm(placeSection: FormSection): FormSchema {
  return form([placeSection, contactSection()], {
    kind: "station_field",
    field: "placeStation",
  });
}

export const placeStation = (label = "活动地点所在地派出所", labelEn = "Police station covering the place") =>
  field("placeStation", "station", label, labelEn, {
    required: true,
    hint: "先选择所在的区县，再选择管辖该地点的派出所。",
    hintEn: "Choose the county first, then the police station that covers the place.",
  });

export const relationToDetaineeOptions = options(
  ["spouse", "配偶", "Spouse"],
  ["parent", "父母", "Parent"],
  ["child", "子女", "Child"],
  ["sibling", "兄弟姐妹", "Sibling"],
  ["lawyer", "委托律师", "Lawyer"],
  ["other", "其他近亲属", "Other close relative"],
);

/** A detained person or a case: which facility or case, whom it concerns, then the service's answers. */
export function custodyCaseForm(
  own: FormField[],
  opts: { detainee?: boolean; caseNumberRequired?: boolean } = {},
): FormSchema {
  const detainee = opts.detainee ?? true;
  return form([
    section("case", detainee ? "被监管人员信息" : "案件信息", detainee ? "The detained person" : "The case", [
      text("caseNumber", "案件编号或法律文书文号", "Case number or number of the legal document", {
        format: "document_number",
        maxLength: 40,
        required: opts.caseNumberRequired ?? true,
        hint: "见受案回执、拘留通知书或决定书上的编号。",
        hintEn: "On the case receipt, the detention notice or the decision.",
      }),
      ...(detainee
        ? [
            text("detaineeName", "被监管人员姓名", "Name of the detained person", {
              format: "person_name",
              maxLength: 40,
            }),
            text("facilityName", "羁押场所名称", "Detention facility", {
              hint: "如：郑州市第一看守所、郑州市拘留所。",
              hintEn: "E.g. 郑州市第一看守所 (detention centre) or 郑州市拘留所.",
            }),
            select("relation", "与被监管人员关系", "Relation to the detained person", relationToDetaineeOptions),
          ]
        : []),
      ...own,
    ]),
    contactSection(),
  ]);
}

/** 申请事项说明: what is asked and why, for services whose 申请表 is a free statement. */
export function genericForm(own: FormField[], statement: [string, string] = ["申请事项说明", "What you apply for"]) {
  return form([
    section("application", "申请事项", "The application", [
      ...own,
      textarea("statement", statement[0], statement[1], {
        maxLength: 1000,
        hint: "写明申请的事项、事实和理由。",
        hintEn: "State what you ask for, the facts and your reasons.",
      }),
    ]),
    contactSection(),
  ]);
}

export const travelDocumentTypeOptions = options(
  ["passport", "普通护照", "Passport"],
  ["hk_macau_permit", "往来港澳通行证", "Exit-Entry Permit to Hong Kong and Macao"],
  ["taiwan_permit", "往来台湾通行证", "Exit-Entry Permit to Taiwan"],
);

/** A mainland citizen's travel document and the trip it is for. */
export function travelDocumentForm(own: FormField[], opts: { documentTypes?: FieldOption[] } = {}): FormSchema {
  return form([
    section("document", "证件信息", "Travel document", [
      select("documentType", "证件类型", "Document type", opts.documentTypes ?? travelDocumentTypeOptions),
      text("documentNumber", "证件号码", "Document number", { format: "document_number", maxLength: 12 }),
      ...own,
    ]),
    contactSection(),
  ]);
}

/** A foreign national's passport and stay, for the residence and visa services. */
export function foreignerForm(own: FormField[]): FormSchema {
  return form(
    [
      section("foreigner", "外国人信息", "The foreign national", [
        text("foreignName", "外文姓名", "Name as in the passport", { maxLength: 80 }),
        text("nationality", "国籍", "Nationality", { maxLength: 40 }),
        text("passportNumber", "护照号码", "Passport number", { format: "document_number", maxLength: 20 }),
        date("passportExpiry", "护照有效期至", "Passport valid until", "future"),
        field("placeStation", "station", "在华住址所在地派出所", "Police station covering the address in China", {
          required: true,
        }),
        field("stayAddress", "address", "在华住址", "Address in China", { required: true }),
        ...own,
      ]),
      contactSection(),
    ],
    { kind: "station_field", field: "placeStation" },
  );
}
