// Generates the sample material files the household guides link to (public/samples/), once; the outputs
// are committed and nothing is drawn at build or run time. Run again when the list or the wording changes:
//   npx tsx scripts/make-samples.mjs
// Needs Debian's fonts-droid-fallback, fonts-noto-cjk and python3-fonttools. fontTools cuts the CJK font
// (TrueType outlines) down to the glyphs each file uses, and pdf-lib embeds that small font whole: pdf-lib's
// own subsetting loses glyphs of CJK fonts. Droid Sans Fallback has no Latin letters or digits, so those
// runs are set in the PDF's built-in Helvetica. The ID card picture is drawn by sharp with Noto Sans CJK SC.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { degrees, PDFDocument, rgb, StandardFonts } from "pdf-lib";
import sharp from "sharp";
import { householdSamples } from "../server/seed/catalog/household-samples.ts";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.join(root, "public", "samples");
const fontFile = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

const person = { name: "张三", id: "4101**********001X", address: "河南省郑州市金水区示例路1号" };
const stamp = "（加盖印章处）";

/** Field rows of each sample; the file's title comes from householdSamples. Values are fictitious. */
const contents = {
  hukouBook: [
    ["户别", "家庭户"],
    ["户主姓名", person.name],
    ["户号", "000000000"],
    ["住址", person.address],
    ["常住人口登记卡（本人页）", "以下为户内成员本人页"],
    ["姓名", "张小明"],
    ["户主或与户主关系", "子"],
    ["性别 / 民族", "男 / 汉族"],
    ["出生日期", "2020年1月1日"],
    ["公民身份号码", "4101**********0011"],
    ["承办人签章 / 登记日期", `${stamp} 2020年2月1日`],
  ],
  birthCertificate: [
    ["新生儿姓名", "张小明"],
    ["性别", "男"],
    ["出生时间", "2020年1月1日 08时30分"],
    ["出生地点", "河南省郑州市金水区"],
    ["出生孕周 / 体重", "39周 / 3300克"],
    ["母亲姓名 / 身份证件号码", "李四 / 4101**********0022"],
    ["父亲姓名 / 身份证件号码", `${person.name} / ${person.id}`],
    ["接生机构名称", "郑州市示例妇幼保健院"],
    ["出生证编号", "S410000000"],
    ["签发机构", `${stamp}`],
  ],
  paternityTest: [
    ["委托人", person.name],
    ["被鉴定人", `${person.name}（父）、张小明（子）`],
    ["鉴定意见", "支持张三为张小明的生物学父亲"],
    ["鉴定机构", "具有亲子鉴定资质的司法鉴定机构"],
    ["机构许可证号", "000000000"],
    ["鉴定日期", "2020年3月1日"],
    ["鉴定人签名 / 机构印章", stamp],
  ],
  marriageCertificate: [
    ["持证人", person.name],
    ["登记日期", "2018年5月20日"],
    ["结婚证字号", "J410000-2018-000000"],
    ["姓名 / 性别 / 国籍", `${person.name} / 男 / 中国`],
    ["身份证件号", person.id],
    ["姓名 / 性别 / 国籍", "李四 / 女 / 中国"],
    ["身份证件号", "4101**********0022"],
    ["登记机关", `郑州市金水区民政局婚姻登记处 ${stamp}`],
  ],
  propertyCertificate: [
    ["权利人", person.name],
    ["共有情况", "单独所有"],
    ["坐落", "郑州市金水区示例路1号1号楼1单元101室"],
    ["不动产单元号", "410105000000GB00000F00000000"],
    ["权利类型", "国有建设用地使用权/房屋所有权"],
    ["用途", "城镇住宅用地/住宅"],
    ["面积", "共有宗地面积1000㎡/房屋建筑面积90㎡"],
    ["登记机构", `郑州市不动产登记中心 ${stamp}`],
  ],
  adoptionCertificate: [
    ["收养人", `${person.name}、李四`],
    ["被收养人", "张小红，女，2019年6月1日出生"],
    ["登记日期", "2021年3月1日"],
    ["收养登记证字号", "410105-2021-000000"],
    ["登记机关", `郑州市金水区民政局 ${stamp}`],
  ],
  transferNotice: [
    ["文号", "示例人调〔2024〕1号"],
    ["被调动人员", `${person.name}，身份证号 ${person.id}`],
    ["调出单位", "洛阳市某某局"],
    ["调入单位", "郑州市某某局"],
    ["报到时间", "2024年3月1日前"],
    ["随迁人员", "配偶李四，子张小明"],
    ["出具单位", `郑州市某某局组织人事处 ${stamp}`],
  ],
  labourContract: [
    ["甲方（用人单位）", "郑州某某科技有限公司"],
    ["统一社会信用代码", "914101000000000000"],
    ["乙方（劳动者）", person.name],
    ["乙方身份证号", person.id],
    ["合同期限", "2024年1月1日至2026年12月31日"],
    ["工作地点", "河南省郑州市"],
    ["签章页", `甲方 ${stamp}  乙方（签名）`],
  ],
  diploma: [
    ["学生", `${person.name}，性别男，2000年1月1日生`],
    ["学习情况", "于2018年9月至2022年6月在本校某某专业四年制本科学习"],
    ["结论", "修完教学计划规定的全部课程，成绩合格，准予毕业"],
    ["证书编号", "104591202205000000"],
    ["学校", `某某大学 ${stamp}`],
    ["校（院）长", "（签名）"],
  ],
  qualification: [
    ["姓名", person.name],
    ["身份证号", person.id],
    ["资格名称", "某某专业 中级"],
    ["证书编号", "000000000000"],
    ["批准日期", "2023年12月1日"],
    ["发证机关", `河南省人力资源和社会保障厅 ${stamp}`],
  ],
  admissionNotice: [
    ["考生", person.name],
    ["录取学校", "某某大学"],
    ["录取专业", "某某专业（本科）"],
    ["报到时间", "2024年9月1日"],
    ["户口迁移地址", "河南省郑州市某某区某某路100号（某某大学集体户）"],
    ["编号", "2024000000"],
    ["学校", `某某大学 ${stamp}`],
  ],
  collectiveConsent: [
    ["集体户名称", "郑州某某科技有限公司集体户"],
    ["集体户号", "000000000"],
    ["同意接收人员", `${person.name}，身份证号 ${person.id}`],
    ["接收原因", "工作调动 / 就业"],
    ["集体户地址", "郑州市金水区示例路2号"],
    ["出具单位", `郑州某某科技有限公司 ${stamp}`],
    ["日期", "2024年3月1日"],
  ],
  householderConsent: [
    ["户主", `${person.name}，身份证号 ${person.id}`],
    ["户号 / 住址", `000000000 / ${person.address}`],
    ["声明事项", "本人同意 李四 将户口迁入（或分出、并入）本户"],
    ["与户主关系", "妻"],
    ["户主签名", "（签名）"],
    ["日期", "2024年3月1日"],
  ],
  discharge: [
    ["姓名", person.name],
    ["入伍时间", "2022年9月"],
    ["退出现役时间", "2024年9月"],
    ["退役类别", "退役义务兵"],
    ["安置地", "河南省郑州市金水区"],
    ["证书编号", "000000000"],
    ["签发部队", stamp],
  ],
  resettlementLetter: [
    ["退役士兵", `${person.name}，身份证号 ${person.id}`],
    ["退出现役时间", "2024年9月"],
    ["安置方式", "自主就业"],
    ["落户地址", person.address],
    ["报到期限", "2024年10月31日前"],
    ["出具单位", `郑州市金水区退役军人事务局 ${stamp}`],
  ],
  migrationCertificate: [
    ["编号", "00000000"],
    ["姓名 / 性别 / 民族", `${person.name} / 男 / 汉族`],
    ["公民身份号码", person.id],
    ["迁移原因", "工作调动"],
    ["原住址", "某某省某某市某某区示例路3号"],
    ["迁往地址", person.address],
    ["有效期", "2024年4月30日前"],
    ["签发机关", `某某市公安局某某分局 ${stamp}`],
  ],
  admitCertificate: [
    ["编号", "00000000"],
    ["被准予迁入人", `${person.name}，身份证号 ${person.id}`],
    ["迁入原因", "购房入户"],
    ["现住址", "某某省某某市某某区示例路3号"],
    ["迁入地址", person.address],
    ["有效期", "签发之日起40日"],
    ["签发机关", `郑州市公安局金水分局 ${stamp}`],
  ],
  changeApplication: [
    ["申请人", `${person.name}，身份证号 ${person.id}`],
    ["户籍地址", person.address],
    ["申请事项", "姓名变更 / 出生日期更正 / 民族成份变更 / 其他"],
    ["变更（更正）前", "张三"],
    ["变更（更正）后", "张山"],
    ["理由", "原名用字为生僻字，无法在多数信息系统中录入"],
    ["申请人签名", "（签名；未成年人由父母双方签名）"],
    ["日期", "2024年3月1日"],
  ],
  archiveRecord: [
    ["姓名", person.name],
    ["材料名称", "某某中学学生学籍登记表（1990年9月）"],
    ["记载的出生日期", "1975年1月1日"],
    ["摘录说明", "经核对与档案原件一致"],
    ["档案管理单位", `某某市人才交流中心 ${stamp}`],
    ["经办人 / 日期", "（签名）2024年3月1日"],
  ],
  ethnicityReview: [
    ["申请人", `${person.name}，身份证号 ${person.id}`],
    ["原民族成份", "汉族"],
    ["申请变更为", "回族（依据母亲民族成份）"],
    ["审核意见", "经审核，符合《中国公民民族成份登记管理办法》规定，同意变更"],
    ["审核机关", `郑州市金水区民族宗教事务局 ${stamp}`],
    ["日期", "2024年3月1日"],
  ],
  deathCertificate: [
    ["死者姓名 / 性别", "张某某 / 男"],
    ["公民身份号码", "4101**********0033"],
    ["死亡日期", "2024年3月1日"],
    ["死亡地点", "医疗卫生机构"],
    ["死亡原因", "（按医学规范填写）"],
    ["医疗卫生机构", `郑州市示例医院 ${stamp}`],
    ["医师签名", "（签名）"],
  ],
  enlistmentNotice: [
    ["应征公民", `${person.name}，身份证号 ${person.id}`],
    ["批准入伍时间", "2024年9月"],
    ["报到时间、地点", "2024年9月10日，郑州市金水区人民武装部"],
    ["编号", "000000"],
    ["签发机关", `郑州市金水区人民政府征兵办公室 ${stamp}`],
  ],
  residenceAbroad: [
    ["持证人", person.name],
    ["证件类别", "外国永久居留证件 / 外国护照 / 入籍证明"],
    ["签发国家", "某某国"],
    ["证件号码", "A00000000"],
    ["签发日期", "2023年1月1日"],
    ["中文译文", "外文材料须附有资质的翻译机构出具的中文译文并加盖翻译专用章"],
  ],
  lossPledge: [
    ["承诺人（户主或户内成年成员）", `${person.name}，身份证号 ${person.id}`],
    ["户号 / 住址", `000000000 / ${person.address}`],
    ["承诺内容", "本户居民户口簿于2024年2月遗失，经查找未能找回。本人承诺以上情况属实，如有不实，愿承担相应法律责任"],
    ["承诺人签名", "（签名）"],
    ["日期", "2024年3月1日"],
  ],
  powerOfAttorney: [
    ["委托人", `${person.name}，身份证号 ${person.id}`],
    ["受托人", "李四，身份证号 4101**********0022"],
    ["委托事项", "代为申报出生登记（或其他户籍事项），提交和领取相关材料"],
    ["委托期限", "2024年3月1日至2024年4月30日"],
    ["委托人签名", "（签名）"],
    ["日期", "2024年3月1日"],
  ],
  leaseOrResidence: [
    ["承租人", `${person.name}，身份证号 ${person.id}`],
    ["房屋坐落", "郑州市金水区示例路1号1号楼1单元101室"],
    ["租赁期限", "2024年1月1日至2025年12月31日"],
    ["备案编号", "ZZ2024000000"],
    ["备案机构", `郑州市住房保障和房地产管理局 ${stamp}`],
  ],
  certificateRequest: [
    ["申请人", `${person.name}，身份证号 ${person.id}`],
    ["证明事项", "注销户口证明 / 户口登记项目变更更正证明"],
    ["证明对象", "张某某（父，已死亡）"],
    ["用途", "办理继承公证"],
    ["申请人签名", "（签名）"],
    ["日期", "2024年3月1日"],
  ],
};

const footer = "警民通办事指南样例：信息均为虚构，仅供参考，不具有法律效力";

/** The font cut down to the characters of one file (plus the digits and Latin letters of the values). */
function fontFor(texts) {
  const dir = mkdtempSync(path.join(tmpdir(), "sample-font-"));
  try {
    writeFileSync(path.join(dir, "text.txt"), texts.join("\n"));
    const out = path.join(dir, "subset.ttf");
    const run = spawnSync(
      "/usr/bin/python3",
      [
        "-m",
        "fontTools.subset",
        fontFile,
        `--text-file=${path.join(dir, "text.txt")}`,
        "--no-hinting",
        "--layout-features=",
        `--output-file=${out}`,
      ],
      { stdio: "inherit" },
    );
    if (run.status !== 0) throw new Error("fontTools.subset failed: apt-get install python3-fonttools");
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function makePdf(title, rows) {
  const font = fontFor([title, footer, "样  本", ...rows.flat()]);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(title);
  doc.setProducer("警民通 scripts/make-samples.mjs");
  doc.setCreationDate(new Date("2026-01-01T00:00:00Z"));
  doc.setModificationDate(new Date("2026-01-01T00:00:00Z"));
  const cjk = await doc.embedFont(font);
  const latin = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  const write = (text, opts) => drawMixed(page, text, { ...opts, cjk, latin });
  const ink = rgb(0.1, 0.1, 0.1);
  const line = rgb(0.6, 0.6, 0.6);
  write(title, { x: 56, y: 770, size: 20, color: rgb(0.04, 0.24, 0.57) });
  let y = 730;
  const labelWidth = 190;
  for (const [label, value] of rows) {
    const wrapped = wrap(value, 275, (t) => widthOf(t, 11, cjk, latin));
    const height = Math.max(1, wrapped.length) * 18 + 12;
    page.drawRectangle({ x: 56, y: y - height + 14, width: 483, height, borderColor: line, borderWidth: 0.6 });
    write(label, { x: 64, y: y - 2, size: 11, color: ink });
    wrapped.forEach((text, i) => write(text, { x: 56 + labelWidth, y: y - 2 - i * 18, size: 11, color: ink }));
    y -= height;
  }
  page.drawText("样  本", {
    x: 170,
    y: 330,
    size: 110,
    font: cjk,
    color: rgb(0.85, 0.1, 0.1),
    opacity: 0.15,
    rotate: degrees(30),
  });
  write(footer, { x: 56, y: 48, size: 9, color: rgb(0.4, 0.4, 0.4) });
  return doc.save({ useObjectStreams: true });
}

/** Draws a line, switching to Helvetica for runs of printable ASCII. */
function drawMixed(page, text, { x, y, size, color, cjk, latin }) {
  let at = x;
  for (const run of runsOf(text)) {
    const font = /^[\x20-\x7e]/.test(run) ? latin : cjk;
    page.drawText(run, { x: at, y, size, font, color });
    at += font.widthOfTextAtSize(run, size);
  }
}

function runsOf(text) {
  return text.match(/[\x20-\x7e]+|[^\x20-\x7e]+/g) ?? [];
}

function widthOf(text, size, cjk, latin) {
  return runsOf(text).reduce((w, run) => w + (/^[\x20-\x7e]/.test(run) ? latin : cjk).widthOfTextAtSize(run, size), 0);
}

/** Breaks a value into lines no wider than `max` points, between characters (Chinese has no spaces). */
function wrap(text, max, measure) {
  if (!text) return [];
  const lines = [""];
  for (const ch of text) {
    const next = lines[lines.length - 1] + ch;
    if (measure(next) > max && lines[lines.length - 1]) lines.push(ch);
    else lines[lines.length - 1] = next;
  }
  return lines;
}

/** The ID card sample is a picture, as citizens upload a photo of the card, not a document. */
async function makeIdCardPng(title) {
  const card = (x, y, body) =>
    `<g transform="translate(${x} ${y})"><rect width="428" height="270" rx="16" fill="#eef3f8" stroke="#8aa1bd" stroke-width="2"/>${body}</g>`;
  const text = (x, y, s, size = 16, fill = "#1a1a1a") =>
    `<text x="${x}" y="${y}" font-family="Noto Sans CJK SC" font-size="${size}" fill="${fill}">${s}</text>`;
  const front = card(
    16,
    48,
    [
      text(24, 44, `姓名　${person.name}`),
      text(24, 80, "性别　男　　民族　汉"),
      text(24, 116, "出生　2000年1月1日"),
      text(24, 152, `住址　${person.address}`, 14),
      text(24, 236, `公民身份号码　${person.id}`, 16),
      `<rect x="300" y="28" width="104" height="128" fill="#d5dde7" stroke="#8aa1bd"/>`,
      text(326, 98, "照片", 16, "#5b6b80"),
    ].join(""),
  );
  const back = card(
    460,
    48,
    [
      text(120, 80, "中华人民共和国", 22),
      text(140, 120, "居民身份证", 24),
      text(24, 196, "签发机关　郑州市公安局金水分局", 14),
      text(24, 228, "有效期限　2020.01.01-2030.01.01", 14),
    ].join(""),
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="904" height="380" viewBox="0 0 904 380">
  <rect width="904" height="380" fill="#ffffff"/>
  ${text(16, 32, title, 20, "#0a3d91")}
  ${front}${back}
  <text x="300" y="250" font-family="Noto Sans CJK SC" font-size="96" fill="#d91a1a" fill-opacity="0.18" transform="rotate(-20 452 190)">样　本</text>
  ${text(16, 364, footer, 12, "#666666")}
</svg>`;
  return sharp(Buffer.from(svg)).png({ palette: true, colours: 64, compressionLevel: 9 }).toBuffer();
}

mkdirSync(outDir, { recursive: true });
for (const [key, { file, title }] of Object.entries(householdSamples)) {
  const target = path.join(root, "public", file);
  if (file.endsWith(".png")) {
    writeFileSync(target, await makeIdCardPng(title));
  } else {
    const rows = contents[key];
    if (!rows) throw new Error(`no sample content for ${key}`);
    writeFileSync(target, await makePdf(title, rows));
  }
  console.log(file);
}
