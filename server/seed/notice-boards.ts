import type { DemoAccountKey } from "./demo-accounts";

/**
 * One seeded notice: drafted by a demo officer for the officer's own unit and approved by a supervisor over
 * it, as the desk would. Days count from the seed's today: `from`/`to` the first and last day of the period,
 * so a notice with `to` in the past is in the archive (`archived` when the desk has filed it already).
 */
export type SeedNotice = {
  code: string;
  drafter: DemoAccountKey;
  approver: DemoAccountKey;
  title: string;
  body: string;
  from: number;
  to: number;
  archived?: boolean;
};

type Board = {
  code: string;
  drafter: DemoAccountKey;
  approver: DemoAccountKey;
  /** [title, body] of a notice in its period now. */
  current: readonly [string, string];
  /** [title, body] of a notice whose period ended a month ago. */
  past: readonly [string, string];
  /** Both notices' period in days, where the board's configuration fixes one longer than the demo's few weeks. */
  days?: number;
};

// The city bureau's own notices are drafted at its headquarters, where the demo has the traffic officer.
const zzCity = { drafter: "trafficOfficer", approver: "citySupervisor" } as const;
const zzTraffic = { drafter: "trafficOfficer", approver: "citySupervisor" } as const;
const zzVehicle = { drafter: "vehicleDeskOfficer", approver: "citySupervisor" } as const;
const zzExitEntry = { drafter: "exitEntryDeskOfficer", approver: "citySupervisor" } as const;
const zzCyber = { drafter: "cyberDeskOfficer", approver: "citySupervisor" } as const;
const zzPublicOrder = { drafter: "publicOrderDeskOfficer", approver: "citySupervisor" } as const;
const huayuan = { drafter: "stationOfficer", approver: "stationSupervisor" } as const;
const jinshui = { drafter: "countyApprover", approver: "countySupervisor" } as const;

/** The 34 notice services of the catalogue, each with a current and a past notice of a plausible unit. */
const boards: readonly Board[] = [
  {
    code: "AJ009",
    ...zzCity,
    current: [
      "刑事案件被害人诉讼权利告知",
      "刑事案件的被害人依法享有：申请回避、委托诉讼代理人、提起附带民事诉讼、对不立案决定申请复议、知悉案件办理进展等权利。对公安机关不立案决定不服的，可以在收到通知书后七日内申请复议。",
    ],
    past: [
      "关于被害人申请知悉案件进展的告知",
      "被害人可以通过警民通“案件查询”或向办案单位查询案件受案、立案、强制措施、移送审查起诉等办理进展。",
    ],
  },
  {
    code: "AJ011",
    ...zzCity,
    current: [
      "关于征集“11·03”系列盗窃电动车案线索的悬赏通告",
      "2026年11月以来，金水区、管城回族区多个小区发生夜间盗窃电动自行车案件。对提供线索直接破案的，给予人民币一万元奖励；对举报人信息严格保密。线索请拨打110或0371-69622110。",
    ],
    past: [
      "关于征集“9·15”入室盗窃案线索的悬赏通告（已破案）",
      "该案已于2026年10月破获，感谢广大群众的支持，本悬赏通告撤销。",
    ],
  },
  {
    code: "AJ016",
    ...zzCity,
    days: 181,
    current: [
      "无主财物招领公告（2026年第12期）",
      "我局在办案中依法扣押、查获的电动自行车28辆、手机15部，经查无法确认权利人。请权利人自公告之日起六个月内，携带身份证件及购买凭证到郑州市公安局涉案财物管理中心认领，逾期将依法处理。",
    ],
    past: ["无主财物招领公告（2026年第9期）", "公告期满，部分财物已由权利人认领，其余财物依法上缴国库。"],
  },
  {
    code: "JS010",
    ...zzCity,
    current: [
      "郑州市第一看守所律师会见和家属会见须知",
      "律师会见：工作日 8:30—12:00、14:30—17:30，凭律师执业证书、律师事务所证明和委托书或法律援助公函办理。家属不能会见在押人员，可通过看守所存款窗口存款、寄送衣物。",
    ],
    past: ["国庆节期间看守所会见安排", "2026年10月1日至7日暂停家属存物，律师会见照常办理。"],
  },
  {
    code: "WA013",
    ...zzCyber,
    current: [
      "反诈预警：年底“刷单返利”“冒充客服退款”诈骗高发",
      "近期辖区“刷单返利”“冒充电商客服退款”诈骗案件明显增多。凡是要求下载陌生App、开启屏幕共享、先垫付资金的，都是诈骗。如有疑问请拨打96110咨询。",
    ],
    past: ["反诈预警：警惕“虚假投资理财”诈骗", "以“内幕消息”“高额回报”为诱饵，引导下载虚假投资平台的均为诈骗。"],
  },
  {
    code: "WA015",
    ...zzCyber,
    current: [
      "郑州市网络安全等级保护测评机构名录（2026年12月更新）",
      "以下机构具备网络安全等级保护测评资质，可为辖区网络运营者提供测评服务：河南某信息安全测评中心有限公司、郑州某网络安全技术有限公司等12家。名录以公安部推荐目录为准。",
    ],
    past: ["等级保护测评机构名录（2026年6月）", "名录已于2026年12月更新，本期作废。"],
  },
  {
    code: "CR016",
    ...zzExitEntry,
    current: [
      "郑州市出入境接待大厅地址和办公时间",
      "地址：郑州市金水区经三路出入境接待大厅。办公时间：周一至周五 9:00—17:00，周六 9:00—12:00（仅受理港澳签注和领证）。法定节假日休息。",
    ],
    past: ["元旦期间出入境窗口办公时间调整", "2026年1月1日休息，1月2日起恢复正常办公。"],
  },
  {
    code: "CR017",
    ...zzExitEntry,
    current: [
      "出入境证件收费标准公示",
      "普通护照：120元/本；往来港澳通行证：60元/本；港澳一次有效签注：15元/件，二次有效签注：30元/件；往来台湾通行证：60元/本。收费依据：国家发展改革委、财政部有关文件。",
    ],
    past: ["出入境证件收费标准（2025年版）", "本标准已被2026年版替代。"],
  },
  {
    code: "CR024",
    ...zzExitEntry,
    current: [
      "外国人144小时过境免签政策适用口岸公告",
      "郑州新郑国际机场为144小时过境免签适用口岸。符合条件的54国人员持有效国际旅行证件和144小时内确定日期、座位的联程客票，可在河南省行政区域内停留。",
    ],
    past: ["口岸签证办理时间调整公告", "春运期间口岸签证受理窗口延长服务时间。"],
  },
  {
    code: "CR025",
    ...zzExitEntry,
    current: [
      "关于内地居民办理出入境证件“全国通办”的公告",
      "内地居民可在全国任一出入境管理机构申请普通护照、往来港澳台通行证及签注，无需返回户籍地。申请时请携带本人居民身份证。",
    ],
    past: ["关于推行出入境证件“网上预约”的公告", "自2026年3月起全面推行网上预约办证。"],
  },
  {
    code: "CR035",
    ...zzExitEntry,
    current: [
      "出入境业务申请表格下载说明",
      "《中国公民出入境证件申请表》可在窗口领取，也可在警民通下载打印后填写；照片由窗口现场采集，无需自备。",
    ],
    past: ["旧版申请表停止使用公告", "2026年6月1日起停止受理旧版申请表。"],
  },
  {
    code: "ZH005",
    ...zzCity,
    current: [
      "郑州市公安局2026年11月警情通报",
      "11月全市110接报警情同比下降6.3%，刑事警情下降11.2%，电信网络诈骗警情下降18.5%。盗窃电动车警情仍为多发，请市民将车辆停放在有监控的停车场所。",
    ],
    past: ["郑州市公安局2026年10月警情通报", "10月全市刑事警情同比下降9.8%。"],
  },
  {
    code: "ZH006",
    ...zzCity,
    current: [
      "郑州市公安机关政务服务事项办事指南目录（2026年版）",
      "全市公安机关政务服务事项共289项，办事指南在警民通“服务目录”统一公示，内容包括办理条件、申请材料、办理流程、办理时限和收费依据。",
    ],
    past: ["政务服务事项办事指南目录（2025年版）", "本目录已被2026年版替代。"],
  },
  {
    code: "ZH007",
    ...zzCity,
    current: [
      "公安政务服务网点地址和办公时间（2026年12月）",
      "全市共设公安政务服务网点126个，含派出所户籍窗口、车驾管服务站和出入境接待大厅。工作日 8:30—12:00、14:30—17:30（夏季 15:00—18:00），部分网点周六上午办公。",
    ],
    past: ["政务服务网点调整公告", "二七区五里堡派出所户籍窗口迁至大学路118号。"],
  },
  {
    code: "ZH017",
    ...zzCity,
    current: [
      "冬季防火防盗安全提示",
      "冬季用火用电增多，请勿在楼道、室内为电动车充电；外出时关好门窗，贵重物品不要放在车内显眼处。发现可疑情况请拨打110。",
    ],
    past: ["暑期防溺水安全提示", "请家长看管好孩子，不到无安全设施的水域游泳。"],
  },
  {
    code: "ZH018",
    ...zzCity,
    current: [
      "公安行政许可事项目录（2026年版）",
      "公安行政许可事项共37项，包括户口迁移审批、旅馆业特种行业许可、公章刻制业许可、大型群众性活动安全许可、爆破作业单位许可等。",
    ],
    past: ["公安行政许可事项目录（2025年版）", "本目录已被2026年版替代。"],
  },
  {
    code: "ZH019",
    ...zzCity,
    current: [
      "公安机关证明事项告知承诺制清单",
      "以下证明事项实行告知承诺制，申请人书面承诺后不再提交证明：亲属关系证明（部分户口业务）、无犯罪记录证明（部分行政许可）等共15项。虚假承诺的依法承担责任。",
    ],
    past: ["证明事项告知承诺制清单（第一批）", "已并入2026年清单。"],
  },
  {
    code: "HZ047",
    ...huayuan,
    current: [
      "花园路派出所户籍窗口地址和办公时间",
      "地址：郑州市金水区花园路88号。办公时间：周一至周五 8:30—12:00、14:30—17:30；周六 9:00—12:00 办理身份证领取和户口登记咨询。电话：0371-65010501。",
    ],
    past: ["花园路派出所户籍窗口临时停止办公公告", "因系统升级，2026年10月28日全天暂停办理户籍业务。"],
  },
  {
    code: "HZ048",
    ...jinshui,
    current: [
      "户籍业务收费标准公示",
      "居民身份证首次申领、到期换领：20元；丢失补领、损坏换领：40元；临时居民身份证：10元。户口登记、迁移、户口簿首次发放不收费。收费依据：国家发展改革委、财政部有关文件。",
    ],
    past: ["户口簿工本费取消公告", "自2026年1月1日起户口簿补领、换领不收取工本费。"],
  },
  {
    code: "HZ049",
    ...jinshui,
    current: [
      "郑州市户籍制度改革政策公示",
      "在郑州市区有合法稳定住所（含租赁）的人员，本人及其共同居住生活的配偶、子女、父母可以申请登记常住户口。高校毕业生、技术工人、留学归国人员可以先落户后就业。",
    ],
    past: ["关于进一步放宽落户条件的公示（征求意见稿）", "征求意见期已结束，正式政策见新公示。"],
  },
  {
    code: "JD012",
    ...zzCity,
    current: [
      "易制毒化学品品种目录公示",
      "第一类：1-苯基-2-丙酮、麻黄素类物质等；第二类：苯乙酸、醋酸酐、三氯甲烷等；第三类：甲苯、丙酮、高锰酸钾、硫酸、盐酸等。生产、经营、购买、运输上述物品须依法办理许可或备案。",
    ],
    past: ["新增列管易制毒化学品公告", "自2026年9月1日起新增列管品种4种。"],
  },
  {
    code: "ZA034",
    ...zzPublicOrder,
    current: [
      "管制刀具认定标准公示",
      "匕首、三棱刮刀、带有自锁装置的弹簧刀（跳刀）以及刀尖角度小于60度、刀身长度超过150毫米的单刃刀、双刃刀，属于管制刀具。购买、携带管制刀具须符合规定。",
    ],
    past: ["地铁安检禁止携带刀具的公告", "乘坐地铁禁止携带管制刀具及刀身超过规定长度的刀具。"],
  },
  {
    code: "ZA042",
    ...zzPublicOrder,
    current: [
      "郑州市2027年元旦春节烟花爆竹禁限放区域公告",
      "三环以内（含三环）及郑东新区、航空港区城区范围内全年禁止燃放烟花爆竹；其他区域春节期间（除夕至正月初五）7:00—24:00可以燃放。违者依法处罚。",
    ],
    past: ["国庆期间禁止燃放烟花爆竹的公告", "国庆期间全市禁放区域内禁止燃放。"],
  },
  {
    code: "ZA044",
    ...zzPublicOrder,
    current: [
      "特种行业许可公示（旅馆业，2026年第23期）",
      "郑州某酒店管理有限公司花园路店（金水区花园路166号）申请旅馆业特种行业许可，经审查拟予许可。公示期内对公示内容有异议的，可以在线提出异议。",
    ],
    past: ["特种行业许可公示（公章刻制业，2026年第18期）", "公示期满无异议，已核发许可证。"],
  },
  {
    code: "ZA045",
    ...zzPublicOrder,
    days: 90,
    current: [
      "行政处罚决定公开（郑公（治）行罚决字〔2026〕1186号）",
      "当事人郑州某网吧（经营场所：二七区大学路）接纳未成年人进入营业场所，违反《互联网上网服务营业场所管理条例》，决定给予警告并处罚款五千元。",
    ],
    past: ["行政处罚决定公开（郑公（治）行罚决字〔2026〕0921号）", "该决定已执行完毕。"],
  },
  {
    code: "JJ043",
    ...zzVehicle,
    current: [
      "郑州市机动车驾驶人考试考场信息公示",
      "科目一：郑州市车管所考试中心（金水区）；科目二、三：圃田考场、航海东路考场、新郑考场。考试时间：工作日 8:00—17:00，请按预约时间提前30分钟到场。",
    ],
    past: ["航海东路考场暂停考试公告", "2026年10月考场设备改造期间暂停科目二考试。"],
  },
  {
    code: "JJ044",
    ...zzVehicle,
    current: [
      "2026年12月第2周驾驶人考试预约结果公示",
      "本周科目一预约2,316人、科目二1,874人、科目三1,502人，预约成功率分别为100%、96.2%、94.8%。预约结果以短信通知为准。",
    ],
    past: ["2026年11月第1周驾驶人考试预约结果公示", "公示期已满。"],
  },
  {
    code: "JJ053",
    ...zzTraffic,
    current: [
      "新增交通技术监控设备设置地点公告",
      "自2026年12月15日起，以下地点新增启用交通技术监控设备：花园路与农业路交叉口（闯红灯）、中州大道与金水路交叉口（不按导向车道行驶）、三环快速路南段（超速）。",
    ],
    past: ["交通技术监控设备设置地点公告（2026年第3批）", "设备已于2026年9月启用。"],
  },
  {
    code: "JJ054",
    ...zzTraffic,
    current: [
      "交通违法处理窗口地址和办公时间",
      "郑州市交警支队违法处理大厅（金水区），各大队违法处理窗口。工作日 9:00—17:00。本人名下的非现场违法也可以在警民通“交通违法”在线处理缴款。",
    ],
    past: ["交通违法处理窗口节假日安排", "国庆期间违法处理窗口10月4日、5日照常办公。"],
  },
  {
    code: "JJ062",
    ...zzTraffic,
    current: [
      "2026年第四季度事故多发路段公示",
      "京港澳高速郑州段k680—k690、中州大道与东风路交叉口、107辅道航海路至南三环段。途经以上路段请减速慢行、保持安全车距。",
    ],
    past: ["2026年第三季度事故多发路段公示", "公示期已满。"],
  },
  {
    code: "JJ063",
    ...zzTraffic,
    current: [
      "关于农业路快速通道施工期间交通管制的公告",
      "因农业路快速通道（花园路至文化路段）桥梁维修，自公告之日起至施工结束，该路段东向西方向封闭施工，过往车辆请绕行东风路或黄河路。",
    ],
    past: ["郑州马拉松赛事期间道路交通管制公告", "比赛当日7:00—14:00沿线道路实行交通管制，已结束。"],
  },
  {
    code: "JJ064",
    ...zzTraffic,
    current: [
      "关于继续实施机动车尾号限行的通告",
      "工作日7:00—21:00，四环以内（不含四环）道路按车牌尾号限行：周一1和6，周二2和7，周三3和8，周四4和9，周五5和0。新能源汽车、公交车等不受限制。",
    ],
    past: ["重污染天气期间机动车单双号限行通告", "预警解除后单双号限行措施已取消。"],
  },
  {
    code: "JJ069",
    ...zzVehicle,
    current: [
      "车驾管服务网点地址和办公时间",
      "郑州市车管所（金水区）、圃田服务站、新郑服务站及58个“警邮合作”网点可办理补换领驾驶证、补领行驶证、机动车检验标志等业务。工作日 9:00—17:00。",
    ],
    past: ["车管所周末延时服务公告", "2026年暑期周六上午延时服务已结束。"],
  },
  {
    code: "JJ072",
    ...zzVehicle,
    current: [
      "道路交通安全违法行为记分规则公示",
      "一个记分周期为12个月，满分12分。饮酒后驾驶机动车一次记12分；驾驶机动车不按交通信号灯指示通行一次记6分；开车时使用手机一次记3分。记满12分的需参加学习和考试。",
    ],
    past: [
      "驾驶人满分教育和注销公告（2026年第10期）",
      "以下驾驶人记分满12分且逾期未参加学习考试，驾驶证已依法公告停止使用。",
    ],
  },
];

/** A few boards of 洛阳, so the city filter has something to tell apart. */
const luoyang: readonly SeedNotice[] = [
  {
    code: "HZ047",
    drafter: "luoyangStationOfficer",
    approver: "luoyangSupervisor",
    title: "长安路派出所户籍窗口地址和办公时间",
    body: "地址：洛阳市西工区长安路。办公时间：周一至周五 8:30—12:00、14:30—17:30。",
    from: -20,
    to: 40,
  },
  {
    code: "WA013",
    drafter: "luoyangStationOfficer",
    approver: "luoyangSupervisor",
    title: "长安路派出所反诈预警：警惕冒充“公检法”电话诈骗",
    body: "近期辖区发生多起冒充公检法机关工作人员、以“涉嫌洗钱”为由要求转账到“安全账户”的诈骗。公检法机关不会通过电话办案，更没有“安全账户”。如有疑问请拨打96110。",
    from: -2,
    to: 4,
  },
  {
    code: "ZH017",
    drafter: "luoyangStationOfficer",
    approver: "luoyangSupervisor",
    title: "牡丹文化节期间王城公园周边防盗防骗提示（已结束）",
    body: "牡丹文化节期间王城公园周边游客密集，请看管好随身财物，警惕“低价门票”“代购花卉”等骗局。",
    from: -240,
    to: -220,
    archived: true,
  },
];

/** Every seeded notice: per board a current one (some opened lately, some weeks ago) and one a month past. */
export const seedNotices: readonly SeedNotice[] = [
  ...boards.flatMap((b, i): SeedNotice[] => [
    {
      code: b.code,
      drafter: b.drafter,
      approver: b.approver,
      title: b.current[0],
      body: b.current[1],
      from: -(i % 10),
      to: b.days ? b.days - 1 - (i % 10) : 20 + (i % 25),
    },
    {
      code: b.code,
      drafter: b.drafter,
      approver: b.approver,
      title: b.past[0],
      body: b.past[1],
      from: b.days ? -29 - b.days : -60,
      to: -30,
      archived: i % 2 === 0,
    },
  ]),
  ...luoyang,
];
