/**
 * The violations traffic officers record most, by their national code (公安部《道路交通安全违法行为代码》),
 * with the fine a Henan traffic unit imposes and the points of 《道路交通安全违法行为记分管理办法》
 * (公安部令第163号, in force since 2022-04-01). The fine may be set within the legal range when recording;
 * the points follow the act and the road, so the code already names the road where that matters.
 *
 * The second digit of an old four-digit code was its points class before 2022; the points here are the
 * current ones, which for several acts differ from that digit.
 */
export type ViolationCode = {
  code: string;
  /** How the act is named in a list. */
  name: string;
  nameEn: string;
  /** The act as the code table words it: printed on the decision and shown to the driver. */
  description: string;
  legalBasis: string;
  fineFen: number;
  /** The range the law allows (《道路交通安全法》第九十条 or 第九十三条): 20 to 200 yuan. */
  minFineFen: number;
  maxFineFen: number;
  points: number;
};

const roadLaw = "《中华人民共和国道路交通安全法》";
const pointsRules = "《道路交通安全违法行为记分管理办法》";
const yuan = (n: number) => n * 100;
const article90 = { minFineFen: yuan(20), maxFineFen: yuan(200) };

export const violationCodes: readonly ViolationCode[] = [
  {
    code: "1039",
    name: "违反规定停放",
    nameEn: "Illegal parking",
    description: "机动车违反规定停放、临时停车且驾驶人不在现场或驾驶人虽在现场拒绝立即驶离，妨碍其他车辆、行人通行的",
    legalBasis: `${roadLaw}第五十六条、第九十三条第二款`,
    fineFen: yuan(100),
    minFineFen: yuan(20),
    maxFineFen: yuan(200),
    points: 0,
  },
  {
    code: "1344",
    name: "违反禁令标志指示",
    nameEn: "Ignoring a prohibition sign",
    description: "驾驶机动车违反禁令标志指示的",
    legalBasis: `${roadLaw}第三十八条、第九十条；${pointsRules}第十二条`,
    fineFen: yuan(100),
    ...article90,
    points: 1,
  },
  {
    code: "1345",
    name: "违反禁止标线指示",
    nameEn: "Crossing a prohibition marking",
    description: "驾驶机动车违反禁止标线指示的",
    legalBasis: `${roadLaw}第三十八条、第九十条；${pointsRules}第十二条`,
    fineFen: yuan(100),
    ...article90,
    points: 1,
  },
  {
    code: "1240",
    name: "不按规定车道行驶",
    nameEn: "Driving in the wrong lane",
    description: "驾驶机动车在高速公路、城市快速路以外的道路上不按规定车道行驶的",
    legalBasis: `${roadLaw}第三十六条、第九十条；${pointsRules}第十二条`,
    fineFen: yuan(100),
    ...article90,
    points: 1,
  },
  {
    code: "1352",
    name: "超速未达20%",
    nameEn: "Speeding by 10–20 %",
    description:
      "驾驶中型以上载客载货汽车、校车、危险物品运输车辆以外的其他机动车在高速公路、城市快速路以外的道路上行驶超过规定时速10%以上未达20%的",
    legalBasis: `${roadLaw}第四十二条、第九十条`,
    fineFen: yuan(50),
    ...article90,
    points: 0,
  },
  {
    code: "1636",
    name: "高速、快速路超速20%以上未达50%",
    nameEn: "Speeding by 20–50 % on an expressway",
    description:
      "驾驶中型以上载客载货汽车、校车、危险物品运输车辆以外的其他机动车在高速公路、城市快速路上行驶超过规定时速20%以上未达50%的",
    legalBasis: `${roadLaw}第四十二条、第九十条；${pointsRules}第十条`,
    fineFen: yuan(200),
    ...article90,
    points: 6,
  },
  {
    code: "1301",
    name: "逆向行驶",
    nameEn: "Driving against traffic",
    description: "驾驶机动车在高速公路、城市快速路以外的道路上逆向行驶的",
    legalBasis: `${roadLaw}第三十五条、第九十条；${pointsRules}第十一条`,
    fineFen: yuan(200),
    ...article90,
    points: 3,
  },
  {
    code: "1357",
    name: "不礼让行人",
    nameEn: "Not yielding to pedestrians",
    description: "驾驶机动车行经人行横道，不按规定减速、停车、避让行人的",
    legalBasis: `${roadLaw}第四十七条、第九十条；${pointsRules}第十一条`,
    fineFen: yuan(200),
    ...article90,
    points: 3,
  },
  {
    code: "1223",
    name: "驾车使用手持电话",
    nameEn: "Using a hand-held phone while driving",
    description: "驾驶机动车有拨打、接听手持电话等妨碍安全驾驶的行为的",
    legalBasis: `《中华人民共和国道路交通安全法实施条例》第六十二条第三项；${roadLaw}第九十条；${pointsRules}第十一条`,
    fineFen: yuan(100),
    ...article90,
    points: 3,
  },
  {
    code: "1625",
    name: "闯红灯",
    nameEn: "Running a red light",
    description: "驾驶机动车违反道路交通信号灯通行的",
    legalBasis: `${roadLaw}第二十六条、第三十八条、第九十条；${pointsRules}第十条`,
    fineFen: yuan(200),
    ...article90,
    points: 6,
  },
];

const byCode = new Map(violationCodes.map((c) => [c.code, c]));

/** The catalogue entry of a code, or undefined for a code the portal does not record. */
export function violationCode(code: string): ViolationCode | undefined {
  return byCode.get(code);
}
