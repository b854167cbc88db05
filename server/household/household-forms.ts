import { ethnicityOptions } from "./ethnicities";
import type { FieldOption, FormField, FormSchema, FormSection, StationRoute } from "@/server/applications/form-schema";

/**
 * The online forms of the 29 household services (HZ001–HZ029), modelled on the paper 申报表 the Henan
 * stations use: who is concerned (people already in the register are named by ID number and name and
 * checked against it), the certificate numbers the window will compare with the originals, and where the
 * household goes. Materials (scans) are not form fields: the guide lists them.
 */
type FieldOpts = Omit<FormField, "key" | "type" | "label" | "labelEn">;

function field(key: string, type: FormField["type"], label: string, labelEn: string, opts: FieldOpts = {}): FormField {
  return { key, type, label, labelEn, ...opts };
}

function section(key: string, title: string, titleEn: string, fields: FormField[]): FormSection {
  return { key, title, titleEn, fields };
}

function options(...list: [value: string, label: string, labelEn: string][]): FieldOption[] {
  return list.map(([value, label, labelEn]) => ({ value, label, labelEn }));
}

const sexOptions = options(["M", "男", "Male"], ["F", "女", "Female"]);

/**
 * A mover's relation to the head of the household they join; the label is the register's word, which the
 * completion writes as 与户主关系.
 */
export const relationOptions = options(
  ["son", "子", "Son"],
  ["daughter", "女", "Daughter"],
  ["spouse", "配偶", "Spouse"],
  ["father", "父亲", "Father"],
  ["mother", "母亲", "Mother"],
  ["grandson", "孙子", "Grandson"],
  ["granddaughter", "孙女", "Granddaughter"],
  ["brother", "兄弟", "Brother"],
  ["sister", "姐妹", "Sister"],
  ["daughter_in_law", "儿媳", "Daughter-in-law"],
  ["son_in_law", "女婿", "Son-in-law"],
  ["other", "其他", "Other"],
);

export const educationOptions = options(
  ["postgraduate", "研究生", "Postgraduate"],
  ["bachelor", "大学本科", "Bachelor's degree"],
  ["college", "大学专科", "College diploma"],
  ["technical_secondary", "中等专科", "Technical secondary school"],
  ["high_school", "高中", "Senior high school"],
  ["junior_high", "初中", "Junior high school"],
  ["primary", "小学", "Primary school"],
  ["none", "不识字或识字很少", "Little or no schooling"],
);

export const maritalStatusOptions = options(
  ["unmarried", "未婚", "Never married"],
  ["married", "已婚", "Married"],
  ["divorced", "离婚", "Divorced"],
  ["widowed", "丧偶", "Widowed"],
);

export const militaryServiceOptions = options(
  ["none", "未服兵役", "Has not served"],
  ["discharged", "退出现役", "Discharged from active service"],
  ["reserve", "服预备役", "In the reserve"],
  ["active", "服现役", "On active service"],
);

const stationHint = {
  hint: "先选择新住址所在的区县，再选择管辖该住址的派出所。",
  hintEn: "Choose the county or district of the new address first, then the police station that covers it.",
};
const addressHint = {
  hint: "填写到门牌号，如：河南省郑州市金水区花园路18号院3号楼2单元501室。",
  hintEn: "Down to the house number, e.g. 河南省郑州市金水区花园路18号院3号楼2单元501室.",
};

type Overrides = Partial<Omit<FormField, "key" | "type">>;

const targetStation = (o: Overrides = {}): FormField => ({
  ...field("targetStation", "station", "落户地派出所", "Police station of the new address", {
    required: true,
    ...stationHint,
  }),
  ...o,
});
const newAddress = (o: Overrides = {}): FormField => ({
  ...field("newAddress", "address", "落户详细地址", "Full new address", { required: true, ...addressHint }),
  ...o,
});

const mover = (key: string, label: string, labelEn: string) =>
  field(key, "resident", label, labelEn, {
    hint: "一同迁移的才填写；须为本省户籍人员。",
    hintEn: "Only if this person moves too; they must be registered in Henan.",
  });

const reason = (required: boolean, label = "申请理由", labelEn = "Reason for the application") =>
  field("reason", "textarea", label, labelEn, { required });

/** Settling into an existing family household (by its head), one's own home, or a collective household. */
function settlement(choices: ("family" | "own_home" | "collective")[]): {
  fields: FormField[];
  routing: FormSchema["routing"];
} {
  const labels = {
    family: ["投靠家庭户（落入亲属户内）", "Join a relative's household"],
    own_home: ["本人合法住所（新立户）", "My own home (a new household)"],
    collective: ["单位或学校集体户", "An employer's or school's collective household"],
  } as const;
  const atAddress = choices.filter((c) => c !== "family");
  const fields: FormField[] = [
    field("settleTo", "radio", "落户方式", "Where to register", {
      required: true,
      options: options(...choices.map((c) => [c, labels[c][0], labels[c][1]] as [string, string, string])),
    }),
  ];
  const map: Record<string, StationRoute> = {};
  if (choices.includes("family")) {
    fields.push(
      field("householdHead", "resident", "落户家庭户户主", "Head of the household to join", {
        required: true,
        showIf: { field: "settleTo", in: ["family"] },
      }),
      field("relationToHead", "select", "与该户主的关系", "Relation to that head of household", {
        required: true,
        options: relationOptions,
        showIf: { field: "settleTo", in: ["family"] },
      }),
    );
    map.family = { kind: "resident_field", field: "householdHead" };
  }
  if (atAddress.length) {
    fields.push(
      targetStation({ showIf: { field: "settleTo", in: atAddress } }),
      newAddress({ showIf: { field: "settleTo", in: atAddress } }),
    );
    for (const c of atAddress) map[c] = { kind: "station_field", field: "targetStation" };
  }
  return { fields, routing: { kind: "choice", field: "settleTo", map } };
}

const settleGraduate = settlement(["family", "own_home", "collective"]);
const settleVeteran = settlement(["family", "own_home"]);
const settleMigrant = settlement(["family", "own_home", "collective"]);

export const householdForms: Record<string, FormSchema> = {
  HZ001: {
    version: 1,
    sections: [
      section("child", "新生儿信息", "The newborn", [
        field("childName", "text", "新生儿姓名", "Child's name", {
          required: true,
          format: "person_name",
          maxLength: 40,
          hint: "须与出生医学证明上的姓名一致。",
          hintEn: "As on the birth medical certificate.",
        }),
        field("childSex", "radio", "性别", "Sex", { required: true, options: sexOptions }),
        field("birthDate", "date", "出生日期", "Date of birth", { required: true, dateRule: "past" }),
        field("birthPlace", "text", "出生地", "Place of birth", {
          required: true,
          maxLength: 60,
          hint: "填写省、市、县（区），如：河南省郑州市金水区。",
          hintEn: "Province, city and county, e.g. 河南省郑州市金水区.",
        }),
        field("birthCertificateNumber", "text", "出生医学证明编号", "Birth medical certificate number", {
          required: true,
          format: "birth_certificate",
          hint: "证明右上角的编号：一个字母加九位数字，如 R410012345。",
          hintEn: "Top right of the certificate: one letter and nine digits, e.g. R410012345.",
        }),
        field("ethnicityFrom", "radio", "民族成份", "Ethnicity", {
          required: true,
          options: options(["father", "随父亲", "Father's"], ["mother", "随母亲", "Mother's"]),
          hint: "新生儿的民族成份依据父亲或母亲的民族成份登记。",
          hintEn: "A child is registered with the father's or the mother's ethnicity.",
        }),
      ]),
      section("parents", "父母信息", "Parents", [
        field("father", "resident", "父亲", "Father", { required: true, sex: "M" }),
        field("mother", "resident", "母亲", "Mother", { required: true, sex: "F" }),
        field("joinParent", "radio", "落户方式", "Household the child joins", {
          required: true,
          options: options(["father", "随父落户", "Father's household"], ["mother", "随母落户", "Mother's household"]),
        }),
        field("lateReason", "textarea", "逾期申报原因", "Why the registration is late", {
          hint: "出生超过一个月申报的，请说明原因。",
          hintEn: "If the child was born more than a month ago, say why.",
        }),
      ]),
    ],
    routing: {
      kind: "choice",
      field: "joinParent",
      map: { father: { kind: "resident_field", field: "father" }, mother: { kind: "resident_field", field: "mother" } },
    },
  },

  HZ002: {
    version: 1,
    sections: [
      section("adoption", "收养登记", "Adoption", [
        field("adoptionCertificateNumber", "text", "收养登记证字号", "Adoption registration certificate number", {
          required: true,
          format: "document_number",
        }),
        field("adoptionDate", "date", "收养登记日期", "Date of adoption registration", {
          required: true,
          dateRule: "past",
        }),
        field("adopteeRegistered", "radio", "被收养人是否已登记户口", "Is the child already registered?", {
          required: true,
          options: options(["yes", "已有户口", "Yes"], ["no", "尚无户口", "No"]),
        }),
      ]),
      section("adoptee", "被收养人", "The adopted child", [
        field("adoptee", "resident", "被收养人", "Adopted child", {
          required: true,
          household: "other",
          showIf: { field: "adopteeRegistered", in: ["yes"] },
        }),
        field("newName", "text", "收养后使用的姓名", "Name after adoption", {
          format: "person_name",
          maxLength: 40,
          showIf: { field: "adopteeRegistered", in: ["yes"] },
          hint: "随收养人改姓名的填写，不改的不填。",
          hintEn: "Only if the child takes a new name.",
        }),
        field("adopteeName", "text", "被收养人姓名", "Child's name", {
          required: true,
          format: "person_name",
          maxLength: 40,
          showIf: { field: "adopteeRegistered", in: ["no"] },
        }),
        field("adopteeSex", "radio", "性别", "Sex", {
          required: true,
          options: sexOptions,
          showIf: { field: "adopteeRegistered", in: ["no"] },
        }),
        field("adopteeBirthDate", "date", "出生日期", "Date of birth", {
          required: true,
          dateRule: "past",
          showIf: { field: "adopteeRegistered", in: ["no"] },
        }),
        field("adopteeBirthPlace", "text", "出生地", "Place of birth", {
          required: true,
          maxLength: 60,
          showIf: { field: "adopteeRegistered", in: ["no"] },
        }),
      ]),
    ],
    routing: { kind: "applicant" },
  },

  HZ003: {
    version: 1,
    sections: [
      section("home", "所购住房", "The home bought", [
        targetStation(),
        newAddress({
          hint: "按不动产权证书上的坐落填写，如：河南省郑州市金水区花园路18号院3号楼2单元501室。",
          hintEn: "As on the property certificate.",
        }),
        field("propertyCertificateNumber", "text", "不动产权证书号", "Property certificate number", {
          required: true,
          format: "property_certificate",
          hint: "如：豫(2025)郑州市不动产权第0123456号。",
          hintEn: "E.g. 豫(2025)郑州市不动产权第0123456号.",
        }),
        field("propertyOwner", "radio", "产权人", "Owner", {
          required: true,
          options: options(
            ["self", "本人", "Myself"],
            ["spouse", "配偶", "My spouse"],
            ["joint", "共有（含本人）", "Joint, including me"],
          ),
        }),
      ]),
      section("movers", "随迁人员", "Family moving with you", [
        mover("spouse", "随迁配偶", "Spouse"),
        mover("child", "随迁子女", "Child"),
        mover("child2", "随迁子女（第二人）", "Second child"),
        mover("parent", "随迁父（母）亲", "Parent"),
      ]),
    ],
    routing: { kind: "station_field", field: "targetStation" },
  },

  HZ004: {
    version: 1,
    sections: [
      section("transfer", "调动信息", "The transfer", [
        field("employer", "text", "调入单位", "New employer", { required: true, maxLength: 60 }),
        field("transferNoticeNumber", "text", "调动通知（调令）文号", "Transfer order number", {
          required: true,
          format: "document_number",
          hint: "如：豫人社调〔2026〕12号。",
          hintEn: "E.g. 豫人社调〔2026〕12号.",
        }),
        field("settleTo", "radio", "落户方式", "Where to register", {
          required: true,
          options: options(
            ["collective", "单位集体户", "The employer's collective household"],
            ["own_home", "本人合法住所", "My own home"],
          ),
        }),
        targetStation(),
        newAddress({
          hint: "落单位集体户的填写集体户地址；落本人住所的填写住所地址，到门牌号。",
          hintEn: "The collective household's address, or your home's, down to the house number.",
        }),
      ]),
      section("movers", "随迁人员", "Family moving with you", [
        mover("spouse", "随迁配偶", "Spouse"),
        mover("child", "随迁子女", "Child"),
      ]),
    ],
    routing: { kind: "station_field", field: "targetStation" },
  },

  HZ005: {
    version: 1,
    sections: [
      section("qualification", "学历或资格", "Qualification", [
        field("qualification", "select", "落户依据", "Qualification", {
          required: true,
          options: options(
            ["doctorate", "博士研究生", "Doctorate"],
            ["master", "硕士研究生", "Master's degree"],
            ["bachelor", "大学本科", "Bachelor's degree"],
            ["college", "大学专科", "College diploma"],
            ["vocational", "中等职业学校", "Vocational school"],
            ["title", "专业技术职称", "Professional title"],
            ["skill", "职业资格（技能等级）证书", "Vocational skill certificate"],
          ),
        }),
        field("certificateNumber", "text", "证书编号", "Certificate number", {
          required: true,
          format: "document_number",
        }),
        field("employer", "text", "就业单位", "Employer", {
          maxLength: 60,
          hint: "在落户地就业的填写。",
          hintEn: "If you work where you register.",
        }),
      ]),
      section("settle", "落户地址", "Where to register", [
        field("settleTo", "radio", "落户方式", "Kind of address", {
          required: true,
          options: options(
            ["own_home", "本人合法住所", "My own home"],
            ["collective", "单位或人才集体户", "An employer's or talent collective household"],
            ["rented", "租赁住房（按落户地政策）", "A rented home, where local policy allows"],
          ),
        }),
        targetStation(),
        newAddress(),
      ]),
      section("movers", "随迁人员", "Family moving with you", [
        mover("spouse", "随迁配偶", "Spouse"),
        mover("child", "随迁子女", "Child"),
        mover("parent", "随迁父（母）亲", "Parent"),
      ]),
    ],
    routing: { kind: "station_field", field: "targetStation" },
  },

  HZ006: {
    version: 1,
    sections: [
      section("marriage", "婚姻信息", "Marriage", [
        field("spouse", "resident", "配偶", "Spouse", {
          required: true,
          household: "other",
          hint: "户口将迁入配偶所在的户。",
          hintEn: "You will be registered in your spouse's household.",
        }),
        field("marriageCertificateNumber", "text", "结婚证字号", "Marriage certificate number", {
          required: true,
          format: "document_number",
          hint: "结婚证登记页上的字号，如：J410105-2020-001234。",
          hintEn: "On the certificate's registration page, e.g. J410105-2020-001234.",
        }),
        field("marriageDate", "date", "结婚登记日期", "Date of marriage registration", {
          required: true,
          dateRule: "past",
        }),
      ]),
      section("movers", "随迁人员", "Family moving with you", [mover("child", "随迁未成年子女", "Child under 18")]),
    ],
    routing: { kind: "resident_field", field: "spouse" },
  },

  HZ007: {
    version: 1,
    sections: [
      section("people", "投靠双方", "Who moves where", [
        field("parent", "resident", "投靠的父亲或母亲", "Parent to join", {
          required: true,
          hint: "户口将迁入该人所在的户。",
          hintEn: "The child will be registered in this parent's household.",
        }),
        field("child", "resident", "投靠人（子女）", "Child who moves", {
          required: true,
          hint: "本人投靠的填写本人；为未成年子女申请的填写子女。",
          hintEn: "Yourself, or your child under 18.",
        }),
        reason(false),
      ]),
    ],
    routing: { kind: "resident_field", field: "parent" },
  },

  HZ008: {
    version: 1,
    sections: [
      section("people", "投靠双方", "Who moves where", [
        field("child", "resident", "投靠的子女", "Child to join", {
          required: true,
          hint: "户口将迁入该子女所在的户。",
          hintEn: "The parent will be registered in this child's household.",
        }),
        field("parent", "resident", "投靠人（父亲或母亲）", "Parent who moves", { required: true }),
        field("otherParent", "resident", "一同投靠的另一方父（母）亲", "The other parent, if moving too"),
        reason(false),
      ]),
    ],
    routing: { kind: "resident_field", field: "child" },
  },

  HZ009: {
    version: 1,
    sections: [
      section("admission", "录取信息", "Admission", [
        field("school", "text", "录取院校", "College", { required: true, maxLength: 60 }),
        field("admissionNumber", "text", "录取通知书编号", "Admission notice number", {
          required: true,
          format: "document_number",
        }),
        field("enrolmentDate", "date", "报到日期", "Enrolment date", { required: true }),
      ]),
      section("collective", "学校集体户", "The college's collective household", [
        targetStation({
          label: "学校集体户所属派出所",
          labelEn: "Police station of the college",
          hint: "先选择学校所在的区县，再选择学校集体户所属的派出所。",
          hintEn: "Choose the college's county or district first, then the station of its collective household.",
        }),
        newAddress({
          label: "学校集体户地址",
          labelEn: "Address of the collective household",
          hint: "以录取通知书或学校告知的户口迁移地址为准。",
          hintEn: "As given in the admission notice or by the college.",
        }),
      ]),
    ],
    routing: { kind: "station_field", field: "targetStation" },
  },

  HZ010: {
    version: 1,
    sections: [
      section("graduation", "毕业信息", "Graduation", [
        field("school", "text", "毕业院校", "College", { required: true, maxLength: 60 }),
        field("diplomaNumber", "text", "毕业证书编号", "Diploma number", { required: true, format: "document_number" }),
        field("graduationDate", "date", "毕业日期", "Graduation date", { required: true, dateRule: "past" }),
        field("employer", "text", "就业单位", "Employer", { maxLength: 60 }),
      ]),
      section("settle", "落户去向", "Where to register", settleGraduate.fields),
    ],
    routing: settleGraduate.routing,
  },

  HZ011: {
    version: 1,
    sections: [
      section("admission", "录取信息", "Admission", [
        field("school", "text", "录取院校", "College", { required: true, maxLength: 60 }),
        field("admissionNumber", "text", "录取通知书编号", "Admission notice number", {
          required: true,
          format: "document_number",
        }),
        field("destinationAddress", "address", "户口迁往地址", "Address the registration moves to", {
          required: true,
          hint: "录取通知书载明的学校户口迁移地址。",
          hintEn: "The college's registration address given in the admission notice.",
        }),
      ]),
    ],
    routing: { kind: "applicant" },
  },

  HZ012: {
    version: 1,
    sections: [
      section("service", "退役信息", "Discharge", [
        field("veteran", "resident", "退役士兵", "Discharged soldier", {
          required: true,
          statuses: ["cancelled"],
          hint: "入伍时已注销户口的退役士兵本人。",
          hintEn: "The soldier whose registration was cancelled on enlistment.",
        }),
        field("dischargeCertificateNumber", "text", "士兵退出现役证编号", "Discharge certificate number", {
          required: true,
          format: "document_number",
        }),
        field("resettlementLetterNumber", "text", "安置（落户）介绍信编号", "Resettlement letter number", {
          required: true,
          format: "document_number",
        }),
        field("dischargeDate", "date", "退出现役日期", "Date of discharge", { required: true, dateRule: "past" }),
      ]),
      section("settle", "落户去向", "Where to register", settleVeteran.fields),
    ],
    routing: settleVeteran.routing,
  },

  HZ013: {
    version: 1,
    sections: [
      section("migrant", "迁入人员", "The person moving in", [
        field("migrantIdNumber", "id_number", "公民身份号码", "Citizen ID number", { required: true }),
        field("migrantName", "text", "姓名", "Name", { required: true, format: "person_name", maxLength: 40 }),
        field("migrantEthnicity", "select", "民族", "Ethnicity", { required: true, options: ethnicityOptions }),
        field("migrationCertificateNumber", "text", "户口迁移证编号", "Migration certificate number", {
          required: true,
          format: "document_number",
        }),
        field("fromAddress", "address", "迁出地详细地址", "Address moved from", { required: true }),
      ]),
      section("settle", "迁入去向", "Where to register", settleMigrant.fields),
    ],
    routing: settleMigrant.routing,
  },

  HZ014: {
    version: 1,
    sections: [
      section("move", "迁出信息", "The move", [
        field("admitCertificateNumber", "text", "准予迁入证明编号", "Admission-to-move certificate number", {
          required: true,
          format: "document_number",
        }),
        field("destinationAddress", "address", "迁往地址", "Address moving to", { required: true }),
        field("moveReason", "select", "迁移原因", "Reason for the move", {
          required: true,
          options: options(
            ["work", "工作调动", "Job"],
            ["marriage", "婚姻", "Marriage"],
            ["family", "投靠亲属", "Joining family"],
            ["study", "学习", "Study"],
            ["home", "购房", "Bought a home"],
            ["other", "其他", "Other"],
          ),
        }),
      ]),
      section("movers", "一同迁出人员", "Household members moving too", [
        field("spouse", "resident", "一同迁出的配偶", "Spouse", { household: "applicant" }),
        field("child", "resident", "一同迁出的子女", "Child", { household: "applicant" }),
      ]),
    ],
    routing: { kind: "applicant" },
  },

  HZ015: {
    version: 1,
    sections: [
      section("change", "姓名变更", "Change of name", [
        field("subject", "resident", "变更人", "Person whose name changes", {
          required: true,
          hint: "为本人申请的填写本人；为未成年子女申请的填写子女，按现登记的姓名填写。",
          hintEn: "Yourself or your child under 18, under the name now registered.",
        }),
        field("newName", "text", "变更后姓名", "New name", { required: true, format: "person_name", maxLength: 40 }),
        field("nameChangeReason", "select", "变更原因", "Reason", {
          required: true,
          options: options(
            ["rare_character", "姓名含生僻字，无法录入或使用", "The name has a rare character that cannot be typed"],
            ["parents_divorced", "父母离婚后随另一方姓", "Taking the other parent's surname after a divorce"],
            ["adoption", "收养关系成立或解除", "Adoption made or ended"],
            ["too_common", "重名过多，影响生活", "The name is shared by too many people"],
            ["other", "其他正当理由", "Another good reason"],
          ),
        }),
        reason(true, "理由说明", "Explanation"),
      ]),
    ],
    routing: { kind: "resident_field", field: "subject" },
  },

  HZ016: {
    version: 1,
    sections: [
      section("correction", "出生日期更正", "Correction of date of birth", [
        field("subject", "resident", "更正人", "Person whose date of birth is corrected", { required: true }),
        field("newBirthDate", "date", "正确的出生日期", "Correct date of birth", { required: true, dateRule: "past" }),
        field("evidence", "radio", "更正依据", "Evidence", {
          required: true,
          options: options(
            ["birth_certificate", "出生医学证明", "Birth medical certificate"],
            ["archive", "档案最早记载", "Earliest archive record"],
          ),
        }),
        reason(true, "差错原因说明", "How the error came about"),
      ]),
    ],
    routing: { kind: "resident_field", field: "subject" },
  },

  HZ017: {
    version: 1,
    sections: [
      section("ethnicity", "民族成份", "Ethnicity", [
        field("subject", "resident", "申请人", "Person concerned", { required: true }),
        field("ethnicityChange", "radio", "申请事项", "Request", {
          required: true,
          options: options(["change", "变更", "Change"], ["correct", "更正登记差错", "Correct a registration error"]),
        }),
        field("parent", "resident", "依据的父亲或母亲", "Parent whose ethnicity is taken", {
          required: true,
          hint: "民族成份将登记为该人在户籍中登记的民族成份。",
          hintEn: "The ethnicity becomes the one registered for this parent.",
        }),
        reason(true),
      ]),
    ],
    routing: { kind: "resident_field", field: "subject" },
  },

  HZ018: {
    version: 1,
    sections: [
      section("correction", "公民身份号码更正", "Correction of ID number", [
        field("subject", "resident", "更正人", "Person whose ID number is corrected", { required: true }),
        field("idNumberProblem", "radio", "更正原因", "What is wrong", {
          required: true,
          options: options(
            ["duplicate", "与他人重号", "Shared with another person"],
            ["birth_date", "出生日期登记有误", "Wrong date of birth"],
            ["sex", "性别登记有误", "Wrong sex"],
          ),
        }),
        field("correctBirthDate", "date", "正确的出生日期", "Correct date of birth", {
          required: true,
          dateRule: "past",
          showIf: { field: "idNumberProblem", in: ["birth_date"] },
        }),
        reason(true, "情况说明", "Explanation"),
      ]),
    ],
    routing: { kind: "resident_field", field: "subject" },
  },

  HZ019: {
    version: 1,
    sections: [
      section("item", "变更更正项目", "Item to change", [
        field("item", "select", "变更更正项目", "Item", {
          required: true,
          options: options(
            ["address_detail", "门牌号、楼栋号更正", "House or building number"],
            ["education", "文化程度", "Education"],
            ["marital_status", "婚姻状况", "Marital status"],
            ["military_service", "兵役状况", "Military service"],
            ["employer", "服务处所", "Employer"],
            ["occupation", "职业", "Occupation"],
          ),
        }),
        field("subject", "resident", "变更人", "Person concerned", {
          required: true,
          household: "applicant",
          showIf: { field: "item", in: ["education", "marital_status", "military_service", "employer", "occupation"] },
          hint: "本户成员。",
          hintEn: "A member of your household.",
        }),
        field("newValue", "text", "变更后内容", "New entry", {
          required: true,
          maxLength: 60,
          showIf: { field: "item", in: ["address_detail", "employer", "occupation"] },
          hint: "门牌号更正只填写门牌号及以后部分，如：18号院3号楼2单元502室。",
          hintEn: "For a house number, only the number part, e.g. 18号院3号楼2单元502室.",
        }),
        field("newEducation", "select", "变更后文化程度", "New education", {
          required: true,
          options: educationOptions,
          showIf: { field: "item", in: ["education"] },
        }),
        field("newMaritalStatus", "select", "变更后婚姻状况", "New marital status", {
          required: true,
          options: maritalStatusOptions,
          showIf: { field: "item", in: ["marital_status"] },
        }),
        field("newMilitaryService", "select", "变更后兵役状况", "New military service status", {
          required: true,
          options: militaryServiceOptions,
          showIf: { field: "item", in: ["military_service"] },
        }),
        reason(true, "变更更正理由", "Reason"),
      ]),
    ],
    routing: { kind: "applicant" },
  },

  HZ020: {
    version: 1,
    sections: [
      section("death", "死者信息", "The deceased", [
        field("deceased", "resident", "死者", "Deceased", { required: true }),
        field("deathDate", "date", "死亡日期", "Date of death", { required: true, dateRule: "past" }),
        field("deathPlace", "text", "死亡地点", "Place of death", { required: true, maxLength: 60 }),
        field("deathCause", "radio", "死亡类型", "Kind of death", {
          required: true,
          options: options(
            ["natural", "正常死亡", "Natural death"],
            ["unnatural", "非正常死亡", "Unnatural death"],
            ["declared", "人民法院宣告死亡", "Declared dead by a court"],
          ),
        }),
        field("deathCertificateNumber", "text", "死亡证明编号", "Death certificate number", {
          required: true,
          format: "document_number",
          hint: "《居民死亡医学证明（推断）书》编号；宣告死亡的填写判决书案号。",
          hintEn: "The medical death certificate's number, or the court judgment's case number.",
        }),
      ]),
      section("declarant", "申报人", "Person reporting", [
        field("declarantRelation", "select", "申报人与死者关系", "Your relation to the deceased", {
          required: true,
          options: options(
            ["spouse", "配偶", "Spouse"],
            ["child", "子女", "Child"],
            ["parent", "父母", "Parent"],
            ["relative", "其他亲属", "Other relative"],
            ["head", "户主", "Head of household"],
            ["neighbour", "邻居", "Neighbour"],
          ),
        }),
        field("idCardStatus", "radio", "死者居民身份证", "The deceased's ID card", {
          required: true,
          options: options(["returned", "到窗口时交回", "Will be handed in at the window"], ["lost", "已遗失", "Lost"]),
        }),
      ]),
    ],
    routing: { kind: "resident_field", field: "deceased" },
  },

  HZ021: {
    version: 1,
    sections: [
      section("enlistment", "入伍信息", "Enlistment", [
        field("enlistee", "resident", "入伍人员", "Person enlisting", { required: true }),
        field("enlistmentNoticeNumber", "text", "入伍通知书编号", "Enlistment notice number", {
          required: true,
          format: "document_number",
        }),
        field("recruitingOffice", "text", "签发的征兵办公室", "Issuing recruitment office", {
          required: true,
          maxLength: 60,
          hint: "如：郑州市金水区人民政府征兵办公室。",
          hintEn: "E.g. 郑州市金水区人民政府征兵办公室.",
        }),
        field("reportDate", "date", "入伍报到日期", "Reporting date", { required: true, dateRule: "future" }),
      ]),
    ],
    routing: { kind: "resident_field", field: "enlistee" },
  },

  HZ022: {
    version: 1,
    sections: [
      section("abroad", "出国（境）定居", "Settlement abroad", [
        field("subject", "resident", "注销人", "Person whose registration is cancelled", { required: true }),
        field("abroadStatus", "radio", "定居情况", "Status abroad", {
          required: true,
          options: options(
            ["permanent_residence", "已取得外国永久居留资格", "Permanent residence abroad"],
            ["naturalised", "已加入外国国籍", "Naturalised abroad"],
          ),
        }),
        field("country", "text", "定居国家（地区）", "Country or region", { required: true, maxLength: 40 }),
        field(
          "foreignDocumentNumber",
          "text",
          "外国永久居留证件或护照号码",
          "Permanent residence card or passport number",
          {
            required: true,
            format: "document_number",
          },
        ),
        field("since", "date", "取得日期", "Date obtained", { required: true, dateRule: "past" }),
      ]),
    ],
    routing: { kind: "resident_field", field: "subject" },
  },

  HZ023: {
    version: 1,
    sections: [
      section("loss", "遗失情况", "The loss", [
        field("lossReason", "radio", "补领原因", "Reason", {
          required: true,
          options: options(["lost", "遗失", "Lost"], ["stolen", "被盗", "Stolen"]),
        }),
        field("lostOn", "date", "遗失（被盗）日期", "Date lost or stolen", {
          dateRule: "past",
          hint: "记不清的填写大致日期。",
          hintEn: "An approximate date is fine.",
        }),
        field("circumstances", "textarea", "遗失经过", "What happened", { maxLength: 500 }),
      ]),
    ],
    routing: { kind: "applicant" },
  },

  HZ024: {
    version: 1,
    sections: [
      section("renewal", "换领原因", "Why a new booklet", [
        field("renewalReason", "select", "换领原因", "Reason", {
          required: true,
          options: options(
            ["damaged", "破损、污损", "Damaged"],
            ["full", "页面用完", "No pages left"],
            ["renumbered", "门牌整顿后住址变更", "Address renumbered"],
            ["other", "其他", "Other"],
          ),
        }),
        field("renewalDetail", "textarea", "情况说明", "Explanation", {
          required: true,
          maxLength: 500,
          showIf: { field: "renewalReason", in: ["other"] },
        }),
      ]),
    ],
    routing: { kind: "applicant" },
  },

  HZ025: {
    version: 1,
    sections: [
      section("split", "分户信息", "The new household", [
        field("splitTo", "radio", "分户地址", "Address of the new household", {
          required: true,
          options: options(
            ["same_address", "在原住址分户", "At the same address"],
            ["own_home", "分至本人合法住所", "At my own home"],
          ),
        }),
        targetStation({
          label: "住所所属派出所",
          labelEn: "Police station of the home",
          showIf: { field: "splitTo", in: ["own_home"] },
        }),
        newAddress({
          label: "住所地址",
          labelEn: "Address of the home",
          showIf: { field: "splitTo", in: ["own_home"] },
        }),
        field("splitReason", "select", "分户原因", "Reason", {
          required: true,
          options: options(
            ["marriage", "结婚", "Marriage"],
            ["adult", "年满十八周岁", "Turned 18"],
            ["other", "其他", "Other"],
          ),
        }),
      ]),
      section("members", "随同分户人员", "Members moving to the new household", [
        field("member1", "resident", "随同分户的配偶或子女", "Spouse or child", { household: "applicant" }),
        field("member2", "resident", "随同分户的子女（第二人）", "Second child", { household: "applicant" }),
      ]),
    ],
    routing: {
      kind: "choice",
      field: "splitTo",
      map: { same_address: { kind: "applicant" }, own_home: { kind: "station_field", field: "targetStation" } },
    },
  },

  HZ026: {
    version: 1,
    sections: [
      section("home", "住所", "Your home", [
        targetStation(),
        newAddress(),
        field("propertyCertificateNumber", "text", "不动产权证书号", "Property certificate number", {
          required: true,
          format: "property_certificate",
          hint: "如：豫(2025)郑州市不动产权第0123456号。",
          hintEn: "E.g. 豫(2025)郑州市不动产权第0123456号.",
        }),
        field("propertyOwner", "radio", "产权人", "Owner", {
          required: true,
          options: options(
            ["self", "本人", "Myself"],
            ["spouse", "配偶", "My spouse"],
            ["joint", "共有（含本人）", "Joint, including me"],
          ),
        }),
      ]),
      section("movers", "随迁人员", "Family moving with you", [
        mover("spouse", "随迁配偶", "Spouse"),
        mover("child", "随迁子女", "Child"),
      ]),
    ],
    routing: { kind: "station_field", field: "targetStation" },
  },

  HZ027: {
    version: 1,
    sections: [
      section("merge", "并户信息", "The merge", [
        field("targetHead", "resident", "并入户户主", "Head of the household to merge into", {
          required: true,
          household: "other",
        }),
        field(
          "oldHeadRelation",
          "select",
          "本户户主与并入户户主的关系",
          "Your head of household's relation to that head",
          {
            required: true,
            options: relationOptions,
          },
        ),
        field("mergeReason", "select", "并户原因", "Reason", {
          required: true,
          options: options(
            ["marriage", "结婚", "Marriage"],
            ["family", "家庭成员共同生活", "Family living together"],
            ["other", "其他", "Other"],
          ),
        }),
        field("mergeDetail", "textarea", "情况说明", "Explanation", { maxLength: 500 }),
      ]),
    ],
    routing: { kind: "resident_field", field: "targetHead" },
  },

  HZ028: {
    version: 1,
    sections: [
      section("head", "户主变更", "New head of household", [
        field("newHead", "resident", "新户主", "New head of household", { required: true, household: "applicant" }),
        field("headChangeReason", "radio", "变更原因", "Reason", {
          required: true,
          options: options(
            ["death", "原户主死亡", "The head has died"],
            ["moved", "原户主迁出", "The head has moved out"],
            ["agreement", "户内成员协商一致", "Agreed by the household"],
          ),
        }),
        field("headChangeDetail", "textarea", "情况说明", "Explanation", { maxLength: 500 }),
      ]),
    ],
    routing: { kind: "applicant" },
  },

  HZ029: {
    version: 1,
    sections: [
      section("certificate", "证明事项", "What to certify", [
        field("certificateKind", "select", "证明种类", "Kind of certificate", {
          required: true,
          options: options(
            ["cancellation", "注销户口证明", "Cancellation of registration"],
            ["name_change", "姓名变更证明", "Change of name"],
            ["birth_date_change", "出生日期更正证明", "Correction of date of birth"],
            ["id_number_change", "公民身份号码变更证明", "Change of ID number"],
            ["ethnicity_change", "民族成份变更证明", "Change of ethnicity"],
            ["other", "其他户口登记事项证明", "Other registered details"],
          ),
        }),
        field("subject", "resident", "证明对象", "Person the certificate is about", {
          required: true,
          statuses: ["active", "deceased", "moved_out", "cancelled"],
          hint: "按现登记（或注销时登记）的身份号码和姓名填写。",
          hintEn: "With the ID number and name as registered now, or when the registration was cancelled.",
        }),
        field("relationToSubject", "select", "申请人与证明对象的关系", "Your relation to that person", {
          required: true,
          options: options(
            ["self", "本人", "Myself"],
            ["spouse", "配偶", "Spouse"],
            ["child", "子女", "Child"],
            ["parent", "父母", "Parent"],
            ["relative", "其他近亲属", "Other close relative"],
          ),
        }),
        field("purpose", "text", "证明用途", "What the certificate is for", {
          required: true,
          maxLength: 100,
          hint: "如：办理继承公证、银行账户变更。",
          hintEn: "E.g. an inheritance notarisation or a bank account change.",
        }),
        field("certificateDetail", "textarea", "需证明的事项", "What is to be certified", {
          required: true,
          maxLength: 500,
          showIf: { field: "certificateKind", in: ["other"] },
        }),
      ]),
    ],
    routing: { kind: "resident_field", field: "subject" },
  },
};
