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
 * The exact text the recipient will read. Throws when a parameter is missing, unknown, empty or unsafe:
 * those are programming errors that would otherwise send a broken official message.
 */
export function renderSmsTemplate(template: SmsTemplate, params: Record<string, string>): string {
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
  return smsTemplates[template].replace(placeholder, (_m, name: string) => params[name] as string);
}
