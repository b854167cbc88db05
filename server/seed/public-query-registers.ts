import { makeIdNumber } from "@/server/population/id-number";
import { demoAccount, demoAccounts } from "./demo-accounts";
import { henanOrgs } from "./henan-orgs";
import { firstCitiesPopulation, type SeedResident } from "./population";
import { seededRandom } from "./seeded-random";

/**
 * The registers behind the public, own-data and family queries, generated from fixed seeds and dated from
 * `today`, so every database holds the same rows and the demo citizen 张明 finds something in each query.
 */

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const stationsOf = (cities: readonly string[]) =>
  henanOrgs.filter((u) => u.level === "station" && cities.includes(u.path.split("/")[2] ?? ""));
const firstCityStations = stationsOf(["410100", "410200", "410300"]);

/** Fixed rows the README, the demo and the tests name. */
export const publicQueryDemo = {
  /** The demo station's latest item, found three days before the seed: a black Huawei phone. */
  lostItem: { stationCode: "41010501", description: "黑色华为手机，屏幕有裂纹" },
  guardCertificate: { certificateNumber: "41012023000137", holderName: "王建伟" },
  revokedGuardCertificate: { certificateNumber: "41012019000452", holderName: "赵磊" },
  filing: { filingNumber: "41010502000123", domain: "zzhuayuan-bakery.com" },
  fraudPhone: "17083215566",
  fraudHost: "gov-refund-cn.top",
  precursorPermit: "2026-J-410000-0018",
  /** 张明's younger brother, held at 郑州市第一看守所; 张明 was notified, 备用群众 is his lawyer. */
  detainee: { name: "张亮", idNumber: makeIdNumber("410105", "1994-02-11", "035") },
  treatmentSubject: { name: "王建军", idNumber: makeIdNumber("410102", "1971-06-30", "057") },
  detentionNotice: "金公(刑)拘通字〔2026〕0211号",
  treatmentDecision: "郑公(禁)强戒决字〔2026〕0046号",
  lawyerCertificate: "14101201910328765",
  lawyerCase: { caseNumber: "郑金公（经）立字〔2026〕00311号", stationCode: "41010502" },
  bailReceipts: { refundDue: "BZJ4101052025000087", refunded: "BZJ4101052024000213" },
  crossingRecordPrefix: "BJ",
} as const;

export type SeedLostItem = {
  itemNumber: string;
  stationCode: string;
  category: "documents" | "phone" | "electronics" | "wallet" | "bag" | "keys" | "jewellery" | "clothing" | "other";
  description: string;
  identifyingMarks: string;
  foundPlace: string;
  foundOn: string;
  status: "held" | "returned" | "handed_over";
  returned?: { claimant: SeedResident };
};

const lostItemKinds: readonly Omit<SeedLostItem, "itemNumber" | "stationCode" | "foundPlace" | "foundOn" | "status">[] =
  [
    { category: "documents", description: "居民身份证一张", identifyingMarks: "证上姓名和号码见登记卡" },
    {
      category: "phone",
      description: "黑色华为手机，屏幕有裂纹",
      identifyingMarks: "锁屏壁纸为一只橘猫，手机壳内夹一张公交卡",
    },
    {
      category: "phone",
      description: "白色苹果手机，透明手机壳",
      identifyingMarks: "手机壳背面贴有卡通贴纸，锁屏为海边照片",
    },
    {
      category: "wallet",
      description: "棕色男式皮质钱包",
      identifyingMarks: "内有现金约三百元、银行卡两张，卡上姓名见登记卡",
    },
    { category: "wallet", description: "红色女式长款钱包", identifyingMarks: "内有一张全家福照片和超市会员卡" },
    { category: "bag", description: "黑色双肩背包", identifyingMarks: "包内有笔记本电脑一台、充电器和两本教材" },
    { category: "bag", description: "蓝色帆布手提袋", identifyingMarks: "袋内有保温杯和毛衣一件" },
    { category: "keys", description: "钥匙一串（四把），挂小熊挂件", identifyingMarks: "含一把电动车钥匙和一张门禁卡" },
    { category: "electronics", description: "白色无线耳机（带充电盒）", identifyingMarks: "充电盒刻有英文字母" },
    { category: "electronics", description: "银色笔记本电脑", identifyingMarks: "开机密码提示和桌面文件由失主描述" },
    { category: "jewellery", description: "黄色金属手镯一只", identifyingMarks: "内侧刻有字样" },
    { category: "clothing", description: "儿童红色羽绒服", identifyingMarks: "口袋内有幼儿园接送卡" },
    { category: "other", description: "黑色雨伞一把和文件袋一个", identifyingMarks: "文件袋内为购房合同复印件" },
    { category: "documents", description: "驾驶证一本", identifyingMarks: "证上姓名和号码见登记卡" },
  ];

const placesNear = ["公交站台", "地铁站出口", "超市门口", "公园长椅", "出租车上", "小区门口", "银行网点", "医院门诊楼"];

export function buildLostItems(today: string): SeedLostItem[] {
  const random = seededRandom(20261207);
  const items: SeedLostItem[] = [];
  const year = today.slice(0, 4);
  const sequence = new Map<string, number>();
  const number = (stationCode: string) => {
    const n = (sequence.get(stationCode) ?? 0) + 1;
    sequence.set(stationCode, n);
    return `SL${stationCode}${year}${String(n).padStart(4, "0")}`;
  };
  const claimants = firstCitiesPopulation.flatMap((h) => h.members).filter((m) => m.birthDate < "2006-01-01");
  // The demo station first, so its first item is the phone the README and the e2e test look for.
  const stations = [
    firstCityStations.find((s) => s.code === publicQueryDemo.lostItem.stationCode)!,
    ...firstCityStations.filter((s) => s.code !== publicQueryDemo.lostItem.stationCode),
  ];
  stations.forEach((station, i) => {
    const street = station.address?.replace(/^河南省.+?[市县区]/, "").replace(/\d+号$/, "") ?? "";
    const count = i === 0 ? 5 : random.int(1, 2);
    for (let k = 0; k < count; k++) {
      const kind = i === 0 && k === 0 ? lostItemKinds[1]! : random.pick(lostItemKinds);
      const daysAgo = i === 0 && k === 0 ? 3 : random.int(1, 400);
      const roll = random.int(1, 100);
      const status: SeedLostItem["status"] =
        daysAgo > 365 ? "handed_over" : i === 0 && k === 0 ? "held" : roll <= 25 ? "returned" : "held";
      items.push({
        ...kind,
        itemNumber: number(station.code),
        stationCode: station.code,
        foundPlace: `${street}${random.pick(placesNear)}`,
        foundOn: addDays(today, -daysAgo),
        status,
        returned: status === "returned" ? { claimant: random.pick(claimants) } : undefined,
      });
    }
  });
  return items;
}

export type SeedCommunityArea = {
  stationCode: string;
  community: string;
  streets: string[];
  officerName: string;
  policeNumber: string;
  dutyPhone: string;
  office: string;
};

const officerSurnames = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "赵",
  "黄",
  "周",
  "吴",
  "徐",
  "孙",
  "马",
  "朱",
  "胡",
  "郭",
];
const officerGiven = [
  "建国",
  "卫东",
  "志刚",
  "海涛",
  "晓峰",
  "红梅",
  "丽萍",
  "俊杰",
  "国栋",
  "明辉",
  "秀芳",
  "振华",
  "鹏飞",
  "静怡",
];
const communitySuffixes = ["东", "西", "南", "北", "新村", "花园"];

/** Two or three communities per station of the first cities, each with its officer and 警务室. */
export function buildCommunityAreas(): SeedCommunityArea[] {
  const random = seededRandom(20261208);
  const usedNumbers = new Set<string>();
  const areas: SeedCommunityArea[] = [];
  for (const station of firstCityStations) {
    const street = station.address?.replace(/^河南省.+?[市县区]/, "").replace(/\d+号$/, "") ?? "";
    const roadName = street.replace(/^.+镇/, "");
    const count = station.code === publicQueryDemo.lostItem.stationCode ? 3 : random.int(2, 3);
    for (let k = 0; k < count; k++) {
      let policeNumber: string;
      do policeNumber = `${station.code.slice(2, 4)}${random.int(1000, 9999)}`;
      while (usedNumbers.has(policeNumber));
      usedNumbers.add(policeNumber);
      const suffix = communitySuffixes[k]!;
      const name = `${roadName.replace(/[路街道]+$/, "")}${suffix}社区`;
      areas.push({
        stationCode: station.code,
        community: name,
        // The first community covers the station's own street, so any address on it finds an officer.
        streets:
          k === 0
            ? [street, roadName]
            : [`${roadName.replace(/[路街道]+$/, "")}${suffix}街`, `${name.replace("社区", "")}小区`],
        officerName: `${random.pick(officerSurnames)}${random.pick(officerGiven)}`,
        policeNumber,
        dutyPhone: `${station.phone?.slice(0, -3) ?? "0371-6"}${String(random.int(100, 999))}`,
        office: `${name}警务室`,
      });
    }
  }
  return areas;
}

export type SeedPoliceCard = {
  policeNumber: string;
  name: string;
  unitCode: string;
  issuedOn: string;
  status: "valid" | "reported_lost" | "revoked";
};

/** Every demo officer and every community officer holds a card; a few more were lost or withdrawn. */
export function buildPoliceCards(areas: readonly SeedCommunityArea[], today: string): SeedPoliceCard[] {
  const random = seededRandom(20261209);
  const cards: SeedPoliceCard[] = [];
  for (const a of demoAccounts) {
    if (a.loginKind !== "account" || !a.orgUnitCode || !/^\d{9}$/.test(a.login)) continue;
    cards.push({
      policeNumber: demoPoliceNumber(a.login),
      name: a.name,
      unitCode: a.orgUnitCode,
      issuedOn: addDays(today, -random.int(400, 3000)),
      status: "valid",
    });
  }
  for (const area of areas) {
    cards.push({
      policeNumber: area.policeNumber,
      name: area.officerName,
      unitCode: area.stationCode,
      issuedOn: addDays(today, -random.int(400, 3000)),
      status: "valid",
    });
  }
  cards.push(
    { policeNumber: "019384", name: "李卫国", unitCode: "410105", issuedOn: "2015-03-02", status: "revoked" },
    { policeNumber: "027715", name: "孙晓军", unitCode: "41010503", issuedOn: "2018-07-16", status: "reported_lost" },
  );
  return cards;
}

/** A demo officer's 警号: the last six digits of the sign-in account (410105001 → 105001). */
export function demoPoliceNumber(account: string): string {
  return account.slice(-6);
}

export type SeedGuardCertificate = {
  certificateNumber: string;
  holder: SeedResident;
  cityCode: string;
  issuedOn: string;
  validUntil: string | null;
  status: "valid" | "revoked";
  revokedOn: string | null;
  employer: string;
};

const guardEmployers = [
  "河南中原保安服务有限公司",
  "郑州市保安服务有限公司",
  "洛阳市保安服务总公司",
  "开封市平安保安服务有限公司",
];

export function buildGuardCertificates(today: string): SeedGuardCertificate[] {
  const random = seededRandom(20261210);
  const adults = firstCitiesPopulation
    .flatMap((h) => h.members.map((m) => ({ m, city: `${h.orgUnitCode.slice(0, 4)}00` })))
    .filter(({ m }) => m.birthDate < "2004-01-01" && m.birthDate > "1966-01-01");
  const certs: SeedGuardCertificate[] = [];
  const used = new Set<string>();
  for (let i = 0; i < 24 && i < adults.length; i++) {
    const { m, city } = adults[(i * 7) % adults.length]!;
    const year = random.int(2016, Number(today.slice(0, 4)) - 1);
    let number: string;
    do number = `${city.slice(0, 4)}${year}${String(random.int(1, 999_999)).padStart(6, "0")}`;
    while (used.has(number));
    used.add(number);
    const roll = random.int(1, 100);
    certs.push({
      certificateNumber: number,
      holder: m,
      cityCode: city,
      issuedOn: `${year}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`,
      validUntil: roll > 85 ? addDays(today, -random.int(30, 400)) : null,
      status: roll <= 10 ? "revoked" : "valid",
      revokedOn: roll <= 10 ? addDays(today, -random.int(30, 600)) : null,
      employer: random.pick(guardEmployers),
    });
  }
  const holder = (name: string, birth: string, seq: string, region: string): SeedResident => ({
    idNumber: makeIdNumber(region, birth, seq),
    name,
    sex: "M",
    birthDate: birth,
    ethnicity: "汉族",
    relationToHead: "户主",
  });
  certs.push(
    {
      certificateNumber: publicQueryDemo.guardCertificate.certificateNumber,
      holder: holder(publicQueryDemo.guardCertificate.holderName, "1985-04-17", "071", "410102"),
      cityCode: "410100",
      issuedOn: "2023-06-20",
      validUntil: null,
      status: "valid",
      revokedOn: null,
      employer: guardEmployers[1]!,
    },
    {
      certificateNumber: publicQueryDemo.revokedGuardCertificate.certificateNumber,
      holder: holder(publicQueryDemo.revokedGuardCertificate.holderName, "1979-11-03", "093", "410103"),
      cityCode: "410100",
      issuedOn: "2019-03-11",
      validUntil: null,
      status: "revoked",
      revokedOn: addDays(today, -200),
      employer: guardEmployers[0]!,
    },
  );
  return certs;
}

export type SeedFiling = {
  filingNumber: string;
  siteName: string;
  domain: string;
  entityName: string;
  entityType: "enterprise" | "government" | "institution" | "individual";
  filedOn: string;
  status: "active" | "cancelled";
  cityCode: string;
};

export const filings: readonly SeedFiling[] = [
  {
    filingNumber: publicQueryDemo.filing.filingNumber,
    siteName: "花园烘焙",
    domain: publicQueryDemo.filing.domain,
    entityName: "郑州花园烘焙食品有限公司",
    entityType: "enterprise",
    filedOn: "2022-04-18",
    status: "active",
    cityCode: "410100",
  },
  {
    filingNumber: "41010502000231",
    siteName: "金水区人民政府网",
    domain: "jinshui.gov.cn",
    entityName: "郑州市金水区人民政府办公室",
    entityType: "government",
    filedOn: "2016-09-01",
    status: "active",
    cityCode: "410100",
  },
  {
    filingNumber: "41010302000578",
    siteName: "二七商圈网",
    domain: "erqi-shop.com",
    entityName: "郑州二七商贸信息服务有限公司",
    entityType: "enterprise",
    filedOn: "2019-12-05",
    status: "active",
    cityCode: "410100",
  },
  {
    filingNumber: "41010202000864",
    siteName: "中原技术学院",
    domain: "zyjsxy.edu.cn",
    entityName: "中原技术学院",
    entityType: "institution",
    filedOn: "2017-05-22",
    status: "active",
    cityCode: "410100",
  },
  {
    filingNumber: "41010502001045",
    siteName: "小张的摄影笔记",
    domain: "xiaozhang-photo.cn",
    entityName: "张伟",
    entityType: "individual",
    filedOn: "2021-08-09",
    status: "active",
    cityCode: "410100",
  },
  {
    filingNumber: "41020202000117",
    siteName: "开封古城旅游",
    domain: "kfgucheng-travel.com",
    entityName: "开封古城文化旅游发展有限公司",
    entityType: "enterprise",
    filedOn: "2020-03-30",
    status: "active",
    cityCode: "410200",
  },
  {
    filingNumber: "41030202000356",
    siteName: "洛阳牡丹花会",
    domain: "lymudan.org.cn",
    entityName: "洛阳牡丹文化节组委会办公室",
    entityType: "government",
    filedOn: "2018-02-14",
    status: "active",
    cityCode: "410300",
  },
  {
    filingNumber: "41030302000492",
    siteName: "洛城二手车",
    domain: "luocheng-car.com",
    entityName: "洛阳洛城二手车经纪有限公司",
    entityType: "enterprise",
    filedOn: "2019-07-11",
    status: "cancelled",
    cityCode: "410300",
  },
  {
    filingNumber: "41010802000733",
    siteName: "惠济农家乐预订",
    domain: "huiji-farm.cn",
    entityName: "李红",
    entityType: "individual",
    filedOn: "2023-05-06",
    status: "active",
    cityCode: "410100",
  },
  {
    filingNumber: "41012202000188",
    siteName: "中牟大蒜交易网",
    domain: "zmgarlic.com",
    entityName: "中牟县农产品电子商务有限公司",
    entityType: "enterprise",
    filedOn: "2021-11-23",
    status: "active",
    cityCode: "410100",
  },
];

export type SeedFraudIndicator = {
  kind: "phone" | "url";
  value: string;
  scheme: string;
  reportCount: number;
  flaggedDaysAgo: number;
  status: "flagged" | "cleared";
};

export const fraudIndicatorSeed: readonly SeedFraudIndicator[] = [
  {
    kind: "phone",
    value: publicQueryDemo.fraudPhone,
    scheme: "impersonating_police",
    reportCount: 37,
    flaggedDaysAgo: 12,
    status: "flagged",
  },
  { kind: "phone", value: "16521907734", scheme: "loan", reportCount: 14, flaggedDaysAgo: 40, status: "flagged" },
  { kind: "phone", value: "17195526801", scheme: "refund", reportCount: 22, flaggedDaysAgo: 5, status: "flagged" },
  {
    kind: "phone",
    value: "008613900001111",
    scheme: "impersonating_police",
    reportCount: 9,
    flaggedDaysAgo: 60,
    status: "flagged",
  },
  {
    kind: "phone",
    value: "13937100245",
    scheme: "part_time_job",
    reportCount: 3,
    flaggedDaysAgo: 150,
    status: "cleared",
  },
  {
    kind: "phone",
    value: "95017000",
    scheme: "impersonating_customer_service",
    reportCount: 18,
    flaggedDaysAgo: 21,
    status: "flagged",
  },
  {
    kind: "url",
    value: publicQueryDemo.fraudHost,
    scheme: "refund",
    reportCount: 51,
    flaggedDaysAgo: 8,
    status: "flagged",
  },
  {
    kind: "url",
    value: "hn-etc-update.xyz",
    scheme: "impersonating_customer_service",
    reportCount: 26,
    flaggedDaysAgo: 15,
    status: "flagged",
  },
  {
    kind: "url",
    value: "bigwin-invest.vip",
    scheme: "investment",
    reportCount: 73,
    flaggedDaysAgo: 30,
    status: "flagged",
  },
  {
    kind: "url",
    value: "dianzan-jianzhi.cc",
    scheme: "part_time_job",
    reportCount: 19,
    flaggedDaysAgo: 44,
    status: "flagged",
  },
  { kind: "url", value: "quick-loan365.top", scheme: "loan", reportCount: 11, flaggedDaysAgo: 70, status: "flagged" },
];

export type SeedSubscriberLine = {
  holderIdNumber: string;
  kind: "phone_card" | "bank_account" | "payment_account";
  provider: string;
  lastFour: string;
  openedOn: string;
  openedAt: string;
  status: "active" | "suspended" | "closed";
};

/** 张明's lines, one of them a card he does not know about (opened in another province), and the spare citizen's. */
export function buildSubscriberLines(): SeedSubscriberLine[] {
  const me = demoAccount("citizen").idNumber!;
  const spare = demoAccount("spareCitizen").idNumber!;
  return [
    {
      holderIdNumber: me,
      kind: "phone_card",
      provider: "中国移动",
      lastFour: "8000",
      openedOn: "2012-07-03",
      openedAt: "河南省郑州市",
      status: "active",
    },
    {
      holderIdNumber: me,
      kind: "phone_card",
      provider: "中国联通",
      lastFour: "2719",
      openedOn: "2019-11-20",
      openedAt: "河南省郑州市",
      status: "active",
    },
    {
      holderIdNumber: me,
      kind: "phone_card",
      provider: "中国电信",
      lastFour: "6653",
      openedOn: "2025-09-14",
      openedAt: "广东省东莞市",
      status: "active",
    },
    {
      holderIdNumber: me,
      kind: "bank_account",
      provider: "中国工商银行",
      lastFour: "4417",
      openedOn: "2010-09-01",
      openedAt: "郑州花园路支行",
      status: "active",
    },
    {
      holderIdNumber: me,
      kind: "bank_account",
      provider: "中国建设银行",
      lastFour: "0932",
      openedOn: "2016-03-18",
      openedAt: "郑州金水支行",
      status: "active",
    },
    {
      holderIdNumber: me,
      kind: "bank_account",
      provider: "郑州银行",
      lastFour: "5521",
      openedOn: "2014-05-06",
      openedAt: "郑州经三路支行",
      status: "closed",
    },
    {
      holderIdNumber: me,
      kind: "payment_account",
      provider: "支付宝",
      lastFour: "8000",
      openedOn: "2013-02-11",
      openedAt: "线上开立",
      status: "active",
    },
    {
      holderIdNumber: me,
      kind: "payment_account",
      provider: "微信支付",
      lastFour: "8000",
      openedOn: "2015-06-30",
      openedAt: "线上开立",
      status: "active",
    },
    {
      holderIdNumber: spare,
      kind: "phone_card",
      provider: "中国移动",
      lastFour: "8001",
      openedOn: "2011-04-22",
      openedAt: "河南省郑州市",
      status: "active",
    },
    {
      holderIdNumber: spare,
      kind: "bank_account",
      provider: "中国农业银行",
      lastFour: "7360",
      openedOn: "2012-10-09",
      openedAt: "郑州中原支行",
      status: "active",
    },
  ];
}

export type SeedPrecursorPermit = {
  permitNumber: string;
  direction: "import" | "export";
  companyName: string;
  chemical: string;
  quantityKg: string;
  country: string;
  port: string;
  validFromDaysAgo: number;
  validDays: number;
  status: "valid" | "used" | "revoked";
};

export const precursorPermitSeed: readonly SeedPrecursorPermit[] = [
  {
    permitNumber: publicQueryDemo.precursorPermit,
    direction: "export",
    companyName: "河南中原精细化工有限公司",
    chemical: "丙酮",
    quantityKg: "24000.000",
    country: "越南",
    port: "郑州海关（郑州新郑综合保税区）",
    validFromDaysAgo: 20,
    validDays: 180,
    status: "valid",
  },
  {
    permitNumber: "2026-J-410000-0007",
    direction: "import",
    companyName: "洛阳恒瑞医药原料有限公司",
    chemical: "麻黄碱",
    quantityKg: "150.000",
    country: "印度",
    port: "上海海关（浦东机场）",
    validFromDaysAgo: 90,
    validDays: 180,
    status: "used",
  },
  {
    permitNumber: "2025-J-410000-0093",
    direction: "export",
    companyName: "开封东方化学试剂有限公司",
    chemical: "高锰酸钾",
    quantityKg: "8000.000",
    country: "巴基斯坦",
    port: "青岛海关（黄岛）",
    validFromDaysAgo: 400,
    validDays: 180,
    status: "valid",
  },
  {
    permitNumber: "2026-J-410000-0011",
    direction: "export",
    companyName: "郑州华信化工贸易有限公司",
    chemical: "醋酸酐",
    quantityKg: "3000.000",
    country: "马来西亚",
    port: "天津海关（新港）",
    validFromDaysAgo: 50,
    validDays: 180,
    status: "revoked",
  },
  {
    permitNumber: "2026-J-410000-0024",
    direction: "import",
    companyName: "河南天成生物科技有限公司",
    chemical: "胡椒醛",
    quantityKg: "500.000",
    country: "德国",
    port: "郑州海关（新郑机场）",
    validFromDaysAgo: 5,
    validDays: 180,
    status: "valid",
  },
];
