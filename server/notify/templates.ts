/**
 * SMS texts, always in Simplified Chinese: the carriers' templates are registered in Chinese and a message
 * must match its registered template word for word, so these are not run through the i18n layer.
 * `{name}` marks a parameter; the same names are sent to the provider as template variables.
 */
export const smsTemplates = {
  sign_in_code: "【河南警民通】您的登录验证码为{code}，5分钟内有效，请勿泄露。如非本人操作请忽略。",
  register_code: "【河南警民通】您正在注册河南警民通账号，验证码为{code}，5分钟内有效，请勿泄露。如非本人操作请忽略。",
  reset_password_code: "【河南警民通】您正在重置登录密码，验证码为{code}，5分钟内有效，请勿泄露。如非本人操作请忽略。",
  change_phone_code: "【河南警民通】您正在更换绑定手机号，验证码为{code}，5分钟内有效，请勿泄露。如非本人操作请忽略。",
  account_locked:
    "【河南警民通】您的账号因连续多次登录失败已被锁定{minutes}分钟。如非本人操作，请在解锁后及时修改密码。",
  registered_verified:
    "【河南警民通】您已成功注册河南警民通账号并通过实名认证，可在线办理户政、交管、出入境等业务。如非本人操作，请拨打110反映。",
  registered_unverified:
    "【河南警民通】您已成功注册河南警民通账号，但尚未通过实名认证。请携带本人居民身份证到公安派出所户籍窗口完成认证。",
  id_registration_attempt:
    "【河南警民通】有人正尝试用您的身份证号注册河南警民通账号，该身份证号已绑定本手机号，您的账号不受影响。如需更换绑定手机号，请携带身份证到派出所户籍窗口办理。",
  password_reset:
    "【河南警民通】您的登录密码已于{time}通过短信验证码重置，其他设备上的登录已全部退出。如非本人操作，请立即重置密码或拨打110反映。",
  phone_changed:
    "【河南警民通】您的账号绑定手机号已更换为{phone}，本号码不再用于登录。如非本人操作，请立即携带身份证到派出所窗口处理。",
  application_submitted:
    "【河南警民通】您的{service}申请已提交，受理编号{number}，由{station}审核。可在警民通“我的申请”查看进度。",
  application_needs_supplement:
    "【河南警民通】您的{service}申请（{number}）需要补正，请登录警民通查看需补正的内容，补正后重新提交。",
  application_forwarded: "【河南警民通】您的{service}申请（{number}）已通过派出所初审，已报县级公安机关审批。",
  application_approved:
    "【河南警民通】您的{service}申请（{number}）已审批通过。请在60日内（最迟{deadline}，含当日）携带材料原件到{station}户籍窗口核验办结，逾期审批失效，需重新申请。",
  application_ready_at_window:
    "【河南警民通】您的{service}申请（{number}）已审核通过。请在60日内（最迟{deadline}，含当日）携带居民身份证到{station}户籍窗口领取，逾期审批失效，需重新申请。",
  application_ready_for_post: "【河南警民通】您的{service}申请（{number}）已审核通过，证件寄出后将短信告知运单号。",
  application_posted: "【河南警民通】您的{service}（{number}）已通过{carrier}寄出，运单号{tracking}，请注意查收。",
  application_completed: "【河南警民通】您的{service}申请（{number}）已办结，可在警民通“我的申请”查看结果。",
  application_rejected: "【河南警民通】您的{service}申请（{number}）未予通过，原因请登录警民通“我的申请”查看。",
  application_voided:
    "【河南警民通】您的{service}申请（{number}）因原件核验未通过，审批已作废、办理终止，原因请登录警民通查看。",
  application_window_reminder:
    "【河南警民通】提醒：您的{service}申请（{number}）审批有效期最迟至{deadline}（含当日），请在此之前携带材料原件到{station}户籍窗口核验办结，逾期审批失效。",
  application_expired:
    "【河南警民通】您的{service}申请（{number}）审批有效期已于{deadline}届满，未到窗口核验原件，审批已失效。如需办理，请重新申请。",
  application_collect_reminder:
    "【河南警民通】提醒：您的{service}申请（{number}）已审核通过，请最迟于{deadline}（含当日）携带居民身份证到{station}户籍窗口领取，逾期审批失效。",
  application_collect_expired:
    "【河南警民通】您的{service}申请（{number}）审批有效期已于{deadline}届满，未到窗口领取，审批已失效。如需办理，请重新申请。",
  application_post_expired:
    "【河南警民通】您的{service}申请（{number}）审批有效期已于{deadline}届满，证件未能在有效期内寄出，审批已失效。如需办理，请重新申请，或咨询{station}。",
  application_overruled:
    "【河南警民通】您的{service}申请（{number}）的自动审核结果经民警复核后撤销，转由{station}人工审核，原因请登录警民通“我的申请”查看。",
  application_overruled_completed:
    "【河南警民通】您的{service}申请（{number}）的自动办结结果经民警复核后撤销，已出具的文书作废，原因请登录警民通“我的申请”查看。",
  application_prereviewed:
    "【河南警民通】您的{service}申请（{number}）已通过网上预审。请登录警民通预约到{station}窗口办理的时间，最迟{deadline}（含当日）携带材料原件按预约到窗口办理，逾期预审失效。",
  application_withdrawn: "【河南警民通】您已撤回{service}申请（{number}）。如非本人操作，请拨打110反映。",
  case_query_code: "【河南警民通】您正在查询案件办理进度，验证码为{code}，5分钟内有效，请勿泄露。如非本人操作请忽略。",
  query_confirm_code:
    "【河南警民通】您正在查询本人敏感信息，验证码为{code}，5分钟内有效，请勿泄露。如非本人操作请忽略。",
  case_query_number:
    "【河南警民通】{unit}已登记您为案件进度查询人，查询号{queryNumber}。请登录警民通“案件查询”，凭查询号、身份证号和本手机号查询，请妥善保管查询号。",
  case_progress: "【河南警民通】您登记查询的案件有新进展：{node}。请登录警民通“案件查询”查看。",
  fine_paid:
    "【河南警民通】您已成功缴纳{plate}的{count}起交通违法罚款，共{amount}元，订单号{orderNo}。电子缴款凭证可在警民通“交通违法”页面下载。",
  queue_overdue_supervisor:
    "【河南警民通】督办提醒：{service}申请（{number}）在{station}已超过办理时限未处理，请登录警民通工作台督办。",
  queue_escalated_supervisor:
    "【河南警民通】督办提醒：{service}申请（{number}）已由{unit}提请上级督办，请登录警民通工作台处理。",
  accident_sign_code:
    "【河南警民通】您正在签署交通事故自行协商协议书，验证码为{code}，5分钟内有效，请勿泄露。如非本人操作请忽略。",
  accident_agreed:
    "【河南警民通】您的交通事故（事故码{code}）各方已签署协议书，您的责任为：{liability}。协议书可在警民通“快处快赔”页面下载，请凭此向保险公司索赔。",
  accident_determined:
    "【河南警民通】您的交通事故（事故码{code}）已由交警远程认定，您的责任为：{liability}。认定书可在警民通“快处快赔”页面下载，请凭此向保险公司索赔。",
  accident_retake:
    "【河南警民通】交警请您重新拍摄交通事故（事故码{code}）的照片：{shot}。请登录警民通“快处快赔”页面补拍。",
  claim_assessed: "【河南警民通】{insurer}已对您的交通事故（事故码{code}）完成定损，定损金额{amount}元。",
  claim_paid: "【河南警民通】{insurer}已向您支付交通事故（事故码{code}）赔款{amount}元，请注意查收。",
  travel_document_expiring:
    "【河南警民通】您的{document}（{number}）将于{expiry}到期。可登录警民通申请换发，或预约到户籍地出入境接待大厅办理。本提醒免费。",
  appointment_reminder:
    "【河南警民通】提醒：您已预约{date}{time}到{unit}{window}办理{service}，请携带居民身份证按时到达。如需取消或改约，请在开始前2小时登录警民通操作。",
  appointment_booked:
    "【河南警民通】您已预约{date}{time}到{unit}{window}办理{service}，请携带居民身份证按时到达。如需取消或改约，请在开始前2小时登录警民通操作。",
  appointment_rescheduled:
    "【河南警民通】您的{service}预约已改到{date}{time}，地点{unit}{window}，原预约已取消。如需再次改约或取消，请在开始前2小时登录警民通操作。",
  appointment_cancelled:
    "【河南警民通】您已取消{date}{time}到{unit}{window}办理{service}的预约。如非本人操作，请拨打110反映。",
  violation_recorded:
    "【河南警民通】您的机动车{plate}于{time}在{place}有交通违法行为：{act}，罚款{fine}元，记{points}分。请登录警民通“交通违法”查看并处理。",
  endorsement_submitted:
    "【河南警民通】您的往来港澳通行证签注申请已提交，受理编号{number}。请携带通行证到{unit}出入境窗口缴纳签注费并递交证件。",
  endorsement_endorsed:
    "【河南警民通】您的往来港澳通行证签注（{number}）已办结，请携带居民身份证到{unit}出入境窗口领取通行证。",
  endorsement_rejected: "【河南警民通】您的往来港澳通行证签注申请（{number}）未予办理，原因请登录警民通查看。",
  report_submitted:
    "【河南警民通】您的{service}已提交，回执编号{number}，由{unit}办理。可在警民通“我的举报投诉”查看答复。",
  report_replied: "【河南警民通】您的{service}（{number}）有新的答复，请登录警民通“我的举报投诉”查看。",
  report_closed: "【河南警民通】您的{service}（{number}）已办结，处理结果请登录警民通“我的举报投诉”查看。",
} as const satisfies Record<string, string>;

export type SmsTemplate = keyof typeof smsTemplates;

export const smsTemplateNames = Object.keys(smsTemplates) as SmsTemplate[];

export function isSmsTemplate(value: string): value is SmsTemplate {
  return Object.hasOwn(smsTemplates, value);
}

const placeholder = /\{([a-zA-Z][a-zA-Z0-9_]*)\}/g;

export function templatePlaceholders(template: SmsTemplate): string[] {
  return [...smsTemplates[template].matchAll(placeholder)].map((m) => m[1] as string);
}

/**
 * Carriers refuse a variable longer than 35 characters, and a line break inside one could forge a
 * second line of an official-looking message.
 */
const maxParamLength = 35;

/**
 * A free-text value (a place, an act's description) shortened to what a carrier accepts, marked with an
 * ellipsis; the message points to the page with the full text.
 */
export function clipSmsParam(value: string): string {
  const oneLine = value.replace(/[\r\n{}]+/g, " ").trim();
  return oneLine.length > maxParamLength ? `${oneLine.slice(0, maxParamLength - 1)}…` : oneLine;
}

/**
 * The exact text the recipient will read. Throws when a parameter is missing, unknown, empty or unsafe:
 * those are programming errors that would otherwise send a broken official message.
 */
export function renderSmsTemplate(
  template: SmsTemplate,
  params: Record<string, string>,
  text: string = smsTemplates[template],
): string {
  if (!isSmsTemplate(template)) throw new Error(`unknown SMS template "${String(template)}"`);
  const expected = new Set(templatePlaceholders(template));
  for (const name of Object.keys(params)) {
    if (!expected.has(name)) throw new Error(`SMS template "${template}" has no parameter "${name}"`);
  }
  for (const name of expected) {
    const value = params[name];
    if (typeof value !== "string" || value.trim() === "") {
      throw new Error(`SMS template "${template}" needs parameter "${name}"`);
    }
    if (value.length > maxParamLength || /[\r\n{}]/.test(value)) {
      throw new Error(`SMS template "${template}": parameter "${name}" is too long or contains a forbidden character`);
    }
  }
  return text.replace(placeholder, (_m, name: string) => params[name] as string);
}

/** Every message is signed like this; carriers refuse an unsigned one. */
export const smsSignature = "【河南警民通】";
export const smsTemplateMaxLength = 300;

export type SmsTemplateProblem =
  "SMS_TEMPLATE_SIGNATURE" | "SMS_TEMPLATE_PLACEHOLDERS" | "SMS_TEMPLATE_TOO_LONG" | "SMS_TEMPLATE_CHARACTERS";

/**
 * Why an admin's wording for a template cannot be used, or null: it must keep the signature, use exactly the
 * template's variables (each at least once, nothing else between braces) and stay one line of bounded length,
 * because the code that queues the message fills in those variables and no others.
 */
export function smsTemplateTextProblem(template: SmsTemplate, text: string): SmsTemplateProblem | null {
  if (!text.startsWith(smsSignature)) return "SMS_TEMPLATE_SIGNATURE";
  if (text.length > smsTemplateMaxLength) return "SMS_TEMPLATE_TOO_LONG";
  if (/[\r\n]/.test(text)) return "SMS_TEMPLATE_CHARACTERS";
  const used = new Set([...text.matchAll(placeholder)].map((m) => m[1] as string));
  const expected = new Set(templatePlaceholders(template));
  if (used.size !== expected.size || [...used].some((name) => !expected.has(name))) return "SMS_TEMPLATE_PLACEHOLDERS";
  if (/[{}]/.test(text.replace(placeholder, ""))) return "SMS_TEMPLATE_PLACEHOLDERS";
  return null;
}
