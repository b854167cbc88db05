import type { ServiceGuide, ServiceMaterial } from "@/db/schema";
import type { FormSchema } from "@/server/applications/form-schema";
import { noticeConfigs } from "./notice-configs";

export type ServiceKind = "handle" | "appointment" | "query" | "notice";
export type ProcessingMode = "auto" | "station" | "station_county" | "window";

/** One service of the seeded catalogue, before pinyin keys and ids are added. */
export type CatalogEntry = {
  code: string;
  name: string;
  nameEn: string;
  kind: ServiceKind;
  mode: ProcessingMode;
  summary: string;
  synonyms: string[];
  guide: ServiceGuide;
  /** The online application form, for services the application engine handles. */
  formSchema?: FormSchema;
};

export type CatalogCategoryEntry = {
  code: string;
  name: string;
  nameEn: string;
  services: CatalogEntry[];
};

/** What a category file writes per service: the guide without the parts the category supplies by default. */
export type ServiceBrief = {
  code: string;
  name: string;
  nameEn: string;
  kind: ServiceKind;
  mode: ProcessingMode;
  summary: string;
  synonyms?: string[];
  eligibility: string;
  steps?: [title: string, detail: string][];
  materials?: ServiceMaterial[];
  fees?: ServiceGuide["fees"];
  timeLimitDays: number | null;
  timeLimitNote: string;
  window?: string;
  legalBasis?: string[];
  notes?: string[];
};

export type CategoryDefaults = { window: string; legalBasis: string[] };

export function material(
  key: string,
  name: string,
  description: string,
  opts: { required?: boolean; sampleFile?: string; originalAtWindow?: boolean } = {},
): ServiceMaterial {
  return {
    key,
    name,
    description,
    required: opts.required ?? true,
    ...(opts.sampleFile ? { sampleFile: opts.sampleFile } : {}),
    ...(opts.originalAtWindow ? { originalAtWindow: true } : {}),
  };
}

/**
 * The steps every service of a kind and mode goes through on this platform, for services whose guide
 * does not spell out its own.
 */
export function defaultSteps(kind: ServiceKind, mode: ProcessingMode, code?: string): [string, string][] {
  if (kind === "query")
    return [
      ["登录", "使用已实名认证的账号登录警民通。"],
      ["填写查询条件", "按页面提示填写查询所需信息，涉及个人信息的查询需短信验证码确认。"],
      ["查看结果", "查询结果即时显示，仅本人可见。"],
    ];
  if (kind === "notice")
    return [
      ["查看公示", "公示内容向社会公开，无需登录即可查看。"],
      // The board's configuration says whether it takes objections; the guide must not promise one it refuses.
      code && noticeConfigs[code]?.objections === false
        ? ["联系发布单位", "本栏目公告不受理异议；有线索或疑问的，请按公告载明的方式联系发布单位。"]
        : ["提出异议", "公示期内对公示内容有异议的，登录后在公告页面在线提出，发布单位在 5 个工作日内答复并短信告知。"],
    ];
  if (kind === "appointment")
    return [
      ["选择办理点和时段", "登录后选择就近的办理窗口、日期和时段，每个时段名额有限。"],
      ["确认预约", "提交预约后收到短信确认；不能按时前往的请提前取消，以便他人预约。"],
      ["按时到窗口办理", "按预约时段携带申请材料原件到窗口，凭短信或身份证取号办理。"],
    ];
  if (mode === "auto")
    return [
      ["在线申请", "登录后填写申请信息，按要求上传材料。"],
      ["系统核验", "系统自动比对公安机关数据并即时给出结果。"],
      ["获取结果", "核验通过的，在线查看或下载办理结果；未通过的，页面说明原因。"],
    ];
  if (mode === "window")
    return [
      ["网上预填", "在线查看须知并预填申请信息，减少窗口等待时间。"],
      ["窗口受理", "携带材料原件到办理窗口提交，民警当场审核受理。"],
      ["审核办结", "在规定时限内审核办结，可选择窗口领取或邮寄送达。"],
    ];
  if (mode === "station_county")
    return [
      ["在线申请", "登录后填写申请信息并上传材料。"],
      ["派出所审核", "派出所民警审核材料，需要补正的会短信通知。"],
      ["县级公安机关审批", "派出所审核通过后报县级公安机关审批。"],
      ["领取结果", "审批通过后按短信提示领取结果或选择邮寄送达。"],
    ];
  return [
    ["在线申请", "登录后填写申请信息并上传材料。"],
    ["受理审核", "承办单位审核材料，需要补正的会短信通知。"],
    ["办结", "审核通过后短信通知结果，可选择窗口领取或邮寄送达。"],
  ];
}

export function fromBrief(defaults: CategoryDefaults) {
  return (b: ServiceBrief): CatalogEntry => ({
    code: b.code,
    name: b.name,
    nameEn: b.nameEn,
    kind: b.kind,
    mode: b.mode,
    summary: b.summary,
    synonyms: b.synonyms ?? [],
    guide: {
      eligibility: b.eligibility,
      steps: (b.steps ?? defaultSteps(b.kind, b.mode, b.code)).map(([title, detail]) => ({ title, detail })),
      materials: b.materials ?? [],
      fees: b.fees ?? [],
      timeLimitDays: b.timeLimitDays,
      timeLimitNote: b.timeLimitNote,
      window: b.window ?? defaults.window,
      legalBasis: b.legalBasis ?? defaults.legalBasis,
      ...(b.notes?.length ? { notes: b.notes } : {}),
    },
  });
}
