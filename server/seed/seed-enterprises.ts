import type { EnterpriseIndustry, EnterpriseStatus } from "@/db/schema/organisations";
import { makeUscc } from "@/server/organisations/uscc";
import { makeIdNumber } from "@/server/population/id-number";
import { demoResidents } from "./population";

/**
 * A stand-in for the market-regulation register: Henan companies of the trades the police license or keep
 * records of (hotels, seal engravers, pawnshops, security firms, internet companies). Codes are built with
 * their check characters, so each one passes the GB 32100 check; the people are made up except the demo
 * citizen, who represents the demo company so the demo can act for it.
 */
export type SeedEnterprise = {
  uscc: string;
  name: string;
  type: string;
  industry: EnterpriseIndustry;
  legalRep: { name: string; idNumber: string };
  registeredAddress: string;
  divisionCode: string;
  status: EnterpriseStatus;
};

const llc = "有限责任公司（自然人投资或控股）";
const soleLlc = "有限责任公司（自然人独资）";
const soleProprietor = "个体工商户";

function company(
  body: { prefix?: string; division: string; organisation: string },
  name: string,
  type: string,
  industry: EnterpriseIndustry,
  legalRep: { name: string; idNumber: string },
  registeredAddress: string,
  status: EnterpriseStatus = "active",
): SeedEnterprise {
  return {
    uscc: makeUscc(body.prefix ?? (type === soleProprietor ? "92" : "91"), body.division, body.organisation),
    name,
    type,
    industry,
    legalRep,
    registeredAddress,
    divisionCode: body.division,
    status,
  };
}

const rep = (name: string, region: string, birthDate: string, sequence: string) => ({
  name,
  idNumber: makeIdNumber(region, birthDate, sequence),
});

/** 张明's seal engraver in 金水区: the company the demo binds and applies for. */
export const demoEnterprise = company(
  { division: "410105", organisation: "MA47X2KD" },
  "郑州市金水区明诚印章刻制有限公司",
  soleLlc,
  "seal_engraving",
  { name: demoResidents.citizen.name, idNumber: demoResidents.citizen.idNumber },
  "河南省郑州市金水区花园路38号院2号楼1层",
);

export const seedEnterprises: readonly SeedEnterprise[] = [
  demoEnterprise,
  company(
    { division: "410105", organisation: "MA3PQ6L0" },
    "郑州花园路商务酒店管理有限公司",
    llc,
    "hotel",
    rep("孙建伟", "410105", "1978-03-14", "031"),
    "河南省郑州市金水区花园路与农业路交叉口东北角",
  ),
  company(
    { division: "410103", organisation: "MA44C0RT" },
    "郑州二七广场快捷酒店有限公司",
    llc,
    "hotel",
    rep("李红梅", "410103", "1983-11-02", "046"),
    "河南省郑州市二七区德化街88号",
  ),
  company(
    { division: "410102", organisation: "78917435" },
    "郑州中原宾馆有限公司",
    "有限责任公司（国有独资）",
    "hotel",
    rep("王建国", "410102", "1969-07-21", "017"),
    "河南省郑州市中原区中原中路152号",
  ),
  company(
    { division: "410305", organisation: "MA9GH0E1" },
    "洛阳涧西牡丹假日酒店有限公司",
    llc,
    "hotel",
    rep("周晓东", "410305", "1980-04-09", "079"),
    "河南省洛阳市涧西区中州西路212号",
  ),
  company(
    { division: "410202", organisation: "MA40WN3U" },
    "开封鼓楼客栈有限公司",
    soleLlc,
    "hotel",
    rep("赵丽", "410202", "1988-09-30", "062"),
    "河南省开封市龙亭区书店街36号",
  ),
  company(
    { division: "410104", organisation: "MA45JDK8" },
    "郑州市管城区鑫诚刻章店",
    soleProprietor,
    "seal_engraving",
    rep("马德福", "410104", "1972-01-18", "095"),
    "河南省郑州市管城回族区商城路65号",
  ),
  company(
    { division: "410302", organisation: "MA46B1LA" },
    "洛阳老城印信刻制有限公司",
    llc,
    "seal_engraving",
    rep("郭振华", "410302", "1975-06-06", "013"),
    "河南省洛阳市老城区中州东路318号",
  ),
  company(
    { division: "410702", organisation: "MA3X8RT7" },
    "新乡市红旗区华誉印章有限公司",
    soleLlc,
    "seal_engraving",
    rep("高玉兰", "410702", "1986-12-25", "028"),
    "河南省新乡市红旗区平原路101号",
  ),
  company(
    { division: "410105", organisation: "66783591" },
    "郑州金鼎典当有限公司",
    llc,
    "pawn",
    rep("刘国栋", "410105", "1965-08-12", "057"),
    "河南省郑州市金水区经三路25号",
  ),
  company(
    { division: "410502", organisation: "MA40D9YK" },
    "安阳殷都典当行有限责任公司",
    llc,
    "pawn",
    rep("韩志强", "410502", "1977-02-28", "035"),
    "河南省安阳市文峰区文明大道199号",
  ),
  company(
    { division: "410302", organisation: "73248716" },
    "洛阳老城典当有限公司",
    llc,
    "pawn",
    rep("许文博", "410302", "1970-10-05", "071"),
    "河南省洛阳市老城区西大街54号",
    "revoked",
  ),
  company(
    { division: "410100", organisation: "16995402" },
    "郑州市保安服务有限公司",
    "有限责任公司（国有独资）",
    "security",
    rep("杨卫东", "410102", "1967-05-03", "019"),
    "河南省郑州市中原区建设西路168号",
  ),
  company(
    { division: "410105", organisation: "MA3TLW4N" },
    "河南中安保安服务有限公司",
    llc,
    "security",
    rep("陈志刚", "410105", "1979-09-17", "053"),
    "河南省郑州市金水区东风路12号",
  ),
  company(
    { division: "410300", organisation: "17154301" },
    "洛阳市保安服务有限公司",
    "有限责任公司（国有独资）",
    "security",
    rep("董海涛", "410302", "1968-03-22", "037"),
    "河南省洛阳市西工区凯旋东路36号",
  ),
  company(
    { division: "410182", organisation: "MA44T2J6" },
    "荥阳市盾安安防技术服务有限公司",
    soleLlc,
    "security",
    rep("吴海燕", "410182", "1990-07-07", "084"),
    "河南省荥阳市索河路88号",
    "cancelled",
  ),
  company(
    { division: "410105", organisation: "MA3U0QE2" },
    "郑州云启网络科技有限公司",
    llc,
    "internet",
    rep("黄子轩", "410105", "1991-01-29", "015"),
    "河南省郑州市金水区金水路299号浦发国际金融中心A座18层",
  ),
  company(
    { division: "410100", organisation: "MA45AFN0" },
    "河南中原数据科技有限公司",
    "股份有限公司（非上市、自然人投资或控股）",
    "internet",
    rep("徐立新", "410105", "1982-04-16", "077"),
    "河南省郑州市郑东新区龙子湖智慧岛大厦9层",
  ),
  company(
    { division: "410311", organisation: "MA47CPB3" },
    "洛阳牡丹云网络信息服务有限公司",
    llc,
    "internet",
    rep("何静", "410311", "1987-08-08", "042"),
    "河南省洛阳市洛龙区开元大道218号",
  ),
  company(
    { division: "410204", organisation: "MA46RM8W" },
    "开封清明上河网络传媒有限公司",
    soleLlc,
    "internet",
    rep("冯雪", "410204", "1993-02-14", "066"),
    "河南省开封市鼓楼区自由路55号",
  ),
];
