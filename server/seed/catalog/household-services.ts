import type { ServiceGuide, ServiceMaterial } from "@/db/schema";
import { householdForms } from "@/server/household/household-forms";
import { type CatalogEntry, fromBrief, material } from "./catalog-entry";
import { type HouseholdSampleKey, householdSamples } from "./household-samples";

const householdLaw = "《中华人民共和国户口登记条例》";
const reformOpinion = "《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕25号）";
const localPolicy = "河南省及落户地城市人民政府公布的现行落户政策";
const feeWaiver = "《财政部 国家发展改革委关于清理规范一批行政事业性收费有关政策的通知》（财税〔2017〕20号）";

/** 户口簿 and migration papers are free in Henan as everywhere: the national fee was stopped on 1 April 2017. */
const noFee: ServiceGuide["fees"] = [
  {
    item: "居民户口簿、户口迁移证件工本费",
    amountFen: 0,
    basis: `${feeWaiver}：自2017年4月1日起停征户籍管理证件工本费（含户口簿、户口迁移证件）`,
  },
];

/** A household material with its sample; the original is brought to the window unless said otherwise. */
function doc(
  key: string,
  name: string,
  description: string,
  sample: HouseholdSampleKey,
  opts: { required?: boolean; originalAtWindow?: boolean } = {},
): ServiceMaterial {
  return material(key, name, description, {
    required: opts.required ?? true,
    sampleFile: householdSamples[sample].file,
    originalAtWindow: opts.originalAtWindow ?? true,
  });
}

const idCard = (who: string, opts: { required?: boolean } = {}) =>
  doc("id-card", "居民身份证", `${who}的居民身份证，拍摄或扫描正反两面，四角完整、字迹清晰。`, "idCard", opts);
const hukouBook = (whose: string) =>
  doc("hukou-book", "居民户口簿", `${whose}的居民户口簿，上传户主页和本人页（或相关人员页）。`, "hukouBook");

type HouseholdSpec = {
  code: string;
  name: string;
  nameEn: string;
  summary: string;
  synonyms: string[];
  eligibility: string;
  /** Which station takes the case: the applicant's own, or the one of the place they move to. */
  station: "residence" | "destination" | "school";
  /** What the window hands over once the originals match. */
  result: string;
  materials: ServiceMaterial[];
  /** Days the applicant has by law to report, when the law sets such a limit. */
  statutoryNote?: string;
  reviewDays?: number;
  approvalDays?: number;
  legalBasis: string[];
  notes?: string[];
  /** Decided by rules against the register on submission instead of the station → county route. */
  auto?: { steps: [title: string, detail: string][]; timeLimitDays: number; timeLimitNote: string };
};

const stationText = {
  residence: "户籍所在地公安派出所",
  destination: "拟落户地公安派出所",
  school: "学校集体户所在地公安派出所",
} as const;

/**
 * The 29 household services share one route, "外网申请、内网受理、审批前置、检验后置": online application,
 * station pre-review, county approval, then the originals are checked at the station window within 60 days.
 * Those the register alone can decide (`auto`) are checked by rules on submission and describe their own steps.
 */
function online(s: HouseholdSpec): CatalogEntry {
  const station = stationText[s.station];
  const review = s.reviewDays ?? 3;
  const approval = s.approvalDays ?? 5;
  const routeSteps: ServiceGuide["steps"] = [
    {
      title: "在线申请",
      detail:
        "使用已实名认证的账号登录，填写申请信息，按材料清单逐项上传扫描件或照片（JPG、PNG或PDF，单个不超过10MB，四角完整、字迹清晰）。",
    },
    {
      title: "派出所初审",
      detail: `${station}在${review}个工作日内审核材料。材料不全或不清晰的，短信告知需补正的内容，补正后重新提交，审核时限重新计算。`,
    },
    {
      title: "县级公安机关审批",
      detail: `初审通过后报县级公安机关户政管理部门审批，${approval}个工作日内作出决定；不予批准的，短信告知理由。`,
    },
    {
      title: "60日内到窗口核验原件",
      detail: `审批通过后短信通知。请在60日内携带全部材料原件到${station}户籍窗口，民警核对原件与上传件一致后当场办结，${s.result}。原件与上传件不一致或系伪造的，审批作废、终止办理；逾期未到窗口的，审批失效，需重新申请。`,
    },
  ];
  const guide: ServiceGuide = {
    eligibility: s.eligibility,
    steps: s.auto ? s.auto.steps.map(([title, detail]) => ({ title, detail })) : routeSteps,
    materials: s.materials,
    fees: noFee,
    timeLimitDays: s.auto?.timeLimitDays ?? review + approval,
    timeLimitNote:
      s.auto?.timeLimitNote ??
      [
        `派出所初审${review}个工作日，县级公安机关审批${approval}个工作日，不含材料补正时间。`,
        "审批通过后60日内到窗口核验原件，逾期审批失效。",
        s.statutoryNote,
      ]
        .filter(Boolean)
        .join(""),
    window: `${station}户籍窗口（核验原件时到受理本申请的派出所，工作日办公，节假日除外）`,
    legalBasis: s.legalBasis,
    ...(s.notes?.length ? { notes: s.notes } : {}),
  };
  return {
    code: s.code,
    name: s.name,
    nameEn: s.nameEn,
    kind: "handle",
    mode: s.auto ? "auto" : "station_county",
    summary: s.summary,
    synonyms: s.synonyms,
    guide,
    formSchema: householdForms[s.code],
  };
}

const onlineServices: CatalogEntry[] = [
  online({
    code: "HZ001",
    name: "出生登记",
    nameEn: "Birth registration of a newborn",
    summary: "为新生儿申报出生登记，登记常住户口。",
    synonyms: ["新生儿落户", "报户口", "上户口", "新生儿上户口", "婴儿落户", "小孩落户"],
    eligibility:
      "父亲或母亲为本省常住户口的新生儿，按随父随母落户自愿的原则，在父亲或母亲常住户口所在地申报出生登记，由户主、亲属或抚养人申报。非婚生育的，凭出生医学证明和父亲或母亲的居民户口簿、居民身份证申请，随父落户的须一并提供具有资质的鉴定机构出具的亲子鉴定证明。",
    station: "residence",
    result: "在落户一方的居民户口簿上增加新生儿常住人口登记卡页",
    statutoryNote:
      "按《中华人民共和国户口登记条例》第七条，婴儿出生后一个月以内应申报出生登记；超过一个月的仍可申报，并说明未及时申报的原因。",
    materials: [
      doc(
        "birth-certificate",
        "出生医学证明",
        "医疗机构签发的《出生医学证明》，新生儿姓名须与申报落户的姓名一致。",
        "birthCertificate",
      ),
      idCard("父母双方"),
      hukouBook("申报落户一方（父亲或母亲）"),
      doc(
        "marriage-certificate",
        "结婚证",
        "父母已婚的提供结婚证持证人页和登记页；非婚生育的无需提供。",
        "marriageCertificate",
        {
          required: false,
        },
      ),
      doc(
        "power-of-attorney",
        "委托书",
        "由父母以外的亲属或抚养人代为申报的，提供父母签名的委托书和代办人身份证。",
        "powerOfAttorney",
        {
          required: false,
        },
      ),
      doc(
        "paternity-test",
        "亲子鉴定证明",
        "非婚生育随父落户的，提供具有资质的鉴定机构出具的亲子鉴定意见书。",
        "paternityTest",
        {
          required: false,
        },
      ),
    ],
    legalBasis: [
      `${householdLaw}第七条`,
      "《国务院办公厅关于解决无户口人员登记户口问题的意见》（国办发〔2015〕96号）",
      reformOpinion,
      feeWaiver,
    ],
    notes: [
      "新生儿在国外出生的，须先办理回国入境和国籍确认手续，不适用本事项。",
      "无法提供出生医学证明的，须提供具有资质的鉴定机构出具的亲子鉴定证明，到窗口办理。",
    ],
  }),
  online({
    code: "HZ002",
    name: "收养子女落户",
    nameEn: "Registration of an adopted child",
    summary: "依法办理收养登记后，为被收养人申报在收养人户内落户。",
    synonyms: ["收养落户", "收养入户", "养子女落户"],
    eligibility: "已在县级以上人民政府民政部门办理收养登记的收养人，可为被收养人申请在收养人常住户口所在地落户。",
    station: "residence",
    result: "在收养人户口簿上增加被收养人常住人口登记卡页",
    materials: [
      doc("adoption-certificate", "收养登记证", "民政部门颁发的《收养登记证》。", "adoptionCertificate"),
      idCard("收养人"),
      hukouBook("收养人"),
      doc(
        "birth-certificate",
        "出生医学证明",
        "被收养人的出生医学证明；被收养人已有户口的无需提供，由原户籍地一并办理迁移。",
        "birthCertificate",
        {
          required: false,
        },
      ),
    ],
    legalBasis: [householdLaw, "《中华人民共和国民法典》第一千一百零五条", feeWaiver],
  }),
  online({
    code: "HZ003",
    name: "购房入户",
    nameEn: "Settlement by home purchase",
    summary: "在城镇购买合法产权住房后，申请将户口迁入住房所在地。",
    synonyms: ["购房落户", "买房落户", "买房迁户口", "房产落户"],
    eligibility:
      "在落户地城镇购买合法产权住房（新建商品房或二手房）并已取得不动产权证书的，本人及共同居住生活的配偶、未成年子女、父母可申请在住房地址落户；具体条件以落户地城市现行政策为准。",
    station: "destination",
    result: "在新住址立户或入户，打印居民户口簿相关页",
    materials: [
      doc(
        "property-certificate",
        "不动产权证书",
        "申请人本人或配偶名下的不动产权证书，共有产权的须含申请人姓名。",
        "propertyCertificate",
      ),
      idCard("申请人及随迁人员"),
      hukouBook("申请人及随迁人员原户籍地"),
      doc("marriage-certificate", "结婚证", "配偶随迁的提供。", "marriageCertificate", { required: false }),
      doc("birth-certificate", "出生医学证明", "未成年子女随迁的提供，用于核实亲属关系。", "birthCertificate", {
        required: false,
      }),
    ],
    legalBasis: [householdLaw, reformOpinion, localPolicy, feeWaiver],
    notes: [
      "省内迁移实行“一站式”办理，无需回原籍开具迁移证。",
      "从省外迁入的，原籍地户口由迁入地公安机关通过户口迁移“跨省通办”办理迁出，不属于“跨省通办”范围的，需先取得户口迁移证。",
    ],
  }),
  online({
    code: "HZ004",
    name: "工作调动入户",
    nameEn: "Settlement after a job transfer",
    summary: "机关、事业单位或国有企业工作人员经组织人事部门调动，将户口迁入调入地。",
    synonyms: ["调动落户", "调动入户", "工作调动迁户口", "调令落户"],
    eligibility:
      "经组织、人事部门批准调动工作的人员，可将本人及随迁配偶、未成年子女的户口迁入调入单位所在地的单位集体户或本人合法住所。",
    station: "destination",
    result: "在单位集体户或本人住所户内办理入户，打印居民户口簿相关页",
    materials: [
      doc(
        "transfer-notice",
        "工作调动通知（调令）",
        "组织、人事部门出具的调动通知或调令，须加盖公章。",
        "transferNotice",
      ),
      idCard("申请人及随迁人员"),
      hukouBook("申请人原户籍地"),
      doc(
        "collective-consent",
        "落户地址证明",
        "落户单位集体户的，提供集体户接收落户证明；落户本人住所的，提供不动产权证书。",
        "collectiveConsent",
      ),
      doc("marriage-certificate", "结婚证", "配偶随迁的提供。", "marriageCertificate", { required: false }),
    ],
    legalBasis: [householdLaw, reformOpinion, localPolicy, feeWaiver],
    notes: ["工作调动迁移属于户口迁移“跨省通办”范围，从省外调入的可直接在迁入地申请，无需回原籍开具迁移证。"],
  }),
  online({
    code: "HZ005",
    name: "人才引进入户",
    nameEn: "Settlement of skilled workers and graduates",
    summary: "具有学历或专业技术资格的人员，在就业地或居住地申请落户。",
    synonyms: ["人才落户", "人才引进落户", "学历落户", "技能人才落户"],
    eligibility:
      "具有普通高等院校、职业院校毕业学历，或具有专业技术职称、职业资格（技能等级）证书的人员，可在就业地或合法稳定住所地申请落户，随迁配偶、未成年子女、父母可一并申请；具体条件以落户地城市现行政策为准。",
    station: "destination",
    result: "在落户地址户内入户，打印居民户口簿相关页",
    materials: [
      doc("diploma", "毕业证书或资格证书", "毕业证书，或专业技术职称、职业资格（技能等级）证书，提供其一。", "diploma"),
      idCard("申请人及随迁人员"),
      hukouBook("申请人原户籍地"),
      doc("labour-contract", "劳动合同", "在落户地就业的提供劳动合同首页和签章页。", "labourContract", {
        required: false,
      }),
      doc(
        "residence-proof",
        "落户地址证明",
        "不动产权证书、集体户接收落户证明或房屋租赁登记备案证明，提供其一。",
        "leaseOrResidence",
      ),
    ],
    legalBasis: [householdLaw, reformOpinion, localPolicy, feeWaiver],
  }),
  online({
    code: "HZ006",
    name: "夫妻投靠入户",
    nameEn: "Settlement with a spouse",
    summary: "与本地常住户口居民结婚的，申请将户口迁入配偶户内。",
    synonyms: ["投靠配偶", "夫妻投靠", "婚迁", "结婚迁户口", "投靠入户"],
    eligibility: "与本省常住户口居民登记结婚的，可申请将户口迁入配偶户内；随迁的未成年子女可一并申请。",
    station: "destination",
    result: "在配偶户口簿上增加申请人常住人口登记卡页",
    materials: [
      doc("marriage-certificate", "结婚证", "双方结婚证的持证人页和登记页。", "marriageCertificate"),
      idCard("夫妻双方"),
      hukouBook("夫妻双方"),
      doc(
        "householder-consent",
        "户主同意入户声明",
        "配偶不是户主的，提供户主签名的同意入户声明。",
        "householderConsent",
        { required: false },
      ),
    ],
    legalBasis: [householdLaw, reformOpinion, localPolicy, feeWaiver],
    notes: ["夫妻投靠属于户口迁移“跨省通办”范围，从省外迁入的可直接在迁入地申请。"],
  }),
  online({
    code: "HZ007",
    name: "子女投靠父母入户",
    nameEn: "Settlement of children with their parents",
    summary: "子女申请将户口迁入父亲或母亲户内。",
    synonyms: ["投靠父母", "子女投靠", "子女随迁", "投靠入户"],
    eligibility: "未成年子女可投靠父亲或母亲落户；成年子女投靠父母的，按落户地城市现行政策办理。",
    station: "destination",
    result: "在父亲或母亲户口簿上增加子女常住人口登记卡页",
    materials: [
      idCard("子女（已满16周岁的）及父母"),
      hukouBook("父母及子女"),
      doc(
        "birth-certificate",
        "出生医学证明",
        "用于核实亲子关系；户口簿已登记亲属关系的可不提供。",
        "birthCertificate",
        { required: false },
      ),
      doc(
        "householder-consent",
        "户主同意入户声明",
        "父母不是户主的，提供户主签名的同意入户声明。",
        "householderConsent",
        { required: false },
      ),
    ],
    legalBasis: [householdLaw, reformOpinion, localPolicy, feeWaiver],
  }),
  online({
    code: "HZ008",
    name: "父母投靠子女入户",
    nameEn: "Settlement of parents with their children",
    summary: "父母申请将户口迁入子女户内。",
    synonyms: ["投靠子女", "老人投靠", "父母随迁", "投靠入户"],
    eligibility: "子女为本省常住户口的，其父母可申请投靠子女落户；具体条件以落户地城市现行政策为准。",
    station: "destination",
    result: "在子女户口簿上增加父母常住人口登记卡页",
    materials: [
      idCard("父母及子女"),
      hukouBook("父母及子女"),
      doc(
        "birth-certificate",
        "亲属关系证明材料",
        "子女的出生医学证明等能证明亲子关系的材料；户口簿已登记亲属关系的可不提供。",
        "birthCertificate",
        {
          required: false,
        },
      ),
      doc(
        "householder-consent",
        "户主同意入户声明",
        "子女不是户主的，提供户主签名的同意入户声明。",
        "householderConsent",
        { required: false },
      ),
    ],
    legalBasis: [householdLaw, reformOpinion, localPolicy, feeWaiver],
    notes: ["父母投靠子女属于户口迁移“跨省通办”范围，从省外迁入的可直接在迁入地申请。"],
  }),
  online({
    code: "HZ009",
    name: "大中专院校录取新生入户",
    nameEn: "Registration of newly admitted students at their college",
    summary: "被大中专院校录取的新生，自愿将户口迁入学校集体户。",
    synonyms: ["大学生入户", "新生落户", "学生户口迁入学校", "入学迁户口", "大中专学生入户"],
    eligibility: "被本省普通高等院校、中等专业学校录取的新生，可自愿申请将户口迁入学校集体户，入学当年办理。",
    station: "school",
    result: "在学校集体户内办理入户",
    materials: [
      doc("admission-notice", "录取通知书", "学校签发的录取通知书。", "admissionNotice"),
      idCard("新生本人"),
      doc(
        "migration-certificate",
        "户口迁移证",
        "从省外迁入且原籍未办理“跨省通办”的，提供原籍公安机关签发的户口迁移证；省内迁入的无需提供。",
        "migrationCertificate",
        {
          required: false,
        },
      ),
    ],
    legalBasis: [householdLaw, reformOpinion, feeWaiver],
    notes: ["学生户口是否迁往学校由本人自愿选择，不迁移户口不影响入学。"],
  }),
  online({
    code: "HZ010",
    name: "大中专院校毕业生入户",
    nameEn: "Settlement of graduates",
    summary: "大中专院校毕业生将户口从学校集体户迁往就业地或原籍。",
    synonyms: ["毕业生落户", "毕业迁户口", "大学生毕业落户", "大中专学生入户"],
    eligibility:
      "大中专院校毕业生可凭毕业证书将户口迁往就业地、合法稳定住所地或原籍；户口在学校集体户的须在毕业后办理迁出，不得长期挂靠。",
    station: "destination",
    result: "在落户地址户内入户，打印居民户口簿相关页",
    materials: [
      doc("diploma", "毕业证书", "学校颁发的毕业证书。", "diploma"),
      idCard("毕业生本人"),
      doc("labour-contract", "劳动合同或就业协议", "到就业地落户的提供；回原籍落户的无需提供。", "labourContract", {
        required: false,
      }),
      doc(
        "residence-proof",
        "落户地址证明",
        "不动产权证书、集体户接收落户证明，或原籍家庭户口簿，提供其一。",
        "collectiveConsent",
      ),
    ],
    legalBasis: [householdLaw, reformOpinion, localPolicy, feeWaiver],
    notes: [
      "自2023年起普通高校毕业生不再发放就业报到证，办理落户无需提供。",
      "大中专院校毕业生就业迁移属于户口迁移“跨省通办”范围。",
    ],
  }),
  online({
    code: "HZ011",
    name: "大中专院校录取新生迁出",
    nameEn: "Moving out for college admission",
    summary: "被省外大中专院校录取的新生，申请将户口从原籍迁往学校。",
    synonyms: ["大学生迁户口", "入学迁出", "考上大学迁户口", "大中专学生迁出"],
    eligibility:
      "户口在本省、被省外大中专院校录取并自愿将户口迁往学校的新生；省内院校录取的实行“一站式”迁移，直接到学校所在地办理入户。",
    station: "residence",
    result: "签发户口迁移证（或电子迁移信息），注销原籍户口",
    materials: [
      doc("admission-notice", "录取通知书", "学校签发的录取通知书，须载明学校户口迁移地址。", "admissionNotice"),
      idCard("新生本人"),
      hukouBook("新生原籍家庭"),
    ],
    legalBasis: [`${householdLaw}第十条`, feeWaiver],
    notes: ["户口迁移证有效期内须到学校所在地派出所办理入户，逾期的须回原籍办理延期。"],
  }),
  online({
    code: "HZ012",
    name: "退役士兵落户",
    nameEn: "Settlement of discharged soldiers",
    summary: "退出现役的士兵，凭安置（落户）介绍信办理落户。",
    synonyms: ["退伍落户", "退伍军人落户", "退役军人恢复户口", "复员落户"],
    eligibility: "退出现役、由退役军人事务部门安置的士兵，凭安置（落户）介绍信在安置地落户。",
    station: "destination",
    result: "恢复常住户口登记，打印居民户口簿相关页",
    statutoryNote: "请在安置介绍信载明的报到期限内申请。",
    materials: [
      doc(
        "resettlement-letter",
        "安置（落户）介绍信",
        "安置地县级退役军人事务部门出具的退役士兵安置（落户）介绍信。",
        "resettlementLetter",
      ),
      doc("discharge", "士兵退出现役证", "部队签发的《士兵退出现役证》。", "discharge"),
      hukouBook("拟落户家庭"),
    ],
    legalBasis: [householdLaw, "《中华人民共和国退役军人保障法》", "《退役士兵安置条例》", feeWaiver],
  }),
  online({
    code: "HZ013",
    name: "户口迁入登记",
    nameEn: "Registration on moving in with a migration certificate",
    summary: "持户口迁移证到迁入地申报迁入登记。",
    synonyms: ["迁入", "持迁移证落户", "迁户口进来", "户口迁入"],
    eligibility: "已取得户口迁移证（或电子迁移信息）的公民，在迁移证有效期内申报迁入登记。",
    station: "destination",
    result: "办理入户，缴销户口迁移证，打印居民户口簿相关页",
    statutoryNote: "按《中华人民共和国户口登记条例》第十三条，到达迁入地后城市三日以内、农村十日以内申报迁入登记。",
    materials: [
      doc("migration-certificate", "户口迁移证", "原籍公安机关签发、在有效期内的户口迁移证。", "migrationCertificate"),
      doc("admit-certificate", "准予迁入证明", "迁入地公安机关已签发准予迁入证明的提供。", "admitCertificate", {
        required: false,
      }),
      hukouBook("迁入地家庭户（或集体户接收证明）"),
    ],
    legalBasis: [`${householdLaw}第十三条`, feeWaiver],
  }),
  online({
    code: "HZ014",
    name: "户口迁出登记",
    nameEn: "Registration on moving out of the province",
    summary: "迁往省外且不属于“跨省通办”范围的，凭准予迁入证明申报迁出，领取户口迁移证。",
    synonyms: ["迁出", "开迁移证", "户口迁走", "户口迁出", "迁户口出去"],
    eligibility:
      "户口在本省、已取得迁入地公安机关准予迁入证明的公民；省内迁移和“跨省通办”范围内的迁移在迁入地直接办理，无需申报迁出。",
    station: "residence",
    result: "签发户口迁移证（或电子迁移信息），注销本地户口",
    materials: [
      doc("admit-certificate", "准予迁入证明", "迁入地公安机关签发、在有效期内的准予迁入证明。", "admitCertificate"),
      idCard("迁出人员"),
      hukouBook("迁出人员"),
    ],
    legalBasis: [`${householdLaw}第十条`, feeWaiver],
  }),
  online({
    code: "HZ015",
    name: "姓名变更",
    nameEn: "Change of name",
    summary: "因正当理由申请变更户口登记的姓名。",
    synonyms: ["改名", "改名字", "更改姓名", "改姓", "名字变更", "变更更正"],
    eligibility:
      "未满十八周岁的，由父母或者收养人申请；十八周岁以上的，由本人申请。变更姓名须有正当理由（如姓名含无法录入的生僻字、父母离婚后子女随另一方姓氏等），不得违背公序良俗。",
    station: "residence",
    result: "变更户口登记姓名，在原登记页记载曾用名，打印居民户口簿本人页",
    materials: [
      doc(
        "change-application",
        "变更更正申请表",
        "填写变更前后的姓名和理由，由申请人（未成年人由父母双方）签名。",
        "changeApplication",
      ),
      idCard("申请人（未成年人为父母双方）"),
      hukouBook("申请人"),
      doc(
        "marriage-certificate",
        "离婚证或法院文书",
        "父母离婚后为子女变更姓氏的，提供离婚证及离婚协议或法院判决、调解书，以及父母双方同意的声明。",
        "marriageCertificate",
        {
          required: false,
        },
      ),
    ],
    legalBasis: [
      `${householdLaw}第十八条`,
      "《中华人民共和国民法典》第一千零一十二条、第一千零一十五条、第一千零一十六条",
      feeWaiver,
    ],
    notes: ["姓名变更后须换领居民身份证（按规定收取工本费），并自行到银行、社保等机构更新登记信息。"],
  }),
  online({
    code: "HZ016",
    name: "出生日期更正",
    nameEn: "Correction of date of birth",
    summary: "户口登记的出生日期与原始记载不一致的，申请更正。",
    synonyms: ["改年龄", "更正生日", "出生日期错误", "年龄更正", "变更更正"],
    eligibility:
      "户口登记的出生日期确因登记差错与出生医学证明或最早的原始档案记载不一致的，由本人（未成年人由父母）申请更正；以原始户籍档案和最早的原始记载为准。",
    station: "residence",
    result: "更正出生日期，同时更正公民身份号码，打印居民户口簿本人页",
    approvalDays: 10,
    materials: [
      doc(
        "change-application",
        "变更更正申请表",
        "写明更正前后的出生日期和差错原因，由申请人签名。",
        "changeApplication",
      ),
      doc(
        "birth-certificate",
        "出生医学证明",
        "本人的出生医学证明；无出生医学证明的提供最早的原始档案记载。",
        "birthCertificate",
        { required: false },
      ),
      doc(
        "archive-record",
        "人事档案最早记载",
        "参加工作或入学时档案中最早记载出生日期的材料复印件，加盖档案管理单位印章。",
        "archiveRecord",
        {
          required: false,
        },
      ),
      idCard("申请人"),
      hukouBook("申请人"),
    ],
    legalBasis: [`${householdLaw}第十七条`, feeWaiver],
    notes: ["出生日期更正后公民身份号码随之变更，须换领居民身份证，并自行到银行、社保等机构更新登记信息。"],
  }),
  online({
    code: "HZ017",
    name: "民族成份变更更正",
    nameEn: "Change or correction of ethnicity",
    summary: "依照规定变更或更正户口登记的民族成份。",
    synonyms: ["改民族", "民族变更", "民族更正", "变更更正"],
    eligibility:
      "民族成份只能依据父亲或母亲的民族成份确定。未满十八周岁的，父母或监护人可申请变更一次；年满十八周岁之日起两年内，本人可依据父亲或母亲的民族成份申请变更一次；年满二十周岁后不得变更，登记差错的可申请更正。",
    station: "residence",
    result: "变更或更正民族成份登记，打印居民户口簿本人页",
    materials: [
      doc(
        "change-application",
        "变更更正申请表",
        "写明申请事项和理由，由申请人（未成年人由父母）签名。",
        "changeApplication",
      ),
      doc(
        "ethnicity-review",
        "民族事务部门审核意见",
        "按规定须经县级人民政府民族事务部门审核的，提供其审核意见。",
        "ethnicityReview",
        { required: false },
      ),
      idCard("申请人及父母"),
      hukouBook("申请人及父母"),
      doc("birth-certificate", "出生医学证明", "用于核实亲子关系。", "birthCertificate"),
    ],
    legalBasis: [`${householdLaw}第十七条`, "《中国公民民族成份登记管理办法》", feeWaiver],
  }),
  online({
    code: "HZ018",
    name: "公民身份号码更正",
    nameEn: "Correction of citizen ID number",
    summary: "公民身份号码重号或因登记差错有误的，申请更正。",
    synonyms: ["身份证号码错误", "身份证号更正", "重号", "变更更正"],
    eligibility: "公民身份号码与他人重号，或因出生日期、性别登记差错导致号码错误的，由本人（未成年人由父母）申请更正。",
    station: "residence",
    result: "更正公民身份号码并出具变更证明，打印居民户口簿本人页",
    approvalDays: 10,
    materials: [
      doc("change-application", "变更更正申请表", "写明更正原因，由申请人签名。", "changeApplication"),
      idCard("申请人"),
      hukouBook("申请人"),
    ],
    legalBasis: [`${householdLaw}第十七条`, "《中华人民共和国居民身份证法》", feeWaiver],
    notes: ["号码更正后须换领居民身份证；可同时申请户籍证明，用于到其他机构更新信息。"],
  }),
  online({
    code: "HZ019",
    name: "其他户口登记项目变更更正",
    nameEn: "Change of other registered details",
    summary: "更正门牌号、楼栋号，变更或更正文化程度、婚姻状况、兵役状况、服务处所、职业等户口登记项目。",
    synonyms: ["婚姻状况变更", "文化程度变更", "户口本信息变更", "变更更正", "门牌号更正", "门牌变更"],
    eligibility:
      "户口登记的门牌号、楼栋号登记有误或经门牌整顿变更的，或文化程度、婚姻状况、兵役状况、服务处所、职业等项目发生变化或登记有误的，由本人或户主申请。",
    station: "residence",
    result: "变更登记项目，打印居民户口簿本人页（门牌号更正打印户主页）",
    auto: {
      steps: [
        [
          "在线申请",
          "使用已实名认证的账号登录，选择变更更正项目，填写变更后的内容和理由，按材料清单上传证明材料的扫描件或照片。",
        ],
        [
          "系统自动审核",
          "提交后系统即时比对户籍登记。门牌号、楼栋号更正：变更后的内容只涉及门牌号、楼栋号、单元号或室号，街路巷与户籍登记一致的，当即办结，户籍登记地址随即更新；涉及街路巷等其他内容的，转户籍所在地公安派出所人工审核。文化程度、婚姻状况、兵役状况、服务处所、职业等项目须核对证明材料，一律转派出所审核。转人工审核的，短信告知原因。",
        ],
        [
          "派出所审核",
          "转人工审核的，户籍所在地公安派出所在3个工作日内审核；材料不全或不清晰的，短信告知需补正的内容，补正后重新提交。",
        ],
        [
          "办结",
          "办结后可在线查看并打印居民户口簿户主页或本人页，扫描页面上的二维码即可验真；需要换发户口簿的，携带原户口簿到户籍窗口办理。",
        ],
      ],
      timeLimitDays: 3,
      timeLimitNote:
        "门牌号、楼栋号更正符合条件的提交后即时办结；转派出所人工审核的，3个工作日内办结，不含材料补正时间。",
    },
    materials: [
      doc("change-application", "变更更正申请表", "写明变更项目和变更前后内容，由申请人签名。", "changeApplication"),
      doc(
        "diploma",
        "变更依据",
        "按变更项目提供：文化程度提供毕业证书，婚姻状况提供结婚证或离婚证，服务处所提供劳动合同等。",
        "diploma",
      ),
      idCard("申请人"),
      hukouBook("申请人"),
    ],
    legalBasis: [`${householdLaw}第十七条`, feeWaiver],
  }),
  online({
    code: "HZ020",
    name: "死亡注销户口",
    nameEn: "Cancellation of registration on death",
    summary: "公民死亡后，由户主、亲属或抚养人申报死亡登记，注销户口。",
    synonyms: ["死亡销户", "注销户口", "去世销户口", "死亡登记"],
    eligibility: "公民死亡或被人民法院宣告死亡的，由户主、亲属、抚养人或邻居申报死亡登记。",
    station: "residence",
    result: "注销户口，缴销居民身份证，需要时出具注销户口证明",
    statutoryNote: "按《中华人民共和国户口登记条例》第八条，城市在葬前、农村在一个月以内申报死亡登记。",
    materials: [
      doc(
        "death-certificate",
        "死亡证明",
        "医疗机构出具的《居民死亡医学证明（推断）书》；非正常死亡的提供公安机关出具的死亡证明；宣告死亡的提供人民法院判决书。",
        "deathCertificate",
      ),
      hukouBook("死者"),
      idCard("死者", { required: false }),
      doc("declarant-id", "申报人居民身份证", "申报人的居民身份证正反两面。", "idCard"),
    ],
    legalBasis: [`${householdLaw}第八条`, feeWaiver],
    notes: ["死者的居民身份证须在窗口交回；遗失的在申请中说明。"],
  }),
  online({
    code: "HZ021",
    name: "服兵役注销户口",
    nameEn: "Cancellation of registration on enlistment",
    summary: "被批准入伍的公民，入伍前申报注销户口。",
    synonyms: ["参军销户", "入伍注销户口", "当兵销户口", "服兵役注销"],
    eligibility: "被批准服现役的公民，在入伍前由本人或户主持入伍通知书申报注销户口。",
    station: "residence",
    result: "注销户口，不发迁移证件",
    reviewDays: 1,
    approvalDays: 2,
    statutoryNote: "请在入伍通知书载明的报到日期前办理。",
    materials: [
      doc("enlistment-notice", "入伍通知书", "县级人民政府征兵办公室签发的入伍通知书。", "enlistmentNotice"),
      idCard("入伍人员"),
      hukouBook("入伍人员"),
    ],
    legalBasis: [householdLaw, "《中华人民共和国兵役法》", "《征兵工作条例》", feeWaiver],
    notes: ["退出现役后凭安置（落户）介绍信办理落户，见“退役士兵落户”。"],
  }),
  online({
    code: "HZ022",
    name: "出国（境）定居注销户口",
    nameEn: "Cancellation of registration on settling abroad",
    summary: "已在国外定居或加入外国国籍的，申报注销户口。",
    synonyms: ["出国销户", "移民注销户口", "加入外籍销户", "定居国外注销户口"],
    eligibility:
      "已取得外国永久居留资格并在国外定居的，或已加入外国国籍的，由本人或委托亲属申报注销户口。加入外国国籍的，依照《中华人民共和国国籍法》第九条自动丧失中国国籍。",
    station: "residence",
    result: "注销户口，需要时出具注销户口证明",
    materials: [
      doc(
        "residence-abroad",
        "国外定居或入籍证明",
        "外国永久居留证件或外国护照、入籍证明；外文材料须附中文译文。",
        "residenceAbroad",
      ),
      hukouBook("申请人"),
      idCard("申请人", { required: false }),
      doc("power-of-attorney", "委托书", "委托亲属办理的，提供委托书和受托人身份证。", "powerOfAttorney", {
        required: false,
      }),
    ],
    legalBasis: [householdLaw, "《中华人民共和国国籍法》第九条", "《中华人民共和国出境入境管理法》", feeWaiver],
    notes: ["注销户口时居民身份证同时注销，须交回。"],
  }),
  online({
    code: "HZ023",
    name: "户口簿补领",
    nameEn: "Replacement of a lost household register booklet",
    summary: "居民户口簿遗失或被盗的，申请补领。",
    synonyms: ["户口本丢了", "补办户口本", "户口本补办", "户口簿遗失"],
    eligibility: "居民户口簿遗失或被盗的，由户主或户内成年成员申请补领。",
    station: "residence",
    result: "补发居民户口簿，原户口簿作废",
    auto: {
      steps: [
        [
          "在线申请",
          "使用已实名认证的账号登录，选择遗失或被盗，上传签名的户口簿遗失告知承诺书和居民身份证，并选择窗口领取或邮寄送达。",
        ],
        [
          "系统自动审核",
          "提交后系统即时比对户籍登记：申请人为家庭户内户口状态正常的成员、且本户没有正在办理的补领申请的，当即批准；不符合的，转户籍所在地公安派出所人工审核，短信告知原因。",
        ],
        [
          "领取户口簿",
          "批准后短信通知。选择窗口领取的，请在60日内携带本人居民身份证到户籍所在地公安派出所户籍窗口领取新户口簿，逾期审批失效；选择邮寄送达的，派出所寄出后短信告知快递单号。原户口簿自补领之日起作废。",
        ],
      ],
      timeLimitDays: 1,
      timeLimitNote:
        "符合条件的提交后即时批准；转派出所人工审核的，1个工作日内办结。批准后60日内到窗口领取，逾期审批失效。",
    },
    materials: [
      doc("loss-pledge", "户口簿遗失告知承诺书", "承诺户口簿确已遗失，由申请人签名；无需登报声明。", "lossPledge"),
      idCard("户主或申请人"),
    ],
    legalBasis: [householdLaw, feeWaiver],
  }),
  online({
    code: "HZ024",
    name: "户口簿换领",
    nameEn: "Renewal of a household register booklet",
    summary: "居民户口簿损坏、页面用完或住址变更的，申请换领。",
    synonyms: ["换户口本", "户口本换新", "户口本破损"],
    eligibility: "居民户口簿损坏、污损、页面用完，或门牌整顿等原因住址变更的，由户主或户内成年成员申请换领。",
    station: "residence",
    result: "换发居民户口簿，收回原户口簿",
    reviewDays: 1,
    approvalDays: 2,
    materials: [hukouBook("本户（原户口簿，换领时交回）"), idCard("户主或申请人")],
    legalBasis: [householdLaw, feeWaiver],
  }),
  online({
    code: "HZ025",
    name: "分户",
    nameEn: "Splitting a household",
    summary: "同一户内符合条件的成员，申请分立为独立的家庭户。",
    synonyms: ["分立户口", "分户口", "户口分开"],
    eligibility:
      "同一户内已婚或年满十八周岁的成员，在同一住址或本人合法住所符合落户地分户规定的，由本人申请分户，户主签名同意。",
    station: "residence",
    result: "新立家庭户并签发居民户口簿",
    materials: [
      doc("householder-consent", "户主同意分户声明", "由户主签名同意分户。", "householderConsent"),
      idCard("申请人"),
      hukouBook("原户"),
      doc("property-certificate", "住所证明", "分户至本人名下住所的，提供不动产权证书。", "propertyCertificate", {
        required: false,
      }),
      doc("marriage-certificate", "结婚证", "因结婚分户的提供。", "marriageCertificate", { required: false }),
    ],
    legalBasis: [`${householdLaw}第十条`, localPolicy, feeWaiver],
  }),
  online({
    code: "HZ026",
    name: "立户",
    nameEn: "Setting up a new household at one's own home",
    summary: "在本市范围内，将户口迁至本人合法固定住所并新立家庭户。",
    synonyms: ["新立户", "单独立户", "市内迁移立户"],
    eligibility: "户口在本市、在本市范围内有本人或配偶名下合法固定住所的，可申请迁至该住所新立家庭户。",
    station: "destination",
    result: "新立家庭户并签发居民户口簿",
    materials: [
      doc("property-certificate", "不动产权证书", "本人或配偶名下的不动产权证书。", "propertyCertificate"),
      idCard("申请人及随迁人员"),
      hukouBook("申请人现户"),
    ],
    legalBasis: [householdLaw, localPolicy, feeWaiver],
  }),
  online({
    code: "HZ027",
    name: "并户",
    nameEn: "Merging households",
    summary: "同一住址的家庭户，或因结婚等原因，申请合并为一户。",
    synonyms: ["合户", "户口合并", "并户口"],
    eligibility: "因结婚等原因需要合并户口、且合并后住址为并入户合法住所的，由被并入户户主申请，并入户户主签名同意。",
    station: "residence",
    result: "合并户口，收回被并入户的户口簿，打印并入户户口簿相关页",
    materials: [
      doc("householder-consent", "户主同意并户声明", "由并入户户主签名同意。", "householderConsent"),
      idCard("双方户主"),
      hukouBook("双方"),
      doc("marriage-certificate", "结婚证", "因结婚并户的提供。", "marriageCertificate", { required: false }),
    ],
    legalBasis: [`${householdLaw}第十条`, feeWaiver],
  }),
  online({
    code: "HZ028",
    name: "户主变更",
    nameEn: "Change of the head of household",
    summary: "户主死亡、迁出或经户内成员协商，申请变更户主。",
    synonyms: ["变更户主", "换户主", "户主更换"],
    eligibility: "户主死亡、迁出，或户内成年成员协商一致的，由新户主申请变更。",
    station: "residence",
    result: "变更户主，重新打印户口簿户主页",
    reviewDays: 1,
    approvalDays: 2,
    materials: [
      doc(
        "householder-consent",
        "户内成员同意声明",
        "户内成年成员签名同意变更户主；原户主死亡或迁出的无需原户主签名。",
        "householderConsent",
      ),
      idCard("新户主"),
      hukouBook("本户"),
    ],
    legalBasis: [`${householdLaw}第十条`, feeWaiver],
  }),
  online({
    code: "HZ029",
    name: "户籍证明出具",
    nameEn: "Household registration certificate",
    summary: "出具注销户口证明、户口登记项目变更更正证明等户籍证明。",
    synonyms: ["开户籍证明", "户口证明", "注销户口证明", "改名证明", "身份证号变更证明"],
    eligibility:
      "本人，或死者、被注销户口人员的近亲属，因办理其他事务需要证明户口登记事项的，可申请出具；户口簿、身份证能够证明的事项不再出具证明。",
    station: "residence",
    result: "出具加盖户籍专用章的户籍证明",
    reviewDays: 1,
    approvalDays: 2,
    materials: [
      doc("certificate-request", "户籍证明申请表", "写明证明事项和用途。", "certificateRequest"),
      idCard("申请人"),
      hukouBook("申请人"),
      doc("power-of-attorney", "委托书", "委托他人办理的，提供委托书和受托人身份证。", "powerOfAttorney", {
        required: false,
      }),
    ],
    legalBasis: [
      householdLaw,
      "《国务院办公厅关于全面推行证明事项告知承诺制的指导意见》（国办发〔2020〕42号）",
      feeWaiver,
    ],
  }),
];

const idCardFee: ServiceGuide["fees"] = [
  {
    item: "居民身份证工本费",
    amountFen: 2000,
    basis: "《中华人民共和国居民身份证法》；国家规定的居民身份证工本费标准",
  },
];
const idCardLaw = ["《中华人民共和国居民身份证法》", "《居民身份证制证用数字相片技术标准》（GA 461）"];

const brief = fromBrief({
  window: "户籍所在地公安派出所户籍窗口或县级公安机关政务服务窗口",
  legalBasis: [householdLaw, "《中华人民共和国居民身份证法》"],
});

const otherServices: CatalogEntry[] = [
  brief({
    code: "HZ030",
    name: "居民身份证首次申领预约",
    nameEn: "Appointment: first resident ID card",
    kind: "appointment",
    mode: "window",
    summary: "预约到户籍窗口首次申领居民身份证，现场采集照片和指纹。",
    synonyms: ["办身份证", "第一次办身份证", "首次办证", "身份证预约"],
    eligibility: "年满十六周岁的本省常住户口居民应当申领；未满十六周岁的可以由监护人代为申领。",
    materials: [
      material("hukou-book", "居民户口簿", "本人的居民户口簿原件。"),
      material("guardian-id", "监护人居民身份证", "未满十六周岁的，监护人陪同并携带身份证。", { required: false }),
    ],
    fees: idCardFee,
    timeLimitDays: 60,
    timeLimitNote: "受理之日起60日内发证，交通不便地区可延长至90日（《中华人民共和国居民身份证法》第十条）。",
    legalBasis: idCardLaw,
  }),
  brief({
    code: "HZ031",
    name: "居民身份证换领预约",
    nameEn: "Appointment: ID card renewal",
    kind: "appointment",
    mode: "window",
    summary: "身份证有效期将满、登记项目变更或证件损坏的，预约换领。",
    synonyms: ["身份证到期", "换身份证", "身份证过期"],
    eligibility: "居民身份证有效期满前三个月内，或登记项目变更、证件严重损坏不能辨认的本省户籍居民。",
    materials: [material("id-card", "原居民身份证", "原证件，换领时交回。")],
    fees: idCardFee,
    timeLimitDays: 60,
    timeLimitNote: "受理之日起60日内发证，可选择邮寄送达。",
    legalBasis: idCardLaw,
  }),
  brief({
    code: "HZ032",
    name: "居民身份证补领预约",
    nameEn: "Appointment: replacement of a lost ID card",
    kind: "appointment",
    mode: "window",
    summary: "身份证遗失或被盗的，预约补领，可同时申领临时居民身份证。",
    synonyms: ["身份证丢了", "补办身份证", "身份证遗失"],
    eligibility: "居民身份证遗失或被盗的本省户籍居民；可在全国任一受理点申请补领。",
    materials: [
      material("hukou-book", "居民户口簿", "本人的居民户口簿原件；在户籍地以外补领的可不提供。", { required: false }),
    ],
    fees: idCardFee,
    timeLimitDays: 60,
    timeLimitNote: "受理之日起60日内发证。",
    legalBasis: idCardLaw,
  }),
  brief({
    code: "HZ033",
    name: "居民身份证异地受理预约",
    nameEn: "Appointment: ID card outside one's home province",
    kind: "appointment",
    mode: "window",
    summary: "在本省居住的外省户籍居民，预约在居住地换领、补领居民身份证。",
    synonyms: ["异地办身份证", "跨省办身份证", "外地人办身份证"],
    eligibility: "户籍在外省、在本省工作生活的居民，换领或补领居民身份证（首次申领须回户籍地）。",
    materials: [material("id-card", "原居民身份证", "换领的交回原证；补领的无需提供。", { required: false })],
    fees: idCardFee,
    timeLimitDays: 60,
    timeLimitNote: "受理之日起60日内发证，可选择邮寄送达。",
    legalBasis: [...idCardLaw, "《关于建立居民身份证异地受理挂失申报和丢失招领制度的意见》"],
  }),
  brief({
    code: "HZ034",
    name: "临时居民身份证申领",
    nameEn: "Temporary resident ID card",
    kind: "handle",
    mode: "window",
    summary: "正在申领、换领、补领身份证期间急需使用的，申领临时居民身份证。",
    synonyms: ["临时身份证", "办临时身份证", "临时证"],
    eligibility: "正在申领、换领、补领居民身份证期间，急需使用居民身份证的本省户籍居民。",
    materials: [material("hukou-book", "居民户口簿", "本人的居民户口簿原件。")],
    fees: [{ item: "临时居民身份证工本费", amountFen: 1000, basis: "国家规定的临时居民身份证工本费标准" }],
    timeLimitDays: 3,
    timeLimitNote: "受理之日起3日内发证，有效期三个月（《临时居民身份证管理办法》）。",
    legalBasis: ["《临时居民身份证管理办法》", "《中华人民共和国居民身份证法》"],
  }),
  brief({
    code: "HZ035",
    name: "居民身份证办理进度查询",
    nameEn: "ID card application status",
    kind: "query",
    mode: "auto",
    summary: "查询已受理的居民身份证制证、发证进度。",
    synonyms: ["身份证办好了吗", "身份证进度", "身份证制证进度"],
    eligibility: "已在本省受理居民身份证申领、换领、补领的申请人本人。",
    timeLimitDays: null,
    timeLimitNote: "即时查询。",
    window: "线上查询",
  }),
  brief({
    code: "HZ036",
    name: "居民身份证挂失申报",
    nameEn: "Reporting a lost ID card",
    kind: "handle",
    mode: "auto",
    summary: "身份证遗失或被盗后在线挂失，防止被冒用。",
    synonyms: ["身份证挂失", "身份证被盗"],
    eligibility: "居民身份证遗失或被盗的本人。",
    timeLimitDays: null,
    timeLimitNote: "即时生效；挂失后须尽快补领。",
    window: "线上办理",
  }),
  brief({
    code: "HZ037",
    name: "居住证申领",
    nameEn: "Residence permit",
    kind: "handle",
    mode: "station",
    summary: "离开户籍地到本省城市居住半年以上、符合条件的，申领居住证。",
    synonyms: ["办居住证", "暂住证", "流动人口居住证"],
    eligibility: "在居住地已办理居住登记满半年，并有合法稳定就业、合法稳定住所或连续就读条件之一的非本地户籍公民。",
    materials: [
      material("id-card", "居民身份证", "本人居民身份证正反两面。"),
      material("residence-proof", "居住证明", "房屋租赁合同、不动产权证书或单位、学校出具的住宿证明，提供其一。"),
      material("employment-proof", "就业或就读证明", "劳动合同、营业执照或学校就读证明，提供其一。", {
        required: false,
      }),
      material("photo", "证件照片", "近期白底证件照片，可在线上传。"),
    ],
    timeLimitDays: 15,
    timeLimitNote: "受理之日起15日内制证发放（《居住证暂行条例》）。",
    window: "居住地公安派出所或受委托的社区服务机构",
    legalBasis: ["《居住证暂行条例》（国务院令第663号）"],
  }),
  brief({
    code: "HZ038",
    name: "居住证签注",
    nameEn: "Annual endorsement of a residence permit",
    kind: "handle",
    mode: "auto",
    summary: "居住证持有人每年在线办理签注，延续居住证有效期。",
    synonyms: ["居住证续签", "居住证年审", "居住证延期"],
    eligibility: "在居住地连续居住、居住证有效期将满的持证人，在有效期满前一个月内申请签注。",
    materials: [
      material("residence-proof", "居住证明", "居住地址未变更的无需提供；已变更的提供新的居住证明。", {
        required: false,
      }),
    ],
    timeLimitDays: null,
    timeLimitNote: "系统核验通过后即时签注。",
    window: "线上办理，或居住地公安派出所",
    legalBasis: ["《居住证暂行条例》（国务院令第663号）"],
  }),
  brief({
    code: "HZ039",
    name: "居住登记",
    nameEn: "Residence registration",
    kind: "handle",
    mode: "station",
    summary: "离开户籍地到其他城市居住的，在居住地申报居住登记。",
    synonyms: ["流动人口登记", "暂住登记", "居住申报"],
    eligibility: "离开常住户口所在地，到本省其他设区的市级以上城市居住的公民。",
    materials: [
      material("id-card", "居民身份证", "本人居民身份证正反两面。"),
      material("residence-proof", "居住证明", "租赁合同或住所证明，提供其一。"),
    ],
    timeLimitDays: 3,
    timeLimitNote: "3个工作日内完成登记。",
    window: "居住地公安派出所",
    legalBasis: ["《居住证暂行条例》（国务院令第663号）"],
  }),
  brief({
    code: "HZ040",
    name: "户籍业务办理进度查询",
    nameEn: "Household application status",
    kind: "query",
    mode: "auto",
    summary: "查询在线申请的户籍业务所处环节和结果。",
    synonyms: ["户口办理进度", "落户进度", "户口进度"],
    eligibility: "在本平台申请户籍业务的申请人本人。",
    timeLimitDays: null,
    timeLimitNote: "即时查询。",
    window: "线上查询",
  }),
  brief({
    code: "HZ041",
    name: "同名同姓人数查询",
    nameEn: "How many people share a name",
    kind: "query",
    mode: "auto",
    summary: "起名前查询本省户籍人口中同名同姓的人数。",
    synonyms: ["重名查询", "起名查询", "同名查询", "新生儿起名"],
    eligibility: "所有用户；结果只显示人数，不显示任何个人信息。",
    timeLimitDays: null,
    timeLimitNote: "即时查询。",
    window: "线上查询",
  }),
  brief({
    code: "HZ042",
    name: "户籍业务预约",
    nameEn: "Appointment at a household registration window",
    kind: "appointment",
    mode: "window",
    summary: "预约到派出所户籍窗口办理须现场办理的户籍业务。",
    synonyms: ["户籍窗口预约", "派出所预约", "户口业务预约"],
    eligibility: "需到户籍窗口现场办理户籍业务的公民。",
    timeLimitDays: null,
    timeLimitNote: "可预约7日内的时段。",
    window: "所选派出所户籍窗口",
  }),
  brief({
    code: "HZ043",
    name: "跨省户口迁移进度查询",
    nameEn: "Status of an inter-provincial move",
    kind: "query",
    mode: "auto",
    summary: "查询户口迁移“跨省通办”的迁出、迁入办理进度。",
    synonyms: ["户口迁移进度", "跨省通办进度", "迁户口进度"],
    eligibility: "已申请户口迁移“跨省通办”的申请人本人。",
    timeLimitDays: null,
    timeLimitNote: "即时查询。",
    window: "线上查询",
  }),
  brief({
    code: "HZ044",
    name: "居民身份证电子证照申领",
    nameEn: "Electronic ID certificate",
    kind: "handle",
    mode: "auto",
    summary: "申领居民身份证电子证照，用于线上身份核验。",
    synonyms: ["电子身份证", "网证", "身份证电子版"],
    eligibility: "持有有效居民身份证的本人。",
    materials: [material("face", "人脸核验", "按提示完成活体人脸识别，无需上传材料。")],
    timeLimitDays: null,
    timeLimitNote: "核验通过后即时签发。",
    window: "线上办理",
    legalBasis: ["《中华人民共和国居民身份证法》", "《中华人民共和国电子签名法》"],
  }),
  brief({
    code: "HZ045",
    name: "居民身份证邮寄送达",
    nameEn: "Postal delivery of an ID card",
    kind: "handle",
    mode: "auto",
    summary: "已受理的居民身份证选择邮寄送达，填写收件地址。",
    synonyms: ["身份证邮寄", "身份证寄到家", "邮寄身份证"],
    eligibility: "已受理、尚未领取居民身份证的申请人本人。",
    fees: [{ item: "邮寄费", amountFen: 0, basis: "由受理地公安机关承担，申请人无需付费" }],
    timeLimitDays: null,
    timeLimitNote: "制证完成后寄出，可查询物流信息。",
    window: "线上办理",
  }),
  brief({
    code: "HZ046",
    name: "港澳台居民居住证申领预约",
    nameEn: "Appointment: residence permit for HK, Macao and Taiwan residents",
    kind: "appointment",
    mode: "window",
    summary: "在本省居住半年以上的港澳台居民，预约申领港澳台居民居住证。",
    synonyms: ["港澳居民居住证", "台湾居民居住证", "港澳台居住证"],
    eligibility: "在本省居住半年以上，有合法稳定就业、合法稳定住所或连续就读条件之一的港澳台居民。",
    materials: [
      material("permit", "港澳居民来往内地通行证或台湾居民来往大陆通行证", "有效的通行证原件。"),
      material("residence-proof", "居住证明", "住所、就业或就读证明，提供其一。"),
    ],
    fees: [{ item: "港澳台居民居住证工本费", amountFen: 2000, basis: "参照居民身份证工本费标准" }],
    timeLimitDays: 20,
    timeLimitNote: "受理之日起20个工作日内发证（《港澳台居民居住证申领发放办法》）。",
    window: "居住地县级公安机关指定的受理点",
    legalBasis: ["《港澳台居民居住证申领发放办法》", "《居住证暂行条例》"],
  }),
  brief({
    code: "HZ047",
    name: "户籍窗口地址和办公时间",
    nameEn: "Household registration offices and hours",
    kind: "notice",
    mode: "auto",
    summary: "公示全省公安派出所户籍窗口的地址、电话和办公时间。",
    synonyms: ["派出所地址", "派出所电话", "户籍室在哪", "办公时间"],
    eligibility: "所有用户。",
    timeLimitDays: null,
    timeLimitNote: "信息变更时及时更新。",
    window: "线上公示",
  }),
  brief({
    code: "HZ048",
    name: "户籍业务收费标准公示",
    nameEn: "Household registration fees",
    kind: "notice",
    mode: "auto",
    summary: "公示户籍和居民身份证业务的收费项目、标准和依据。",
    synonyms: ["户口本收费", "身份证收费", "户籍收费"],
    eligibility: "所有用户。",
    fees: [
      ...noFee,
      ...idCardFee,
      { item: "临时居民身份证工本费", amountFen: 1000, basis: "国家规定的临时居民身份证工本费标准" },
    ],
    timeLimitDays: null,
    timeLimitNote: "收费标准调整时及时更新。",
    window: "线上公示",
    legalBasis: [feeWaiver, "《中华人民共和国居民身份证法》"],
  }),
  brief({
    code: "HZ049",
    name: "户籍制度改革政策公示",
    nameEn: "Household registration reform policies",
    kind: "notice",
    mode: "auto",
    summary: "公示国家和本省现行户籍制度改革、落户政策。",
    synonyms: ["落户政策", "落户条件", "户口政策"],
    eligibility: "所有用户。",
    timeLimitDays: null,
    timeLimitNote: "政策调整时及时更新。",
    window: "线上公示",
    legalBasis: [reformOpinion, localPolicy],
  }),
  brief({
    code: "HZ050",
    name: "本人户籍信息查询",
    nameEn: "Your own household registration details",
    kind: "query",
    mode: "auto",
    summary: "查询本人在公安机关登记的户籍信息。",
    synonyms: ["查户口", "户籍信息", "我的户口"],
    eligibility: "已实名认证的本人，查询时须短信验证码确认。",
    timeLimitDays: null,
    timeLimitNote: "即时查询。",
    window: "线上查询",
  }),
];

export const householdServices: CatalogEntry[] = [...onlineServices, ...otherServices];

/** The codes of the 29 household services handled fully online through the application engine. */
export const onlineHouseholdCodes: readonly string[] = onlineServices.map((s) => s.code);
