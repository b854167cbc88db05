/**
 * The Henan police org tree as seed data. Province, city and county units carry their GB/T 2260
 * administrative codes (current as of the 2021 Luoyang changes: 偃师区 410307, 孟津区 410308 absorbing
 * 吉利区); police stations take their county's code plus a two-digit suffix. Districts have a branch
 * bureau of the city (公安分局), counties and county-level cities a bureau of their own (公安局).
 */
export type OrgLevel = "province" | "city" | "county" | "station";

export type SeedOrgUnit = {
  code: string;
  name: string;
  nameEn: string;
  level: OrgLevel;
  parentCode: string | null;
  /** Chain of codes from the province, as stored in org_units.path. */
  path: string;
  /** Stations only: where a citizen brings originals to the window. */
  address: string | null;
  /** Stations only: the desk's phone, printed on the window-visit card. */
  phone: string | null;
};

type StationDef = readonly [suffix: string, name: string, nameEn: string, street: string, houseNumber: number];
type CountyDef = readonly [code: string, name: string, nameEn: string, stations?: readonly StationDef[]];
type CityDef = readonly [code: string, name: string, nameEn: string, counties?: readonly CountyDef[]];

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

const cities: readonly CityDef[] = [
  ["410100", "郑州市", "Zhengzhou", zhengzhou],
  ["410200", "开封市", "Kaifeng", kaifeng],
  ["410300", "洛阳市", "Luoyang", luoyang],
  ["410400", "平顶山市", "Pingdingshan"],
  ["410500", "安阳市", "Anyang"],
  ["410600", "鹤壁市", "Hebi"],
  ["410700", "新乡市", "Xinxiang"],
  ["410800", "焦作市", "Jiaozuo"],
  ["410900", "濮阳市", "Puyang"],
  ["411000", "许昌市", "Xuchang"],
  ["411100", "漯河市", "Luohe"],
  ["411200", "三门峡市", "Sanmenxia"],
  ["411300", "南阳市", "Nanyang"],
  ["411400", "商丘市", "Shangqiu"],
  ["411500", "信阳市", "Xinyang"],
  ["411600", "周口市", "Zhoukou"],
  ["411700", "驻马店市", "Zhumadian"],
  // A county-level city administered directly by the province; its bureau works at city level.
  ["419001", "济源市", "Jiyuan"],
];

export const provinceCode = "410000";

/** Long-distance area codes of the cities that have stations in the seed. */
const areaCodes: Record<string, string> = { "410100": "0371", "410200": "0371", "410300": "0379" };

/** A made-up but well-formed landline per station (demo data): the area code and eight digits from the unit code. */
function stationPhone(cityCode: string, stationCode: string): string {
  const area = areaCodes[cityCode];
  if (!area) throw new Error(`henan-orgs: no area code for city ${cityCode}`);
  return `${area}-6${stationCode.slice(2, 6)}${stationCode.slice(6).padStart(3, "0")}`;
}

function buildTree(): SeedOrgUnit[] {
  const units: SeedOrgUnit[] = [
    {
      code: provinceCode,
      name: "河南省公安厅",
      nameEn: "Henan Provincial Public Security Department",
      level: "province",
      parentCode: null,
      path: `/${provinceCode}/`,
      address: null,
      phone: null,
    },
  ];
  for (const [cityCode, cityName, cityEn, counties = []] of cities) {
    const cityPath = `/${provinceCode}/${cityCode}/`;
    units.push({
      code: cityCode,
      name: `${cityName}公安局`,
      nameEn: `${cityEn} Public Security Bureau`,
      level: "city",
      parentCode: provinceCode,
      path: cityPath,
      address: null,
      phone: null,
    });
    for (const [countyCode, countyName, countyEn, stations = []] of counties) {
      const isDistrict = countyName.endsWith("区");
      const countyPath = `${cityPath}${countyCode}/`;
      units.push({
        code: countyCode,
        name: isDistrict ? `${countyName}公安分局` : `${countyName}公安局`,
        nameEn: isDistrict
          ? `${countyEn.replace(/ District$/, "")} Branch, ${cityEn} Public Security Bureau`
          : `${countyEn} Public Security Bureau`,
        level: "county",
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
          parentCode: countyCode,
          path: `${countyPath}${code}/`,
          address: `河南省${cityName}${countyName}${street}${houseNumber}号`,
          phone: stationPhone(cityCode, code),
        });
      }
    }
  }
  return units;
}

/** Parents always come before their children, so the list can be inserted level by level in order. */
export const henanOrgs: readonly SeedOrgUnit[] = buildTree();
