import type { DeskUnitType, EngineConfig } from "@/server/applications/engine-config";
import type { FormField, FormSchema } from "@/server/applications/form-schema";

/**
 * The 18 services whose outcome is a record routed to a desk with replies: reports, tips, complaints, petitions
 * and suggestions. Anonymity follows the law of each: a tip about an offence may be anonymous (the reporter is
 * protected either way), while a complaint against an officer (《公安机关督察条例》), a petition (《信访工作条例》
 * asks for the petitioner's name) and a crime reported online (a 受案回执 names the reporter) may not.
 */
export type ReportConfig = { formSchema: FormSchema; engine: EngineConfig };

const when: FormField = {
  key: "happenedOn",
  type: "date",
  label: "发生日期",
  labelEn: "Date it happened",
  dateRule: "past",
  required: true,
};
const place: FormField = {
  key: "place",
  type: "station",
  label: "发生地所属派出所",
  labelEn: "Police station of the place",
  hint: "选择事发地点所在的县区和派出所，由负责该地的单位处理。",
  hintEn: "Choose the county and station of the place; the unit responsible for it handles the report.",
  required: true,
};
const where: FormField = {
  key: "location",
  type: "text",
  label: "具体地点",
  labelEn: "Exact place",
  hint: "街道、门牌号、店名或标志性建筑。",
  hintEn: "Street, number, shop name or a landmark.",
  maxLength: 120,
  required: true,
};
const facts = (label: string, labelEn: string, hint: string, hintEn: string): FormField => ({
  key: "facts",
  type: "textarea",
  label,
  labelEn,
  hint,
  hintEn,
  maxLength: 2000,
  required: true,
});
const text = (key: string, label: string, labelEn: string, hint?: string, hintEn?: string): FormField => ({
  key,
  type: "text",
  label,
  labelEn,
  ...(hint ? { hint, hintEn } : {}),
  maxLength: 200,
});
const suspect = text(
  "suspect",
  "被举报人或线索对象",
  "Person or business reported",
  "姓名、外号、体貌特征或店名，知道多少写多少。",
  "Name, nickname, appearance or business name, as far as you know.",
);
const plate = text("plate", "车牌号码", "Plate number", "如：豫A12345", "E.g. 豫A12345");
const website = text(
  "website",
  "网址、账号或APP名称",
  "Website, account or app",
  "涉及的网站地址、社交账号、群号或应用名称。",
  "The website address, social account, group number or app involved.",
);

function schema(title: string, titleEn: string, fields: FormField[]): FormSchema {
  return {
    version: 1,
    sections: [{ key: "report", title, titleEn, fields }],
    routing: { kind: "station_field", field: "place" },
  };
}

function engine(
  unitType: "station" | "county_bureau" | DeskUnitType,
  slaDays: number,
  record: { anonymousAllowed: boolean; emergencyBanner?: boolean },
  step: { title: string; titleEn: string } = { title: "受理核查", titleEn: "Receive and check" },
): EngineConfig {
  return {
    version: 1,
    applicant: "person",
    handler: { unitType },
    decision: { kind: "review", steps: [{ ...step, slaDays }] },
    outcome: { kind: "record", anonymousAllowed: record.anonymousAllowed, emergencyBanner: !!record.emergencyBanner },
    delivery: { window: false, post: { allowed: false } },
  };
}

const tip = { anonymousAllowed: true };
const named = { anonymousAllowed: false };

export const reportConfigs: Record<string, ReportConfig> = {
  // 网上报警: the station of the place takes the report and calls back within 24 hours.
  AJ002: {
    formSchema: schema("报警内容", "Your report", [
      when,
      place,
      where,
      facts(
        "案情经过",
        "What happened",
        "时间、地点、经过、损失金额和涉及的人。",
        "Time, place, what happened, the loss and who was involved.",
      ),
      suspect,
    ]),
    engine: engine(
      "station",
      1,
      { anonymousAllowed: false, emergencyBanner: true },
      { title: "受案", titleEn: "Take the report" },
    ),
  },
  AJ010: {
    formSchema: schema("线索内容", "Your lead", [
      when,
      place,
      where,
      facts(
        "线索内容",
        "The lead",
        "您掌握的案件情况，以及如何得知。",
        "What you know about the case and how you learned it.",
      ),
      suspect,
    ]),
    engine: engine("criminal", 15, tip),
  },
  AJ014: {
    formSchema: schema("肇事逃逸线索", "Hit-and-run lead", [
      when,
      place,
      where,
      plate,
      text("vehicle", "车型和颜色", "Vehicle type and colour"),
      facts(
        "线索内容",
        "The lead",
        "看到的经过、车辆特征和逃逸方向。",
        "What you saw, the vehicle and the direction it left in.",
      ),
    ]),
    engine: engine("vehicle_admin", 15, tip),
  },
  // 走失人员: the station of the place where the person was last seen searches at once.
  AJ015: {
    formSchema: schema("走失人员情况", "The missing person", [
      { ...text("missingName", "走失人员姓名", "Name of the missing person"), required: true },
      { key: "missingAge", type: "text", label: "年龄", labelEn: "Age", maxLength: 10, required: true },
      { ...when, label: "走失日期", labelEn: "Date last seen" },
      { ...place, label: "最后出现地点所属派出所", labelEn: "Police station where last seen" },
      { ...where, label: "最后出现的具体地点", labelEn: "Exact place last seen" },
      facts(
        "体貌特征和经过",
        "Appearance and circumstances",
        "身高、衣着、随身物品、健康状况和走失经过。",
        "Height, clothes, belongings, health and how they went missing.",
      ),
      { key: "contactPhone", type: "phone", label: "联系电话", labelEn: "Contact phone", required: true },
    ]),
    engine: engine(
      "station",
      1,
      { anonymousAllowed: false, emergencyBanner: true },
      { title: "查找", titleEn: "Search" },
    ),
  },
  CR040: {
    formSchema: schema("举报内容", "Your report", [
      when,
      place,
      where,
      {
        key: "kind",
        type: "select",
        label: "违法类型",
        labelEn: "Kind of offence",
        required: true,
        options: [
          { value: "illegal_entry", label: "非法入境", labelEn: "Illegal entry" },
          { value: "overstay", label: "非法居留", labelEn: "Illegal stay" },
          { value: "illegal_work", label: "非法就业", labelEn: "Illegal employment" },
          { value: "smuggling_people", label: "组织运送他人偷越国（边）境", labelEn: "People smuggling" },
          { value: "other", label: "其他", labelEn: "Other" },
        ],
      },
      suspect,
      facts(
        "举报内容",
        "Details",
        "人员国籍、人数、活动规律等。",
        "Nationality, how many, where and when they are seen.",
      ),
    ]),
    engine: engine("exit_entry", 15, tip),
  },
  // 随手拍: the traffic police of the city review the photos and record the violation.
  JJ050: {
    formSchema: schema("违法情况", "The violation", [
      when,
      place,
      where,
      { ...plate, required: true },
      {
        key: "act",
        type: "select",
        label: "违法行为",
        labelEn: "Offence",
        required: true,
        options: [
          { value: "red_light", label: "闯红灯", labelEn: "Running a red light" },
          { value: "wrong_way", label: "逆行", labelEn: "Driving the wrong way" },
          { value: "phone", label: "驾车使用手机", labelEn: "Using a phone while driving" },
          { value: "lane", label: "违法变道、占用应急车道", labelEn: "Illegal lane change or emergency lane" },
          { value: "pedestrian", label: "不礼让行人", labelEn: "Not yielding to pedestrians" },
          { value: "other", label: "其他", labelEn: "Other" },
        ],
      },
      facts(
        "情况说明",
        "Description",
        "时间精确到分钟，照片或视频请在受理后按民警要求提供。",
        "Time to the minute; photos or video when the officer asks for them.",
      ),
    ]),
    engine: engine("vehicle_admin", 5, tip),
  },
  JJ074: {
    formSchema: schema("故障设施", "The faulty equipment", [
      place,
      where,
      {
        key: "equipment",
        type: "select",
        label: "设施类型",
        labelEn: "Equipment",
        required: true,
        options: [
          { value: "signal", label: "信号灯", labelEn: "Traffic light" },
          { value: "sign", label: "交通标志", labelEn: "Road sign" },
          { value: "marking", label: "标线", labelEn: "Road marking" },
          { value: "barrier", label: "护栏", labelEn: "Barrier" },
        ],
      },
      facts("故障情况", "What is wrong", "如：东西方向红灯不亮。", "E.g. the east-west red light is out."),
    ]),
    // The station of the place sends it to the road's maintainer the same day; no identity is needed.
    engine: engine("station", 3, tip, { title: "核实报修", titleEn: "Check and pass on" }),
  },
  WA005: {
    formSchema: schema("举报内容", "Your report", [
      when,
      place,
      website,
      {
        key: "kind",
        type: "select",
        label: "类型",
        labelEn: "Kind",
        required: true,
        options: [
          { value: "fraud", label: "网络诈骗", labelEn: "Online fraud" },
          { value: "gambling", label: "网络赌博", labelEn: "Online gambling" },
          { value: "porn", label: "网络色情", labelEn: "Online pornography" },
          { value: "hacking", label: "黑客攻击", labelEn: "Hacking" },
          { value: "other", label: "其他", labelEn: "Other" },
        ],
      },
      facts("举报内容", "Details", "经过、涉及金额、转账记录要点。", "What happened, amounts and transfers."),
    ]),
    engine: engine("cyber", 15, tip),
  },
  WA009: {
    formSchema: schema("泄露情况", "The leak", [
      when,
      { ...place, label: "您所在地派出所", labelEn: "Police station where you live" },
      website,
      facts(
        "泄露情况",
        "What leaked",
        "泄露了哪些信息，如何发现，可能的来源。",
        "Which data leaked, how you found out and the likely source.",
      ),
    ]),
    engine: engine("cyber", 15, tip),
  },
  WA010: {
    formSchema: schema("事件情况", "The incident", [
      when,
      { ...place, label: "单位所在地派出所", labelEn: "Police station of the organisation" },
      text("organisation", "单位名称", "Organisation"),
      website,
      facts(
        "事件情况",
        "What happened",
        "影响的系统、发生时间、已采取的措施。",
        "Systems affected, when it started and what has been done.",
      ),
    ]),
    // A network operator must report an incident under its name (《网络安全法》第二十五条).
    engine: engine("cyber", 5, named),
  },
  WA014: {
    formSchema: schema("谣言信息", "The rumour", [
      when,
      { ...place, label: "您所在地派出所", labelEn: "Police station where you live" },
      website,
      facts("谣言内容", "The rumour", "谣言原文和传播情况。", "The rumour as written and where it spreads."),
    ]),
    engine: engine("cyber", 10, tip),
  },
  JD006: {
    formSchema: schema("线索内容", "Your lead", [
      when,
      place,
      where,
      suspect,
      facts("线索内容", "The lead", "吸贩毒、种植毒品原植物等情况。", "Drug use, dealing, or growing drug plants."),
    ]),
    engine: engine("narcotics", 15, tip),
  },
  JS009: {
    formSchema: schema("投诉内容", "Your complaint", [
      when,
      { ...place, label: "监管场所所在地派出所", labelEn: "Police station of the facility" },
      text(
        "facility",
        "监管场所名称",
        "Detention facility",
        "如：郑州市第一看守所",
        "E.g. Zhengzhou No. 1 Detention Centre",
      ),
      text("detainee", "在押人员姓名（如涉及）", "Detainee's name (if any)"),
      facts("投诉事项", "What happened", "时间、经过和您的诉求。", "When, what happened and what you ask for."),
    ]),
    engine: engine("custody", 15, named),
  },
  ZA040: {
    formSchema: schema("举报内容", "Your report", [
      when,
      place,
      where,
      {
        key: "kind",
        type: "select",
        label: "违法类型",
        labelEn: "Kind of offence",
        required: true,
        options: [
          { value: "gambling", label: "赌博", labelEn: "Gambling" },
          { value: "prostitution", label: "卖淫嫖娼", labelEn: "Prostitution" },
          { value: "illegal_business", label: "非法经营", labelEn: "Illegal business" },
          { value: "disturbance", label: "寻衅滋事、噪声扰民", labelEn: "Disturbance or noise" },
          { value: "other", label: "其他", labelEn: "Other" },
        ],
      },
      suspect,
      facts(
        "举报内容",
        "Details",
        "时间规律、人数、进出情况等。",
        "When it happens, how many people, comings and goings.",
      ),
    ]),
    // The station of the place knows the premises and acts on a 治安 tip itself.
    engine: engine("station", 15, tip),
  },
  ZA041: {
    formSchema: schema("问题情况", "The problem", [
      { ...place, label: "学校所在地派出所", labelEn: "Police station of the school" },
      text("school", "学校名称", "School"),
      where,
      facts(
        "问题描述",
        "The problem",
        "交通、治安或经营秩序方面的问题和时段。",
        "The traffic, safety or trading problem and when it happens.",
      ),
    ]),
    engine: engine("station", 7, tip),
  },
  ZH002: {
    formSchema: schema("投诉事项", "Your complaint", [
      when,
      { ...place, label: "民警所在单位或发生地派出所", labelEn: "Police station of the officer or the place" },
      where,
      text(
        "officerNumber",
        "民警警号或姓名",
        "Officer's number or name",
        "警号为6位数字，可在民警胸前警号牌看到。",
        "Six digits on the officer's badge.",
      ),
      facts("投诉事项", "What happened", "经过和您的诉求。", "What happened and what you ask for."),
    ]),
    engine: engine("inspection", 30, named),
  },
  ZH003: {
    formSchema: schema("意见建议", "Your suggestion", [
      { ...place, label: "涉及的派出所或您所在地派出所", labelEn: "Police station concerned or where you live" },
      text("topic", "主题", "Topic"),
      facts(
        "意见建议",
        "Suggestion",
        "对公安工作或本平台的意见建议。",
        "Your suggestion about police work or this platform.",
      ),
    ]),
    engine: engine("county_bureau", 15, tip, { title: "研究答复", titleEn: "Consider and answer" }),
  },
  ZH004: {
    formSchema: schema("信访事项", "Your petition", [
      { ...place, label: "事项发生地派出所", labelEn: "Police station where it arose" },
      text("request", "信访请求", "Your request"),
      facts("事实和理由", "Facts and reasons", "请求的事实依据和理由。", "The facts and reasons behind your request."),
      { key: "contactAddress", type: "address", label: "通信地址", labelEn: "Postal address", required: true },
    ]),
    engine: engine("county_bureau", 60, named, { title: "受理办理", titleEn: "Accept and handle" }),
  },
};
