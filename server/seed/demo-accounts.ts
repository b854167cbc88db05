import type { Role } from "@/db/schema/accounts";
import { demoResidents, population } from "./population";

/**
 * Demo sign-ins, one per role plus the extra officers the flows need. The seed creates them, the README
 * lists them and the e2e tests sign in with them, so this list is the single source of all three.
 */
export type DemoAccountKey =
  | "citizen"
  | "spareCitizen"
  | "stationOfficer"
  | "countyApprover"
  | "windowOfficer"
  | "trafficOfficer"
  | "exitEntryOfficer"
  | "insurer"
  | "admin"
  | "newOfficer"
  | "luoyangStationOfficer"
  | "stationSupervisor"
  | "countySupervisor"
  | "vehicleDeskOfficer"
  | "publicOrderDeskOfficer"
  | "cyberDeskOfficer"
  | "exitEntryDeskOfficer"
  | "cityApprover"
  | "citySupervisor"
  | "luoyangSupervisor";

export type DemoAccount = {
  key: DemoAccountKey;
  label: { "zh-CN": string; en: string };
  roles: readonly Role[];
  name: string;
  /** Phone number for citizens, badge/account number for staff. */
  login: string;
  loginKind: "phone" | "account";
  password: string;
  /** Base32 TOTP secret already enrolled; null for citizens and for the officer who still has to enrol. */
  totpSecret: string | null;
  orgUnitCode: string | null;
  /** Citizens only: the population-register entry the account is verified against. */
  idNumber: string | null;
  /** Staff only: a work mobile for duty alerts (supervisors get overdue and escalation texts). */
  workPhone?: string;
};

export const demoPassword = "Demo@2026";

export const demoAccounts: readonly DemoAccount[] = [
  {
    key: "citizen",
    label: { "zh-CN": "群众", en: "Citizen" },
    roles: ["citizen"],
    name: demoResidents.citizen.name,
    login: "13800138000",
    loginKind: "phone",
    password: demoPassword,
    totpSecret: null,
    orgUnitCode: null,
    idNumber: demoResidents.citizen.idNumber,
  },
  {
    key: "spareCitizen",
    label: { "zh-CN": "群众（备用）", en: "Citizen (spare)" },
    roles: ["citizen"],
    name: spareCitizenResident().name,
    login: "13800138001",
    loginKind: "phone",
    password: demoPassword,
    totpSecret: null,
    orgUnitCode: null,
    idNumber: spareCitizenResident().idNumber,
  },
  {
    key: "stationOfficer",
    label: { "zh-CN": "派出所民警", en: "Station officer" },
    roles: ["station_officer"],
    name: "刘建华",
    login: "410105001",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "QLAX4YNGDIH34LGPH3NRZ4PIKOKXK7PH",
    orgUnitCode: "41010501",
    idNumber: null,
  },
  {
    key: "countyApprover",
    label: { "zh-CN": "县级审批", en: "County approver" },
    roles: ["county_approver"],
    name: "赵国强",
    login: "410105003",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "EIPPDGGCNFVAAX5BTGPV6SANIUSXENO6",
    orgUnitCode: "410105",
    idNumber: null,
  },
  {
    key: "windowOfficer",
    label: { "zh-CN": "窗口民警", en: "Window officer" },
    roles: ["window_officer"],
    name: "陈静",
    login: "410105002",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "TZNVDOJDLWDMMTIN4FXPRH57TUTH5XNI",
    orgUnitCode: "41010501",
    idNumber: null,
  },
  {
    key: "trafficOfficer",
    label: { "zh-CN": "交警", en: "Traffic officer" },
    roles: ["traffic_officer"],
    name: "杨勇",
    login: "410100001",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "LAYPMOSCMGOXFX4BW6O45NMDCHFV5JHE",
    // The traffic detachment works city-wide, so the officer sits at the city bureau.
    orgUnitCode: "410100",
    idNumber: null,
  },
  {
    key: "exitEntryOfficer",
    label: { "zh-CN": "出入境民警", en: "Exit-entry officer" },
    roles: ["exit_entry_officer"],
    name: "林晓",
    login: "410105007",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "XCXWP3OPRQQVD4FXD2CKWE6I33QQZ7WE",
    // The exit-entry section is part of the county bureau and serves the whole county.
    orgUnitCode: "410105",
    idNumber: null,
  },
  {
    key: "insurer",
    label: { "zh-CN": "保险公司定损员", en: "Insurance assessor" },
    roles: ["insurer"],
    name: "周丽娟",
    login: "insurer001",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "V5JHY6UVXVN4BSBAP32MQ26ESWLJUU5V",
    orgUnitCode: null,
    idNumber: null,
  },
  {
    key: "admin",
    label: { "zh-CN": "管理员", en: "Administrator" },
    roles: ["admin"],
    name: "郭振宇",
    login: "410000001",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "QP6BFSEDCZRSYGBA3BQSX6BRW2K5X3IK",
    orgUnitCode: "410000",
    idNumber: null,
  },
  {
    key: "newOfficer",
    label: { "zh-CN": "新入职民警（未绑定动态口令）", en: "New officer (no TOTP yet)" },
    roles: ["station_officer"],
    name: "孙鹏",
    login: "410105004",
    loginKind: "account",
    password: demoPassword,
    totpSecret: null,
    orgUnitCode: "41010502",
    idNumber: null,
  },
  {
    key: "luoyangStationOfficer",
    label: { "zh-CN": "派出所民警（洛阳）", en: "Station officer (Luoyang)" },
    roles: ["station_officer"],
    name: "马涛",
    login: "410305001",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "P62LFYOQ4FGXUEBFGXHEA2IXTCI4B6FS",
    orgUnitCode: "41030501",
    idNumber: null,
  },
  {
    key: "stationSupervisor",
    label: { "zh-CN": "派出所所长（单位负责人）", en: "Station chief (supervisor)" },
    roles: ["supervisor"],
    name: "王志远",
    login: "410105005",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "PNZOB7N3DR7GMMCHE2LTSZZ3PQ5K227B",
    orgUnitCode: "41010501",
    idNumber: null,
    workPhone: "13700137005",
  },
  {
    key: "countySupervisor",
    label: { "zh-CN": "分局负责人（单位负责人）", en: "County bureau chief (supervisor)" },
    roles: ["supervisor"],
    name: "黄卫东",
    login: "410105006",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "CRVFB4YJL4HHNSHCVPTLAVAMXS2TVUNL",
    orgUnitCode: "410105",
    idNumber: null,
    workPhone: "13700137006",
  },
  {
    key: "vehicleDeskOfficer",
    label: { "zh-CN": "车管所审核民警（郑州）", en: "Vehicle office reviewer (Zhengzhou)" },
    roles: ["station_officer"],
    name: "李志强",
    login: "410100091",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "QCC5LHOYCYSZDHXFCPOCEC7BMF7RYA33",
    // Desk reviewers work the first step of services handled by their city desk (see engine-config.ts).
    orgUnitCode: "41010091",
    idNumber: null,
  },
  {
    key: "publicOrderDeskOfficer",
    label: { "zh-CN": "治安支队审核民警（郑州）", en: "Public order desk reviewer (Zhengzhou)" },
    roles: ["station_officer"],
    name: "宋晓东",
    login: "410100094",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "BI53KRDGFF2SDKD743WC2K4EUCICKYDT",
    orgUnitCode: "41010094",
    idNumber: null,
  },
  {
    key: "cyberDeskOfficer",
    label: { "zh-CN": "网安支队审核民警（郑州）", en: "Cyber security desk reviewer (Zhengzhou)" },
    roles: ["station_officer"],
    name: "冯文博",
    login: "410100093",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "XJINYJHAMXPXAP4P56LTF27HHR5INFWI",
    orgUnitCode: "41010093",
    idNumber: null,
  },
  {
    key: "exitEntryDeskOfficer",
    label: { "zh-CN": "出入境支队审核民警（郑州）", en: "Exit-entry desk reviewer (Zhengzhou)" },
    roles: ["station_officer"],
    name: "何婷婷",
    login: "410100092",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "EFYJZQD4VWBT43XC33FKZVKN2MLZJ6H6",
    orgUnitCode: "41010092",
    idNumber: null,
  },
  {
    key: "cityApprover",
    label: { "zh-CN": "市局审批（郑州）", en: "City approver (Zhengzhou)" },
    roles: ["county_approver"],
    name: "曹建军",
    login: "410100002",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "6ROD36C7MDN3LRQDOD4SONCCMTXO6T4F",
    // The second step over a city desk is approved at the city bureau, as over a station at its county.
    orgUnitCode: "410100",
    idNumber: null,
  },
  {
    key: "citySupervisor",
    label: { "zh-CN": "市局负责人（郑州，单位负责人）", en: "City bureau chief (Zhengzhou, supervisor)" },
    roles: ["supervisor"],
    name: "吴建平",
    login: "410100003",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "RAB62SJGWPN2F3XEAY4USLLEVYBSNHGW",
    // Approves the notices of the city bureau and its desks (车管所, 治安支队…) before they are published.
    orgUnitCode: "410100",
    idNumber: null,
    workPhone: "13700137003",
  },
  {
    key: "luoyangSupervisor",
    label: { "zh-CN": "市局负责人（洛阳，单位负责人）", en: "City bureau chief (Luoyang, supervisor)" },
    roles: ["supervisor"],
    name: "孙立新",
    login: "410300003",
    loginKind: "account",
    password: demoPassword,
    totpSecret: "OVFLWK3MYF4DHWLFNSLEULEUIZMQYD3V",
    orgUnitCode: "410300",
    idNumber: null,
    workPhone: "13700137013",
  },
];

export function demoAccount(key: DemoAccountKey): DemoAccount {
  const account = demoAccounts.find((a) => a.key === key);
  if (!account) throw new Error(`no demo account ${key}`);
  return account;
}

/**
 * A second citizen for flows that change an account for good (new password, new phone), so they never
 * disturb the main demo citizen: the head of the first generated household, with no documents or vehicles.
 */
function spareCitizenResident() {
  const head = population[1]?.members[0];
  if (!head) throw new Error("the sample register has no second household");
  return head;
}
