import { deskUnitTypes, type DeskUnitType } from "@/server/applications/engine-config";

/**
 * The Henan police org tree as seed data. Province, city and county units carry their GB/T 2260
 * administrative codes (current as of the 2021 Luoyang changes: 偃师区 410307, 孟津区 410308 absorbing
 * 吉利区); police stations take their county's code plus a two-digit suffix. Districts have a branch
 * bureau of the city (公安分局), counties and county-level cities a bureau of their own (公安局).
 * Every city bureau also has one specialised desk per desk type (车管所, 出入境, 网安…, level "desk"), coded
 * city code + "9" + a digit, which serves the whole city. 济源 has no districts or counties in GB/T 2260 (its
 * bureau works at city level), so its stations sit under one county-level unit coded city code + "00".
 */
export type OrgLevel = "province" | "city" | "county" | "station" | "desk";
export type SeedUnitType = "bureau" | "station" | DeskUnitType;

export type SeedOrgUnit = {
  code: string;
  name: string;
  nameEn: string;
  level: OrgLevel;
  unitType: SeedUnitType;
  parentCode: string | null;
  /** Chain of codes from the province, as stored in org_units.path. */
  path: string;
  /** Stations and desks only: where a citizen brings originals to the window. */
  address: string | null;
  /** Stations and desks only: the window's phone, printed on the window-visit card. */
  phone: string | null;
};

type StationDef = readonly [suffix: string, name: string, nameEn: string, street: string, houseNumber: number];
type CountyDef = readonly [code: string, name: string, nameEn: string, stations?: readonly StationDef[]];
type CityDef = readonly [
  code: string,
  name: string,
  nameEn: string,
  counties: readonly CountyDef[],
  /** Where the city's desks receive citizens: a street of its central district and a house number. */
  deskAddress: readonly [county: string, street: string, houseNumber: number],
];

const zhengzhou: readonly CountyDef[] = [
  [
    "410102",
    "中原区",
    "Zhongyuan District",
    [
      ["01", "林山寨", "Linshanzhai", "建设西路", 86],
      ["02", "建设路", "Jianshe Road", "建设路", 128],
      ["03", "桐柏路", "Tongbai Road", "桐柏路", 66],
    ],
  ],
  [
    "410103",
    "二七区",
    "Erqi District",
    [
      ["01", "德化街", "Dehua Street", "德化街", 35],
      ["02", "淮河路", "Huaihe Road", "淮河路", 29],
      ["03", "五里堡", "Wulibao", "大学路", 118],
    ],
  ],
  [
    "410104",
    "管城回族区",
    "Guancheng Hui District",
    [
      ["01", "北下街", "Beixia Street", "北下街", 22],
      ["02", "城东路", "Chengdong Road", "城东路", 99],
    ],
  ],
  [
    "410105",
    "金水区",
    "Jinshui District",
    [
      ["01", "花园路", "Huayuan Road", "花园路", 62],
      ["02", "经八路", "Jingba Road", "经八路", 17],
      ["03", "文化路", "Wenhua Road", "文化路", 76],
      ["04", "丰产路", "Fengchan Road", "丰产路", 45],
    ],
  ],
  [
    "410106",
    "上街区",
    "Shangjie District",
    [
      ["01", "济源路", "Jiyuan Road", "济源路", 10],
      ["02", "中心路", "Zhongxin Road", "中心路", 38],
    ],
  ],
  [
    "410108",
    "惠济区",
    "Huiji District",
    [
      ["01", "新城", "Xincheng", "天河路", 56],
      ["02", "古荥", "Guxing", "古荥大道", 18],
      ["03", "花园口", "Huayuankou", "花园口镇迎宾路", 8],
    ],
  ],
  [
    "410122",
    "中牟县",
    "Zhongmou County",
    [
      ["01", "城关", "Chengguan", "城关镇青年路", 20],
      ["02", "白沙", "Baisha", "白沙镇郑开大道", 112],
      ["03", "官渡", "Guandu", "官渡镇官渡大道", 9],
    ],
  ],
  [
    "410181",
    "巩义市",
    "Gongyi City",
    [
      ["01", "孝义", "Xiaoyi", "杜甫路", 36],
      ["02", "新华路", "Xinhua Road", "新华路", 58],
      ["03", "回郭镇", "Huiguo Town", "回郭镇振兴路", 5],
    ],
  ],
  [
    "410182",
    "荥阳市",
    "Xingyang City",
    [
      ["01", "京城路", "Jingcheng Road", "京城路", 66],
      ["02", "索河路", "Suohe Road", "索河路", 12],
      ["03", "广武", "Guangwu", "广武镇广武路", 3],
    ],
  ],
  [
    "410183",
    "新密市",
    "Xinmi City",
    [
      ["01", "青屏", "Qingping", "青屏大街", 90],
      ["02", "超化", "Chaohua", "超化镇超化路", 15],
    ],
  ],
  [
    "410184",
    "新郑市",
    "Xinzheng City",
    [
      ["01", "新建路", "Xinjian Road", "新建路", 46],
      ["02", "龙湖", "Longhu", "龙湖镇双湖大道", 88],
      ["03", "薛店", "Xuedian", "薛店镇中华北路", 7],
    ],
  ],
  [
    "410185",
    "登封市",
    "Dengfeng City",
    [
      ["01", "嵩阳", "Songyang", "嵩阳路", 68],
      ["02", "少林", "Shaolin", "少林大道", 19],
      ["03", "中岳", "Zhongyue", "中岳大街", 260],
    ],
  ],
];

const kaifeng: readonly CountyDef[] = [
  [
    "410202",
    "龙亭区",
    "Longting District",
    [
      ["01", "北书店", "Beishudian", "北书店街", 21],
      ["02", "午朝门", "Wuchaomen", "中山路北段", 140],
      ["03", "北道门", "Beidaomen", "北道门街", 16],
    ],
  ],
  [
    "410203",
    "顺河回族区",
    "Shunhe Hui District",
    [
      ["01", "东大街", "Dongdajie", "东大街", 58],
      ["02", "宋门", "Songmen", "宋门关中街", 10],
      ["03", "清平", "Qingping", "清平南北街", 33],
    ],
  ],
  [
    "410204",
    "鼓楼区",
    "Gulou District",
    [
      ["01", "相国寺", "Xiangguosi", "自由路", 36],
      ["02", "州桥", "Zhouqiao", "中山路中段", 72],
      ["03", "卧龙", "Wolong", "卧龙街", 27],
    ],
  ],
  [
    "410205",
    "禹王台区",
    "Yuwangtai District",
    [
      ["01", "三里堡", "Sanlibao", "三里堡街", 11],
      ["02", "繁塔", "Fanta", "繁塔西路", 25],
    ],
  ],
  [
    "410212",
    "祥符区",
    "Xiangfu District",
    [
      ["01", "城关", "Chengguan", "城关镇汴京路", 30],
      ["02", "陈留", "Chenliu", "陈留镇陈留街", 6],
      ["03", "朱仙镇", "Zhuxian Town", "朱仙镇岳庙街", 12],
    ],
  ],
  [
    "410221",
    "杞县",
    "Qi County",
    [
      ["01", "城关", "Chengguan", "城关镇金城大道", 18],
      ["02", "高阳", "Gaoyang", "高阳镇高阳街", 4],
    ],
  ],
  [
    "410222",
    "通许县",
    "Tongxu County",
    [
      ["01", "城关", "Chengguan", "城关镇咸平大道", 26],
      ["02", "玉皇庙", "Yuhuangmiao", "玉皇庙镇玉皇庙街", 9],
    ],
  ],
  [
    "410223",
    "尉氏县",
    "Weishi County",
    [
      ["01", "城关", "Chengguan", "城关镇人民路", 40],
      ["02", "洧川", "Weichuan", "洧川镇洧川街", 8],
    ],
  ],
  [
    "410225",
    "兰考县",
    "Lankao County",
    [
      ["01", "城关", "Chengguan", "城关镇裕禄大道", 52],
      ["02", "堌阳", "Guyang", "堌阳镇堌阳街", 5],
    ],
  ],
];

const luoyang: readonly CountyDef[] = [
  [
    "410302",
    "老城区",
    "Laocheng District",
    [
      ["01", "西关", "Xiguan", "西大街", 60],
      ["02", "南关", "Nanguan", "南大街", 88],
      ["03", "邙山", "Mangshan", "邙山镇邙山路", 15],
    ],
  ],
  [
    "410303",
    "西工区",
    "Xigong District",
    [
      ["01", "王城路", "Wangcheng Road", "王城路", 32],
      ["02", "金谷园", "Jinguyuan", "金谷园路", 61],
      ["03", "唐宫路", "Tanggong Road", "唐宫中路", 27],
    ],
  ],
  [
    "410304",
    "瀍河回族区",
    "Chanhe Hui District",
    [
      ["01", "东关", "Dongguan", "东关大街", 45],
      ["02", "瀍西", "Chanxi", "中州东路", 220],
      ["03", "北窑", "Beiyao", "北窑路", 9],
    ],
  ],
  [
    "410305",
    "涧西区",
    "Jianxi District",
    [
      ["01", "长安路", "Chang'an Road", "长安路", 40],
      ["02", "重庆路", "Chongqing Road", "重庆路", 18],
      ["03", "天津路", "Tianjin Road", "天津路", 55],
      ["04", "湖北路", "Hubei Road", "湖北路", 33],
    ],
  ],
  [
    "410307",
    "偃师区",
    "Yanshi District",
    [
      ["01", "商城", "Shangcheng", "商城路", 88],
      ["02", "首阳山", "Shouyangshan", "首阳山街道首阳路", 12],
    ],
  ],
  [
    "410308",
    "孟津区",
    "Mengjin District",
    [
      ["01", "城关", "Chengguan", "城关镇行政路", 16],
      ["02", "会盟", "Huimeng", "会盟镇会盟大道", 8],
      ["03", "吉利", "Jili", "吉利街道大庆路", 5],
    ],
  ],
  [
    "410311",
    "洛龙区",
    "Luolong District",
    [
      ["01", "开元路", "Kaiyuan Road", "开元大道", 218],
      ["02", "安乐", "Anle", "安乐镇洛龙路", 6],
      ["03", "关林", "Guanlin", "关林路", 166],
      ["04", "龙门", "Longmen", "龙门镇龙门大道", 36],
    ],
  ],
  [
    "410323",
    "新安县",
    "Xin'an County",
    [
      ["01", "城关", "Chengguan", "城关镇涧河路", 20],
      ["02", "铁门", "Tiemen", "铁门镇铁门大街", 3],
    ],
  ],
  [
    "410324",
    "栾川县",
    "Luanchuan County",
    [
      ["01", "城关", "Chengguan", "城关镇君山路", 18],
      ["02", "庙子", "Miaozi", "庙子镇庙子街", 5],
    ],
  ],
  [
    "410325",
    "嵩县",
    "Song County",
    [
      ["01", "城关", "Chengguan", "城关镇伊河路", 8],
      ["02", "田湖", "Tianhu", "田湖镇田湖街", 12],
    ],
  ],
  [
    "410326",
    "汝阳县",
    "Ruyang County",
    [
      ["01", "城关", "Chengguan", "城关镇云梦大道", 20],
      ["02", "上店", "Shangdian", "上店镇上店街", 6],
    ],
  ],
  [
    "410327",
    "宜阳县",
    "Yiyang County",
    [
      ["01", "城关", "Chengguan", "城关镇锦屏路", 30],
      ["02", "柳泉", "Liuquan", "柳泉镇柳泉街", 9],
    ],
  ],
  [
    "410328",
    "洛宁县",
    "Luoning County",
    [
      ["01", "城关", "Chengguan", "城关镇永宁大道", 15],
      ["02", "王范", "Wangfan", "王范回族镇王范街", 7],
    ],
  ],
  [
    "410329",
    "伊川县",
    "Yichuan County",
    [
      ["01", "城关", "Chengguan", "城关镇杜康大道", 26],
      ["02", "鸣皋", "Minggao", "鸣皋镇鸣皋街", 4],
    ],
  ],
];

/** One central district per city beyond the first three, with two of its stations. */
const pingdingshan: readonly CountyDef[] = [
  [
    "410402",
    "新华区",
    "Xinhua District",
    [
      ["01", "西市场", "Xishichang", "中兴路", 58],
      ["02", "光明路", "Guangming Road", "光明路", 112],
    ],
  ],
];
const anyang: readonly CountyDef[] = [
  [
    "410502",
    "文峰区",
    "Wenfeng District",
    [
      ["01", "东大街", "Dongdajie", "东大街", 45],
      ["02", "光华路", "Guanghua Road", "光华路", 86],
    ],
  ],
];
const hebi: readonly CountyDef[] = [
  [
    "410611",
    "淇滨区",
    "Qibin District",
    [
      ["01", "九州路", "Jiuzhou Road", "九州路", 30],
      ["02", "长风", "Changfeng", "长风中路", 77],
    ],
  ],
];
const xinxiang: readonly CountyDef[] = [
  [
    "410702",
    "红旗区",
    "Hongqi District",
    [
      ["01", "东街", "Dongjie", "人民路", 118],
      ["02", "西街", "Xijie", "平原路", 62],
    ],
  ],
];
const jiaozuo: readonly CountyDef[] = [
  [
    "410802",
    "解放区",
    "Jiefang District",
    [
      ["01", "焦西", "Jiaoxi", "解放中路", 96],
      ["02", "民主", "Minzhu", "民主南路", 21],
    ],
  ],
];
const puyang: readonly CountyDef[] = [
  [
    "410902",
    "华龙区",
    "Hualong District",
    [
      ["01", "胜利路", "Shengli Road", "胜利路", 150],
      ["02", "中原路", "Zhongyuan Road", "中原路", 68],
    ],
  ],
];
const xuchang: readonly CountyDef[] = [
  [
    "411002",
    "魏都区",
    "Weidu District",
    [
      ["01", "西大街", "Xidajie", "西大街", 39],
      ["02", "五一路", "Wuyi Road", "五一路", 105],
    ],
  ],
];
const luohe: readonly CountyDef[] = [
  [
    "411102",
    "源汇区",
    "Yuanhui District",
    [
      ["01", "老街", "Laojie", "马路街", 16],
      ["02", "干河陈", "Ganhechen", "黄河路", 48],
    ],
  ],
];
const sanmenxia: readonly CountyDef[] = [
  [
    "411202",
    "湖滨区",
    "Hubin District",
    [
      ["01", "湖滨", "Hubin", "黄河路", 66],
      ["02", "前进", "Qianjin", "崤山路", 27],
    ],
  ],
];
const nanyang: readonly CountyDef[] = [
  [
    "411302",
    "宛城区",
    "Wancheng District",
    [
      ["01", "新华", "Xinhua", "新华东路", 88],
      ["02", "东关", "Dongguan", "东关大街", 13],
    ],
  ],
];
const shangqiu: readonly CountyDef[] = [
  [
    "411402",
    "梁园区",
    "Liangyuan District",
    [
      ["01", "平原", "Pingyuan", "平原路", 52],
      ["02", "八八", "Baba", "凯旋路", 120],
    ],
  ],
];
const xinyang: readonly CountyDef[] = [
  [
    "411502",
    "浉河区",
    "Shihe District",
    [
      ["01", "车站", "Chezhan", "东方红大道", 36],
      ["02", "民权", "Minquan", "民权路", 71],
    ],
  ],
];
const zhoukou: readonly CountyDef[] = [
  [
    "411602",
    "川汇区",
    "Chuanhui District",
    [
      ["01", "七一路", "Qiyi Road", "七一路", 28],
      ["02", "人和", "Renhe", "人和路", 63],
    ],
  ],
];
const zhumadian: readonly CountyDef[] = [
  [
    "411702",
    "驿城区",
    "Yicheng District",
    [
      ["01", "西园", "Xiyuan", "解放路", 90],
      ["02", "老街", "Laojie", "中华路", 14],
    ],
  ],
];
/** 济源 has no GB/T 2260 county below it: its stations sit under the bureau's own urban branch. */
const jiyuan: readonly CountyDef[] = [
  [
    "41900100",
    "城区",
    "Urban District",
    [
      ["01", "沁园", "Qinyuan", "沁园路", 45],
      ["02", "济水", "Jishui", "济水大街", 98],
    ],
  ],
];

const cities: readonly CityDef[] = [
  ["410100", "郑州市", "Zhengzhou", zhengzhou, ["金水区", "黄河路", 110]],
  ["410200", "开封市", "Kaifeng", kaifeng, ["鼓楼区", "自由路", 50]],
  ["410300", "洛阳市", "Luoyang", luoyang, ["洛龙区", "开元大道", 260]],
  ["410400", "平顶山市", "Pingdingshan", pingdingshan, ["新华区", "建设路", 28]],
  ["410500", "安阳市", "Anyang", anyang, ["文峰区", "文峰大道", 102]],
  ["410600", "鹤壁市", "Hebi", hebi, ["淇滨区", "淇滨大道", 156]],
  ["410700", "新乡市", "Xinxiang", xinxiang, ["红旗区", "金穗大道", 80]],
  ["410800", "焦作市", "Jiaozuo", jiaozuo, ["解放区", "人民路", 1116]],
  ["410900", "濮阳市", "Puyang", puyang, ["华龙区", "京开大道", 48]],
  ["411000", "许昌市", "Xuchang", xuchang, ["魏都区", "许继大道", 66]],
  ["411100", "漯河市", "Luohe", luohe, ["源汇区", "人民路", 30]],
  ["411200", "三门峡市", "Sanmenxia", sanmenxia, ["湖滨区", "上阳路", 12]],
  ["411300", "南阳市", "Nanyang", nanyang, ["宛城区", "仲景路", 201]],
  ["411400", "商丘市", "Shangqiu", shangqiu, ["梁园区", "神火大道", 176]],
  ["411500", "信阳市", "Xinyang", xinyang, ["浉河区", "新七大道", 55]],
  ["411600", "周口市", "Zhoukou", zhoukou, ["川汇区", "八一大道", 38]],
  ["411700", "驻马店市", "Zhumadian", zhumadian, ["驿城区", "雪松大道", 92]],
  // A county-level city administered directly by the province; its bureau works at city level.
  ["419001", "济源市", "Jiyuan", jiyuan, ["", "济源大道", 18]],
];

/** The specialised desks under each city bureau, in the order of their code digit (city code + "9" + digit). */
const desks: Record<DeskUnitType, readonly [digit: string, name: (city: string) => string, nameEn: string]> = {
  vehicle_admin: ["1", (c) => `${c}公安局交通警察支队车辆管理所`, "Vehicle Administration Office"],
  exit_entry: ["2", (c) => `${c}公安局出入境管理支队`, "Exit-Entry Administration Division"],
  cyber: ["3", (c) => `${c}公安局网络安全保卫支队`, "Cyber Security Division"],
  public_order: ["4", (c) => `${c}公安局治安管理支队`, "Public Order Division"],
  narcotics: ["5", (c) => `${c}公安局禁毒支队`, "Narcotics Control Division"],
  custody: ["6", (c) => `${c}公安局监管支队`, "Custody Supervision Division"],
  criminal: ["7", (c) => `${c}公安局刑事侦查支队`, "Criminal Investigation Division"],
  inspection: ["8", (c) => `${c}公安局督察支队`, "Police Inspection Division"],
};

export const provinceCode = "410000";

/** Long-distance area codes (开封 joined 郑州's 0371 in 2005; 济源 shares 焦作's 0391). */
const areaCodes: Record<string, string> = {
  "410100": "0371",
  "410200": "0371",
  "410300": "0379",
  "410400": "0375",
  "410500": "0372",
  "410600": "0392",
  "410700": "0373",
  "410800": "0391",
  "410900": "0393",
  "411000": "0374",
  "411100": "0395",
  "411200": "0398",
  "411300": "0377",
  "411400": "0370",
  "411500": "0376",
  "411600": "0394",
  "411700": "0396",
  "419001": "0391",
};

/**
 * A made-up but well-formed landline per station or desk (demo data): the area code and eight digits from the
 * unit code — "6", four digits of the county (or city), then the unit's own suffix in three digits.
 */
function unitPhone(cityCode: string, unitCode: string): string {
  const area = areaCodes[cityCode];
  if (!area) throw new Error(`henan-orgs: no area code for city ${cityCode}`);
  return `${area}-6${unitCode.slice(2, 6)}${unitCode.slice(-2).padStart(3, "0")}`;
}

function buildTree(): SeedOrgUnit[] {
  const units: SeedOrgUnit[] = [
    {
      code: provinceCode,
      name: "河南省公安厅",
      nameEn: "Henan Provincial Public Security Department",
      level: "province",
      unitType: "bureau",
      parentCode: null,
      path: `/${provinceCode}/`,
      address: null,
      phone: null,
    },
  ];
  for (const [cityCode, cityName, cityEn, counties, [deskCounty, deskStreet, deskHouse]] of cities) {
    const cityPath = `/${provinceCode}/${cityCode}/`;
    units.push({
      code: cityCode,
      name: `${cityName}公安局`,
      nameEn: `${cityEn} Public Security Bureau`,
      level: "city",
      unitType: "bureau",
      parentCode: provinceCode,
      path: cityPath,
      address: null,
      phone: null,
    });
    for (const unitType of deskUnitTypes) {
      const [digit, name, nameEn] = desks[unitType];
      const code = `${cityCode}9${digit}`;
      units.push({
        code,
        name: name(cityName),
        nameEn: `${nameEn}, ${cityEn} Public Security Bureau`,
        level: "desk",
        unitType,
        parentCode: cityCode,
        path: `${cityPath}${code}/`,
        address: `河南省${cityName}${deskCounty}${deskStreet}${deskHouse}号`,
        phone: unitPhone(cityCode, code),
      });
    }
    for (const [countyCode, countyName, countyEn, stations = []] of counties) {
      const isDistrict = countyName.endsWith("区");
      // 济源's only county-level unit is a branch of the city bureau, named and addressed as such.
      const cityBranch = countyCode.startsWith(cityCode);
      const countyPath = `${cityPath}${countyCode}/`;
      units.push({
        code: countyCode,
        name: cityBranch
          ? `${cityName}公安局${countyName}分局`
          : isDistrict
            ? `${countyName}公安分局`
            : `${countyName}公安局`,
        nameEn: isDistrict
          ? `${countyEn.replace(/ District$/, "")} Branch, ${cityEn} Public Security Bureau`
          : `${countyEn} Public Security Bureau`,
        level: "county",
        unitType: "bureau",
        parentCode: cityCode,
        path: countyPath,
        address: null,
        phone: null,
      });
      for (const [suffix, stationName, stationEn, street, houseNumber] of stations) {
        const code = `${countyCode}${suffix}`;
        units.push({
          code,
          name: `${stationName}派出所`,
          nameEn: `${stationEn} Police Station`,
          level: "station",
          unitType: "station",
          parentCode: countyCode,
          path: `${countyPath}${code}/`,
          address: `河南省${cityName}${cityBranch ? "" : countyName}${street}${houseNumber}号`,
          phone: unitPhone(cityCode, code),
        });
      }
    }
  }
  return units;
}

/** Parents always come before their children, so the list can be inserted level by level in order. */
export const henanOrgs: readonly SeedOrgUnit[] = buildTree();
