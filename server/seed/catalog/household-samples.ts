/**
 * Sample files shown beside household materials. scripts/make-samples.mjs generates one file per entry
 * under public/samples/, and a test checks that every path a guide names exists there.
 */
export const householdSamples = {
  idCard: { file: "/samples/hz-id-card.png", title: "居民身份证（正反面）样例" },
  hukouBook: { file: "/samples/hz-hukou-book.pdf", title: "居民户口簿（户主页、本人页）样例" },
  birthCertificate: { file: "/samples/hz-birth-medical-certificate.pdf", title: "出生医学证明样例" },
  paternityTest: { file: "/samples/hz-paternity-test.pdf", title: "亲子鉴定意见书样例" },
  marriageCertificate: { file: "/samples/hz-marriage-certificate.pdf", title: "结婚证样例" },
  propertyCertificate: { file: "/samples/hz-property-certificate.pdf", title: "不动产权证书样例" },
  adoptionCertificate: { file: "/samples/hz-adoption-certificate.pdf", title: "收养登记证样例" },
  transferNotice: { file: "/samples/hz-transfer-notice.pdf", title: "工作调动通知（调令）样例" },
  labourContract: { file: "/samples/hz-labour-contract.pdf", title: "劳动合同（首页、签章页）样例" },
  diploma: { file: "/samples/hz-diploma.pdf", title: "毕业证书样例" },
  qualification: { file: "/samples/hz-qualification-certificate.pdf", title: "专业技术资格（职业资格）证书样例" },
  admissionNotice: { file: "/samples/hz-admission-notice.pdf", title: "录取通知书样例" },
  collectiveConsent: { file: "/samples/hz-collective-household-consent.pdf", title: "集体户接收落户证明样例" },
  householderConsent: { file: "/samples/hz-householder-consent.pdf", title: "户主同意入户（分户、并户）声明样例" },
  discharge: { file: "/samples/hz-discharge-certificate.pdf", title: "士兵退出现役证样例" },
  resettlementLetter: { file: "/samples/hz-resettlement-letter.pdf", title: "退役士兵安置（落户）介绍信样例" },
  migrationCertificate: { file: "/samples/hz-migration-certificate.pdf", title: "户口迁移证样例" },
  admitCertificate: { file: "/samples/hz-admit-certificate.pdf", title: "准予迁入证明样例" },
  changeApplication: { file: "/samples/hz-change-application.pdf", title: "户口登记项目变更更正申请表样例" },
  archiveRecord: { file: "/samples/hz-archive-record.pdf", title: "人事档案最早记载摘录（加盖档案管理单位印章）样例" },
  ethnicityReview: { file: "/samples/hz-ethnicity-review.pdf", title: "民族成份变更审核意见样例" },
  deathCertificate: { file: "/samples/hz-death-certificate.pdf", title: "居民死亡医学证明（推断）书样例" },
  enlistmentNotice: { file: "/samples/hz-enlistment-notice.pdf", title: "入伍通知书样例" },
  residenceAbroad: { file: "/samples/hz-residence-abroad.pdf", title: "国外永久居留或加入外国国籍证明样例" },
  lossPledge: { file: "/samples/hz-loss-pledge.pdf", title: "户口簿遗失告知承诺书样例" },
  powerOfAttorney: { file: "/samples/hz-power-of-attorney.pdf", title: "委托书样例" },
  leaseOrResidence: { file: "/samples/hz-residence-proof.pdf", title: "合法稳定住所证明（房屋租赁登记备案）样例" },
  certificateRequest: { file: "/samples/hz-certificate-request.pdf", title: "户籍证明申请表样例" },
} as const;

export type HouseholdSampleKey = keyof typeof householdSamples;

/** Every sample file that ships in public/samples/: the only paths a guide's material may link to. */
export const knownSampleFiles: ReadonlySet<string> = new Set(Object.values(householdSamples).map((s) => s.file));
