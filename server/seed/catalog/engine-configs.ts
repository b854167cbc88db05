import type {
  AutoRuleKey,
  DecisionRule,
  DeliveryRule,
  DocumentFactSource,
  DocumentTemplate,
  EngineConfig,
  HandlerRule,
  RegisterEffectKey,
  ReviewStep,
} from "@/server/applications/engine-config";
import {
  custodyCaseForm,
  date,
  drivingLicenceForm,
  field,
  foreignerForm,
  form,
  genericForm,
  licenceClassOptions,
  options,
  organisationForm,
  personCertificateForm,
  placeForm,
  placeStation,
  plateTypeOptions,
  radio,
  section,
  select,
  text,
  textarea,
  travelDocumentForm,
  vehicleForm,
  contactSection,
} from "@/server/applications/form-families";
import type { FormField, FormSchema } from "@/server/applications/form-schema";
import { householdForms } from "@/server/household/household-forms";
import { reportConfigs } from "./report-configs";

/** A handle service's online form and how the engine handles it, as seeded into services.form_schema/engine. */
export type ServiceEngineConfig = { formSchema: FormSchema; engine: EngineConfig };

type Handler = HandlerRule["unitType"];

/** The first review step's title by the unit that works it. */
const reviewTitles: Record<Handler, [string, string]> = {
  station: ["派出所审核", "Police station review"],
  county_bureau: ["县级公安机关审核", "County bureau review"],
  vehicle_admin: ["车管所审核", "Vehicle administration office review"],
  exit_entry: ["出入境管理部门审核", "Exit-entry section review"],
  cyber: ["网安部门审核", "Cyber security division review"],
  public_order: ["治安部门审核", "Public order division review"],
  narcotics: ["禁毒部门审核", "Narcotics control division review"],
  custody: ["监管部门审核", "Custody supervision review"],
  criminal: ["刑侦部门审核", "Criminal investigation review"],
  inspection: ["督察部门审核", "Police inspection review"],
};

const step = (handler: Handler, slaDays: number): ReviewStep => {
  const [title, titleEn] = reviewTitles[handler];
  return { title, titleEn, slaDays };
};

/** The approval above the first step: the county bureau over a station, the city bureau over a desk. */
const approvalAbove = (handler: Handler, slaDays: number): ReviewStep =>
  handler === "station"
    ? { title: "县级公安机关审批", titleEn: "County bureau approval", slaDays }
    : { title: "市公安局审批", titleEn: "City bureau approval", slaDays };

const review = (handler: Handler, slaDays: number): DecisionRule => ({
  kind: "review",
  steps: [step(handler, slaDays)],
});
const reviewAndApprove = (handler: Handler, slaDays: number, approveDays: number): DecisionRule => ({
  kind: "review",
  steps: [step(handler, slaDays), approvalAbove(handler, approveDays)],
});
const auto = (rule: AutoRuleKey, handler: Handler): DecisionRule => ({
  kind: "auto",
  rule,
  review: [step(handler, 3)],
});
const prereview = (handler: Handler, appointmentService: string, slaDays = 5): DecisionRule => ({
  kind: "prereview_window",
  review: [step(handler, slaDays)],
  appointmentService,
});

const windowPickup: DeliveryRule = { window: true, post: { allowed: false } };
/** Documents the law lets be posted (licences, certificates): EMS at the applicant's cost. */
const postOrWindow: DeliveryRule = { window: true, post: { allowed: true, postageFen: 1500 } };

type Fact = [label: string, labelEn: string, source: string];
const engineFacts = new Set([
  "applicant_name",
  "applicant_id_masked",
  "service_name",
  "application_number",
  "handling_unit",
]);

/** A document template; a fact's source is a form field's key or one of the engine's own facts. */
function doc(title: string, titleEn: string, facts: Fact[], validDays?: number): DocumentTemplate {
  return {
    title,
    titleEn,
    facts: facts.map(([label, labelEn, source]) => ({
      label,
      labelEn,
      source: (engineFacts.has(source) ? { from: source } : { field: source }) as DocumentFactSource,
    })),
    ...(validDays ? { validDays } : {}),
  };
}

const applicantName: Fact = ["申请人", "Applicant", "applicant_name"];
const applicantId: Fact = ["公民身份号码", "ID number", "applicant_id_masked"];
const companyName: Fact = ["单位名称", "Organisation", "companyName"];
const uscc: Fact = ["统一社会信用代码", "Unified social credit code", "uscc"];
const plate: Fact = ["号牌号码", "Plate number", "plateNumber"];
const unit: Fact = ["承办单位", "Issued by", "handling_unit"];
const number: Fact = ["受理编号", "Application number", "application_number"];

type Outcome = EngineConfig["outcome"];
const document = (template: DocumentTemplate): Outcome => ({ kind: "document", template });
const windowVisit = (template: DocumentTemplate): Outcome => ({ kind: "window_visit", template });
const registerChange = (effect: RegisterEffectKey): Outcome => ({ kind: "register_change", effect });

function configure(
  formSchema: FormSchema,
  p: {
    handler: Handler;
    decision: DecisionRule;
    outcome: Outcome;
    delivery?: DeliveryRule;
    applicant?: EngineConfig["applicant"];
  },
): ServiceEngineConfig {
  return {
    formSchema,
    engine: {
      version: 1,
      applicant: p.applicant ?? "person",
      handler: { unitType: p.handler },
      decision: p.decision,
      outcome: p.outcome,
      delivery: p.delivery ?? windowPickup,
    },
  };
}

/* ---------- fields shared by several services ---------- */

const reasonFor = (choices: [string, string, string][], label = "申请原因", labelEn = "Reason") =>
  select("reason", label, labelEn, options(...choices));
const lossFields = (): FormField[] => [
  date("lostDate", "遗失或被盗日期", "Date lost or stolen", "past"),
  text("lostPlace", "遗失或被盗地点", "Where it was lost or stolen"),
  textarea("circumstance", "经过说明", "What happened", { maxLength: 500 }),
];
const quantity = (label = "数量", labelEn = "Quantity") =>
  text("quantity", label, labelEn, {
    maxLength: 40,
    hint: "写明数量和单位，如：500 千克。",
    hintEn: "Amount and unit, e.g. 500 kg.",
  });
const route = () =>
  textarea("route", "运输路线", "Route", {
    maxLength: 500,
    hint: "写明起点、途经道路和终点。",
    hintEn: "Start, roads taken and destination.",
  });
const period = (): FormField[] => [
  date("validFrom", "起始日期", "From", "future"),
  date("validTo", "截止日期", "Until", "future"),
];
const chemical = (label = "化学品名称", labelEn = "Chemical") =>
  text("chemicalName", label, labelEn, { maxLength: 60 });
const transportPlate = () =>
  text("plateNumber", "运输车辆号牌号码", "Plate number of the vehicle", { format: "plate_number", maxLength: 10 });
const licenceNumber = (label: string, labelEn: string) =>
  text("licenceNumber", label, labelEn, { format: "document_number", maxLength: 40 });
const acceptanceNumber = () =>
  text("acceptanceNumber", "受理回执编号", "Number on the acceptance receipt", {
    format: "document_number",
    maxLength: 40,
  });
const postponeFields = (what: string, whatEn: string): FormField[] => [
  reasonFor([
    ["abroad", "在国（境）外", "Abroad"],
    ["military", "服兵役", "On military service"],
    ["illness", "身体原因（住院治疗等）", "Illness or hospital treatment"],
    ["other", "其他正当理由", "Another good reason"],
  ]),
  date("postponeUntil", `${what}延期至`, `${whatEn} postponed until`, "future", {
    hint: "延期最长不超过三年。",
    hintEn: "At most three years.",
  }),
];

const hkMacauOnly = options(["hk_macau_permit", "往来港澳通行证", "Exit-Entry Permit to Hong Kong and Macao"]);
const taiwanOnly = options(["taiwan_permit", "往来台湾通行证", "Exit-Entry Permit to Taiwan"]);

/* ---------- household: the 29 register services keep their forms; the ID-card and residence services ---------- */

const householdStep = (slaDays: number): ReviewStep => step("station", slaDays);

function householdConfig(code: string): ServiceEngineConfig {
  const formSchema = householdForms[code];
  if (!formSchema) throw new Error(`engine-configs: no household form ${code}`);
  const decision: DecisionRule =
    code === "HZ023"
      ? { kind: "auto", rule: "hukou_book_reissue", review: [householdStep(3)] }
      : code === "HZ019"
        ? { kind: "auto", rule: "address_detail_correction", review: [householdStep(3)] }
        : {
            kind: "review",
            // The SLAs the household desk has always worked to: 3 working days at the station, 5 at the county.
            steps: [householdStep(3), { title: "县级公安机关审批", titleEn: "County bureau approval", slaDays: 5 }],
          };
  return configure(formSchema, {
    handler: "station",
    decision,
    outcome: registerChange("household"),
    // Today's engine offers post only on automatically decided household services (postalDeliveryOffered).
    delivery: decision.kind === "auto" ? postOrWindow : windowPickup,
  });
}

const householdCodes = Array.from({ length: 29 }, (_, i) => `HZ${String(i + 1).padStart(3, "0")}`);

const residenceFields = (): FormField[] => [
  field("placeStation", "station", "居住地派出所", "Police station of the place of residence", {
    required: true,
    hint: "先选择居住地所在的区县，再选择管辖该地址的派出所。",
    hintEn: "Choose the county first, then the police station covering the address.",
  }),
  field("residenceAddress", "address", "居住地址", "Address of residence", { required: true }),
  date("residentSince", "开始居住日期", "Living there since", "past"),
];

const household: Record<string, ServiceEngineConfig> = {
  ...Object.fromEntries(householdCodes.map((code) => [code, householdConfig(code)])),
  HZ034: configure(
    genericForm([
      reasonFor([
        ["applying", "居民身份证正在申领、换领或补领期间急需使用", "ID card being issued and needed urgently"],
        ["travel", "乘坐交通工具、住宿等急需证明身份", "Needed for travel or a hotel"],
      ]),
      text("urgentUse", "急需使用的事项", "What it is needed for"),
    ]),
    {
      handler: "station",
      decision: prereview("station", "HZ030", 1),
      outcome: windowVisit(doc("临时居民身份证", "Temporary resident ID card", [applicantName, applicantId], 90)),
    },
  ),
  HZ036: configure(genericForm(lossFields(), ["补充说明", "Anything else"]), {
    handler: "station",
    decision: review("station", 1),
    outcome: document(
      doc("居民身份证挂失申报回执", "Receipt for a lost ID card report", [
        applicantName,
        applicantId,
        ["遗失日期", "Date lost", "lostDate"],
      ]),
    ),
  }),
  HZ037: configure(
    form(
      [
        section("residence", "居住信息", "Residence", [
          ...residenceFields(),
          select(
            "basis",
            "申领条件",
            "Qualifying condition",
            options(
              ["employment", "合法稳定就业", "Stable lawful employment"],
              ["housing", "合法稳定住所", "Stable lawful housing"],
              ["study", "连续就读", "Continuous study"],
            ),
          ),
          text("employerOrSchool", "工作单位或就读学校", "Employer or school", { required: false }),
        ]),
        contactSection(),
      ],
      { kind: "station_field", field: "placeStation" },
    ),
    {
      handler: "station",
      decision: review("station", 15),
      outcome: document(
        doc(
          "居住证",
          "Residence permit",
          [applicantName, applicantId, ["居住地址", "Address", "residenceAddress"]],
          365,
        ),
      ),
      delivery: postOrWindow,
    },
  ),
  HZ038: configure(
    form(
      [
        section("permit", "居住证签注", "Endorsement", [
          licenceNumber("居住证编号", "Residence permit number"),
          ...residenceFields(),
        ]),
        contactSection(),
      ],
      { kind: "station_field", field: "placeStation" },
    ),
    {
      handler: "station",
      decision: review("station", 3),
      outcome: document(
        doc(
          "居住证签注",
          "Residence permit endorsement",
          [applicantName, ["居住证编号", "Permit number", "licenceNumber"]],
          365,
        ),
      ),
    },
  ),
  HZ039: configure(
    form(
      [
        section("residence", "居住登记", "Residence registration", [
          ...residenceFields(),
          select(
            "housing",
            "住所类型",
            "Type of housing",
            options(
              ["owned", "自有住房", "Own home"],
              ["rented", "租赁住房", "Rented"],
              ["employer", "单位宿舍", "Employer's dormitory"],
              ["relative", "投亲靠友", "With relatives or friends"],
            ),
          ),
          reasonFor(
            [
              ["work", "务工、经商", "Work or business"],
              ["study", "就学", "Study"],
              ["family", "随迁、投亲", "Family"],
              ["other", "其他", "Other"],
            ],
            "居住事由",
            "Why you live there",
          ),
        ]),
        contactSection(),
      ],
      { kind: "station_field", field: "placeStation" },
    ),
    {
      handler: "station",
      decision: review("station", 5),
      outcome: document(
        doc("居住登记凭证", "Residence registration slip", [
          applicantName,
          ["居住地址", "Address", "residenceAddress"],
        ]),
      ),
    },
  ),
  HZ044: configure(
    genericForm(
      [
        text("issuingAuthority", "居民身份证签发机关", "Issuing authority on the ID card"),
        date("cardValidUntil", "居民身份证有效期至", "ID card valid until", "future"),
      ],
      ["申领说明", "Notes"],
    ),
    {
      handler: "station",
      decision: review("station", 1),
      outcome: document(
        doc("居民身份证电子证照", "Electronic ID certificate", [
          applicantName,
          applicantId,
          ["有效期至", "Valid until", "cardValidUntil"],
        ]),
      ),
    },
  ),
  HZ045: configure(
    genericForm(
      [acceptanceNumber(), text("recipientName", "收件人姓名", "Recipient", { format: "person_name", maxLength: 40 })],
      ["邮寄说明", "Delivery notes"],
    ),
    {
      handler: "station",
      decision: review("station", 1),
      outcome: document(
        doc("居民身份证邮寄确认", "ID card postal delivery", [
          applicantName,
          ["受理回执编号", "Receipt number", "acceptanceNumber"],
        ]),
      ),
      delivery: postOrWindow,
    },
  ),
};

/* ---------- exit and entry ---------- */

const endorsementTrips = select(
  "trips",
  "签注次数",
  "Number of trips",
  options(["once", "一次有效", "Single"], ["twice", "二次有效", "Double"], ["multiple", "多次有效", "Multiple"]),
);

const exitEntry: Record<string, ServiceEngineConfig> = {
  CR005: configure(
    travelDocumentForm(
      [
        text("relativeName", "港澳亲属姓名", "Name of the relative in Hong Kong or Macao", { maxLength: 40 }),
        select(
          "relation",
          "与亲属关系",
          "Relation",
          options(
            ["spouse", "配偶", "Spouse"],
            ["parent", "父母", "Parent"],
            ["child", "子女", "Child"],
            ["sibling", "兄弟姐妹", "Sibling"],
            ["other", "其他亲属", "Other relative"],
          ),
        ),
        endorsementTrips,
      ],
      { documentTypes: hkMacauOnly },
    ),
    {
      handler: "exit_entry",
      decision: prereview("exit_entry", "CR003"),
      outcome: windowVisit(
        doc("往来港澳探亲签注", "Hong Kong / Macao family visit endorsement", [
          applicantName,
          ["证件号码", "Permit number", "documentNumber"],
        ]),
      ),
      delivery: postOrWindow,
    },
  ),
  CR006: configure(
    travelDocumentForm(
      [
        text("employer", "工作单位", "Employer"),
        text("position", "职务", "Position", { maxLength: 40 }),
        endorsementTrips,
      ],
      { documentTypes: hkMacauOnly },
    ),
    {
      handler: "exit_entry",
      decision: prereview("exit_entry", "CR003"),
      outcome: windowVisit(
        doc("往来港澳商务签注", "Hong Kong / Macao business endorsement", [
          applicantName,
          ["证件号码", "Permit number", "documentNumber"],
          ["工作单位", "Employer", "employer"],
        ]),
      ),
      delivery: postOrWindow,
    },
  ),
  CR007: configure(
    travelDocumentForm(
      [
        select(
          "stayReason",
          "逗留事由",
          "Reason for the stay",
          options(
            ["study", "就学", "Study"],
            ["work", "就业", "Employment"],
            ["training", "培训", "Training"],
            ["dependant", "随行家属", "Accompanying family"],
          ),
        ),
        text("hostInstitution", "港澳接收学校或单位", "School or employer in Hong Kong or Macao"),
      ],
      { documentTypes: hkMacauOnly },
    ),
    {
      handler: "exit_entry",
      decision: prereview("exit_entry", "CR003"),
      outcome: windowVisit(
        doc("往来港澳逗留签注", "Hong Kong / Macao stay endorsement", [
          applicantName,
          ["证件号码", "Permit number", "documentNumber"],
          ["接收单位", "Host", "hostInstitution"],
        ]),
      ),
      delivery: postOrWindow,
    },
  ),
  CR009: configure(
    travelDocumentForm(
      [
        select(
          "endorsementType",
          "签注种类",
          "Endorsement type",
          options(
            ["tourism", "旅游", "Tourism"],
            ["family", "探亲", "Family visit"],
            ["business", "商务", "Business"],
            ["study", "学习", "Study"],
          ),
        ),
        text("destinationDetail", "赴台事由说明", "Purpose of the trip"),
      ],
      { documentTypes: taiwanOnly },
    ),
    {
      handler: "exit_entry",
      decision: prereview("exit_entry", "CR008"),
      outcome: windowVisit(
        doc("往来台湾签注", "Taiwan endorsement", [applicantName, ["证件号码", "Permit number", "documentNumber"]]),
      ),
      delivery: postOrWindow,
    },
  ),
  CR011: configure(travelDocumentForm([acceptanceNumber()]), {
    handler: "exit_entry",
    decision: review("exit_entry", 2),
    outcome: document(
      doc("出入境证件邮寄确认", "Travel document postal delivery", [
        applicantName,
        ["受理回执编号", "Receipt number", "acceptanceNumber"],
      ]),
    ),
    delivery: postOrWindow,
  }),
  CR012: configure(
    travelDocumentForm([
      select(
        "remindBefore",
        "提前提醒时间",
        "Remind me before expiry",
        options(["30", "30 天", "30 days"], ["90", "90 天", "90 days"], ["180", "180 天", "180 days"]),
      ),
    ]),
    {
      handler: "exit_entry",
      decision: review("exit_entry", 1),
      outcome: document(
        doc("证件到期提醒登记确认", "Expiry reminder confirmation", [
          applicantName,
          ["证件号码", "Document number", "documentNumber"],
        ]),
      ),
    },
  ),
  CR014: configure(travelDocumentForm(lossFields()), {
    handler: "exit_entry",
    decision: review("exit_entry", 1),
    outcome: document(
      doc("出入境证件挂失申报回执", "Receipt for a lost travel document", [
        applicantName,
        ["证件号码", "Document number", "documentNumber"],
        ["遗失日期", "Date lost", "lostDate"],
      ]),
    ),
  }),
  CR018: configure(
    genericForm([
      reasonFor([
        ["lost_abroad", "在境外证件遗失、被盗或损毁", "Passport lost, stolen or damaged abroad"],
        ["short_trip", "短期出境急需", "Urgent short trip"],
        ["other", "其他", "Other"],
      ]),
      text("destination", "前往国家（地区）", "Destination country or region"),
      date("departureDate", "预计出境日期", "Expected departure", "future"),
    ]),
    {
      handler: "exit_entry",
      decision: prereview("exit_entry", "CR001"),
      outcome: windowVisit(
        doc(
          "出入境通行证",
          "Exit-Entry Pass",
          [applicantName, applicantId, ["前往地", "Destination", "destination"]],
          90,
        ),
      ),
    },
  ),
  CR020: configure(
    foreignerForm([
      select(
        "visaType",
        "现持签证种类",
        "Current visa type",
        options(
          ["L", "L 旅游", "L tourism"],
          ["M", "M 商贸", "M business"],
          ["F", "F 交流访问", "F exchange"],
          ["Q2", "Q2 探亲", "Q2 family visit"],
          ["S2", "S2 私人事务", "S2 private affairs"],
        ),
      ),
      select(
        "request",
        "申请事项",
        "Request",
        options(
          ["extension", "延期", "Extension"],
          ["renewal", "换发", "Renewal"],
          ["replacement", "补发", "Replacement"],
        ),
      ),
      date("requestedUntil", "申请停留至", "Stay requested until", "future"),
      textarea("statement", "申请理由", "Reasons", { maxLength: 500 }),
    ]),
    {
      handler: "exit_entry",
      decision: prereview("exit_entry", "CR030", 7),
      outcome: windowVisit(
        doc("外国人签证", "Visa for a foreign national", [
          ["外文姓名", "Name", "foreignName"],
          ["护照号码", "Passport", "passportNumber"],
          ["停留至", "Stay until", "requestedUntil"],
        ]),
      ),
    },
  ),
  CR021: configure(
    foreignerForm([
      text("employer", "聘用单位", "Employer"),
      text("workPermitNumber", "外国人工作许可证号", "Work permit number", {
        format: "document_number",
        maxLength: 30,
      }),
      text("position", "职务", "Position", { maxLength: 40 }),
    ]),
    {
      handler: "exit_entry",
      decision: prereview("exit_entry", "CR030", 15),
      outcome: windowVisit(
        doc("外国人工作类居留许可", "Work residence permit", [
          ["外文姓名", "Name", "foreignName"],
          ["护照号码", "Passport", "passportNumber"],
          ["聘用单位", "Employer", "employer"],
        ]),
      ),
    },
  ),
  CR022: configure(
    foreignerForm([
      select(
        "category",
        "申请类别",
        "Category",
        options(
          ["investment", "投资", "Investment"],
          ["employment", "任职", "Employment"],
          ["family", "家庭团聚", "Family reunion"],
          ["contribution", "特殊贡献", "Outstanding contribution"],
        ),
      ),
      textarea("statement", "申请理由", "Reasons", { maxLength: 1000 }),
    ]),
    {
      handler: "exit_entry",
      decision: prereview("exit_entry", "CR030", 15),
      outcome: windowVisit(
        doc("外国人永久居留身份证", "Foreign permanent resident ID card", [
          ["外文姓名", "Name", "foreignName"],
          ["国籍", "Nationality", "nationality"],
        ]),
      ),
    },
  ),
  CR023: configure(
    foreignerForm([
      date("arrivalDate", "入住日期", "Check-in date", "any"),
      date("departureDate", "预计离开日期", "Expected departure", "future"),
      text("hostName", "留宿人或接待单位", "Host or hosting organisation"),
    ]),
    {
      handler: "station",
      decision: review("station", 1),
      outcome: document(
        doc("境外人员住宿登记回执", "Accommodation registration slip", [
          ["外文姓名", "Name", "foreignName"],
          ["护照号码", "Passport", "passportNumber"],
          ["住址", "Address", "stayAddress"],
        ]),
      ),
    },
  ),
  CR026: configure(
    travelDocumentForm(
      [
        text("holderName", "持证人姓名", "Holder's name", { format: "person_name", maxLength: 40 }),
        reasonFor([
          ["lost", "遗失", "Lost"],
          ["damaged", "损毁", "Damaged"],
          ["expired", "有效期届满", "Expired"],
        ]),
      ],
      {
        documentTypes: options([
          "taiwan_compatriot",
          "台湾居民来往大陆通行证",
          "Mainland Travel Permit for Taiwan Residents",
        ]),
      },
    ),
    {
      handler: "exit_entry",
      decision: prereview("exit_entry", "CR030"),
      outcome: windowVisit(
        doc("台湾居民来往大陆通行证", "Mainland Travel Permit for Taiwan Residents", [
          ["持证人", "Holder", "holderName"],
        ]),
      ),
    },
  ),
  CR027: configure(
    travelDocumentForm(
      [
        text("holderName", "持证人姓名", "Holder's name", { format: "person_name", maxLength: 40 }),
        reasonFor([
          ["lost", "遗失", "Lost"],
          ["damaged", "损毁", "Damaged"],
          ["expired", "有效期届满", "Expired"],
          ["changed", "证件信息变更", "Changed details"],
        ]),
      ],
      { documentTypes: options(["home_return", "港澳居民来往内地通行证", "Home Return Permit"]) },
    ),
    {
      handler: "exit_entry",
      decision: prereview("exit_entry", "CR030"),
      outcome: windowVisit(doc("港澳居民来往内地通行证", "Home Return Permit", [["持证人", "Holder", "holderName"]])),
    },
  ),
  CR031: configure(
    genericForm(
      [
        text("borderArea", "前往边境管理区", "Border area to visit"),
        date("departureDate", "出发日期", "Departure", "future"),
        date("returnDate", "返回日期", "Return", "future"),
      ],
      ["前往事由", "Purpose of the trip"],
    ),
    {
      handler: "exit_entry",
      decision: prereview("exit_entry", "CR030", 3),
      outcome: windowVisit(
        doc(
          "边境管理区通行证",
          "Border area pass",
          [applicantName, applicantId, ["前往地区", "Area", "borderArea"]],
          90,
        ),
      ),
    },
  ),
  CR032: configure(
    genericForm([
      radio("settleTo", "定居地", "Where to settle", options(["hk", "香港", "Hong Kong"], ["macau", "澳门", "Macao"])),
      text("relativeName", "港澳亲属姓名", "Relative in Hong Kong or Macao", { maxLength: 40 }),
      select(
        "relation",
        "与亲属关系",
        "Relation",
        options(["spouse", "配偶", "Spouse"], ["parent", "父母", "Parent"], ["child", "子女", "Child"]),
      ),
    ]),
    {
      handler: "exit_entry",
      decision: prereview("exit_entry", "CR003", 20),
      outcome: windowVisit(
        doc("前往港澳通行证", "One-way permit to Hong Kong or Macao", [
          applicantName,
          applicantId,
          ["定居地", "Settling in", "settleTo"],
        ]),
      ),
    },
  ),
  CR034: configure(
    organisationForm([
      select(
        "invitationType",
        "邀请事由",
        "Purpose of invitations",
        options(
          ["business", "商务", "Business"],
          ["work", "工作", "Work"],
          ["exchange", "交流访问", "Exchange"],
          ["study", "学习", "Study"],
        ),
      ),
      text("contactPerson", "外事联系人", "Person handling foreign visitors", { format: "person_name", maxLength: 40 }),
    ]),
    {
      applicant: "organisation",
      handler: "exit_entry",
      decision: review("exit_entry", 5),
      outcome: document(doc("邀请单位备案回执", "Inviting organisation filing receipt", [companyName, uscc, unit])),
    },
  ),
  CR038: configure(
    travelDocumentForm([
      select(
        "changeItem",
        "变更项目",
        "What changes",
        options(
          ["name", "姓名", "Name"],
          ["sex", "性别", "Sex"],
          ["birthDate", "出生日期", "Date of birth"],
          ["birthPlace", "出生地", "Place of birth"],
        ),
      ),
      text("newValue", "变更后内容", "New details"),
    ]),
    {
      handler: "exit_entry",
      decision: prereview("exit_entry", "CR002"),
      outcome: windowVisit(
        doc("出入境证件（信息变更）", "Travel document with changed details", [
          applicantName,
          ["证件种类", "Document", "documentType"],
        ]),
      ),
      delivery: postOrWindow,
    },
  ),
  CR039: configure(
    genericForm([
      reasonFor(
        [
          ["bereavement", "奔丧", "A relative's funeral"],
          ["critical_illness", "探望危重病人", "Visiting a critically ill relative"],
          ["study", "出国（境）留学开学在即", "Start of studies abroad"],
          ["business", "紧急商务", "Urgent business"],
        ],
        "加急事由",
        "Why it is urgent",
      ),
      select(
        "documentType",
        "申请证件",
        "Document",
        options(
          ["passport", "普通护照", "Passport"],
          ["hk_macau_permit", "往来港澳通行证", "Permit to Hong Kong and Macao"],
          ["taiwan_permit", "往来台湾通行证", "Permit to Taiwan"],
        ),
      ),
      date("departureDate", "出境日期", "Departure date", "future"),
    ]),
    {
      handler: "exit_entry",
      decision: prereview("exit_entry", "CR030", 1),
      outcome: windowVisit(
        doc("出入境证件（加急）", "Travel document (urgent)", [
          applicantName,
          applicantId,
          ["证件", "Document", "documentType"],
        ]),
      ),
    },
  ),
  CR028: configure(
    personCertificateForm([
      date("periodFrom", "查询起始日期", "Records from", "past"),
      date("periodTo", "查询截止日期", "Records until", "any"),
    ]),
    {
      handler: "exit_entry",
      decision: auto("entry_exit_record_certificate", "exit_entry"),
      outcome: document(
        doc(
          "出入境记录证明",
          "Certificate of border crossing records",
          [
            applicantName,
            applicantId,
            ["起始日期", "From", "periodFrom"],
            ["截止日期", "Until", "periodTo"],
            ["用途", "Purpose", "purpose"],
          ],
          90,
        ),
      ),
      delivery: postOrWindow,
    },
  ),
};

/* ---------- traffic: the 车管所 ---------- */

const va = "vehicle_admin" as const;
const licenceFacts: Fact[] = [
  applicantName,
  ["档案编号", "File number", "archiveNumber"],
  ["准驾车型", "Class", "vehicleClass"],
];
const vehicleFacts: Fact[] = [applicantName, plate];

const traffic: Record<string, ServiceEngineConfig> = {
  JJ002: configure(
    form([
      section("vehicle", "新车信息", "The new vehicle", [
        select("plateType", "号牌种类", "Plate type", plateTypeOptions),
        text("vin", "车辆识别代号", "VIN", {
          maxLength: 17,
          hint: "17 位，见合格证或购车发票。",
          hintEn: "17 characters, on the certificate of conformity or the invoice.",
        }),
        text("invoiceNumber", "购车发票号码", "Purchase invoice number", { format: "document_number", maxLength: 30 }),
        text("chosenNumber", "选定的号牌号码", "The chosen plate number", { format: "plate_number", maxLength: 10 }),
      ]),
      contactSection(),
    ]),
    {
      handler: va,
      decision: review(va, 1),
      outcome: document(
        doc(
          "互联网选号确认单",
          "Plate number reservation",
          [applicantName, ["号牌号码", "Plate number", "chosenNumber"], ["车辆识别代号", "VIN", "vin"]],
          30,
        ),
      ),
    },
  ),
  JJ004: configure(
    vehicleForm([
      select(
        "changeItem",
        "变更事项",
        "What changes",
        options(
          ["colour", "改变车身颜色", "Body colour"],
          ["engine", "更换发动机", "Engine replaced"],
          ["body", "更换车身或车架", "Body or frame replaced"],
          ["use", "使用性质改变", "Use changed"],
          ["address", "所有人住所迁出或迁入", "Owner's address moved"],
        ),
      ),
      text("changeDetail", "变更后内容", "New details"),
    ]),
    {
      handler: va,
      decision: prereview(va, "JJ070"),
      outcome: windowVisit(
        doc("机动车变更登记", "Change of vehicle registration", [
          ...vehicleFacts,
          ["变更事项", "Change", "changeItem"],
        ]),
      ),
    },
  ),
  JJ005: configure(
    vehicleForm([
      text("mortgagee", "抵押权人名称", "Mortgagee"),
      text("contractNumber", "抵押合同编号", "Mortgage contract number", { format: "document_number", maxLength: 40 }),
    ]),
    {
      handler: va,
      decision: prereview(va, "JJ070"),
      outcome: windowVisit(
        doc("机动车抵押登记", "Vehicle mortgage registration", [
          ...vehicleFacts,
          ["抵押权人", "Mortgagee", "mortgagee"],
        ]),
      ),
    },
  ),
  JJ006: configure(
    vehicleForm([
      text("mortgagee", "抵押权人名称", "Mortgagee"),
      text("releaseNumber", "解除抵押证明编号", "Number of the release letter", {
        format: "document_number",
        maxLength: 40,
      }),
    ]),
    {
      handler: va,
      decision: prereview(va, "JJ070"),
      outcome: windowVisit(
        doc("解除机动车抵押登记", "Release of a vehicle mortgage", [
          ...vehicleFacts,
          ["抵押权人", "Mortgagee", "mortgagee"],
        ]),
      ),
    },
  ),
  JJ007: configure(
    vehicleForm([
      reasonFor(
        [
          ["scrapped", "已报废", "Scrapped"],
          ["destroyed", "灭失", "Destroyed or lost"],
          ["returned", "退车", "Returned to the seller"],
          ["exported", "出境不再入境", "Left the country for good"],
        ],
        "注销原因",
        "Why it is deregistered",
      ),
    ]),
    {
      handler: va,
      decision: prereview(va, "JJ070"),
      outcome: windowVisit(
        doc("机动车注销证明书", "Vehicle deregistration certificate", [
          ...vehicleFacts,
          ["注销原因", "Reason", "reason"],
        ]),
      ),
    },
  ),
  JJ008: configure(
    vehicleForm([
      text("destinationCity", "转入地车辆管理所", "Vehicle office of the new area"),
      field("newAddress", "address", "转入地住所", "Address in the new area", { required: true }),
    ]),
    {
      handler: va,
      decision: prereview(va, "JJ070"),
      outcome: windowVisit(
        doc("机动车档案转出", "Vehicle file transferred out", [...vehicleFacts, ["转入地", "To", "destinationCity"]]),
      ),
    },
  ),
  JJ009: configure(
    vehicleForm([
      reasonFor([
        ["lost", "遗失", "Lost"],
        ["stolen", "被盗", "Stolen"],
        ["damaged", "损毁", "Damaged"],
      ]),
    ]),
    {
      handler: va,
      decision: auto("plate_reissue", va),
      outcome: registerChange("vehicle_document_reissue"),
      delivery: postOrWindow,
    },
  ),
  JJ010: configure(
    vehicleForm([
      reasonFor([
        ["lost", "遗失", "Lost"],
        ["damaged", "损毁", "Damaged"],
        ["full", "签注栏已满", "No room for more entries"],
      ]),
    ]),
    {
      handler: va,
      decision: auto("vehicle_licence_reissue", va),
      outcome: registerChange("vehicle_document_reissue"),
      delivery: postOrWindow,
    },
  ),
  JJ011: configure(
    vehicleForm([
      reasonFor([
        ["lost", "遗失", "Lost"],
        ["damaged", "损毁", "Damaged"],
      ]),
    ]),
    {
      handler: va,
      decision: prereview(va, "JJ070"),
      outcome: windowVisit(doc("机动车登记证书", "Vehicle registration certificate", vehicleFacts)),
    },
  ),
  JJ012: configure(
    vehicleForm([
      text("insurancePolicy", "交强险保单号", "Compulsory insurance policy number", {
        format: "document_number",
        maxLength: 40,
      }),
      date("insuranceUntil", "交强险有效期至", "Insurance valid until", "future"),
    ]),
    {
      handler: va,
      decision: auto("inspection_exemption_label", va),
      outcome: registerChange("inspection_label"),
      delivery: postOrWindow,
    },
  ),
  JJ014: configure(
    form([
      section("vehicle", "车辆信息", "The vehicle", [
        text("vin", "车辆识别代号", "VIN", { maxLength: 17 }),
        reasonFor(
          [
            ["unregistered", "新购车辆尚未注册登记", "New vehicle not yet registered"],
            ["transfer", "转出登记后转入", "Moving to another area"],
            ["test", "科研、定型试验", "Testing"],
          ],
          "申领原因",
          "Why temporary plates",
        ),
        route(),
        ...period(),
      ]),
      contactSection(),
    ]),
    {
      handler: va,
      decision: review(va, 1),
      outcome: document(
        doc(
          "临时行驶车号牌",
          "Temporary plates",
          [applicantName, ["车辆识别代号", "VIN", "vin"], ["有效期至", "Valid until", "validTo"]],
          30,
        ),
      ),
      delivery: postOrWindow,
    },
  ),
  JJ018: configure(
    vehicleForm([
      text("inspectionStation", "检验机构名称", "Inspection station"),
      text("reportNumber", "检验报告编号", "Inspection report number", { format: "document_number", maxLength: 40 }),
    ]),
    {
      handler: va,
      decision: review(va, 1),
      outcome: registerChange("inspection_label"),
      delivery: postOrWindow,
    },
  ),
  JJ019: configure(
    vehicleForm([
      field("newPhone", "phone", "新的联系电话", "New phone number", { required: true }),
      field("newAddress", "address", "新的联系地址", "New postal address", { required: true }),
    ]),
    {
      handler: va,
      decision: auto("vehicle_owner_contact_change", va),
      outcome: registerChange("vehicle_owner_contact"),
    },
  ),
  JJ020: configure(
    organisationForm([transportPlate(), text("seats", "核定载客人数", "Approved seats", { maxLength: 4 }), route()]),
    {
      applicant: "organisation",
      handler: va,
      decision: prereview(va, "JJ070"),
      outcome: windowVisit(doc("校车标牌", "School bus plate", [companyName, plate])),
    },
  ),
  JJ025: configure(drivingLicenceForm([date("validUntil", "驾驶证有效期至", "Licence valid until", "any")]), {
    handler: va,
    decision: auto("licence_renewal", va),
    outcome: registerChange("licence_renewal"),
    delivery: postOrWindow,
  }),
  JJ026: configure(drivingLicenceForm(lossFields()), {
    handler: va,
    decision: auto("licence_reissue", va),
    outcome: registerChange("licence_reissue"),
    delivery: postOrWindow,
  }),
  JJ027: configure(
    drivingLicenceForm([textarea("damageDescription", "损毁情况", "How it is damaged", { maxLength: 300 })]),
    {
      handler: va,
      decision: review(va, 1),
      outcome: registerChange("licence_reissue"),
      delivery: postOrWindow,
    },
  ),
  JJ028: configure(
    drivingLicenceForm([
      select(
        "changeItem",
        "变更事项",
        "What changes",
        options(["name", "姓名", "Name"], ["idNumber", "公民身份号码", "ID number"], ["address", "住址", "Address"]),
      ),
      text("newValue", "变更后内容", "New details"),
    ]),
    {
      handler: va,
      decision: review(va, 1),
      outcome: document(
        doc("机动车驾驶证（信息变更换证）", "Driving licence with changed details", [
          ...licenceFacts,
          ["变更事项", "Change", "changeItem"],
        ]),
      ),
      delivery: postOrWindow,
    },
  ),
  JJ029: configure(
    drivingLicenceForm([
      date("examDate", "体检日期", "Date of the examination", "past"),
      text("hospital", "体检医疗机构", "Medical institution"),
    ]),
    {
      handler: va,
      decision: review(va, 1),
      outcome: document(
        doc("身体条件证明提交回执", "Medical certificate receipt", [
          ...licenceFacts,
          ["体检日期", "Examined on", "examDate"],
        ]),
      ),
    },
  ),
  JJ030: configure(
    drivingLicenceForm([
      radio(
        "studyDone",
        "是否已完成审验教育",
        "Review education completed",
        options(["yes", "已完成", "Completed"], ["no", "未完成", "Not yet"]),
      ),
    ]),
    {
      handler: va,
      decision: review(va, 1),
      outcome: document(doc("驾驶证审验合格证明", "Driving licence review passed", licenceFacts)),
    },
  ),
  JJ031: configure(drivingLicenceForm(postponeFields("换证", "Renewal")), {
    handler: va,
    decision: review(va, 1),
    outcome: document(
      doc("延期换领驾驶证通知", "Postponed licence renewal", [
        ...licenceFacts,
        ["延期至", "Postponed until", "postponeUntil"],
      ]),
    ),
  }),
  JJ032: configure(drivingLicenceForm(postponeFields("审验", "Review")), {
    handler: va,
    decision: review(va, 1),
    outcome: document(
      doc("延期审验通知", "Postponed licence review", [
        ...licenceFacts,
        ["延期至", "Postponed until", "postponeUntil"],
      ]),
    ),
  }),
  JJ033: configure(drivingLicenceForm(postponeFields("提交身体条件证明", "Medical certificate")), {
    handler: va,
    decision: review(va, 1),
    outcome: document(
      doc("延期提交身体条件证明通知", "Postponed medical certificate", [
        ...licenceFacts,
        ["延期至", "Postponed until", "postponeUntil"],
      ]),
    ),
  }),
  JJ034: configure(drivingLicenceForm([textarea("reasonText", "注销原因", "Why you cancel it", { maxLength: 300 })]), {
    handler: va,
    decision: prereview(va, "JJ070", 1),
    outcome: windowVisit(doc("机动车驾驶证注销证明", "Driving licence cancellation", licenceFacts)),
  }),
  JJ035: configure(
    drivingLicenceForm([
      date("cancelledDate", "驾驶证被注销日期", "When it was cancelled", "past"),
      reasonFor(
        [
          ["expired", "超过有效期未换证", "Not renewed in time"],
          ["medical", "未提交身体条件证明", "No medical certificate"],
          ["review", "未按期审验", "Review missed"],
        ],
        "注销原因",
        "Why it was cancelled",
      ),
    ]),
    {
      handler: va,
      decision: prereview(va, "JJ070"),
      outcome: windowVisit(doc("恢复驾驶资格", "Driving entitlement restored", licenceFacts)),
      delivery: postOrWindow,
    },
  ),
  JJ038: configure(drivingLicenceForm([]), {
    handler: va,
    decision: auto("electronic_licence", va),
    outcome: registerChange("electronic_licence"),
  }),
  JJ039: configure(
    drivingLicenceForm([
      date("fullPointsDate", "记满 12 分日期", "Date 12 points were reached", "past"),
      select(
        "studyMode",
        "学习方式",
        "How you study",
        options(["online", "网上学习", "Online"], ["classroom", "现场学习", "In class"]),
      ),
    ]),
    {
      handler: va,
      decision: review(va, 3),
      outcome: document(
        doc("满分学习报名确认", "Full-points education enrolment", [
          ...licenceFacts,
          ["学习方式", "Mode", "studyMode"],
        ]),
      ),
    },
  ),
  JJ040: configure(
    drivingLicenceForm([
      select(
        "studyKind",
        "减分方式",
        "How points are reduced",
        options(
          ["study", "网上学法", "Online study"],
          ["service", "现场参加交通安全公益活动", "Road safety volunteering"],
        ),
      ),
    ]),
    {
      handler: va,
      decision: review(va, 3),
      outcome: document(doc("学法减分结果告知", "Points reduced by study", licenceFacts)),
    },
  ),
  JJ041: configure(
    form([
      section("foreignLicence", "境外驾驶证", "Foreign driving licence", [
        text("foreignLicenceNumber", "境外驾驶证号码", "Foreign licence number", {
          format: "document_number",
          maxLength: 30,
        }),
        text("issuingCountry", "签发国家（地区）", "Issuing country or region", { maxLength: 40 }),
        date("foreignValidUntil", "有效期至", "Valid until", "future"),
        select("vehicleClass", "申请准驾车型", "Class applied for", licenceClassOptions),
      ]),
      contactSection(),
    ]),
    {
      handler: va,
      decision: prereview(va, "JJ070"),
      outcome: windowVisit(
        doc("机动车驾驶证", "Driving licence", [applicantName, applicantId, ["准驾车型", "Class", "vehicleClass"]]),
      ),
      delivery: postOrWindow,
    },
  ),
  JJ042: configure(
    form([
      section("militaryLicence", "军队、武警驾驶证", "Military driving licence", [
        text("militaryLicenceNumber", "军队、武警驾驶证号码", "Military licence number", {
          format: "document_number",
          maxLength: 30,
        }),
        text("militaryUnit", "原发证单位", "Issuing unit"),
        select("vehicleClass", "申请准驾车型", "Class applied for", licenceClassOptions),
      ]),
      contactSection(),
    ]),
    {
      handler: va,
      decision: prereview(va, "JJ070"),
      outcome: windowVisit(
        doc("机动车驾驶证", "Driving licence", [applicantName, applicantId, ["准驾车型", "Class", "vehicleClass"]]),
      ),
      delivery: postOrWindow,
    },
  ),
  JJ048: configure(
    vehicleForm([
      text("violationNumber", "违法记录或决定书编号", "Violation record or decision number", {
        format: "document_number",
        maxLength: 40,
      }),
      date("violationDate", "违法时间", "Date of the violation", "past"),
      textarea("disputeReason", "申诉理由", "Why you dispute it", { maxLength: 1000 }),
    ]),
    {
      handler: va,
      decision: review(va, 5),
      outcome: document(
        doc("交通违法申诉处理结果", "Traffic violation dispute decision", [
          ...vehicleFacts,
          ["违法记录编号", "Record", "violationNumber"],
        ]),
      ),
    },
  ),
  JJ049: configure(
    placeForm(
      section("blocking", "挪车信息", "The vehicle to move", [
        text("plateNumber", "需挪动车辆号牌号码", "Plate of the vehicle to move", {
          format: "plate_number",
          maxLength: 10,
        }),
        placeStation("停车地点所在地派出所", "Police station covering the place"),
        text("location", "停车地点", "Where it is parked"),
      ]),
    ),
    {
      handler: "station",
      decision: review("station", 1),
      outcome: document(
        doc("挪车提醒受理回执", "Move-vehicle request receipt", [applicantName, plate, ["地点", "Place", "location"]]),
      ),
    },
  ),
  JJ059: configure(
    custodyCaseForm(
      [
        text("determinationNumber", "事故认定书编号", "Accident determination number", {
          format: "document_number",
          maxLength: 40,
        }),
        date("receivedDate", "收到认定书日期", "Date the determination was received", "past"),
        textarea("reviewReason", "复核请求和理由", "What you ask and why", { maxLength: 1000 }),
      ],
      { detainee: false },
    ),
    {
      handler: va,
      decision: prereview(va, "JJ058", 30),
      outcome: windowVisit(
        doc("道路交通事故认定复核结论", "Accident determination review", [
          applicantName,
          ["认定书编号", "Determination", "determinationNumber"],
        ]),
      ),
    },
  ),
  JJ061: configure(
    vehicleForm([
      text("accidentNumber", "事故编号", "Accident number", { format: "document_number", maxLength: 40 }),
      textarea("items", "领取的车辆和物品", "Vehicle and items to collect", { maxLength: 500 }),
    ]),
    {
      handler: va,
      decision: prereview(va, "JJ058", 3),
      outcome: windowVisit(
        doc("事故车辆物品领取凭证", "Release of accident vehicle and items", [
          ...vehicleFacts,
          ["事故编号", "Accident", "accidentNumber"],
        ]),
      ),
    },
  ),
  JJ065: configure(vehicleForm([route(), ...period()]), {
    handler: va,
    decision: review(va, 3),
    outcome: document(
      doc(
        "货车城区通行证",
        "Urban access pass for lorries",
        [...vehicleFacts, ["有效期至", "Valid until", "validTo"]],
        365,
      ),
    ),
    delivery: postOrWindow,
  }),
  JJ066: configure(
    organisationForm([
      transportPlate(),
      select(
        "cargoClass",
        "危险货物类别",
        "Class of dangerous goods",
        options(
          ["1", "第1类 爆炸品", "Class 1 explosives"],
          ["2", "第2类 气体", "Class 2 gases"],
          ["3", "第3类 易燃液体", "Class 3 flammable liquids"],
          ["8", "第8类 腐蚀性物质", "Class 8 corrosives"],
          ["9", "第9类 杂项危险物质", "Class 9 miscellaneous"],
        ),
      ),
      route(),
      ...period(),
    ]),
    {
      applicant: "organisation",
      handler: va,
      decision: review(va, 5),
      outcome: document(
        doc("危险货物运输车辆通行证", "Pass for dangerous goods vehicles", [
          companyName,
          plate,
          ["有效期至", "Valid until", "validTo"],
        ]),
      ),
    },
  ),
  JJ067: configure(
    organisationForm([
      chemical("剧毒化学品品名", "Highly toxic chemical"),
      quantity(),
      licenceNumber("剧毒化学品购买许可证编号", "Purchase permit number"),
      transportPlate(),
      route(),
    ]),
    {
      applicant: "organisation",
      handler: va,
      decision: prereview(va, "JJ070", 7),
      outcome: windowVisit(
        doc("剧毒化学品道路运输通行证", "Road transport pass for highly toxic chemicals", [
          companyName,
          ["品名", "Chemical", "chemicalName"],
          ["数量", "Quantity", "quantity"],
          plate,
        ]),
      ),
    },
  ),
  JJ068: configure(
    drivingLicenceForm([
      text("schoolName", "拟驾驶校车所属学校或单位", "School or operator of the bus"),
      text("drivingYears", "累计驾驶年限", "Years of driving", { maxLength: 3 }),
    ]),
    {
      handler: va,
      decision: prereview(va, "JJ070"),
      outcome: windowVisit(
        doc("校车驾驶资格", "School bus driver qualification", [...licenceFacts, ["学校", "School", "schoolName"]]),
      ),
    },
  ),
  JJ071: configure(
    personCertificateForm([
      text("archiveNumber", "驾驶证档案编号", "Licence file number", { format: "document_number", maxLength: 20 }),
    ]),
    {
      handler: va,
      decision: review(va, 1),
      outcome: document(
        doc(
          "驾驶人安全驾驶证明",
          "Safe driving record certificate",
          [applicantName, applicantId, ["档案编号", "File number", "archiveNumber"], ["用途", "Purpose", "purpose"]],
          90,
        ),
      ),
      delivery: postOrWindow,
    },
  ),
  JJ073: configure(
    placeForm(
      section("works", "施工信息", "The road works", [
        text("constructor", "施工单位", "Contractor"),
        placeStation("施工地点所在地派出所", "Police station covering the site"),
        text("location", "施工路段", "Road section"),
        ...period(),
        textarea("trafficPlan", "交通组织方案", "Traffic management plan", { maxLength: 1000 }),
      ]),
    ),
    {
      applicant: "organisation",
      handler: va,
      decision: prereview(va, "JJ070", 5),
      outcome: windowVisit(
        doc("占道施工交通安全审批意见", "Traffic safety approval for road works", [
          ["施工单位", "Contractor", "constructor"],
          ["路段", "Section", "location"],
          ["截止日期", "Until", "validTo"],
        ]),
      ),
    },
  ),
  JJ075: configure(vehicleForm([acceptanceNumber()]), {
    handler: va,
    decision: review(va, 1),
    outcome: document(
      doc("机动车号牌邮寄确认", "Licence plate postal delivery", [
        ...vehicleFacts,
        ["受理回执编号", "Receipt number", "acceptanceNumber"],
      ]),
    ),
    delivery: postOrWindow,
  }),
};

/* ---------- public order ---------- */

const po = "public_order" as const;
const orgFacts: Fact[] = [companyName, uscc, ["经营场所", "Premises", "premisesAddress"]];
const filingReceipt = (title: string, titleEn: string, extra: Fact[] = []) =>
  document(doc(title, titleEn, [...orgFacts, ...extra, number]));
const licence = (title: string, titleEn: string, extra: Fact[] = []) =>
  document(doc(title, titleEn, [...orgFacts, ...extra, unit]));
const orgFiling = (own: FormField[], title: string, titleEn: string, handler: Handler = "station") =>
  configure(organisationForm(own), {
    applicant: "organisation",
    handler,
    decision: auto("formal_filing", handler),
    outcome: filingReceipt(title, titleEn),
  });
const orgWindow = (own: FormField[], handler: Handler, appointment: string, template: DocumentTemplate, slaDays = 10) =>
  configure(organisationForm(own), {
    applicant: "organisation",
    handler,
    decision: prereview(handler, appointment, slaDays),
    outcome: windowVisit(template),
  });

const publicOrder: Record<string, ServiceEngineConfig> = {
  ZA001: configure(
    organisationForm([
      text("rooms", "客房数量", "Number of rooms", { maxLength: 5 }),
      text("fireApproval", "消防安全检查合格证明编号", "Fire safety approval number", {
        format: "document_number",
        maxLength: 40,
      }),
    ]),
    {
      applicant: "organisation",
      handler: "station",
      decision: reviewAndApprove("station", 5, 15),
      outcome: licence("特种行业许可证（旅馆业）", "Special trade licence (hotel)"),
    },
  ),
  ZA002: configure(
    organisationForm([
      licenceNumber("特种行业许可证编号", "Licence number"),
      select(
        "changeItem",
        "变更事项",
        "What changes",
        options(
          ["name", "名称", "Name"],
          ["representative", "法定代表人或负责人", "Person in charge"],
          ["rooms", "客房数量", "Rooms"],
          ["address", "经营地址", "Address"],
        ),
      ),
      text("newValue", "变更后内容", "New details"),
    ]),
    {
      applicant: "organisation",
      handler: "station",
      decision: review("station", 5),
      outcome: licence("特种行业许可证（旅馆业，变更）", "Hotel licence (changed)", [
        ["变更事项", "Change", "changeItem"],
      ]),
    },
  ),
  ZA003: configure(
    organisationForm(
      [
        select(
          "sealType",
          "印章种类",
          "Kind of seal",
          options(
            ["official", "单位公章", "Official seal"],
            ["finance", "财务专用章", "Finance seal"],
            ["contract", "合同专用章", "Contract seal"],
            ["invoice", "发票专用章", "Invoice seal"],
            ["legal_person", "法定代表人名章", "Representative's seal"],
          ),
        ),
        text("engraver", "刻制企业名称", "Seal engraver"),
      ],
      { scopeLabel: ["用章事由", "Why the seal is needed"] },
    ),
    {
      applicant: "organisation",
      handler: po,
      decision: auto("formal_filing", po),
      outcome: filingReceipt("公章刻制备案回执", "Seal filing receipt", [["印章种类", "Seal", "sealType"]]),
    },
  ),
  ZA004: configure(
    organisationForm([
      text("equipment", "刻制设备", "Engraving equipment"),
      text("staffCount", "从业人员人数", "Number of staff", { maxLength: 4 }),
    ]),
    {
      applicant: "organisation",
      handler: "station",
      decision: reviewAndApprove("station", 5, 15),
      outcome: licence("特种行业许可证（印章刻制业）", "Special trade licence (seal engraving)"),
    },
  ),
  ZA005: configure(
    organisationForm([
      text("registeredCapital", "注册资本（万元）", "Registered capital (10,000 yuan)", { maxLength: 12 }),
      licenceNumber("典当经营许可证编号", "Pawnbroking permit number"),
    ]),
    {
      applicant: "organisation",
      handler: "station",
      decision: reviewAndApprove("station", 5, 15),
      outcome: licence("特种行业许可证（典当业）", "Special trade licence (pawnbroking)"),
    },
  ),
  ZA006: orgWindow(
    [
      text("registeredCapital", "注册资本（万元）", "Registered capital (10,000 yuan)", { maxLength: 12 }),
      text("managers", "拟任保安管理人员", "Proposed security managers", { maxLength: 200 }),
    ],
    po,
    "ZH009",
    doc("保安服务许可证", "Security services licence", [...orgFacts, unit]),
    20,
  ),
  ZA007: configure(
    genericForm(
      [
        text("trainingInstitution", "保安培训单位", "Training institution"),
        date("examDate", "考试日期", "Examination date", "past"),
        select(
          "education",
          "文化程度",
          "Education",
          options(
            ["high_school", "高中及以上", "Senior high school or above"],
            ["junior_high", "初中", "Junior high school"],
          ),
        ),
      ],
      ["从业经历", "Work history"],
    ),
    {
      handler: po,
      decision: review(po, 15),
      outcome: document(doc("保安员证", "Security guard certificate", [applicantName, applicantId, unit])),
      delivery: postOrWindow,
    },
  ),
  ZA008: orgFiling(
    [
      text("guardCount", "自行招用保安员人数", "Number of in-house guards", { maxLength: 5 }),
      text("securityManager", "保安负责人", "Head of security", { format: "person_name", maxLength: 40 }),
    ],
    "自行招用保安员单位备案回执",
    "In-house security guards filing receipt",
  ),
  ZA009: configure(
    placeForm(
      section("event", "活动信息", "The event", [
        text("organizer", "承办单位", "Organiser"),
        text("uscc", "统一社会信用代码", "Unified social credit code", { format: "document_number", maxLength: 18 }),
        text("eventName", "活动名称", "Name of the event"),
        placeStation(),
        text("venue", "活动场所", "Venue"),
        date("eventDate", "活动日期", "Date of the event", "future"),
        text("attendance", "预计参加人数", "Expected attendance", { maxLength: 8 }),
        textarea("securityPlan", "安全工作方案摘要", "Summary of the security plan", { maxLength: 1000 }),
      ]),
    ),
    {
      applicant: "organisation",
      handler: po,
      decision: prereview(po, "ZH009", 7),
      outcome: windowVisit(
        doc("大型群众性活动安全许可决定书", "Safety licence for a large public event", [
          ["承办单位", "Organiser", "organizer"],
          ["活动名称", "Event", "eventName"],
          ["日期", "Date", "eventDate"],
        ]),
      ),
    },
  ),
  ZA010: configure(
    placeForm(
      section("assembly", "集会游行示威", "The assembly", [
        select(
          "form",
          "举行方式",
          "Kind",
          options(
            ["assembly", "集会", "Assembly"],
            ["procession", "游行", "Procession"],
            ["demonstration", "示威", "Demonstration"],
          ),
        ),
        textarea("purpose", "目的", "Purpose", { maxLength: 500 }),
        placeStation("起止地点所在地派出所", "Police station covering the place"),
        text("placeOrRoute", "起止地点和路线", "Place and route"),
        date("eventDate", "日期", "Date", "future"),
        text("participants", "参加人数", "Number of participants", { maxLength: 8 }),
        text("responsiblePersons", "负责人姓名", "Persons in charge", { maxLength: 100 }),
      ]),
    ),
    {
      handler: "county_bureau",
      decision: prereview("county_bureau", "ZH009", 2),
      outcome: windowVisit(
        doc("集会游行示威许可决定书", "Decision on an assembly", [
          applicantName,
          ["方式", "Kind", "form"],
          ["日期", "Date", "eventDate"],
        ]),
      ),
    },
  ),
  ZA011: configure(
    placeForm(
      section("fireworks", "焰火燃放", "The display", [
        text("organizer", "举办单位", "Organiser"),
        placeStation("燃放地点所在地派出所", "Police station covering the site"),
        text("site", "燃放地点", "Site"),
        date("eventDate", "燃放日期", "Date", "future"),
        text("operator", "燃放作业单位", "Display operator"),
        select(
          "grade",
          "焰火晚会级别",
          "Grade",
          options(
            ["A", "A 级", "Grade A"],
            ["B", "B 级", "Grade B"],
            ["C", "C 级", "Grade C"],
            ["D", "D 级", "Grade D"],
          ),
        ),
      ]),
    ),
    {
      applicant: "organisation",
      handler: po,
      decision: prereview(po, "ZH009", 10),
      outcome: windowVisit(
        doc("焰火燃放许可证", "Fireworks display permit", [
          ["举办单位", "Organiser", "organizer"],
          ["地点", "Site", "site"],
          ["日期", "Date", "eventDate"],
        ]),
      ),
    },
  ),
  ZA012: orgWindow(
    [
      text("fireworksClass", "烟花爆竹类别和级别", "Category and class of fireworks"),
      quantity(),
      transportPlate(),
      route(),
    ],
    po,
    "ZH009",
    doc("烟花爆竹道路运输许可证", "Road transport permit for fireworks", [
      companyName,
      ["数量", "Quantity", "quantity"],
      plate,
    ]),
    3,
  ),
  ZA013: orgWindow(
    [
      text("explosiveName", "民用爆炸物品品名", "Explosive"),
      quantity(),
      textarea("usePurpose", "用途", "What it is for", { maxLength: 300 }),
    ],
    po,
    "ZH009",
    doc("民用爆炸物品购买许可证", "Purchase permit for civil explosives", [
      companyName,
      ["品名", "Explosive", "explosiveName"],
      ["数量", "Quantity", "quantity"],
    ]),
    5,
  ),
  ZA014: orgWindow(
    [text("explosiveName", "民用爆炸物品品名", "Explosive"), quantity(), transportPlate(), route()],
    po,
    "ZH009",
    doc("民用爆炸物品运输许可证", "Transport permit for civil explosives", [
      companyName,
      ["品名", "Explosive", "explosiveName"],
      plate,
    ]),
    3,
  ),
  ZA015: orgWindow(
    [
      select(
        "qualificationLevel",
        "申请资质等级",
        "Qualification level",
        options(
          ["1", "一级", "Level 1"],
          ["2", "二级", "Level 2"],
          ["3", "三级", "Level 3"],
          ["4", "四级", "Level 4"],
          ["none", "非营业性", "Non-commercial"],
        ),
      ),
      text("technicians", "爆破工程技术人员人数", "Number of blasting engineers", { maxLength: 4 }),
    ],
    po,
    "ZH009",
    doc("爆破作业单位许可证", "Blasting contractor licence", [
      ...orgFacts,
      ["资质等级", "Level", "qualificationLevel"],
    ]),
    20,
  ),
  ZA016: orgWindow(
    [
      text("projectName", "爆破作业项目名称", "Blasting project"),
      text("projectSite", "作业地点", "Site"),
      date("blastingDate", "计划爆破日期", "Planned date", "future"),
    ],
    po,
    "ZH009",
    doc("爆破作业项目许可", "Blasting project approval", [
      companyName,
      ["项目", "Project", "projectName"],
      ["地点", "Site", "projectSite"],
    ]),
    20,
  ),
  ZA017: orgWindow(
    [
      chemical("剧毒化学品品名", "Highly toxic chemical"),
      quantity(),
      textarea("usePurpose", "用途", "What it is for", { maxLength: 300 }),
    ],
    po,
    "ZH009",
    doc(
      "剧毒化学品购买许可证",
      "Purchase permit for highly toxic chemicals",
      [companyName, ["品名", "Chemical", "chemicalName"], ["数量", "Quantity", "quantity"]],
      90,
    ),
    3,
  ),
  ZA018: configure(
    organisationForm([
      chemical("易制爆危险化学品品名", "Chemical usable for explosives"),
      quantity(),
      radio("tradeType", "交易类型", "Trade", options(["sale", "销售", "Sale"], ["purchase", "购买", "Purchase"])),
      text("counterparty", "交易对方单位", "Counterparty"),
    ]),
    {
      applicant: "organisation",
      handler: po,
      decision: auto("formal_filing", po),
      outcome: filingReceipt("易制爆危险化学品销售购买备案回执", "Chemicals usable for explosives: filing receipt", [
        ["品名", "Chemical", "chemicalName"],
        ["数量", "Quantity", "quantity"],
      ]),
    },
  ),
  ZA019: orgWindow(
    [
      text("holderName", "持枪人姓名", "Holder", { format: "person_name", maxLength: 40 }),
      text("gunType", "枪支型号", "Gun model"),
      text("gunNumber", "枪号", "Gun number", { format: "document_number", maxLength: 30 }),
    ],
    po,
    "ZH009",
    doc("公务用枪持枪证件", "Official firearm licence", [
      companyName,
      ["持枪人", "Holder", "holderName"],
      ["枪号", "Gun number", "gunNumber"],
    ]),
    15,
  ),
  ZA020: orgWindow(
    [
      select(
        "gunKind",
        "枪支种类",
        "Kind of firearm",
        options(
          ["hunting", "猎枪", "Hunting gun"],
          ["tranquilliser", "麻醉注射枪", "Tranquilliser gun"],
          ["sport", "运动枪支", "Sports gun"],
        ),
      ),
      quantity("配购数量", "Number"),
      textarea("usePurpose", "用途", "What it is for", { maxLength: 300 }),
    ],
    po,
    "ZH009",
    doc("民用枪支配购证", "Permit to buy civilian firearms", [
      companyName,
      ["种类", "Kind", "gunKind"],
      ["数量", "Number", "quantity"],
    ]),
    15,
  ),
  ZA021: configure(
    genericForm(
      [
        text("dogName", "犬名", "Dog's name", { maxLength: 20 }),
        text("breed", "品种", "Breed", { maxLength: 40 }),
        radio("dogSex", "性别", "Sex", options(["M", "公", "Male"], ["F", "母", "Female"])),
        text("vaccinationNumber", "狂犬病免疫证号", "Rabies vaccination certificate number", {
          format: "document_number",
          maxLength: 30,
        }),
        field("keptAt", "address", "饲养地址", "Where the dog is kept", { required: true }),
      ],
      ["补充说明", "Anything else"],
    ),
    {
      handler: "station",
      decision: review("station", 3),
      outcome: document(
        doc(
          "犬只登记证",
          "Dog registration certificate",
          [applicantName, ["犬名", "Dog", "dogName"], ["品种", "Breed", "breed"]],
          365,
        ),
      ),
      delivery: postOrWindow,
    },
  ),
  ZA022: configure(
    genericForm(
      [
        licenceNumber("犬只登记证号", "Dog registration number"),
        text("vaccinationNumber", "狂犬病免疫证号", "Rabies vaccination certificate number", {
          format: "document_number",
          maxLength: 30,
        }),
        date("vaccinatedOn", "最近一次免疫日期", "Last vaccination", "past"),
      ],
      ["补充说明", "Anything else"],
    ),
    {
      handler: "station",
      decision: auto("dog_annual_inspection", "station"),
      outcome: registerChange("dog_annual_inspection"),
    },
  ),
  ZA023: orgFiling(
    [text("technicians", "开锁从业人员人数", "Number of locksmiths", { maxLength: 4 })],
    "开锁企业备案回执",
    "Locksmith filing receipt",
  ),
  ZA024: orgFiling(
    [text("scrapTypes", "收购的废旧金属种类", "Kinds of scrap metal bought")],
    "废旧金属收购业备案回执",
    "Scrap metal buyer filing receipt",
  ),
  ZA025: orgFiling(
    [
      select(
        "repairCategory",
        "维修类别",
        "Repair category",
        options(
          ["1", "一类维修", "Category 1"],
          ["2", "二类维修", "Category 2"],
          ["3", "三类专项维修", "Category 3 (specialised)"],
        ),
      ),
    ],
    "机动车修理业备案回执",
    "Vehicle repair shop filing receipt",
  ),
  ZA026: configure(
    organisationForm([licenceNumber("报废机动车回收拆解资质认定书编号", "Scrapping qualification number")]),
    {
      applicant: "organisation",
      handler: "station",
      decision: review("station", 5),
      outcome: filingReceipt("报废机动车回收业备案回执", "Vehicle scrapping business filing receipt"),
    },
  ),
  ZA027: orgFiling(
    [
      select(
        "venueType",
        "场所类型",
        "Kind of venue",
        options(["ktv", "歌舞娱乐场所", "Karaoke and dance"], ["games", "游艺娱乐场所", "Amusement arcade"]),
      ),
      text("area", "营业面积（平方米）", "Floor area (m²)", { maxLength: 8 }),
    ],
    "娱乐场所备案回执",
    "Entertainment venue filing receipt",
  ),
  ZA028: configure(
    placeForm(
      section("rental", "出租房屋", "The rented housing", [
        placeStation("出租房屋所在地派出所", "Police station covering the housing"),
        field("houseAddress", "address", "出租房屋地址", "Address of the housing", { required: true }),
        text("ownershipCertificate", "房屋权属证明编号", "Ownership certificate number", {
          format: "document_number",
          maxLength: 40,
        }),
        text("tenantName", "承租人姓名", "Tenant", { format: "person_name", maxLength: 40 }),
        field("tenantIdNumber", "id_number", "承租人公民身份号码", "Tenant's ID number", { required: true }),
        ...period(),
      ]),
    ),
    {
      handler: "station",
      decision: review("station", 3),
      outcome: document(
        doc("出租房屋登记回执", "Rented housing registration slip", [
          applicantName,
          ["房屋地址", "Address", "houseAddress"],
          ["承租人", "Tenant", "tenantName"],
        ]),
      ),
    },
  ),
  ZA029: configure(personCertificateForm([]), {
    handler: "station",
    decision: auto("no_criminal_record_certificate", "station"),
    outcome: document(
      doc(
        "无犯罪记录证明",
        "Certificate of no criminal record",
        [applicantName, applicantId, ["用途", "Purpose", "purpose"], ["使用单位", "Used by", "usedBy"], unit],
        90,
      ),
    ),
    delivery: postOrWindow,
  }),
  ZA031: configure(
    placeForm(
      section("dispute", "纠纷情况", "The dispute", [
        text("otherParty", "对方当事人姓名", "The other party", { format: "person_name", maxLength: 40 }),
        date("incidentDate", "发生日期", "When it happened", "past"),
        placeStation("发生地所在地派出所", "Police station covering the place"),
        text("incidentPlace", "发生地点", "Where it happened"),
        textarea("statement", "事情经过和调解请求", "What happened and what you ask", { maxLength: 1000 }),
      ]),
    ),
    {
      handler: "station",
      decision: review("station", 10),
      outcome: document(
        doc("治安调解受理结果", "Public order mediation outcome", [
          applicantName,
          ["对方当事人", "Other party", "otherParty"],
          unit,
        ]),
      ),
    },
  ),
  ZA032: orgFiling(
    [
      radio(
        "recordSystem",
        "是否使用回收登记系统",
        "Uses a purchase register system",
        options(["yes", "是", "Yes"], ["no", "否", "No"]),
      ),
    ],
    "二手手机回收商户备案回执",
    "Second-hand phone dealer filing receipt",
  ),
  ZA033: orgFiling(
    [
      text("brand", "所属寄递品牌", "Courier brand"),
      select(
        "outletType",
        "网点类型",
        "Kind of outlet",
        options(
          ["branch", "分支机构", "Branch"],
          ["franchise", "加盟网点", "Franchise"],
          ["terminal", "末端网点", "Last-mile outlet"],
        ),
      ),
    ],
    "寄递企业安全管理备案回执",
    "Courier outlet security filing receipt",
  ),
  ZA037: configure(
    organisationForm([
      text("employeeName", "从业人员姓名", "Employee", { format: "person_name", maxLength: 40 }),
      field("employeeIdNumber", "id_number", "从业人员公民身份号码", "Employee's ID number", { required: true }),
      text("position", "岗位", "Position", { maxLength: 40 }),
      date("hiredOn", "入职日期", "Hired on", "any"),
    ]),
    {
      applicant: "organisation",
      handler: "station",
      decision: auto("special_trade_employee", "station"),
      outcome: registerChange("special_trade_employee"),
    },
  ),
  ZA038: configure(
    organisationForm([
      licenceNumber("特种行业许可证编号", "Hotel licence number"),
      text("operatorName", "系统操作员姓名", "System operator", { format: "person_name", maxLength: 40 }),
      field("operatorPhone", "phone", "操作员手机号", "Operator's mobile", { required: true }),
    ]),
    {
      applicant: "organisation",
      handler: "station",
      decision: review("station", 3),
      outcome: document(
        doc("旅馆业治安管理信息系统账号开通通知", "Hotel guest system account", [
          companyName,
          ["操作员", "Operator", "operatorName"],
          unit,
        ]),
      ),
    },
  ),
  ZA039: configure(
    placeForm(
      section("homestay", "民宿短租房屋", "The short-term rental", [
        placeStation("房屋所在地派出所", "Police station covering the housing"),
        field("houseAddress", "address", "房屋地址", "Address", { required: true }),
        text("rooms", "可出租房间数", "Rooms let", { maxLength: 4 }),
        text("platform", "发布平台", "Booking platform", { required: false }),
        text("ownershipCertificate", "房屋权属证明编号", "Ownership certificate number", {
          format: "document_number",
          maxLength: 40,
        }),
      ]),
    ),
    {
      handler: "station",
      decision: review("station", 3),
      outcome: document(
        doc("民宿短租房屋登记回执", "Short-term rental registration slip", [
          applicantName,
          ["房屋地址", "Address", "houseAddress"],
        ]),
      ),
    },
  ),
};

/* ---------- cyber security, narcotics, custody, cases, general ---------- */

const cyberFiling = (own: FormField[], title: string, titleEn: string, slaDays = 10) =>
  configure(organisationForm(own), {
    applicant: "organisation",
    handler: "cyber",
    decision: review("cyber", slaDays),
    outcome: licence(title, titleEn),
  });

const cyber: Record<string, ServiceEngineConfig> = {
  WA001: cyberFiling(
    [
      text("websiteName", "网站名称", "Website name"),
      text("domain", "网站域名", "Domain", { maxLength: 100 }),
      text("icpNumber", "ICP 备案号", "ICP filing number", { format: "document_number", maxLength: 40 }),
    ],
    "互联网站公安联网备案回执",
    "Website police registration receipt",
  ),
  WA002: cyberFiling(
    [
      text("appName", "应用程序名称", "App name"),
      select(
        "platform",
        "发布平台",
        "Platform",
        options(
          ["android", "安卓应用商店", "Android stores"],
          ["ios", "苹果 App Store", "Apple App Store"],
          ["mini", "小程序", "Mini program"],
        ),
      ),
      text("icpNumber", "ICP 备案号", "ICP filing number", { format: "document_number", maxLength: 40 }),
    ],
    "互联网应用程序公安联网备案回执",
    "App police registration receipt",
  ),
  WA003: cyberFiling(
    [
      text("systemName", "定级系统名称", "System"),
      select(
        "level",
        "安全保护等级",
        "Protection level",
        options(["2", "第二级", "Level 2"], ["3", "第三级", "Level 3"], ["4", "第四级", "Level 4"]),
      ),
    ],
    "信息系统安全等级保护备案证明",
    "Classified protection filing certificate",
  ),
  WA004: cyberFiling(
    [
      text("terminals", "上网终端数量", "Number of terminals", { maxLength: 5 }),
      licenceNumber("网络文化经营许可证编号", "Internet culture licence number"),
    ],
    "互联网上网服务营业场所信息安全审核意见",
    "Internet café security review",
    15,
  ),
  WA006: configure(
    genericForm(
      [
        text("suspiciousContact", "可疑电话、账号或网址", "Suspicious number, account or website"),
        select(
          "channel",
          "联系渠道",
          "Channel",
          options(
            ["phone", "电话", "Phone call"],
            ["sms", "短信", "Text message"],
            ["chat", "社交软件", "Chat app"],
            ["web", "网站或应用", "Website or app"],
          ),
        ),
      ],
      ["情况描述", "What happened"],
    ),
    {
      handler: "cyber",
      decision: review("cyber", 1),
      outcome: document(
        doc("电信网络诈骗预警核查回复", "Fraud check reply", [
          applicantName,
          ["可疑联系方式", "Contact", "suspiciousContact"],
          unit,
        ]),
      ),
    },
  ),
  WA012: cyberFiling(
    [
      licenceNumber("公安联网备案号", "Police registration number"),
      radio("changeType", "申请事项", "Request", options(["change", "变更", "Change"], ["cancel", "注销", "Cancel"])),
      text("changeDetail", "变更内容", "Changes", { showIf: { field: "changeType", in: ["change"] } }),
    ],
    "公安联网备案变更注销回执",
    "Police registration change receipt",
    5,
  ),
};

const nc = "narcotics" as const;
const narcotics: Record<string, ServiceEngineConfig> = {
  JD001: orgWindow(
    [
      chemical("第一类易制毒化学品品名", "Category 1 precursor"),
      quantity(),
      textarea("usePurpose", "用途", "What it is for", { maxLength: 300 }),
    ],
    nc,
    "ZH009",
    doc(
      "第一类易制毒化学品购买许可证",
      "Purchase permit for category 1 precursors",
      [companyName, ["品名", "Chemical", "chemicalName"], ["数量", "Quantity", "quantity"]],
      90,
    ),
    10,
  ),
  JD002: configure(
    organisationForm([
      chemical("易制毒化学品品名", "Precursor chemical"),
      quantity(),
      text("supplier", "供货单位", "Supplier"),
    ]),
    {
      applicant: "organisation",
      handler: nc,
      decision: auto("formal_filing", nc),
      outcome: filingReceipt("易制毒化学品购买备案证明", "Precursor purchase filing", [
        ["品名", "Chemical", "chemicalName"],
        ["数量", "Quantity", "quantity"],
      ]),
    },
  ),
  JD003: orgWindow(
    [chemical("易制毒化学品品名", "Precursor chemical"), quantity(), transportPlate(), route()],
    nc,
    "ZH009",
    doc("易制毒化学品运输许可证", "Transport permit for precursors", [
      companyName,
      ["品名", "Chemical", "chemicalName"],
      plate,
    ]),
    10,
  ),
  JD004: configure(
    organisationForm([chemical("第三类易制毒化学品品名", "Category 3 precursor"), quantity(), route()]),
    {
      applicant: "organisation",
      handler: nc,
      decision: auto("formal_filing", nc),
      outcome: filingReceipt("第三类易制毒化学品运输备案证明", "Category 3 precursor transport filing", [
        ["品名", "Chemical", "chemicalName"],
      ]),
    },
  ),
  JD007: configure(
    genericForm(
      [
        text("drugType", "滥用毒品种类", "Drug used", { maxLength: 40 }),
        text("institution", "拟接受治疗的戒毒医疗机构", "Treatment institution"),
      ],
      ["个人情况说明", "About you"],
    ),
    {
      handler: nc,
      decision: prereview(nc, "ZH009", 3),
      outcome: windowVisit(
        doc("自愿戒毒协议", "Voluntary treatment agreement", [
          applicantName,
          ["戒毒机构", "Institution", "institution"],
        ]),
      ),
    },
  ),
  JD008: configure(
    custodyCaseForm(
      [
        date("reportDate", "报到日期", "Reporting date", "any"),
        text("community", "社区戒毒社区康复执行地", "Where it is carried out"),
      ],
      { detainee: false },
    ),
    {
      handler: "station",
      decision: review("station", 1),
      outcome: document(
        doc("社区戒毒社区康复报到回执", "Community treatment reporting receipt", [
          applicantName,
          ["决定书编号", "Decision", "caseNumber"],
          unit,
        ]),
      ),
    },
  ),
};

const cs = "custody" as const;
const custody: Record<string, ServiceEngineConfig> = {
  JS003: configure(custodyCaseForm([text("amountYuan", "存款金额（元）", "Amount (yuan)", { maxLength: 10 })]), {
    handler: cs,
    decision: review(cs, 1),
    outcome: document(
      doc("在押人员存款回执", "Deposit receipt", [
        applicantName,
        ["被监管人员", "Detained person", "detaineeName"],
        ["金额（元）", "Amount (yuan)", "amountYuan"],
      ]),
    ),
  }),
  JS007: configure(custodyCaseForm([textarea("items", "领取的财物", "Property to collect", { maxLength: 500 })]), {
    handler: cs,
    decision: prereview(cs, "JS004", 3),
    outcome: windowVisit(
      doc("在押人员财物领取凭证", "Release of a detainee's property", [
        applicantName,
        ["被监管人员", "Detained person", "detaineeName"],
      ]),
    ),
  }),
  JS008: configure(
    custodyCaseForm([
      reasonFor(
        [
          ["critical_illness", "近亲属病危", "A close relative is critically ill"],
          ["death", "近亲属死亡", "A close relative has died"],
          ["other", "其他正当理由", "Another good reason"],
        ],
        "请假事由",
        "Why leave is asked",
      ),
      ...period(),
      text("guarantor", "担保人姓名", "Guarantor", { format: "person_name", maxLength: 40 }),
    ]),
    {
      handler: cs,
      decision: prereview(cs, "JS002", 1),
      outcome: windowVisit(
        doc("被拘留人请假出所决定书", "Leave from detention", [
          ["被拘留人", "Detained person", "detaineeName"],
          ["截止日期", "Until", "validTo"],
        ]),
      ),
    },
  ),
};

const caseForm = (own: FormField[]) => custodyCaseForm(own, { detainee: false });
const cases: Record<string, ServiceEngineConfig> = {
  AJ004: configure(
    caseForm([
      text("refusalNotice", "不予立案通知书文号", "Refusal notice number", {
        format: "document_number",
        maxLength: 40,
      }),
      textarea("reasons", "申请理由", "Reasons", { maxLength: 1000 }),
    ]),
    {
      handler: "criminal",
      decision: prereview("criminal", "ZH009", 7),
      outcome: windowVisit(
        doc("立案监督申请处理结果", "Case-filing review outcome", [applicantName, ["案件编号", "Case", "caseNumber"]]),
      ),
    },
  ),
  AJ005: configure(
    caseForm([
      textarea("property", "申请发还的财物", "Property to return", { maxLength: 500 }),
      text("ownershipProof", "权属证明", "Proof of ownership"),
    ]),
    {
      handler: "station",
      decision: prereview("station", "ZH009", 7),
      outcome: windowVisit(
        doc("涉案财物发还清单", "Return of seized property", [applicantName, ["案件编号", "Case", "caseNumber"]]),
      ),
    },
  ),
  AJ006: configure(
    caseForm([
      text("noticeNumber", "行政处罚告知书文号", "Notice of intended penalty", {
        format: "document_number",
        maxLength: 40,
      }),
      textarea("reasons", "听证请求和理由", "What you ask and why", { maxLength: 1000 }),
    ]),
    {
      handler: "station",
      decision: prereview("station", "ZH009", 3),
      outcome: windowVisit(doc("听证通知书", "Hearing notice", [applicantName, ["案件编号", "Case", "caseNumber"]])),
    },
  ),
  AJ007: configure(
    caseForm([
      text("decisionNumber", "被申请复议的决定书文号", "Decision to reconsider", {
        format: "document_number",
        maxLength: 40,
      }),
      textarea("requests", "复议请求和理由", "Requests and reasons", { maxLength: 2000 }),
    ]),
    {
      handler: "county_bureau",
      decision: prereview("county_bureau", "ZH009", 5),
      outcome: windowVisit(
        doc("行政复议受理通知书", "Acceptance of administrative reconsideration", [
          applicantName,
          ["决定书文号", "Decision", "decisionNumber"],
        ]),
      ),
    },
  ),
  AJ013: configure(
    caseForm([
      textarea("threat", "受到威胁的情况", "The threat", { maxLength: 1000 }),
      select(
        "measure",
        "申请的保护措施",
        "Protection asked",
        options(
          ["identity", "不公开真实姓名、住址", "Identity withheld"],
          ["contact_ban", "禁止特定人员接触", "Contact ban"],
          ["protection", "对人身和住宅采取专门保护", "Personal protection"],
        ),
      ),
    ]),
    {
      handler: "criminal",
      decision: prereview("criminal", "ZH009", 3),
      outcome: windowVisit(
        doc("证人保护决定", "Witness protection decision", [applicantName, ["保护措施", "Measure", "measure"]]),
      ),
    },
  ),
};

const general: Record<string, ServiceEngineConfig> = {
  ZH001: configure(
    genericForm(
      [
        textarea("information", "所需信息的名称或内容描述", "The information asked for", { maxLength: 1000 }),
        select(
          "medium",
          "获取方式",
          "Format",
          options(["paper", "纸质", "Paper"], ["electronic", "电子文件", "Electronic"]),
        ),
      ],
      ["用途说明", "What it is for"],
    ),
    {
      handler: "county_bureau",
      decision: review("county_bureau", 20),
      outcome: document(
        doc("政府信息公开申请答复书", "Reply to an information request", [applicantName, number, unit]),
      ),
      delivery: postOrWindow,
    },
  ),
  ZH008: configure(
    form([
      section("rating", "评价", "Rating", [
        text("applicationNumber", "被评价事项的受理编号", "Number of the application rated", {
          format: "document_number",
          maxLength: 40,
        }),
        radio(
          "rating",
          "评价",
          "Rating",
          options(
            ["5", "非常满意", "Very satisfied"],
            ["4", "满意", "Satisfied"],
            ["3", "基本满意", "Fair"],
            ["2", "不满意", "Dissatisfied"],
            ["1", "非常不满意", "Very dissatisfied"],
          ),
        ),
        textarea("comment", "意见", "Comments", { required: false, maxLength: 500 }),
      ]),
      contactSection(),
    ]),
    {
      handler: "inspection",
      decision: review("inspection", 5),
      outcome: { kind: "record", anonymousAllowed: false, emergencyBanner: false },
    },
  ),
  ZH014: configure(
    genericForm([
      select(
        "item",
        "更正项目",
        "What is wrong",
        options(
          ["name", "姓名", "Name"],
          ["phone", "手机号码", "Phone number"],
          ["address", "联系地址", "Address"],
          ["other", "其他", "Other"],
        ),
      ),
      text("wrongValue", "现有内容", "What it says now"),
      text("correctValue", "更正后内容", "What it should say"),
    ]),
    {
      handler: "station",
      decision: review("station", 5),
      outcome: document(
        doc("个人信息更正结果告知书", "Personal data correction notice", [
          applicantName,
          ["更正项目", "Item", "item"],
          unit,
        ]),
      ),
    },
  ),
  ZH015: configure(
    genericForm(
      [
        reasonFor(
          [
            ["unused", "不再使用", "No longer used"],
            ["duplicate", "重复注册", "Registered twice"],
            ["privacy", "个人信息保护", "Privacy"],
            ["other", "其他", "Other"],
          ],
          "注销原因",
          "Why you close it",
        ),
      ],
      ["补充说明", "Anything else"],
    ),
    {
      handler: "station",
      decision: review("station", 3),
      outcome: document(doc("账号注销确认书", "Account closure confirmation", [applicantName, number])),
    },
  ),
};

/**
 * Every 办理 service's form and engine configuration by code, except those handled on their own pages
 * (server/applications/dedicated-service-pages.ts). The reports and complaints (record outcomes) live in
 * report-configs.ts and are merged in here.
 */
export const engineConfigs: Readonly<Record<string, ServiceEngineConfig>> = {
  ...household,
  ...exitEntry,
  ...traffic,
  ...publicOrder,
  ...cyber,
  ...narcotics,
  ...custody,
  ...cases,
  ...general,
  ...reportConfigs,
};
